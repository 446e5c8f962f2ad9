import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, CertificateStatusEvent, CertificateVersion, CertificateVersionKind, StatusEventKind,
  recordChange, type Actor, type CertificationCase, type Scheme,
} from '@cqc/db';
import { addYears } from '../import/dates.js';
import { nextCertificateNumber } from './certificate-number.js';
import { unitSnapshot } from './unit-snapshot.js';
import { renewCertificate, renewsInTime } from '../recertification/renew-certificate.js';

/**
 * Issues the certificate of an approved case (§6.2, §8): a number for life, version 0 with the
 * snapshot of models, grades and key components, 5-year validity (scheme data), the ISSUED
 * history entry, and the outbox event that puts it into the public registry. Runs inside the
 * approval's transaction.
 */
export async function issueCertificate(em: EntityManager, c: CertificationCase, ctx: { scheme: Scheme; issuedOn: string; now: Date; actor: Actor }) {
  // §9: a renewal approved in time renews its certificate (same number); otherwise it was a new application.
  if (c.renewsCertificate) {
    await em.populate(c, ['renewsCertificate']);
    if (renewsInTime(c, ctx.scheme, ctx.issuedOn)) return renewCertificate(em, c, ctx);
    c.treatedAsNew = true;
  }
  await em.populate(c, ['unit.applicant', 'unit.manufacturer', 'unit.factory', 'unit.models', 'unit.keyComponentConfigurations.components']);
  const number = await nextCertificateNumber(em, ctx.issuedOn);
  const expiresOn = addYears(ctx.issuedOn, ctx.scheme.certificateValidityYears);
  const certificate = em.create(Certificate, {
    number, unit: c.unit, status: CertificateStatus.VALID, firstIssuedOn: ctx.issuedOn, issuedOn: ctx.issuedOn, expiresOn,
    currentVersionNo: 0, statusChangedAt: ctx.now,
  });
  em.create(CertificateVersion, {
    certificate, versionNo: 0, kind: CertificateVersionKind.FIRST_ISSUE, issuedOn: ctx.issuedOn,
    changeSummaryZh: '首次发证', changeSummaryEn: 'First issue',
    snapshot: unitSnapshot(c.unit, ctx.scheme, { issuedOn: ctx.issuedOn, expiresOn, status: CertificateStatus.VALID }),
  });
  em.create(CertificateStatusEvent, {
    certificate, seq: 1, kind: StatusEventKind.ISSUED, fromStatus: null, toStatus: CertificateStatus.VALID,
    occurredOn: ctx.issuedOn, versionNo: 0,
  });
  recordChange(em, {
    actor: ctx.actor, at: ctx.now, action: 'certificate.issued', aggregateType: 'certificate', aggregateId: certificate.id,
    fromState: null, toState: CertificateStatus.VALID, payload: { number, caseId: c.id, caseNo: c.caseNo },
    outbox: { type: 'certificate.issued', payload: { certificateNumber: number, caseId: c.id } },
  });
  return certificate;
}
