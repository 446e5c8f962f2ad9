import { timeLimit, type Scheme, type TimeLimit, type TimeLimitKey } from '@cqc/db';
import { dueOn } from '../calendar/deadline.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { DueDate } from './case-clocks.js';
import type { ClockState } from './clock-effects.js';

/** Due dates of case clocks: the scheme's limit for the clock's key, on the working-day calendar. */
export function caseDueDate(scheme: Scheme, calendar: WorkingDayCalendar): DueDate {
  return (state) => {
    const limit = clockLimit(scheme, state);
    // The calendar counts months; a limit in years is that many twelve-month spans.
    const deadline = limit.unit === 'YEARS' ? { amount: limit.amount * 12, unit: 'MONTHS' as const } : { amount: limit.amount, unit: limit.unit };
    return dueOn({ startedOn: state.startedOn, limit: deadline, pauses: state.pauses }, calendar);
  };
}

/** The limit a clock runs against: its own amount when the case set one (§4.2.3), else the scheme's. */
export function clockLimit(scheme: Scheme, state: Pick<ClockState, 'key' | 'limitAmount'>): { amount: number; unit: TimeLimit['unit'] } {
  const limit = timeLimit(scheme, state.key as TimeLimitKey);
  if (!limit) throw new Error(`the scheme has no time limit ${state.key}`);
  return { amount: state.limitAmount ?? limit.amount, unit: limit.unit };
}
