import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { CalendarSource } from './calendar-day.js';

/**
 * A year whose official holiday schedule is in `calendar_day`. A year without a row is covered
 * only provisionally: its working days are plain Monday–Friday until the State Council publishes
 * the schedule (usually in November or December of the year before) and an administrator enters
 * it, so deadlines reaching into such a year may still move.
 */
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Enum({ items: () => CalendarSource, nativeEnumName: 'calendar_source' })
  source!: CalendarSource;

  /** Date of the official notice, when known (the library does not say). */
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;
}
