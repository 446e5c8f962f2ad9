import { addDays, addMonths, daysBetween, maxDate, minDate, toDayNumber, type IsoDate } from './iso-date.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * A time limit of the rule (RULES.md part L), e.g. { amount: 5, unit: 'WORKING_DAYS' } for the
 * document review of §3.3, { amount: 30, unit: 'CALENDAR_DAYS' } for issuing the certificate
 * (§6.3), { amount: 6, unit: 'MONTHS' } for rectification and retest (§4.2.3).
 */
export interface TimeLimit {
  amount: number;
  unit: 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';
}

/**
 * A stretch during which the clock does not run: time with the applicant for amendments
 * (§3.3 "applicant amendment time excluded"), fee-payment time (§6.3 "fee payment time
 * excluded"), rectification and retest (§4.2.3). The days in (from, to] are not counted, the
 * same convention as the start: the day the request goes out still counts, the day the answer
 * comes back does not. `to` null: the pause is still open.
 */
export interface Pause {
  from: IsoDate;
  to: IsoDate | null;
}

/** One time limit running from an event (the event's day itself is not counted). */
export interface DeadlineClock {
  startedOn: IsoDate;
  limit: TimeLimit;
  pauses: readonly Pause[];
}

interface ClockStatus {
  dueOn: IsoDate;
  /** An open pause has begun: the clock stands still, and cannot be overdue from then on. */
  paused: boolean;
  /** The due date passed while the clock was running. */
  overdue: boolean;
}

/** Remaining time in the limit's own unit; 0 on the due date, negative once overdue. */
export type ClockState = ClockStatus &
  ({ unit: 'WORKING_DAYS'; remainingWorkingDays: number } | { unit: 'CALENDAR_DAYS' | 'MONTHS'; remainingDays: number });

/**
 * The due date: the limit counted from `startedOn`, moved later by the closed pauses' time,
 * counted in the limit's own unit (working days for WORKING_DAYS, calendar days otherwise). Only
 * paused time before the due date moves it: a pause that begins after the deadline has passed
 * does not revive it. An open pause moves nothing yet, since its length is not known.
 */
export function dueOn(clock: DeadlineClock, calendar: WorkingDayCalendar): IsoDate {
  const { amount, unit } = validLimit(clock.limit);
  const pauses = closedPauses(clock);
  if (unit === 'WORKING_DAYS') {
    const count = (a: IsoDate, b: IsoDate) => calendar.workingDaysBetween(a, b);
    return extendByPauses(clock.startedOn, calendar.addWorkingDays(clock.startedOn, amount), pauses, count, (d, n) => calendar.addWorkingDays(d, n));
  }
  const base = unit === 'MONTHS' ? addMonths(clock.startedOn, amount) : addDays(clock.startedOn, amount);
  return extendByPauses(clock.startedOn, base, pauses, daysBetween, addDays);
}

/** Where the clock stands on `today` (an injected date, never the wall clock). */
export function clockState(clock: DeadlineClock, calendar: WorkingDayCalendar, today: IsoDate): ClockState {
  const due = dueOn(clock, calendar);
  const open = openPause(clock);
  const paused = open !== undefined && open.from <= today;
  // While paused the clock stands at the day the pause began: time with the applicant is
  // neither overdue nor used up.
  const standsAt = paused ? open.from : today;
  const overdue = standsAt > due;
  if (clock.limit.unit === 'WORKING_DAYS') {
    return { dueOn: due, paused, overdue, unit: 'WORKING_DAYS', remainingWorkingDays: calendar.workingDaysBetween(standsAt, due) };
  }
  return { dueOn: due, paused, overdue, unit: clock.limit.unit, remainingDays: daysBetween(standsAt, due) };
}

/**
 * The least date D with D = advance(base, paused units in (start, D]): the limit is used up by
 * running time only. Each round can only move D later, and a finite set of pauses holds a finite
 * number of units, so the loop ends.
 */
function extendByPauses(
  start: IsoDate,
  base: IsoDate,
  pauses: ReadonlyArray<{ from: IsoDate; to: IsoDate }>,
  unitsBetween: (a: IsoDate, b: IsoDate) => number,
  advance: (date: IsoDate, units: number) => IsoDate,
): IsoDate {
  let due = base;
  for (;;) {
    let paused = 0;
    for (const pause of pauses) {
      const from = maxDate(pause.from, start);
      const to = minDate(pause.to, due);
      if (to > from) paused += unitsBetween(from, to);
    }
    const next = advance(base, paused);
    if (next === due) return due;
    due = next;
  }
}

/** Closed pauses merged where they overlap, so time under two pauses is not counted twice. */
function closedPauses(clock: DeadlineClock): Array<{ from: IsoDate; to: IsoDate }> {
  const closed = validPauses(clock)
    .filter((p): p is { from: IsoDate; to: IsoDate } => p.to !== null)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Array<{ from: IsoDate; to: IsoDate }> = [];
  for (const pause of closed) {
    const last = merged.at(-1);
    if (last && pause.from <= last.to) last.to = maxDate(last.to, pause.to);
    else merged.push({ ...pause });
  }
  return merged;
}

function openPause(clock: DeadlineClock): Pause | undefined {
  const open = validPauses(clock).filter((p) => p.to === null);
  if (open.length > 1) throw new RangeError('a clock can have only one open pause');
  return open[0];
}

function validPauses(clock: DeadlineClock): readonly Pause[] {
  toDayNumber(clock.startedOn);
  for (const pause of clock.pauses) {
    toDayNumber(pause.from);
    if (pause.to !== null && toDayNumber(pause.to) < toDayNumber(pause.from)) {
      throw new RangeError(`a pause cannot end (${pause.to}) before it begins (${pause.from})`);
    }
  }
  return clock.pauses;
}

function validLimit(limit: TimeLimit): TimeLimit {
  if (!Number.isInteger(limit.amount) || limit.amount < 0) {
    throw new RangeError(`a time limit must be a whole number ≥ 0, got ${limit.amount}`);
  }
  return limit;
}
