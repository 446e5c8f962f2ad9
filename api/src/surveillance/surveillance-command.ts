import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveillancePlan, currentScheme, recordChange, type Actor, type Organisation, type Scheme } from '@cqc/db';
import { writeNotice } from '../notice/write-notice.js';
import { SURVEILLANCE_NOTICE_TEXTS, type SurveillanceNotice } from './surveillance-notices.js';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { isId } from '../graphql/ids.js';

export interface SurveillanceContext {
  em: EntityManager;
  viewer: Viewer | null | typeof SYSTEM;
  clock: Clock;
  scheme?: Scheme;
}


export const PLAN_POPULATE = ['certificate.unit.applicant', 'certificate.unit.models', 'factory', 'inspector', 'recordedBy', 'evaluatedBy'] as const;

/** What a change to a plan wrote, for its audit entry. */
export interface PlanChange {
  action: string;
  reason?: string | null;
  payload?: Record<string, unknown>;
  /** What the holder is told, in the same transaction. */
  notice?: SurveillanceNotice;
}

/** Writes a surveillance step's notice to the certificate holder. */
export function writeSurveillanceNotice(em: EntityManager, holder: Organisation, number: string, notice: SurveillanceNotice, at: Date): void {
  writeNotice(em, { kind: notice.kind, text: SURVEILLANCE_NOTICE_TEXTS[notice.kind], recipient: holder, caseId: null, at, values: { number, ...notice.values } });
}

export interface PlanStep {
  em: EntityManager;
  plan: SurveillancePlan;
  actor: Actor;
  /** The signed-in caller; null for SYSTEM. */
  viewer: Viewer | null;
  today: string;
  now: Date;
  scheme: Scheme;
}

/**
 * One change to a surveillance plan: load → authorise (`operation` on the holder) → optimistic
 * lock → `apply` → audit + outbox in the same transaction. Nothing is written when `apply` throws.
 */
export async function changePlan(
  ctx: SurveillanceContext, planId: string, expectedVersion: number | 'CURRENT', operation: Operation,
  apply: (step: PlanStep) => Promise<PlanChange>,
): Promise<SurveillancePlan> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const plan = isId(planId) ? await em.findOne(SurveillancePlan, { id: planId }, { populate: PLAN_POPULATE }) : null;
    if (!plan) throw new AppError(ErrorCode.NOT_FOUND, `No surveillance plan ${planId}`);
    const viewer = ctx.viewer === SYSTEM ? null : authorizeViewer(ctx.viewer, operation, { organisationId: plan.certificate.unit.applicant.id });
    const actor: Actor = viewer ? { userId: viewer.userId, role: viewer.role } : { userId: null, role: 'SYSTEM' };
    if (expectedVersion !== 'CURRENT' && plan.version !== expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, 'The surveillance plan was changed by someone else; reload it');
    }
    const fromState = plan.status;
    const change = await apply({ em, plan, actor, viewer, today: chinaDate(now), now, scheme });
    if (change.notice) writeSurveillanceNotice(em, plan.certificate.unit.applicant, plan.certificate.number, change.notice, now);
    recordChange(em, {
      actor, at: now, action: change.action, aggregateType: 'surveillance', aggregateId: plan.id,
      fromState, toState: plan.status, reason: change.reason ?? null,
      payload: { certificateNumber: plan.certificate.number, year: plan.year, ...change.payload },
      outbox: { type: 'surveillance.changed', payload: { planId: plan.id, certificateNumber: plan.certificate.number, status: plan.status } },
    });
    await em.flush();
    return plan;
  }), 'surveillance plan');
}

/** Refuses an action the plan's status does not allow. */
export function requireStatus(plan: SurveillancePlan, allowed: readonly string[], clause: string, what: string): void {
  if (!allowed.includes(plan.status)) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `${what} is not possible while the surveillance is ${plan.status}`, { clause, status: plan.status });
  }
}
