import type { EntityManager } from '@mikro-orm/postgresql';
import {
  FactoryInspection, InspectionStatus, SurveillancePlan, SurveillanceStatus, recordChange, schemeFor, type Actor, type CertificationCase,
} from '@cqc/db';
import { INSPECTION_CLOCKS, changeCaseClocks } from '../inspection/inspection-clocks.js';
import { writeNotice } from '../notice/write-notice.js';
import { RECERTIFICATION_NOTICE_TEXTS } from './recertification-notices.js';
import { surveillanceAcceptedSince } from './renewal-state.js';

/**
 * §9: the surveillance result a renewal accepts instead of the factory inspection — the renewed
 * certificate's latest evaluated surveillance, if it passed ("年度监督正常") and was evaluated
 * within the scheme's limit ("时间在 12 个月之内"). A later failed year is not overridden by an
 * earlier pass. Returns the plan, or why there is none.
 */
export async function acceptedSurveillance(em: EntityManager, certificateId: string, scheme: ReturnType<typeof schemeFor>, today: string) {
  const latest = await em.findOne(
    SurveillancePlan,
    { certificate: certificateId, status: { $in: [SurveillanceStatus.PASSED, SurveillanceStatus.FAILED] }, concludedOn: { $ne: null, $lte: today } },
    { orderBy: { concludedOn: 'desc', seq: 'desc' } },
  );
  const since = surveillanceAcceptedSince(scheme, today);
  if (!latest) return { plan: null, reason: { zh: '无年度监督检查结果', en: 'there is no surveillance result' } };
  if (latest.status !== SurveillanceStatus.PASSED) {
    return { plan: null, reason: { zh: `最近一次监督（${latest.concludedOn}）未通过`, en: `the latest surveillance (${latest.concludedOn}) did not pass` } };
  }
  if (latest.concludedOn! < since) {
    return { plan: null, reason: { zh: `最近一次监督结果（${latest.concludedOn}）已超过 12 个月`, en: `the latest surveillance result (${latest.concludedOn}) is older than 12 months` } };
  }
  return { plan: latest, reason: null };
}

/**
 * Opens the inspection track of a renewal case (called by openInspection for a case that renews a
 * certificate, inside the COMPLETE_DOCUMENT_REVIEW transaction). With an accepted surveillance
 * result the inspection is exempted at once, the reason recorded; otherwise it is a full initial
 * inspection (§5): AWAITING_TASK with the §5.3 task clock. The §2 proposal (a valid certificate of
 * the same factory) does not apply: the certificate being renewed would always propose itself.
 */
export async function openRenewalInspection(
  em: EntityManager, c: CertificationCase, today: string, by: { actor: Actor; at: Date },
): Promise<FactoryInspection> {
  await em.populate(c, ['renewsCertificate', 'unit.applicant']);
  const certificate = c.renewsCertificate!;
  const scheme = schemeFor(c.schemeId, c.schemeVersion);
  const { plan, reason } = await acceptedSurveillance(em, certificate.id, scheme, today);
  const status = plan ? InspectionStatus.EXEMPTED : InspectionStatus.AWAITING_TASK;
  const exemption = plan
    ? {
      exemptionAccepted: true, exemptionDecidedOn: today, completedOn: today, coveringCertificateNumber: certificate.number,
      exemptionReason: `§9 复审：认可 ${plan.year} 年度监督结果（${plan.concludedOn} 通过）/ Recertification: the ${plan.year} surveillance result (passed ${plan.concludedOn}) accepted`,
    }
    : {};
  const inspection = em.create(FactoryInspection, { certificationCase: c, status, openedOn: today, proposedCertificateNumber: null, ...exemption });
  if (plan) {
    writeNotice(em, {
      kind: 'RECERTIFICATION_INSPECTION_REPLACED', text: RECERTIFICATION_NOTICE_TEXTS.INSPECTION_REPLACED, recipient: c.unit.applicant, caseId: c.id, at: by.at,
      values: { caseNo: c.caseNo, year: String(plan.year), concludedOn: plan.concludedOn! },
    });
  } else {
    await changeCaseClocks(em, c, [{ kind: 'START', key: INSPECTION_CLOCKS.TASK }], today);
    writeNotice(em, {
      kind: 'RECERTIFICATION_FULL_INSPECTION', text: RECERTIFICATION_NOTICE_TEXTS.FULL_INSPECTION, recipient: c.unit.applicant, caseId: c.id, at: by.at,
      values: { caseNo: c.caseNo, reason: reason! },
    });
  }
  recordChange(em, {
    actor: by.actor, at: by.at, action: 'inspection.opened', aggregateType: 'inspection', aggregateId: inspection.id,
    fromState: null, toState: status, reason: plan ? inspection.exemptionReason! : reason!.en,
    payload: { caseId: c.id, caseNo: c.caseNo, clause: '§9', renewsCertificate: certificate.number, surveillancePlanId: plan?.id ?? null, surveillanceConcludedOn: plan?.concludedOn ?? null },
    outbox: { type: 'inspection.status-changed', payload: { inspectionId: inspection.id, caseId: c.id, caseNo: c.caseNo, from: null, to: status } },
  });
  return inspection;
}
