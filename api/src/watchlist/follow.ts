import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { WatchLanguage, WatchMail, WatchMailKind, WatchStatus, WatchSubscription } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { WATCH_LIMITS } from './watch-limits.js';
import type { WatchTarget } from './watch-targets.js';
import { hashToken, watchToken, watchTokenKey } from './watch-tokens.js';

export interface WatchContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

const EMAIL = z.email().max(254);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The address as stored and compared: trimmed, lowercased; BAD_USER_INPUT unless it is one. */
export function parseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.safeParse(email).success) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Not an e-mail address', { field: 'email' });
  return email;
}

/**
 * A follow request: the address is sent one confirmation mail listing what it would follow, and
 * nothing is announced until it is confirmed (double opt-in). The answer is the same whether the
 * address already follows some of it or not, so the form reveals nobody's watchlist: existing
 * rows simply join the new request (and its confirmation link) again.
 *
 * One transaction, serialised per address by an advisory lock, so the daily limits hold under
 * concurrent requests and the same target is never followed twice by one address.
 */
export async function follow(ctx: WatchContext, rawEmail: string, language: WatchLanguage, targets: WatchTarget[]): Promise<{ email: string }> {
  authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
  const email = parseEmail(rawEmail);
  const now = ctx.clock.now();
  await ctx.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cqc.watch:${email}`]);
    const since = new Date(now.getTime() - DAY_MS);
    const requests = await em.count(WatchMail, { email, kind: WatchMailKind.CONFIRMATION, createdAt: { $gt: since } });
    if (requests >= WATCH_LIMITS.requestsPerDay) throw tooMany(`At most ${WATCH_LIMITS.requestsPerDay} follow requests a day per address`);

    const kind = targets[0]!.kind;
    const existing = await em.find(WatchSubscription, {
      email, kind, targetKey: { $in: targets.map((t) => t.key) }, status: { $ne: WatchStatus.UNSUBSCRIBED },
    });
    const known = new Set(existing.map((s) => s.targetKey));
    const fresh = targets.filter((t) => !known.has(t.key));
    const pending = await em.count(WatchSubscription, { email, status: WatchStatus.PENDING, requestedAt: { $gt: since } });
    if (pending + fresh.length > WATCH_LIMITS.pendingPerDay) throw tooMany(`At most ${WATCH_LIMITS.pendingPerDay} unconfirmed follows a day per address`);

    const key = await watchTokenKey(em);
    const requestId = randomUUID();
    const confirmTokenHash = hashToken(watchToken(key, 'confirm', requestId));
    for (const row of existing) Object.assign(row, { requestId, requestedAt: now, confirmTokenHash, language });
    for (const target of fresh) {
      const id = randomUUID();
      em.create(WatchSubscription, {
        id, createdAt: now, email, kind: target.kind, targetKey: target.key, targetLabel: target.label, language,
        requestId, requestedAt: now, confirmTokenHash, unsubscribeTokenHash: hashToken(watchToken(key, 'unsubscribe', id)),
      });
    }
    em.create(WatchMail, { createdAt: now, kind: WatchMailKind.CONFIRMATION, email, language, requestId });
    await em.flush();
  });
  return { email };
}

function tooMany(message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'email', reason: 'TOO_MANY_FOLLOW_REQUESTS' });
}
