import { Certificate, CertificateStatus, ClockOutcome, InspectionStatus, Role, User, schemeFor, type Scheme } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import type { ClockEffect } from '../case/case-machine.js';
import { UUID, runInspectionAction, type InspectionContext } from './inspection-action.js';
import { INSPECTION_CLOCKS, changeCaseClocks, isRunning } from './inspection-clocks.js';
import { exemptionCertificate } from './open-inspection.js';

/**
 * §2: the engineer decides the exemption the system proposed. Accepting needs the factory to
 * still hold a valid certificate on the day; rejecting leaves the inspection to be tasked.
 */
export async function decideExemption(ctx: InspectionContext, inspectionId: string, version: number, decision: { accept: boolean; reason: string }) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.PROPOSED_EXEMPTION], clause: '§2', action: 'inspection.exemption_decided',
    apply: async (em, inspection, c, { today, actor }) => {
      if (!decision.reason.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give the reason for the decision', { field: 'reason' });
      inspection.exemptionAccepted = decision.accept;
      inspection.exemptionReason = decision.reason;
      inspection.exemptionDecidedBy = em.getReference(User, actor.userId!);
      inspection.exemptionDecidedOn = today;
      if (!decision.accept) return { to: InspectionStatus.AWAITING_TASK, reason: decision.reason };
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
      return { to: InspectionStatus.EXEMPTED, reason: decision.reason };
    },
  });
}

/** §5.3: the engineer issues the task: an inspector and the on-site effort within the scheme's bounds. */
export async function issueTask(ctx: InspectionContext, inspectionId: string, version: number, task: { inspectorId: string; personDays: number }) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.AWAITING_TASK], clause: '§5.3', action: 'inspection.task_issued',
    apply: async (em, inspection, c, { today, actor }) => {
      checkPersonDays(schemeFor(c.schemeId, c.schemeVersion), task.personDays);
      const inspector = UUID.test(task.inspectorId) ? await em.findOne(User, { id: task.inspectorId, role: Role.INSPECTOR, active: true }) : null;
      if (!inspector) throw new AppError(ErrorCode.BAD_USER_INPUT, 'No active inspector with this id', { field: 'inspectorId' });
      inspection.inspector = inspector;
      inspection.personDays = task.personDays;
      inspection.taskIssuedBy = em.getReference(User, actor.userId!);
      inspection.taskIssuedOn = today;
      await changeCaseClocks(em, c, [
        ...stopIfRunning(c, INSPECTION_CLOCKS.TASK, ClockOutcome.MET),
        { kind: 'START', key: INSPECTION_CLOCKS.REPORT },
      ], today);
      return { to: InspectionStatus.TASK_ISSUED, reason: `${inspector.displayName}, ${task.personDays} person-days` };
    },
  });
}

/** §5.3 "1-2 人·日，最多不超过 2 人·日": outside the scheme's bounds is a rule violation. */
export function checkPersonDays(scheme: Scheme, personDays: number): void {
  const { clause, minPersonDays, maxPersonDays } = scheme.effort.initialInspection;
  // Stored with one decimal (half days); finer values would be silently rounded.
  if (!Number.isFinite(personDays) || Math.abs(Math.round(personDays * 10) - personDays * 10) > 1e-9) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Person-days are a number with at most one decimal', { field: 'personDays' });
  }
  const finding = personDays > maxPersonDays
    ? { code: 'PERSON_DAYS_ABOVE_MAX', messageZh: `现场检查人日数最多不超过 ${maxPersonDays} 人·日。`, messageEn: `On-site effort may not exceed ${maxPersonDays} person-days.` }
    : personDays < minPersonDays
      ? { code: 'PERSON_DAYS_BELOW_MIN', messageZh: `现场检查人日数为 ${minPersonDays}-${maxPersonDays} 人·日。`, messageEn: `On-site effort is ${minPersonDays}–${maxPersonDays} person-days.` }
      : null;
  if (finding) {
    const full = { ...finding, clause: `§${clause}`, field: 'personDays' };
    throw new AppError(ErrorCode.RULE_VIOLATION, full.messageEn, { findings: [full] });
  }
}

export function stopIfRunning(c: Parameters<typeof isRunning>[0], key: string, outcome: ClockOutcome): ClockEffect[] {
  return isRunning(c, key) ? [{ kind: 'STOP', key, outcome }] : [];
}
