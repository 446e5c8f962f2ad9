import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginThrottle } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { LOGIN_THROTTLE, admitAttempt } from './login-throttle.js';
import { hashToken } from './token.js';

/** The throttle's key: a hash of the address as typed (trimmed, lower case), account or not. */
export function throttleKey(email: string): string {
  return hashToken(`login:${email.trim().toLowerCase()}`);
}

/** Rows forgotten per attempt: keeps the table small without a sweep of its own. */
const PRUNE_BATCH = 100;

/**
 * Counts a sign-in attempt for the address, or refuses it with TOO_MANY_ATTEMPTS while the
 * address is locked. Serialised per address (advisory lock), so concurrent attempts are each
 * counted. Unknown addresses are counted the same way: the answer never tells whether an account
 * exists.
 */
export async function admitSignIn(em: EntityManager, email: string, now: Date): Promise<void> {
  const keyHash = throttleKey(email);
  const refusal = await em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cqc.login:${keyHash}`]);
    const row = await tx.findOne(LoginThrottle, { keyHash });
    const admission = admitAttempt(row && {
      failures: row.failures, windowStartedAt: row.windowStartedAt, lockouts: row.lockouts, lockedUntil: row.lockedUntil ?? null, lastAttemptAt: row.lastAttemptAt,
    }, now);
    if (!admission.admitted) return admission.retryAfterSeconds;
    if (row) Object.assign(row, admission.next);
    else tx.create(LoginThrottle, { keyHash, ...admission.next });
    await tx.execute(
      `delete from login_throttle where key_hash in (select key_hash from login_throttle where last_attempt_at < ? limit ${PRUNE_BATCH})`,
      [new Date(now.getTime() - LOGIN_THROTTLE.forgetAfterMs)],
    );
    return null;
  });
  if (refusal !== null) throw tooManyAttempts(refusal);
}

/** A successful sign-in or a new password: the address starts afresh. */
export async function clearSignInFailures(em: EntityManager, email: string): Promise<void> {
  await em.nativeDelete(LoginThrottle, { keyHash: throttleKey(email) });
}

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError(
    ErrorCode.TOO_MANY_ATTEMPTS,
    `Too many failed sign-ins: try again in ${retryAfterSeconds} s (登录失败次数过多，请 ${retryAfterSeconds} 秒后再试)`,
    { retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  );
}
