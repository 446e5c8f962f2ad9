import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CertificateStatus, CertificateStatusEvent, CertificateVersion, CertificateVersionKind, StatusEventKind, recordChange,
  type Actor, type Certificate, type CertificationCase, type Scheme,
} from '@cqc/db';
import { addYears } from '../import/dates.js';
import { writeNotice } from '../notice/write-notice.js';
import { unitSnapshot } from '../certificate/unit-snapshot.js';
import { RECERTIFICATION_NOTICE_TEXTS } from './recertification-notices.js';
import { renewalCompletionDueOn } from './renewal-state.js';

/** The statuses a renewal approved in time renews from (EXPIRED: the renewal was applied for before expiry, §9). */
const RENEWABLE: readonly CertificateStatus[] = [CertificateStatus.VALID, CertificateStatus.SUSPENDED, CertificateStatus.EXPIRED];

/**
 * Whether the approval of a renewal case renews its certificate (§9): not treated as a new
 * application, the certificate still renewable, and within the completion limit after expiry.
 * Otherwise the approval issues a new certificate number ("否则按新申请处理").
 */
export function renewsInTime(c: CertificationCase, scheme: Scheme, today: string): c is CertificationCase & { renewsCertificate: Certificate } {
  const certificate = c.renewsCertificate;
  if (!certificate || c.treatedAsNew) return false;
  return RENEWABLE.includes(certificate.status) && today <= renewalCompletionDueOn(scheme, certificate.expiresOn);
}

/**
 * The approval's writes for a renewal in time (inside its transaction): a RENEWAL version of the
 * same certificate with the re-certified unit's snapshot and a new validity of the scheme's years
 * from the issue date; the RENEWED history entry; the certificate now points at the renewal's unit
 * (what was certified again). A suspension is not lifted by a renewal (only §8.5.2 restores): a
 * SUSPENDED certificate stays SUSPENDED; VALID and EXPIRED become VALID. Audit, the holder's notice,
 * and outbox `certificate.version-issued` for the registry.
 */
export async function renewCertificate(
  em: EntityManager, c: CertificationCase & { renewsCertificate: Certificate }, ctx: { scheme: Scheme; issuedOn: string; now: Date; actor: Actor },
): Promise<Certificate> {
  await em.populate(c, ['unit.applicant', 'unit.manufacturer', 'unit.factory', 'unit.models', 'unit.keyComponentConfigurations.components']);
  const certificate = c.renewsCertificate;
  const from = certificate.status;
  const to = from === CertificateStatus.SUSPENDED ? CertificateStatus.SUSPENDED : CertificateStatus.VALID;
  const expiresOn = addYears(ctx.issuedOn, ctx.scheme.certificateValidityYears);
  const versionNo = certificate.currentVersionNo + 1;
  const summaryZh = `复审换证（委托 ${c.caseNo}），有效期至 ${expiresOn}`;
  const summaryEn = `Renewed after recertification (case ${c.caseNo}), valid until ${expiresOn}`;
  em.create(CertificateVersion, {
    certificate, versionNo, kind: CertificateVersionKind.RENEWAL, issuedOn: ctx.issuedOn, changeSummaryZh: summaryZh, changeSummaryEn: summaryEn,
    snapshot: unitSnapshot(c.unit, ctx.scheme, { issuedOn: ctx.issuedOn, expiresOn, status: to }),
  });
  const seq = (await em.count(CertificateStatusEvent, { certificate })) + 1;
  em.create(CertificateStatusEvent, {
    certificate, seq, kind: StatusEventKind.RENEWED, fromStatus: from, toStatus: to, occurredOn: ctx.issuedOn, versionNo,
    publicReasonZh: summaryZh, publicReasonEn: summaryEn,
  });
  const previousExpiry = certificate.expiresOn;
  Object.assign(certificate, { unit: c.unit, status: to, issuedOn: ctx.issuedOn, expiresOn, currentVersionNo: versionNo, statusChangedAt: ctx.now });
  writeNotice(em, {
    kind: 'CERTIFICATE_RENEWED', text: RECERTIFICATION_NOTICE_TEXTS.RENEWED, recipient: c.unit.applicant, caseId: c.id, at: ctx.now,
    values: { number: certificate.number, versionNo: String(versionNo), expiresOn },
  });
  recordChange(em, {
    actor: ctx.actor, at: ctx.now, action: 'certificate.renewed', aggregateType: 'certificate', aggregateId: certificate.id,
    fromState: from, toState: to, reason: summaryZh,
    payload: { number: certificate.number, clause: '§9', caseId: c.id, caseNo: c.caseNo, versionNo, previousExpiry, expiresOn, late: c.renewalLate },
    outbox: { type: 'certificate.version-issued', payload: { certificateNumber: certificate.number, versionNo, kind: CertificateVersionKind.RENEWAL, caseId: c.id } },
  });
  return certificate;
}
