import type { CaseClock } from "../types";

/** Clocks still counting: not stopped and not paused. */
export function runningClocks(clocks: CaseClock[]): CaseClock[] {
  return clocks.filter((c) => c.stoppedOn === null && !c.paused && c.dueOn !== null);
}

/**
 * The clock that matters next: the running one due first, else a paused one (shown as paused),
 * else none. Dates are "YYYY-MM-DD" strings, so they compare as text.
 */
export function nextClock(clocks: CaseClock[]): CaseClock | null {
  const running = runningClocks(clocks).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
  return running[0] ?? clocks.find((c) => c.stoppedOn === null && c.paused) ?? null;
}

/** Inbox order: earliest running due date first; cases with no running clock last, newest first as the API gives them. */
export function byEarliestDue<T extends { clocks: CaseClock[] }>(cases: T[]): T[] {
  const due = (c: T) => runningClocks(c.clocks).map((k) => k.dueOn!).sort()[0] ?? "9999-12-31";
  return cases.map((c, index) => ({ c, index })).sort((a, b) => due(a.c).localeCompare(due(b.c)) || a.index - b.index).map(({ c }) => c);
}
