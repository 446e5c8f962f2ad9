import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseClock, type CertificationCase } from '@cqc/db';
import type { ClockState } from './clock-effects.js';

/** How a clock's due date is derived (scheme limit + working-day calendar); null while paused. */
export type DueDate = (clock: ClockState) => string | null;

export function clockStates(clocks: readonly CaseClock[]): ClockState[] {
  return clocks.map((c) => ({
    key: c.key, round: c.round, startedOn: c.startedOn, pauses: c.pauses.map((p) => ({ ...p })),
    stoppedOn: c.stoppedOn ?? null, outcome: c.outcome ?? null, limitAmount: c.limitAmount ?? null,
  }));
}

/**
 * Writes the clock states back onto the case's CaseClock rows (creating new ones), with the
 * due date recomputed, so that inboxes and sweeps can query by `due_on`.
 */
export function saveClocks(em: EntityManager, c: CertificationCase, states: readonly ClockState[], dueDate: DueDate): void {
  const existing = c.clocks.getItems();
  for (const state of states) {
    const row = existing.find((r) => r.key === state.key && r.round === state.round)
      ?? em.create(CaseClock, { certificationCase: c, key: state.key, round: state.round, startedOn: state.startedOn });
    row.pauses = state.pauses;
    row.stoppedOn = state.stoppedOn;
    row.outcome = state.outcome;
    row.limitAmount = state.limitAmount ?? null;
    row.dueOn = state.stoppedOn ? row.dueOn ?? dueDate(state) : dueDate(state);
  }
}
