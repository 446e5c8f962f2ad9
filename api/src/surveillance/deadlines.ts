import type { EntityManager } from '@mikro-orm/postgresql';
import { timeLimit, type Scheme, type TimeLimitKey } from '@cqc/db';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { dueOn } from '../calendar/deadline.js';

/**
 * The due date of one of the rule's limits counted from `from` (the event's day not counted), in
 * the limit's own unit from the scheme: 60 天 and 10 日 are calendar days, 30 个工作日 working
 * days on the calendar, 3 个月 calendar months.
 */
export async function schemeDueOn(em: EntityManager, scheme: Scheme, key: TimeLimitKey, from: string): Promise<string> {
  const limit = timeLimit(scheme, key);
  const deadline = limit.unit === 'YEARS' ? { amount: limit.amount * 12, unit: 'MONTHS' as const } : { amount: limit.amount, unit: limit.unit };
  const calendar = await loadWorkingDayCalendar(em);
  return dueOn({ startedOn: from, limit: deadline, pauses: [] }, calendar);
}
