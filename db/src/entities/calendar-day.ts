import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How an official schedule changes a day (RULES.md part N). Weekends are off and Monday–Friday
 * are working days unless a row says otherwise, so only the exceptions are stored.
 * - HOLIDAY: a day off of a public-holiday period (法定节假日 / 放假). It takes a weekday off; on a
 *   Saturday or Sunday it changes nothing and only names the day as part of the period, as the
 *   official notices do ("2月15日（周日）至23日（周一）放假").
 * - WORKDAY: an official make-up working day (调休上班), a Saturday or Sunday that is worked.
 */
export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}

/** Where a calendar row came from: the maintained library, or an administrator. */
export enum CalendarSource {
  LIBRARY = 'LIBRARY',
  ADMIN = 'ADMIN',
}

/** One exception to the Monday–Friday week in the PRC working-day calendar (工作日). */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  /** ISO `YYYY-MM-DD`; a date has at most one official meaning. */
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  /** e.g. 春节 for a holiday, 春节调休上班 for its make-up working day. */
  @Property({ type: 'string' })
  nameZh!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Enum({ items: () => CalendarSource, nativeEnumName: 'calendar_source' })
  source!: CalendarSource;

  /** Set by the caller from the injected clock, never by the database or the wall clock. */
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** The administrator who published the row; null for the library seed. */
  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;
}
