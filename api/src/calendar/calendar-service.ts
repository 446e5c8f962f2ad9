import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, CalendarDay, CalendarSource, CalendarYear, SYSTEM_ACTOR, type Actor } from '@cqc/db';
import { LIBRARY_NAME, librarySeed } from './library-seed.js';
import { CalendarScheduleRejected, validateSchedule, type PublishedDay } from './schedule-validation.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

/** The calendar as stored: library rows and administrator rows alike (an ADMIN row wins by being the only row of its date). */
export async function loadWorkingDayCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  const [days, years] = await Promise.all([
    em.find(CalendarDay, {}, { orderBy: { date: 'asc' }, disableIdentityMap: true }),
    em.find(CalendarYear, {}, { disableIdentityMap: true }),
  ]);
  return new WorkingDayCalendar(
    days.map((d) => ({ date: d.date, kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn })),
    years.map((y) => y.year),
  );
}

export interface CalendarSeedReport {
  years: number[];
  days: number;
}

/**
 * Fills the calendar from the maintained library. Idempotent, and safe when two servers start
 * together: it only inserts what is missing (`on conflict do nothing`), never changes a row, and
 * leaves a year an administrator published entirely alone, because an official schedule entered
 * by hand is the authority for its year.
 */
export async function seedCalendarFromLibrary(em: EntityManager, options: { at: Date }): Promise<CalendarSeedReport> {
  const seed = librarySeed();
  return em.transactional(async (tx) => {
    const adminYears = new Set(
      (await tx.find(CalendarYear, { source: CalendarSource.ADMIN }, { disableIdentityMap: true })).map((y) => y.year),
    );
    const years = seed.years.filter((year) => !adminYears.has(year));
    const days = seed.overrides.filter((d) => !adminYears.has(Number(d.date.slice(0, 4))));
    const base = { source: CalendarSource.LIBRARY, createdAt: options.at, createdBy: null };

    const insertedYears = years.length === 0 ? [] : ((await tx.createQueryBuilder(CalendarYear)
      .insert(years.map((year) => ({ ...base, year, publishedOn: null })))
      .onConflict('year').ignore()
      .returning('year')
      .execute('all')) as Array<{ year: number }>).map((r) => r.year).sort((a, b) => a - b);
    const insertedDays = days.length === 0 ? 0 : (await tx.createQueryBuilder(CalendarDay)
      .insert(days.map((d) => ({ ...base, ...d })))
      .onConflict('date').ignore()
      .execute('run')).affectedRows;

    if (insertedYears.length > 0 || insertedDays > 0) {
      tx.create(AuditEvent, {
        occurredAt: options.at,
        actorId: SYSTEM_ACTOR.userId,
        actorRole: SYSTEM_ACTOR.role,
        action: 'calendar.library-seeded',
        aggregateType: 'calendar',
        aggregateId: 'PRC',
        payload: { library: LIBRARY_NAME, years: insertedYears, days: insertedDays },
      });
    }
    return { years: insertedYears, days: insertedDays };
  });
}

export interface PublishYearInput {
  year: number;
  /** The exceptions of the official notice: its days off and its make-up working days. */
  days: PublishedDay[];
  /** Date of the State Council notice, when known. */
  publishedOn?: string | null;
  actor: Actor;
  at: Date;
}

/**
 * An administrator enters a new year's official schedule (usually published in November or
 * December for the next year), which ends that year's provisional, weekends-only counting.
 * Everything is checked first; the rows and the audit event are written in one transaction, so
 * a rejected schedule writes nothing. A year already covered is refused rather than merged.
 */
export async function publishYear(em: EntityManager, input: PublishYearInput): Promise<void> {
  const problems = validateSchedule(input);
  if (problems.length > 0) throw new CalendarScheduleRejected(input.year, problems);

  await em.transactional(async (tx) => {
    const existing = await tx.findOne(CalendarYear, { year: input.year }, { disableIdentityMap: true });
    if (existing) {
      throw new CalendarScheduleRejected(input.year, [
        { field: 'year', message: `${input.year} is already covered by the ${existing.source} schedule` },
      ]);
    }
    const taken = await tx.find(
      CalendarDay,
      { date: { $gte: `${input.year}-01-01`, $lte: `${input.year}-12-31` } },
      { disableIdentityMap: true },
    );
    if (taken.length > 0) {
      throw new CalendarScheduleRejected(input.year, taken.map((d) => ({ field: 'days', message: `${d.date} is already in the calendar (${d.source})` })));
    }

    const base = { source: CalendarSource.ADMIN, createdAt: input.at, createdBy: input.actor.userId };
    tx.create(CalendarYear, { ...base, year: input.year, publishedOn: input.publishedOn ?? null });
    for (const day of input.days) {
      tx.create(CalendarDay, { ...base, date: day.date, kind: day.kind, nameZh: day.nameZh.trim(), nameEn: day.nameEn.trim() });
    }
    tx.create(AuditEvent, {
      occurredAt: input.at,
      actorId: input.actor.userId,
      actorRole: input.actor.role,
      action: 'calendar.year-published',
      aggregateType: 'calendar_year',
      aggregateId: String(input.year),
      toState: CalendarSource.ADMIN,
      payload: { publishedOn: input.publishedOn ?? null, days: input.days.map((d) => ({ ...d })) },
    });
  });
}
