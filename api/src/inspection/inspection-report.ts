import {
  CaseStatus, ClockOutcome, InspectionChecklistResult, InspectionConclusion, InspectionStatus, Nonconformity, RectificationVerificationMethod, User, schemeFor,
} from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { caseDueDate } from '../case/due-dates.js';
import { sendNotice } from '../case/notices.js';
import { SYSTEM, runCaseCommand } from '../case/run-case-command.js';
import { AppError, ErrorCode } from '../errors.js';
import { validateReport, type InspectionReportInput } from './checklist.js';
import {
  applyInspectionAction, assignedInspectorOnly, checkInspectionAction, runInspectionAction, type InspectionActionSpec, type InspectionContext,
} from './inspection-action.js';
import { INSPECTION_CLOCKS, changeCaseClocks } from './inspection-clocks.js';
import { stopIfRunning } from './inspection-task.js';
import { mayVerify } from './onsite-verification.js';

/**
 * §5.4: the assigned inspector records the checklist and the report with its conclusion. PASS
 * completes the track; NONCONFORMITIES starts the rectification limit and tells the applicant;
 * FAIL ends the case (§6.4), in the same transaction as the report.
 */
export async function recordReport(ctx: InspectionContext, inspectionId: string, version: number, input: InspectionReportInput) {
  const spec = reportSpec(input);
  if (input.conclusion !== InspectionConclusion.FAIL) return runInspectionAction(ctx, inspectionId, version, spec);
  // Refuse the caller, the version and the content before the case is touched.
  const { inspection } = await checkInspectionAction(ctx.em.fork(), ctx.viewer, inspectionId, version, spec);
  const c = inspection.certificationCase;
  const scheme = schemeFor(c.schemeId, c.schemeVersion);
  validateReport(scheme, input);
  const reason = scheme.terminationReasons.find((r) => r.code === 'INSPECTION_FAILED')!;
  // The termination follows from the recorded conclusion: the platform performs it (SYSTEM);
  // the inspection's own audit event names the inspector.
  await runCaseCommand({
    em: ctx.em, viewer: SYSTEM, clock: ctx.clock, dueDate: caseDueDate(scheme, await loadWorkingDayCalendar(ctx.em)),
    guard: async (_em, found) => {
      if (found.status !== CaseStatus.IN_EVALUATION) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The inspection cannot change while the case is ${found.status}`, { clause: '§5.4', status: found.status });
    },
    onTransition: async (em, _found, _command, at) => {
      await applyInspectionAction(em, ctx.viewer, inspectionId, version, spec, at.now, { withinCaseCommand: true });
    },
  }, c.id, 'CURRENT', { type: 'TERMINATE', reasonCode: reason.code, reason: `${reason.zh}：${input.summary}` });
}

function reportSpec(input: InspectionReportInput): InspectionActionSpec {
  return {
    operation: Operation.RECORD_INSPECTION, from: [InspectionStatus.TASK_ISSUED], clause: '§5.4', action: 'inspection.reported', allow: assignedInspectorOnly,
    apply: async (em, inspection, c, { today, now }) => {
      const items = validateReport(schemeFor(c.schemeId, c.schemeVersion), input);
      if (!isIsoDate(input.visitOn) || input.visitOn < inspection.taskIssuedOn! || input.visitOn > today) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `The visit date must lie between the task (${inspection.taskIssuedOn}) and today`, { field: 'visitOn' });
      }
      for (const entry of input.checklist) {
        const item = items.get(entry.itemId)!;
        em.create(InspectionChecklistResult, { inspection, checklist: item.kind, itemId: item.id, position: item.position, result: entry.result, note: entry.note?.trim() || null });
      }
      input.nonconformities.forEach((nc, position) => {
        em.create(Nonconformity, { inspection, position, itemId: nc.itemId, clause: items.get(nc.itemId)!.clause, description: nc.description.trim(), raisedOn: today });
      });
      Object.assign(inspection, {
        visitOn: input.visitOn, reportedOn: today, conclusion: input.conclusion, summary: input.summary.trim(), internalNote: input.internalNote?.trim() || null,
      });
      if (input.conclusion === InspectionConclusion.FAIL) {
        // The case's termination has cancelled every running clock.
        inspection.completedOn = today;
        return { to: InspectionStatus.FAILED, reason: input.summary };
      }
      const stopReport = stopIfRunning(c, INSPECTION_CLOCKS.REPORT, ClockOutcome.MET);
      if (input.conclusion === InspectionConclusion.PASS) {
        await changeCaseClocks(em, c, stopReport, today);
        inspection.completedOn = today;
        sendNotice(em, { kind: 'INSPECTION_PASSED', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now, detail: input.summary.trim() });
        return { to: InspectionStatus.PASSED, reason: input.summary };
      }
      const due = await changeCaseClocks(em, c, [...stopReport, { kind: 'START', key: INSPECTION_CLOCKS.RECTIFICATION }], today);
      const dueOn = due.get(INSPECTION_CLOCKS.RECTIFICATION);
      const findings = input.nonconformities.map((nc, n) => `${n + 1}) [${nc.itemId}] ${nc.description.trim()}`).join('；');
      sendNotice(em, {
        kind: 'INSPECTION_FINDINGS', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now,
        detail: `整改期限 / Rectify by: ${dueOn}。${findings}`,
      });
      return { to: InspectionStatus.NONCONFORMITIES_OPEN, reason: input.summary };
    },
  };
}

/**
 * §5.4 "CQC 采取适当方式对整改结果进行验证": rectified nonconformities are verified from the
 * evidence (DOCUMENTS: an engineer or the assigned inspector) or on site (ON_SITE: the inspector
 * the engineer sent, see onsite-verification.ts). The rectification must have been completed by
 * the due date; once every nonconformity is verified the inspection has passed.
 */
export async function verifyRectification(
  ctx: InspectionContext, inspectionId: string, version: number,
  input: { nonconformityIds: string[]; rectifiedOn: string; note: string; method?: RectificationVerificationMethod },
) {
  const method = input.method ?? RectificationVerificationMethod.DOCUMENTS;
  await runInspectionAction(ctx, inspectionId, version, {
    operation: Operation.VERIFY_RECTIFICATION, from: [InspectionStatus.NONCONFORMITIES_OPEN], clause: '§5.4', action: 'inspection.rectification_verified',
    allow: mayVerify(method),
    apply: async (em, inspection, c, { today, now, actor }) => {
      if (!input.note.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say how the rectification was verified', { field: 'note' });
      const open = inspection.nonconformities.getItems().filter((nc) => !nc.verifiedOn);
      const chosen = open.filter((nc) => input.nonconformityIds.includes(nc.id));
      if (input.nonconformityIds.length === 0 || chosen.length !== new Set(input.nonconformityIds).size) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Name open nonconformities of this inspection', { field: 'nonconformityIds' });
      }
      const raised = chosen.map((nc) => nc.raisedOn).sort().at(-1)!;
      if (!isIsoDate(input.rectifiedOn) || input.rectifiedOn < raised || input.rectifiedOn > today) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `The rectification date must lie between ${raised} and today`, { field: 'rectifiedOn' });
      }
      const clock = c.clocks.getItems().find((k) => k.key === INSPECTION_CLOCKS.RECTIFICATION && !k.stoppedOn);
      if (clock?.dueOn && input.rectifiedOn > clock.dueOn) {
        const finding = {
          code: 'RECTIFICATION_OVERDUE', clause: '§5.4', field: 'rectifiedOn',
          messageZh: `整改期限为 ${clock.dueOn}，未能按期完成整改的，终止认证。`,
          messageEn: `Rectification was due by ${clock.dueOn}; rectification not completed in time terminates the certification.`,
        };
        throw new AppError(ErrorCode.RULE_VIOLATION, finding.messageEn, { findings: [finding] });
      }
      for (const nc of chosen) {
        Object.assign(nc, {
          rectifiedOn: input.rectifiedOn, verifiedOn: today, verifiedBy: em.getReference(User, actor.userId!), verificationNote: input.note.trim(), verificationMethod: method,
        });
      }
      const payload = { method, nonconformityIds: chosen.map((nc) => nc.id) };
      if (chosen.length < open.length) return { to: InspectionStatus.NONCONFORMITIES_OPEN, reason: input.note, payload };
      await changeCaseClocks(em, c, stopIfRunning(c, INSPECTION_CLOCKS.RECTIFICATION, ClockOutcome.MET), today);
      inspection.completedOn = today;
      sendNotice(em, {
        kind: 'INSPECTION_PASSED', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, at: now,
        detail: `不符合项整改已经验证 / The rectification of the nonconformities has been verified (${method === RectificationVerificationMethod.ON_SITE ? '现场验证 / on site' : '资料验证 / from documents'})。`,
      });
      return { to: InspectionStatus.PASSED, reason: input.note, payload };
    },
  });
}
