import { CalendarDayKind } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { isIsoDate, isWeekend, weekday, type IsoDate } from './iso-date.js';

/** One day of an official schedule as an administrator enters it. */
export interface PublishedDay {
  date: IsoDate;
  kind: CalendarDayKind;
  nameZh: string;
  nameEn: string;
}

export interface ScheduleProblem {
  /** The input field at fault, e.g. `days[2].date`. */
  field: string;
  message: string;
}

/** A year's schedule that was refused, with every reason at once so it can be fixed in one go. */
export class CalendarScheduleRejected extends AppError {
  constructor(readonly year: number, readonly problems: ScheduleProblem[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `The ${year} calendar schedule was not saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      { field: problems[0]?.field, problems },
    );
  }
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Checks a schedule before anything is written. A HOLIDAY may fall on a weekend: official notices
 * list a period's days off whole ("2月15日（周日）至23日（周一）放假"), and such a row only names the
 * day. A WORKDAY must fall on a weekend: a weekday is a working day already, so a WORKDAY there
 * is a mistake (most likely the wrong date).
 */
export function validateSchedule(input: { year: number; days: readonly PublishedDay[]; publishedOn?: string | null }): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!Number.isInteger(input.year) || input.year < 1949 || input.year > 9999) {
    problems.push({ field: 'year', message: `${input.year} is not a calendar year` });
    return problems;
  }
  if (input.publishedOn != null && !isIsoDate(input.publishedOn)) {
    problems.push({ field: 'publishedOn', message: `${JSON.stringify(input.publishedOn)} is not a date (YYYY-MM-DD)` });
  }
  if (input.days.length === 0) {
    problems.push({ field: 'days', message: 'an official schedule has at least one holiday' });
  }
  const seen = new Set<IsoDate>();
  input.days.forEach((day, i) => {
    const field = `days[${i}]`;
    if (!isIsoDate(day.date)) {
      problems.push({ field: `${field}.date`, message: `${JSON.stringify(day.date)} is not a date (YYYY-MM-DD)` });
      return;
    }
    if (!day.date.startsWith(`${input.year}-`)) {
      problems.push({ field: `${field}.date`, message: `${day.date} is not in ${input.year}` });
    }
    if (seen.has(day.date)) problems.push({ field: `${field}.date`, message: `${day.date} is listed twice` });
    seen.add(day.date);
    if (day.kind !== CalendarDayKind.HOLIDAY && day.kind !== CalendarDayKind.WORKDAY) {
      problems.push({ field: `${field}.kind`, message: `${JSON.stringify(day.kind)} is neither HOLIDAY nor WORKDAY` });
    } else if (day.kind === CalendarDayKind.WORKDAY && !isWeekend(day.date)) {
      problems.push({
        field: `${field}.kind`,
        message: `${day.date} is a ${WEEKDAY_NAMES[weekday(day.date)]}, a working day anyway: a make-up WORKDAY falls on a Saturday or Sunday`,
      });
    }
    if (!day.nameZh?.trim()) problems.push({ field: `${field}.nameZh`, message: 'the Chinese name is missing' });
    if (!day.nameEn?.trim()) problems.push({ field: `${field}.nameEn`, message: 'the English name is missing' });
  });
  return problems;
}
