import { ClockOutcome, type ClockPause } from '@cqc/db';
import type { ClockEffect } from './case-machine.js';

/** A case clock as the pure rules see it (the CaseClock entity without identity). */
export interface ClockState {
  key: string;
  round: number;
  startedOn: string;
  pauses: ClockPause[];
  stoppedOn: string | null;
  outcome: ClockOutcome | null;
  /** The clock's own limit in the scheme limit's unit (CaseClock.limitAmount); absent or null: the scheme's. */
  limitAmount?: number | null;
}

export class ClockInconsistency extends Error {}

const running = (c: ClockState) => c.stoppedOn === null;
const paused = (c: ClockState) => c.pauses.some((p) => p.to === null);

/**
 * Applies a transition's clock effects on `today`, returning the new clock list. Refuses what
 * would make the clocks inconsistent (starting a running clock, stopping one that does not run,
 * resuming one that is not paused): the machine's table must never ask for that, and a property
 * test drives random command sequences through both to prove it.
 */
export function applyClockEffects(clocks: readonly ClockState[], effects: readonly ClockEffect[], today: string): ClockState[] {
  let next = clocks.map((c) => ({ ...c, pauses: [...c.pauses] }));
  const current = (key: string) => next.find((c) => c.key === key && running(c));
  for (const effect of effects) {
    switch (effect.kind) {
      case 'START': {
        if (current(effect.key)) throw new ClockInconsistency(`${effect.key} is already running`);
        const round = next.filter((c) => c.key === effect.key).length + 1;
        next.push({ key: effect.key, round, startedOn: today, pauses: [], stoppedOn: null, outcome: null });
        break;
      }
      case 'STOP': {
        const clock = current(effect.key);
        if (!clock) throw new ClockInconsistency(`${effect.key} is not running`);
        closePause(clock, today);
        clock.stoppedOn = today;
        clock.outcome = effect.outcome;
        break;
      }
      case 'PAUSE': {
        const clock = current(effect.key);
        if (!clock || paused(clock)) throw new ClockInconsistency(`${effect.key} cannot be paused`);
        clock.pauses.push({ from: today, to: null, reason: effect.reason });
        break;
      }
      case 'RESUME': {
        const clock = current(effect.key);
        if (!clock || !paused(clock)) throw new ClockInconsistency(`${effect.key} is not paused`);
        closePause(clock, today);
        break;
      }
      case 'CANCEL_ALL':
      case 'MEET_ALL': {
        const outcome = effect.kind === 'MEET_ALL' ? ClockOutcome.MET : ClockOutcome.CANCELLED;
        next = next.map((c) => (running(c) ? { ...closed(c, today), stoppedOn: today, outcome } : c));
        break;
      }
    }
  }
  return next;
}

function closePause(clock: ClockState, today: string): void {
  const open = clock.pauses.find((p) => p.to === null);
  if (open) open.to = today;
}

function closed(clock: ClockState, today: string): ClockState {
  const copy = { ...clock, pauses: clock.pauses.map((p) => ({ ...p })) };
  closePause(copy, today);
  return copy;
}
