import { CalendarDay, CalendarYear } from '@cqc/db';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishYear } from '../calendar/calendar-service.js';
import { CalendarScheduleRejected, type PublishedDay } from '../calendar/schedule-validation.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { adminTime, type AdminContext } from './admin-write.js';

export function listCalendarYears(em: EntityManager): Promise<CalendarYear[]> {
  return em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
}

export function listCalendarDays(em: EntityManager, year: number): Promise<CalendarDay[]> {
  return em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
}

/**
 * An administrator enters a year's official schedule. `publishYear` validates everything and
 * writes the rows with their audit event in one transaction; its refusal is already a typed
 * BAD_USER_INPUT listing every problem (`extensions.problems`, fields like `days[2].date`), which
 * passes through as it is. A notice cannot be dated after today.
 */
export async function publishCalendarYear(ctx: AdminContext, input: { year: number; days: PublishedDay[]; publishedOn?: string | null }): Promise<CalendarYear> {
  const at = adminTime(ctx);
  const publishedOn = input.publishedOn?.trim() || null;
  if (publishedOn && isIsoDate(publishedOn) && publishedOn > at.today) {
    throw new CalendarScheduleRejected(input.year, [{ field: 'publishedOn', message: `${publishedOn} is after today (${at.today})` }]);
  }
  await publishYear(ctx.em, { year: input.year, days: input.days, publishedOn, actor: at.actor, at: at.now });
  return ctx.em.fork().findOneOrFail(CalendarYear, { year: input.year });
}
