import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, CertificationCase, CertificationPlan, recordChange, schemeFor, timeLimit, type TimeLimitKey } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { chinaDate, type Clock } from '../clock.js';
import { clockStates, saveClocks } from '../case/case-clocks.js';
import { bumpCaseVersion } from '../case/case-version.js';
import { caseDueDate } from '../case/due-dates.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';

/** After the plan and before the decision: the fee is paid while the case is evaluated. */
const PAYABLE = [CaseStatus.IN_EVALUATION, CaseStatus.IN_REVIEW, CaseStatus.AWAITING_DECISION];

/**
 * Records the certification fee as paid on `paidOn` (§6.3 "缴费时间不计入"). The time the
 * applicant took to pay is left out of every running clock whose scheme limit is paused by
 * FEE_PAYMENT (CERTIFICATE_ISSUE): a closed pause from the later of the payment notice and the
 * clock's start, to the payment day. So a fee paid before the test completed pauses nothing; a fee
 * paid after it moves the due date by the days since the test completed (or since the notice,
 * if that came later). The pause is written when the payment is known: until then the clock runs
 * and may show as overdue, which is deliberate (whether the fee is late is not known before).
 */
export async function recordFeePayment(ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock }, args: { caseId: string; version: number; paidOn: string }): Promise<void> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  await ctx.em.fork().transactional(async (em) => {
    const found = isId(args.caseId) ? await em.findOne(CertificationCase, { id: args.caseId }, { populate: ['unit.applicant', 'clocks'] }) : null;
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
    const viewer = authorizeViewer(ctx.viewer, Operation.RECORD_FEE_PAYMENT, { organisationId: found.unit.applicant.id });
    await bumpCaseVersion(em, found.id, args.version);
    const plan = await em.findOne(CertificationPlan, { certificationCase: found.id });
    if (!plan || !PAYABLE.includes(found.status)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `A fee payment is not recorded while the case is ${found.status}`, { clause: '§6.3', status: found.status });
    }
    if (plan.feePaidOn) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The fee was recorded as paid on ${plan.feePaidOn}`, { clause: '§6.3', status: found.status });
    if (args.paidOn > today) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The payment day cannot be in the future', { field: 'paidOn' });
    if (args.paidOn < plan.issuedOn) throw new AppError(ErrorCode.BAD_USER_INPUT, `The payment notice went out on ${plan.issuedOn}`, { field: 'paidOn' });

    const scheme = schemeFor(found.schemeId, found.schemeVersion);
    const states = clockStates(found.clocks.getItems());
    const paused: string[] = [];
    for (const state of states) {
      if (state.stoppedOn !== null || !timeLimit(scheme, state.key as TimeLimitKey)?.pausedBy.includes('FEE_PAYMENT')) continue;
      const from = state.startedOn > plan.issuedOn ? state.startedOn : plan.issuedOn;
      if (args.paidOn <= from) continue;
      state.pauses.push({ from, to: args.paidOn, reason: 'FEE_PAYMENT' });
      paused.push(state.key);
    }
    saveClocks(em, found, states, caseDueDate(scheme, await loadWorkingDayCalendar(em)));
    plan.feePaidOn = args.paidOn;
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'case.record_fee_payment', aggregateType: 'case', aggregateId: found.id,
      payload: { caseNo: found.caseNo, clause: '§6.3', paidOn: args.paidOn, feeEstimateYuan: plan.feeEstimateYuan, pausedClocks: paused },
      outbox: { type: 'case.changed', payload: { caseId: found.id, caseNo: found.caseNo, change: 'fee-paid', paidOn: args.paidOn } },
    });
    await em.flush();
  });
}

/** The plans of many cases in one query. */
export async function loadPlans(em: EntityManager, caseIds: string[]): Promise<Map<string, CertificationPlan>> {
  const found = caseIds.length ? await em.find(CertificationPlan, { certificationCase: { $in: caseIds } }) : [];
  return new Map(found.map((p) => [p.certificationCase.id, p]));
}
