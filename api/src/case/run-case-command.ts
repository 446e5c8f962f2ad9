import { LockMode } from '@mikro-orm/core';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationCase, recordChange, type Actor } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { chinaDate, type Clock } from '../clock.js';
import { decideCase, type CaseCommand, type CaseCommandType } from './case-machine.js';
import { saveClocks, clockStates, type DueDate } from './case-clocks.js';
import { applyClockEffects } from './clock-effects.js';
import { sendNotice } from './notices.js';
import { openInspection } from '../inspection/open-inspection.js';
import { planNoticeDetail } from '../plan/issue-plan.js';

/** The platform itself acting (deadline sweeps): audited as SYSTEM, not subject to the policy. */
export const SYSTEM = Symbol('system');

/** Which authorization operation each command needs. */
export const COMMAND_OPERATION: Record<CaseCommandType, Operation> = {
  SUBMIT: Operation.SUBMIT_APPLICATION,
  WITHDRAW: Operation.SUBMIT_APPLICATION,
  SUPPLY_SUPPLEMENT: Operation.SUBMIT_APPLICATION,
  ACCEPT: Operation.HANDLE_ACCEPTANCE,
  RETURN_FOR_AMENDMENT: Operation.HANDLE_ACCEPTANCE,
  REFUSE: Operation.HANDLE_ACCEPTANCE,
  REQUEST_SUPPLEMENT: Operation.HANDLE_ACCEPTANCE,
  COMPLETE_DOCUMENT_REVIEW: Operation.HANDLE_ACCEPTANCE,
  START_REVIEW: Operation.HANDLE_ACCEPTANCE,
  TERMINATE: Operation.HANDLE_ACCEPTANCE,
  COMPLETE_REVIEW: Operation.REVIEW_CASE,
  APPROVE: Operation.DECIDE_CASE,
  REJECT: Operation.DECIDE_CASE,
};

export interface CaseCommandContext {
  em: EntityManager;
  /** The signed-in caller, or SYSTEM for the platform's own sweeps (no policy check applies). */
  viewer: Viewer | null | typeof SYSTEM;
  clock: Clock;
  dueDate: DueDate;
  /** Guards beyond the state machine (content checks of §1, §3.1–§3.3); throw to refuse. */
  guard?: (em: EntityManager, c: CertificationCase, command: CaseCommand, actor: Actor) => Promise<void>;
  /** Writes that belong to the same transaction as the transition (e.g. the certificate on APPROVE). */
  onTransition?: (em: EntityManager, c: CertificationCase, command: CaseCommand, ctx: { now: Date; today: string; actor: Actor }) => Promise<void>;
}

/**
 * Gives one command to a case: load (scoped) → authorise → guard the state and the content →
 * one transaction writing the status, the clocks, the notice, an audit event and an outbox
 * event. Optimistic locking: `expectedVersion` must be the version the caller saw, so two people
 * acting at once produce exactly one change.
 */
export async function runCaseCommand(ctx: CaseCommandContext, caseId: string, expectedVersion: number | 'CURRENT', command: CaseCommand) {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const found = isId(caseId) ? await em.findOne(CertificationCase, { id: caseId }, { populate: ['unit.applicant', 'unit.manufacturer', 'unit.factory.operator', 'clocks'] }) : null;
    // Not found and not visible look the same, so ids cannot be probed.
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
    const actor: Actor = ctx.viewer === SYSTEM
      ? { userId: null, role: 'SYSTEM' }
      : (({ userId, role }) => ({ userId, role }))(authorizeViewer(ctx.viewer, COMMAND_OPERATION[command.type], { organisationId: found.unit.applicant.id }));
    // The system acts on what it just read; people act on the version they saw.
    await em.lock(found, LockMode.OPTIMISTIC, expectedVersion === 'CURRENT' ? found.version : expectedVersion);
    const decision = decideCase(found.status, command);
    if (!decision.ok) {
      const code = decision.code === 'ILLEGAL_TRANSITION' ? ErrorCode.ILLEGAL_TRANSITION : ErrorCode.BAD_USER_INPUT;
      throw new AppError(code, decision.message, { clause: decision.clause, status: found.status });
    }
    await ctx.guard?.(em, found, command, actor);

    const from = found.status;
    const { transition } = decision;
    const clocks = applyClockEffects(clockStates(found.clocks.getItems()), transition.clocks, today);
    saveClocks(em, found, clocks, ctx.dueDate);
    found.status = transition.to;
    found.statusChangedAt = now;
    if (command.type === 'SUBMIT') found.submittedAt = now;
    if (command.type === 'REFUSE' || command.type === 'WITHDRAW' || command.type === 'TERMINATE' || command.type === 'REJECT') found.endReason = command.reason;
    if (command.type === 'TERMINATE') found.endReasonCode = command.reasonCode;
    if (command.type === 'REJECT') found.endReasonCode = 'NOT_APPROVED';
    await ctx.onTransition?.(em, found, command, { now, today, actor });
    // [inspection hook] Entering evaluation opens the initial factory inspection track (§2, §5.3).
    if (command.type === 'COMPLETE_DOCUMENT_REVIEW') await openInspection(em, found, today, { actor, at: now });
    const detail = 'reason' in command ? command.reason : 'items' in command ? command.items : 'conclusion' in command ? command.conclusion : undefined;
    if (transition.notice) {
      // The plan's notice carries the fee estimate (§3.4).
      const noticeDetail = command.type === 'COMPLETE_DOCUMENT_REVIEW' && command.plan ? planNoticeDetail(command.plan) : detail;
      sendNotice(em, { kind: transition.notice, recipient: found.unit.applicant, caseId: found.id, caseNo: found.caseNo, detail: noticeDetail, at: now });
    }
    recordChange(em, {
      actor,
      at: now,
      action: `case.${command.type.toLowerCase()}`,
      aggregateType: 'case',
      aggregateId: found.id,
      fromState: from,
      toState: transition.to,
      reason: detail ?? null,
      payload: { caseNo: found.caseNo, clause: transition.clause },
      outbox: { type: 'case.status-changed', payload: { caseId: found.id, caseNo: found.caseNo, from, to: transition.to } },
    });
    // The version check above and this flush's `where version = ?` make a concurrent change fail.
    await em.flush();
    return found;
  }), 'case');
}

