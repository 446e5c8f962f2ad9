import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, Session } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import type { SessionPolicy } from '../auth/session-service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { MySessionType } from './account-types.js';
import { sessionViewer } from './self-service.js';
import { summariseUserAgent } from './user-agent-summary.js';

export interface SelfContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  sessionPolicy: SessionPolicy;
}

/** The caller's sessions that still let someone in (not revoked, not expired, not idle too long), newest first. */
export async function listMySessions(ctx: SelfContext): Promise<MySessionType[]> {
  const viewer = sessionViewer(ctx.viewer, Operation.MANAGE_OWN_SESSIONS);
  const now = ctx.clock.now();
  const sessions = await ctx.em.find(
    Session,
    {
      user: viewer.userId, revokedAt: null, expiresAt: { $gt: now },
      lastUsedAt: { $gt: new Date(now.getTime() - ctx.sessionPolicy.idleMinutes * 60_000) },
    },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return sessions.map((s) => ({
    id: s.id, current: s.id === viewer.sessionId, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt, expiresAt: s.expiresAt,
    clientAddress: s.clientAddress ?? null, userAgent: s.userAgent ?? null, device: summariseUserAgent(s.userAgent),
  }));
}

/**
 * Ends one of the caller's own sessions (the current one too: that is signing out). Another
 * person's session id is NOT_FOUND, exactly like an unknown one, so ids cannot be probed.
 */
export async function revokeMySession(ctx: SelfContext, id: string): Promise<boolean> {
  const viewer = sessionViewer(ctx.viewer, Operation.MANAGE_OWN_SESSIONS);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const ended = isId(id) ? await tx.nativeUpdate(Session, { id, user: viewer.userId, revokedAt: null }, { revokedAt: now }) : 0;
    if (ended === 0) {
      // Already ended by the owner: nothing to do. Anyone else's (or unknown): not found.
      const own = isId(id) ? await tx.count(Session, { id, user: viewer.userId }) : 0;
      if (own === 0) throw new AppError(ErrorCode.NOT_FOUND, 'No such session');
      return true;
    }
    auditSelf(tx, viewer, now, 'session.revoked', { sessionId: id });
    return true;
  });
}

/** "Sign out everywhere else": ends every session of the caller but this one; the number ended. */
export async function revokeMyOtherSessions(ctx: SelfContext): Promise<number> {
  const viewer = sessionViewer(ctx.viewer, Operation.MANAGE_OWN_SESSIONS);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const ended = await endOtherSessions(tx, viewer.userId, viewer.sessionId, now);
    if (ended > 0) auditSelf(tx, viewer, now, 'session.revoked-others', { sessionsRevoked: ended });
    return ended;
  });
}

/** Ends every live session of the user except `keep`. */
export function endOtherSessions(tx: EntityManager, userId: string, keep: string, now: Date): Promise<number> {
  return tx.nativeUpdate(Session, { user: userId, revokedAt: null, id: { $ne: keep } }, { revokedAt: now });
}

/** A person's changes to their own account are audited against the account (no outbox: not a lifecycle). */
export function auditSelf(tx: EntityManager, viewer: Viewer, at: Date, action: string, payload: Record<string, unknown>): void {
  tx.create(AuditEvent, {
    occurredAt: at, actorId: viewer.userId, actorRole: viewer.role, action,
    aggregateType: 'user', aggregateId: viewer.userId, fromState: null, toState: null, payload,
  });
}
