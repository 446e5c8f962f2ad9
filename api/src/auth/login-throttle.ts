/**
 * Per-account login throttling (OWASP Authentication Cheat Sheet, "Login throttling"): after
 * `maxFailures` failed sign-ins within `windowMs`, the address is locked, and each lockout lasts
 * twice the one before, up to `maxLockMs`. Pure: the store (login-throttle-store.ts) keeps the
 * state and calls this with the platform clock's time.
 *
 * An attempt is counted *before* its password is checked, and a correct password then clears the
 * state: parallel guesses cannot all slip in before the lock, and the lock never depends on
 * whether the password was right (a locked address refuses the right password too).
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  firstLockMs: number;
  maxLockMs: number;
  /** A state this long untouched is forgotten: lockouts start again at `firstLockMs`. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;

export const LOGIN_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * MINUTE,
  firstLockMs: MINUTE,
  maxLockMs: 60 * MINUTE,
  forgetAfterMs: 24 * 60 * MINUTE,
};

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockouts: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date;
}

export type Admission = { admitted: true; next: ThrottleState } | { admitted: false; retryAfterSeconds: number };

/** Whether a sign-in attempt may go on now, and the state that counts it. */
export function admitAttempt(state: ThrottleState | null, now: Date, policy: ThrottlePolicy = LOGIN_THROTTLE): Admission {
  if (state?.lockedUntil && now < state.lockedUntil) {
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)) };
  }
  const remembered = state && now.getTime() - state.lastAttemptAt.getTime() < policy.forgetAfterMs ? state : null;
  const lockouts = remembered?.lockouts ?? 0;
  // A window ends by time, or when the lockout that closed it has run out.
  const sameWindow = remembered && !remembered.lockedUntil && now.getTime() - remembered.windowStartedAt.getTime() < policy.windowMs;
  const failures = (sameWindow ? remembered.failures : 0) + 1;
  const windowStartedAt = sameWindow ? remembered.windowStartedAt : now;
  if (failures < policy.maxFailures) {
    return { admitted: true, next: { failures, windowStartedAt, lockouts, lockedUntil: null, lastAttemptAt: now } };
  }
  return {
    admitted: true,
    next: { failures, windowStartedAt, lockouts: lockouts + 1, lockedUntil: new Date(now.getTime() + lockDuration(lockouts, policy)), lastAttemptAt: now },
  };
}

/** 1, 2, 4, 8 … minutes, never more than the cap. */
export function lockDuration(previousLockouts: number, policy: ThrottlePolicy = LOGIN_THROTTLE): number {
  return Math.min(policy.maxLockMs, policy.firstLockMs * 2 ** Math.min(previousLockouts, 30));
}
