import { InspectionStatus, schemeFor } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { sendNotice } from '../case/notices.js';
import { AppError, ErrorCode } from '../errors.js';
import { runInspectionAction, type InspectionContext } from './inspection-action.js';
import { INSPECTION_CLOCKS } from './inspection-clocks.js';
import { checkTask, runningDue, taskInspector, taskNoticeDetail, type TaskInput } from './task-details.js';

/**
 * The engineer rearranges an issued task before its report is recorded: another inspector,
 * other planned days, other person-days (the same §5.3 bounds). The §5.4 report limit keeps
 * running from the original task — a rearrangement does not buy time — so planned days must
 * still lie within it. Access follows the task: recording the report is for the inspector the
 * task names (assignedInspectorOnly), so the new inspector gains it and the old one loses it.
 */
export async function changeTask(ctx: InspectionContext, inspectionId: string, version: number, change: TaskInput & { reason: string }) {
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.MANAGE_INSPECTION, from: [InspectionStatus.TASK_ISSUED], clause: '§5.3', action: 'inspection.task_changed',
    outboxType: 'inspection.changed',
    apply: async (em, inspection, c, { today, now }) => {
      if (!change.reason.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say why the task is rearranged', { field: 'reason' });
      const reportDueOn = runningDue(inspection, INSPECTION_CLOCKS.REPORT);
      const planned = checkTask(schemeFor(c.schemeId, c.schemeVersion), change, today, reportDueOn);
      const inspector = await taskInspector(em, change.inspectorId);
      const before = { inspectorId: inspection.inspector?.id ?? null, personDays: inspection.personDays ?? null, plannedFrom: inspection.plannedFrom ?? null, plannedTo: inspection.plannedTo ?? null };
      const after = { inspectorId: inspector.id, personDays: change.personDays, ...planned };
      if (JSON.stringify(before) === JSON.stringify(after)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'The task already says this: change the inspector, the person-days or the planned days', { field: 'inspectorId' });
      }
      Object.assign(inspection, planned);
      inspection.inspector = inspector;
      inspection.personDays = change.personDays;
      sendNotice(em, {
        kind: 'INSPECTION_TASK_CHANGED', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now,
        detail: taskNoticeDetail(inspection, inspector, reportDueOn),
      });
      return { to: InspectionStatus.TASK_ISSUED, reason: change.reason.trim(), payload: { before, after } };
    },
  });
}
