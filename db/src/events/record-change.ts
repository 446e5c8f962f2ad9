import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/audit-event.js';
import { OutboxEvent } from '../entities/outbox-event.js';

/** Who caused a change: a signed-in user, or the system itself (imports, sweeps). */
export interface Actor {
  userId: string | null;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM' };

/** Outbox event types the registry projector and later consumers understand. */
export type OutboxEventType =
  | 'certificate.imported'
  | 'certificate.issued'
  | 'certificate.status-changed'
  | 'certificate.version-issued'
  | 'case.created'
  | 'case.status-changed'
  /** A case changed without changing status (documents, engineer, fee payment). */
  | 'case.changed'
  | 'inspection.status-changed'
  /** An inspection changed without changing status (task rearranged, on-site verification arranged). */
  | 'inspection.changed'
  /** A surveillance plan, visit or sample changed (§7). */
  | 'surveillance.changed'
  /** §7.3: a surveillance year was evaluated; the registry shows the latest result and date. */
  | 'certificate.surveillance-evaluated'
  | 'type-test.changed'
  /** A holder's suspension, restoration or cancellation request was filed or decided (§8.5). */
  | 'certificate.status-request'
  /** §8.4: a requirement change was announced, or a certificate's transition moved on. */
  | 'requirement-change.changed'
  /** A variation or extension request moved on (§8.2, §8.3); its approval also writes certificate.version-issued. */
  | 'certificate-change.changed'
  /** §10: a mark-usage approval was applied for or decided, or standard marks were ordered. */
  | 'mark.changed'
  /** §13: an appeal, complaint or dispute was filed or moved on. */
  | 'appeal.changed';

export interface Change {
  actor: Actor;
  at: Date;
  action: string;
  aggregateType: string;
  aggregateId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown>;
  outbox: { type: OutboxEventType; payload: Record<string, unknown> };
}

/**
 * Persists the audit event and the outbox event of one lifecycle change. Call it inside the
 * transaction that writes the new state, so the three commit or roll back together.
 */
export function recordChange(em: EntityManager, change: Change): void {
  const audit = em.create(AuditEvent, {
    occurredAt: change.at,
    actorId: change.actor.userId,
    actorRole: change.actor.role,
    action: change.action,
    aggregateType: change.aggregateType,
    aggregateId: change.aggregateId,
    fromState: change.fromState ?? null,
    toState: change.toState ?? null,
    reason: change.reason ?? null,
    payload: change.payload ?? {},
  });
  const outbox = em.create(OutboxEvent, {
    createdAt: change.at,
    type: change.outbox.type,
    aggregateType: change.aggregateType,
    aggregateId: change.aggregateId,
    payload: change.outbox.payload,
  });
  em.persist([audit, outbox]);
}
