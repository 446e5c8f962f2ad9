import type { EntityManager } from '@mikro-orm/postgresql';
import { schemeFor, type CertificationCase } from '@cqc/db';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import type { ClockEffect } from '../case/case-machine.js';
import { clockStates, saveClocks } from '../case/case-clocks.js';
import { applyClockEffects } from '../case/clock-effects.js';
import { caseDueDate } from '../case/due-dates.js';

/** The inspection's time limits, as the scheme keys them (§5.3, §5.4). */
export const INSPECTION_CLOCKS = {
  TASK: 'INSPECTION_TASK',
  REPORT: 'INSPECTION_REPORT',
  RECTIFICATION: 'INSPECTION_RECTIFICATION',
} as const;

/**
 * Applies clock effects to the case's clocks inside the caller's transaction (the clocks are
 * the case's: inboxes and sweeps read them in one place). `c.clocks` must be loaded. Returns the
 * due date of each clock still running afterwards, by key.
 */
export async function changeCaseClocks(em: EntityManager, c: CertificationCase, effects: ClockEffect[], today: string): Promise<Map<string, string | null>> {
  const dueDate = caseDueDate(schemeFor(c.schemeId, c.schemeVersion), await loadWorkingDayCalendar(em));
  const states = applyClockEffects(clockStates(c.clocks.getItems()), effects, today);
  saveClocks(em, c, states, dueDate);
  return new Map(states.filter((s) => s.stoppedOn === null).map((s) => [s.key, dueDate(s)]));
}

/** Whether the case's clock `key` is running (its latest round has not stopped). */
export function isRunning(c: CertificationCase, key: string): boolean {
  return c.clocks.getItems().some((k) => k.key === key && !k.stoppedOn);
}
