import type { EntityManager } from '@mikro-orm/postgresql';
import { WatchStatus, WatchSubscription } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import type { WatchContext } from './follow.js';
import { WATCH_LIMITS } from './watch-limits.js';
import { hashToken, isWatchToken } from './watch-tokens.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const unknownLink = () => new AppError(ErrorCode.NOT_FOUND, 'This link is unknown or has expired');

/**
 * The address owner confirms a follow request (the link of its confirmation mail): every
 * pending row of that request starts receiving notices, for feed events after this moment.
 * Confirming twice changes nothing; a link older than the limit, or replaced by a newer request
 * for the same things, is unknown.
 */
export async function confirmFollow(ctx: WatchContext, token: string): Promise<WatchSubscription[]> {
  authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
  if (!isWatchToken(token)) throw unknownLink();
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (em) => {
    const rows = await em.find(WatchSubscription, { confirmTokenHash: hashToken(token), status: { $ne: WatchStatus.UNSUBSCRIBED } }, { orderBy: { targetLabel: 'asc' } });
    if (rows.length === 0 || rows[0]!.requestedAt.getTime() < now.getTime() - WATCH_LIMITS.confirmWithinDays * DAY_MS) throw unknownLink();
    const feedEnd = await feedPosition(em);
    for (const row of rows.filter((r) => r.status === WatchStatus.PENDING)) {
      Object.assign(row, { status: WatchStatus.CONFIRMED, confirmedAt: now, confirmedAfterSeq: feedEnd });
    }
    await em.flush();
    return rows;
  });
}

/** One-click unsubscribe (the link in every notice): idempotent; the row is kept, marked UNSUBSCRIBED. */
export async function unsubscribe(ctx: WatchContext, token: string): Promise<WatchSubscription> {
  authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
  if (!isWatchToken(token)) throw unknownLink();
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (em) => {
    const row = await em.findOne(WatchSubscription, { unsubscribeTokenHash: hashToken(token) });
    if (!row) throw unknownLink();
    if (row.status !== WatchStatus.UNSUBSCRIBED) Object.assign(row, { status: WatchStatus.UNSUBSCRIBED, unsubscribedAt: now });
    await em.flush();
    return row;
  });
}

/** The registry feed's last sequence number now: a new follower hears of later events only. */
async function feedPosition(em: EntityManager): Promise<string> {
  const [row] = await em.execute<Array<{ last_seq: string }>>(`select last_seq from registry_feed_counter where id = 1`);
  return String(row?.last_seq ?? 0);
}
