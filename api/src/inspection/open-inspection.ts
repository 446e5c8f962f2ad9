import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, FactoryInspection, InspectionStatus, SYSTEM_ACTOR, recordChange,
  type Actor, type CertificationCase,
} from '@cqc/db';
import { INSPECTION_CLOCKS, changeCaseClocks } from './inspection-clocks.js';
import { openRenewalInspection } from '../recertification/recertification-inspection.js';

/**
 * The certificate that makes the system propose exemption (§2 "对于持有 CQC 颁发的节能认证证书的
 * 生产企业，可免除初始工厂检查"; §5.1: coverage under the same factory code): a VALID certificate,
 * not past its expiry, whose unit is made at this factory. The factory entity is the factory
 * code (unique), so "same factory" and "same factory code" are one test.
 */
export async function exemptionCertificate(em: EntityManager, factoryId: string, today: string): Promise<Certificate | null> {
  return em.findOne(
    Certificate,
    { status: CertificateStatus.VALID, expiresOn: { $gte: today }, unit: { factory: factoryId } },
    { orderBy: { expiresOn: 'desc', number: 'asc' } },
  );
}

/**
 * Opens the inspection track of a case entering evaluation (documents received, §5.3). Call it
 * inside the transaction of the COMPLETE_DOCUMENT_REVIEW step, with `c.unit.factory` and
 * `c.clocks` loaded. Proposes exemption when the factory holds a valid certificate; the engineer
 * decides. The §5.3 task clock starts either way: the rule counts it from the documents, and
 * deciding on the exemption is part of that time (an accepted exemption cancels it).
 * Idempotent: a case that already has its track keeps it.
 */
export async function openInspection(
  em: EntityManager,
  c: CertificationCase,
  today: string,
  by: { actor: Actor; at: Date } = { actor: SYSTEM_ACTOR, at: new Date(`${today}T00:00:00+08:00`) },
): Promise<FactoryInspection> {
  const existing = await em.findOne(FactoryInspection, { certificationCase: c.id });
  if (existing) return existing;
  // §9: a renewal accepts a recent surveillance result instead; the §2 proposal does not apply.
  if (c.renewsCertificate) return openRenewalInspection(em, c, today, by);
  const covering = await exemptionCertificate(em, c.unit.factory.id, today);
  const status = covering ? InspectionStatus.PROPOSED_EXEMPTION : InspectionStatus.AWAITING_TASK;
  const inspection = em.create(FactoryInspection, {
    certificationCase: c, status, openedOn: today, proposedCertificateNumber: covering?.number ?? null,
  });
  await changeCaseClocks(em, c, [{ kind: 'START', key: INSPECTION_CLOCKS.TASK }], today);
  recordChange(em, {
    actor: by.actor,
    at: by.at,
    action: 'inspection.opened',
    aggregateType: 'inspection',
    aggregateId: inspection.id,
    fromState: null,
    toState: status,
    payload: { caseId: c.id, caseNo: c.caseNo, clause: covering ? '§2' : '§5.3', proposedCertificateNumber: covering?.number ?? null },
    outbox: { type: 'inspection.status-changed', payload: { inspectionId: inspection.id, caseId: c.id, caseNo: c.caseNo, from: null, to: status } },
  });
  return inspection;
}
