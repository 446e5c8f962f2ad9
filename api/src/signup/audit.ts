import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '@cqc/db';

/** Who did it: null (with role ANONYMOUS) for a person who has no account yet. */
export interface AuditActor {
  userId: string | null;
  role: string;
}

export const ANONYMOUS: AuditActor = { userId: null, role: 'ANONYMOUS' };

/** One audit event in the caller's transaction (sign-up, claims and invitations are accounts, not lifecycles: no outbox event). */
export function recordAudit(
  tx: EntityManager,
  now: Date,
  actor: AuditActor,
  event: { action: string; aggregateType: string; aggregateId: string; fromState?: string | null; toState?: string | null; reason?: string | null; payload?: Record<string, unknown> },
): void {
  tx.create(AuditEvent, {
    occurredAt: now, actorId: actor.userId, actorRole: actor.role, action: event.action,
    aggregateType: event.aggregateType, aggregateId: event.aggregateId,
    fromState: event.fromState ?? null, toState: event.toState ?? null, reason: event.reason ?? null, payload: event.payload ?? {},
  });
}
