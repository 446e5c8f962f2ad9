import { Certificate, CertificateStatus, ClockOutcome, InspectionStatus, User, schemeFor } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { sendNotice } from '../case/notices.js';
import { AppError, ErrorCode } from '../errors.js';
import type { ClockEffect } from '../case/case-machine.js';
import { runInspectionAction, type InspectionContext } from './inspection-action.js';
import { INSPECTION_CLOCKS, changeCaseClocks, isRunning } from './inspection-clocks.js';
import { exemptionCertificate } from './open-inspection.js';
import { checkTask, taskInspector, taskNoticeDetail, type TaskInput } from './task-details.js';

export { checkPersonDays } from './task-details.js';

/**
 * §2: the engineer decides the exemption the system proposed. Accepting needs the factory to
 * still hold a valid certificate on the day; rejecting leaves the inspection to be tasked.
 */
export async function decideExemption(ctx: InspectionContext, inspectionId: string, version: number, decision: { accept: boolean; reason: string }) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.PROPOSED_EXEMPTION], clause: '§2', action: 'inspection.exemption_decided',
    apply: async (em, inspection, c, { today, now, actor }) => {
      if (!decision.reason.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give the reason for the decision', { field: 'reason' });
      inspection.exemptionAccepted = decision.accept;
      inspection.exemptionReason = decision.reason;
      inspection.exemptionDecidedBy = em.getReference(User, actor.userId!);
      inspection.exemptionDecidedOn = today;
      const notice = (kind: string, detail: string) => sendNotice(em, { kind, recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now, detail });
      if (!decision.accept) {
        notice('INSPECTION_REQUIRED', decision.reason.trim());
        return { to: InspectionStatus.AWAITING_TASK, reason: decision.reason };
      }
      const proposed = inspection.proposedCertificateNumber
        ? await em.findOne(Certificate, { number: inspection.proposedCertificateNumber, status: CertificateStatus.VALID, expiresOn: { $gte: today } })
        : null;
      const covering = proposed ?? (await exemptionCertificate(em, c.unit.factory.id, today));
      if (!covering) {
        const finding = {
          code: 'NO_VALID_CERTIFICATE', clause: '§2', field: 'accept',
          messageZh: '该生产企业已无有效的节能认证证书，不能免除初始工厂检查。',
          messageEn: 'The factory no longer holds a valid energy-saving certificate; the initial inspection cannot be exempted.',
        };
        throw new AppError(ErrorCode.RULE_VIOLATION, finding.messageEn, { findings: [finding] });
      }
      inspection.coveringCertificateNumber = covering.number;
      inspection.completedOn = today;
      await changeCaseClocks(em, c, stopIfRunning(c, INSPECTION_CLOCKS.TASK, ClockOutcome.CANCELLED), today);
      notice('INSPECTION_EXEMPTED', `覆盖证书 / Covering certificate: ${covering.number}`);
      return { to: InspectionStatus.EXEMPTED, reason: decision.reason };
    },
  });
}

/**
 * §5.3: the engineer issues the task: an inspector, the on-site effort within the scheme's bounds
 * and, when known, the planned days on site. The applicant is told who comes, when, and for how
 * long, and by when the conclusion is due (§5.4), in the same transaction.
 */
export async function issueTask(ctx: InspectionContext, inspectionId: string, version: number, task: TaskInput) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.AWAITING_TASK], clause: '§5.3', action: 'inspection.task_issued',
    apply: async (em, inspection, c, { today, now, actor }) => {
      const scheme = schemeFor(c.schemeId, c.schemeVersion);
      checkTask(scheme, task, today, null); // the effort and the dates' shape first: nothing written yet
      const inspector = await taskInspector(em, task.inspectorId);
      const due = await changeCaseClocks(em, c, [
        ...stopIfRunning(c, INSPECTION_CLOCKS.TASK, ClockOutcome.MET),
        { kind: 'START', key: INSPECTION_CLOCKS.REPORT },
      ], today);
      const reportDueOn = due.get(INSPECTION_CLOCKS.REPORT) ?? null;
      Object.assign(inspection, checkTask(scheme, task, today, reportDueOn));
      inspection.inspector = inspector;
      inspection.personDays = task.personDays;
      inspection.taskIssuedBy = em.getReference(User, actor.userId!);
      inspection.taskIssuedOn = today;
      sendNotice(em, {
        kind: 'INSPECTION_TASK_ISSUED', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now,
        detail: taskNoticeDetail(inspection, inspector, reportDueOn),
      });
      return { to: InspectionStatus.TASK_ISSUED, reason: `${inspector.displayName}, ${task.personDays} person-days` };
    },
  });
}

export function stopIfRunning(c: Parameters<typeof isRunning>[0], key: string, outcome: ClockOutcome): ClockEffect[] {
  return isRunning(c, key) ? [{ kind: 'STOP', key, outcome }] : [];
}
