import { CalendarDayKind } from '@cqc/db';
import { addDays, isWeekend, toDayNumber, yearOf, type IsoDate } from './iso-date.js';

/** One official exception to the Monday–Friday week (see CalendarDayKind). */
export interface CalendarOverride {
  date: IsoDate;
  kind: CalendarDayKind;
  nameZh: string;
  nameEn: string;
}

/**
 * The PRC working-day calendar (工作日, RULES.md part N): Monday–Friday, minus public holidays,
 * plus official make-up working days (调休), which can fall on a Saturday or a Sunday.
 *
 * Pure: built from a list of overrides and the years whose official schedule they cover; it
 * reads no database and no clock. A year that is not covered is counted with weekends only, and
 * `isCovered` tells callers that such deadlines are provisional.
 */
export class WorkingDayCalendar {
  private readonly overrides: ReadonlyMap<IsoDate, CalendarOverride>;
  private readonly coveredYears: ReadonlySet<number>;

  constructor(overrides: Iterable<CalendarOverride>, coveredYears: Iterable<number>) {
    const byDate = new Map<IsoDate, CalendarOverride>();
    for (const override of overrides) {
      toDayNumber(override.date);
      if (byDate.has(override.date)) throw new RangeError(`two calendar overrides for ${override.date}`);
      byDate.set(override.date, override);
    }
    this.overrides = byDate;
    this.coveredYears = new Set(coveredYears);
  }

  isWorkingDay(date: IsoDate): boolean {
    const override = this.overrides.get(date);
    if (override) return override.kind === CalendarDayKind.WORKDAY;
    return !isWeekend(date);
  }

  /** The holiday or make-up working day on this date, for display; undefined on a plain day. */
  overrideOn(date: IsoDate): CalendarOverride | undefined {
    return this.overrides.get(date);
  }

  /** Whether the official schedule of this year is known (otherwise: weekends only). */
  isCovered(year: number): boolean {
    return this.coveredYears.has(year);
  }

  /** Whether every day in [from, to] lies in a covered year: a deadline with no guesswork. */
  isCoveredBetween(from: IsoDate, to: IsoDate): boolean {
    for (let year = yearOf(from); year <= yearOf(to); year++) if (!this.isCovered(year)) return false;
    return true;
  }

  /**
   * The deadline of "n working days from `from`": the n-th working day after `from`.
   *
   * The rule says "CQC 在两个工作日内处理申请" / "收到认证资料后 3 个工作日内": the day of the
   * event itself is not counted and counting starts the next day (民法典 §201: 开始的当日不计入，
   * 自下一日开始计算), whether or not that day is a working day. So an application submitted on
   * Friday 2026-04-03, before the Qingming days off 4–6 April, is due on Wednesday 2026-04-08
   * (Tuesday is the 1st working day, Wednesday the 2nd); one submitted on a Saturday counts from
   * Monday. The deadline is the whole of the returned day. n = 0 returns `from` itself.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`a number of working days must be a whole number ≥ 0, got ${n}`);
    let date = from;
    toDayNumber(date);
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /**
   * Working days in (a, b]: the days after `a`, up to and including `b`. It is the inverse of
   * addWorkingDays (workingDaysBetween(d, addWorkingDays(d, n)) === n) and, with a = today and
   * b = a due date, the working days left. Negative when b is before a.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    if (toDayNumber(b) < toDayNumber(a)) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let date = a; date < b; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) count++;
    }
    return count;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }
}
