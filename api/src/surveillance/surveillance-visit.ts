import { Role, SurveillanceNonconformity, SurveillanceStatus, User } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import { schemeDueOn } from './deadlines.js';
import { changePlan, requireStatus, type SurveillanceContext } from './surveillance-command.js';
import { checkSurveillanceEffort, checkVisit, type VisitInput } from './visit-rules.js';
import { applyYearFailure } from './year-failure.js';

const { PLANNED, RECTIFYING, VISITED, FAILED } = SurveillanceStatus;

/** §7.1.2: the engineer assigns the inspector and the effort (scheme data, checked). */
export async function assignVisit(
  ctx: SurveillanceContext, planId: string, version: number,
  input: { inspectorId: string; plannedOn: string | null; personDays: number; cccPersonDays: number | null },
) {
  return changePlan(ctx, planId, version, Operation.MANAGE_SURVEILLANCE, async ({ em, plan, scheme, today }) => {
    requireStatus(plan, [PLANNED], '§7.1', 'Assigning the visit');
    checkSurveillanceEffort(scheme, input.personDays, input.cccPersonDays);
    const inspector = await em.findOne(User, { id: input.inspectorId, role: Role.INSPECTOR, active: true });
    if (!inspector) throw new AppError(ErrorCode.BAD_USER_INPUT, 'No active inspector with that id', { field: 'inspectorId' });
    if (input.plannedOn !== null && input.plannedOn < today) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The planned day cannot be in the past', { field: 'plannedOn' });
    plan.inspector = inspector;
    plan.plannedOn = input.plannedOn;
    plan.personDays = input.personDays;
    plan.cccPersonDays = input.cccPersonDays;
    return {
      action: 'surveillance.assigned', payload: { inspectorId: inspector.id, personDays: input.personDays, cccPersonDays: input.cccPersonDays },
      notice: {
        kind: 'SURVEILLANCE_SCHEDULED',
        values: {
          year: String(plan.year), inspector: inspector.displayName, personDays: String(input.personDays),
          planned: input.plannedOn ? { zh: `，计划 ${input.plannedOn} 到厂`, en: `, planned for ${input.plannedOn}` } : '',
        },
      },
    };
  });
}

/**
 * §7.1.3–§7.1.4: the assigned inspector records the visit. Nonconformities get the scheme's 60
 * (calendar) days; a visit concluded as not passed fails the year (§7.3), handled under §8.5.
 */
export async function recordVisit(ctx: SurveillanceContext, planId: string, version: number, input: VisitInput) {
  const plan = await changePlan(ctx, planId, version, Operation.RECORD_SURVEILLANCE_VISIT, async ({ em, plan, scheme, today, viewer }) => {
    if (viewer && plan.inspector?.id !== viewer.userId) throw new AppError(ErrorCode.FORBIDDEN, 'Only the inspector assigned to this surveillance records its visit');
    requireStatus(plan, [PLANNED], '§7.1.3', 'Recording the visit');
    if (!plan.inspector || plan.personDays == null) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'The visit has no inspector and effort assigned yet', { clause: '§7.1.2', status: plan.status });
    checkVisit(scheme, plan.certificate.unit.models.getItems(), input);
    if (!input.passed && input.nonconformities.length === 0 && !input.note?.trim()) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'A visit that did not pass needs its findings or a note', { field: 'note' });
    }
    const due = await schemeDueOn(em, scheme, 'SURVEILLANCE_RECTIFICATION', today);
    input.nonconformities.forEach((n, i) => em.create(SurveillanceNonconformity, {
      plan, position: i + 1, itemId: n.itemId, description: n.description.trim(), raisedOn: today, dueOn: due,
    }));
    Object.assign(plan, {
      visitedOn: today, recordedBy: em.getReference(User, viewer?.userId ?? plan.inspector.id), checkedItemIds: [...new Set(input.checkedItemIds)],
      conformityModels: [...new Set(input.conformityModels)], witnessTests: input.witnessTests, visitPassed: input.passed, visitNote: input.note?.trim() || null,
    });
    if (!input.passed) Object.assign(plan, { status: FAILED, failureReason: 'VISIT_FAILED', concludedOn: today });
    else plan.status = input.nonconformities.length > 0 ? RECTIFYING : VISITED;
    return {
      action: 'surveillance.visit_recorded', payload: { passed: input.passed, nonconformities: input.nonconformities.length, rectificationDueOn: input.nonconformities.length ? due : null },
      ...(input.passed && input.nonconformities.length > 0 ? { notice: { kind: 'SURVEILLANCE_NONCONFORMITIES' as const, values: { count: String(input.nonconformities.length), due } } } : {}),
    };
  });
  if (plan.status === FAILED) await applyYearFailure(ctx, plan.id);
  return plan;
}

/** §7.1.4: CQC verifies a rectification; once all are verified the visit awaits the evaluation. */
export async function verifyRectification(ctx: SurveillanceContext, planId: string, version: number, nonconformityId: string, rectifiedOn: string) {
  return changePlan(ctx, planId, version, Operation.VERIFY_RECTIFICATION, async ({ em, plan, today, viewer }) => {
    if (viewer?.role === Role.INSPECTOR && plan.inspector?.id !== viewer.userId) throw new AppError(ErrorCode.FORBIDDEN, 'Only the assigned inspector or an engineer verifies');
    requireStatus(plan, [RECTIFYING], '§7.1.4', 'Verifying a rectification');
    const all = await em.find(SurveillanceNonconformity, { plan }, { orderBy: { position: 'asc' } });
    const nc = all.find((n) => n.id === nonconformityId);
    if (!nc) throw new AppError(ErrorCode.NOT_FOUND, `No nonconformity ${nonconformityId} on this surveillance`);
    if (nc.rectifiedOn) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'Already verified', { clause: '§7.1.4', status: plan.status });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(rectifiedOn) || rectifiedOn > today || rectifiedOn < nc.raisedOn) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'The rectification date lies between the finding and today', { field: 'rectifiedOn' });
    }
    // 未能按期完成整改的 … 按监督检查不通过处理: a rectification after the deadline does not count.
    if (rectifiedOn > nc.dueOn) throw new AppError(ErrorCode.RULE_VIOLATION, `Rectified after the deadline ${nc.dueOn}`, { findings: [{ code: 'RECTIFICATION_LATE', clause: '§7.1.4', field: 'rectifiedOn', messageZh: `整改期限为 ${nc.dueOn}。`, messageEn: `The rectification was due by ${nc.dueOn}.` }] });
    nc.rectifiedOn = rectifiedOn;
    nc.verifiedBy = viewer ? em.getReference(User, viewer.userId) : null;
    if (all.every((n) => n.rectifiedOn)) plan.status = VISITED;
    return { action: 'surveillance.rectification_verified', payload: { nonconformityId, rectifiedOn } };
  });
}

