import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, admitAttempt, lockDuration, type ThrottleState } from './login-throttle.js';

const MINUTE = 60_000;
const T0 = new Date('2026-11-29T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

/** Attempts at the given minutes, each one failing; the state after them (or the refusal). */
function attempts(minutes: number[], from: ThrottleState | null = null) {
  let state = from;
  const refusals: Array<number | null> = [];
  for (const m of minutes) {
    const admission = admitAttempt(state, at(m));
    if (admission.admitted) {
      state = admission.next;
      refusals.push(null);
    } else {
      refusals.push(admission.retryAfterSeconds);
    }
  }
  return { state, refusals };
}

describe('per-account login throttle (pure)', () => {
  it('admits four failures, locks at the fifth, refuses the sixth for one minute', () => {
    const { state, refusals } = attempts([0, 1, 2, 3, 4, 4.5]);
    expect(refusals).toEqual([null, null, null, null, null, 30]);
    expect(state).toMatchObject({ failures: 5, lockouts: 1, lockedUntil: at(5) });
  });

  it('counts failures within 15 minutes only', () => {
    const { state, refusals } = attempts([0, 1, 2, 3, 15, 16]);
    expect(refusals).toEqual([null, null, null, null, null, null]);
    expect(state).toMatchObject({ failures: 2, lockedUntil: null, windowStartedAt: at(15) });
  });

  it('doubles each lockout: 1, 2, 4 … minutes, capped at 60', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => lockDuration(n) / MINUTE)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    // Five more failures after the first lockout ran out: the second lockout lasts two minutes.
    const first = attempts([0, 0, 0, 0, 0]).state!;
    const { state, refusals } = attempts([1, 1, 1, 1, 1, 2.5], first);
    expect(refusals).toEqual([null, null, null, null, null, 30]);
    expect(state).toMatchObject({ lockouts: 2, lockedUntil: at(3) });
  });

  it('forgets an address untouched for a day: lockouts start again at one minute', () => {
    const locked = attempts([0, 0, 0, 0, 0]).state!;
    const later = attempts([24 * 60, 24 * 60, 24 * 60, 24 * 60, 24 * 60], locked).state!;
    expect(later.lockouts).toBe(1);
    expect(later.lockedUntil).toEqual(at(24 * 60 + 1));
  });

  it('uses the policy it is given', () => {
    const strict = { ...LOGIN_THROTTLE, maxFailures: 2 };
    const first = admitAttempt(null, T0, strict);
    expect(first.admitted && first.next.lockedUntil).toBeNull();
    const second = admitAttempt(first.admitted ? first.next : null, T0, strict);
    expect(second.admitted && second.next.lockedUntil).toEqual(at(1));
  });
});
