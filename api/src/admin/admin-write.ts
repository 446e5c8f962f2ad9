import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, type Actor } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';

export interface AdminContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

export interface AdminTime {
  now: Date;
  /** The Beijing date of `now`. */
  today: string;
  actor: Actor;
}

export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/** The administrator behind a reference-data change, and when it happens. Throws FORBIDDEN for anyone else. */
export function adminTime(ctx: AdminContext): AdminTime {
  const viewer = authorizeViewer(ctx.viewer, Operation.ADMINISTER_REFERENCE_DATA);
  const now = ctx.clock.now();
  return { now, today: chinaDate(now), actor: { userId: viewer.userId, role: viewer.role } };
}

/** Checks `version` against what is stored; the flush's `where version = ?` catches a change in between. */
export async function lockVersion(em: EntityManager, entity: object, version: number): Promise<void> {
  await em.lock(entity, LockMode.OPTIMISTIC, version);
}

/** Runs one change in a transaction; a stale version becomes CONFLICT and nothing is written. */
export async function inTransaction<T>(ctx: AdminContext, what: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new AppError(ErrorCode.CONFLICT, `The ${what} was changed by someone else; reload it`);
    throw error;
  }
}

/** Reference data is not a lifecycle: its changes are audited, with no outbox event. */
export function audit(
  em: EntityManager,
  at: AdminTime,
  event: { action: string; aggregateType: string; aggregateId: string; fromState?: string | null; toState?: string | null; payload: Record<string, unknown> },
): void {
  em.create(AuditEvent, {
    occurredAt: at.now,
    actorId: at.actor.userId,
    actorRole: at.actor.role,
    action: event.action,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    payload: event.payload,
  });
}
