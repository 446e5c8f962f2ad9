import { InspectionStatus, RectificationVerificationMethod, Role, type FactoryInspection } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { sendNotice } from '../case/notices.js';
import { AppError, ErrorCode } from '../errors.js';
import { runInspectionAction, type InspectionContext } from './inspection-action.js';
import { INSPECTION_CLOCKS } from './inspection-clocks.js';
import { runningDue, taskInspector } from './task-details.js';

/**
 * §5.4 "CQC 采取适当方式对整改结果进行验证": one appropriate way is on site. The engineer sends an
 * inspector (the task's or another) on a planned day; that inspector then records the
 * verification as ON_SITE. It is a verification of the rectified nonconformities, not a second
 * inspection: no new checklist, no new report, and the rectification deadline is unchanged — so
 * the day must lie within it. Arranging again replaces the previous arrangement.
 */
export async function arrangeOnSiteVerification(ctx: InspectionContext, inspectionId: string, version: number, input: { inspectorId: string; plannedOn: string }) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.NONCONFORMITIES_OPEN], clause: '§5.4', action: 'inspection.onsite_verification_arranged',
    outboxType: 'inspection.changed',
    apply: async (em, inspection, c, { today, now }) => {
      if (!isIsoDate(input.plannedOn) || input.plannedOn < today) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'The planned day is a date from today on (YYYY-MM-DD)', { field: 'plannedOn' });
      }
      const dueOn = runningDue(inspection, INSPECTION_CLOCKS.RECTIFICATION);
      if (dueOn && input.plannedOn > dueOn) {
        const finding = {
          code: 'VERIFICATION_AFTER_RECTIFICATION_DUE', clause: '§5.4', field: 'plannedOn',
          messageZh: `整改期限为 ${dueOn}，现场验证须在期限内进行；未能按期完成整改的，终止认证。`,
          messageEn: `Rectification is due by ${dueOn}; the on-site verification must take place by then.`,
        };
        throw new AppError(ErrorCode.RULE_VIOLATION, finding.messageEn, { findings: [finding] });
      }
      const inspector = await taskInspector(em, input.inspectorId);
      const before = { inspectorId: inspection.verificationInspector?.id ?? null, plannedOn: inspection.verificationPlannedOn ?? null };
      inspection.verificationInspector = inspector;
      inspection.verificationPlannedOn = input.plannedOn;
      sendNotice(em, {
        kind: 'INSPECTION_VERIFICATION_ARRANGED', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now,
        detail: `检查员 / Inspector: ${inspector.displayName}；计划验证日期 / Planned on site: ${input.plannedOn}；整改期限 / Rectify by: ${dueOn ?? '—'}`,
      });
      return { to: InspectionStatus.NONCONFORMITIES_OPEN, reason: `${inspector.displayName}, ${input.plannedOn}`, payload: { before, after: { inspectorId: inspector.id, plannedOn: input.plannedOn } } };
    },
  });
}

/**
 * Who may record a verification by `method`: DOCUMENTS — an engineer, or the task's inspector;
 * ON_SITE — only the inspector the engineer sent, and only once one was sent.
 */
export function mayVerify(method: RectificationVerificationMethod) {
  return (inspection: FactoryInspection, viewer: Viewer): void => {
    if (method === RectificationVerificationMethod.ON_SITE) {
      if (!inspection.verificationInspector) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'No on-site verification has been arranged', { clause: '§5.4', status: inspection.status });
      }
      if (inspection.verificationInspector.id !== viewer.userId) {
        throw new AppError(ErrorCode.FORBIDDEN, 'Only the inspector sent to verify on site may record it');
      }
      return;
    }
    if (viewer.role === Role.INSPECTOR && inspection.inspector?.id !== viewer.userId) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Only the inspector assigned to this inspection may do this');
    }
  };
}
