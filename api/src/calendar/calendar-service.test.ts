import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CalendarDayKind } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/index.js';
import { TEST_NOW } from '../../../test/support/clock.js';
import { loadWorkingDayCalendar, publishYear, seedCalendarFromLibrary } from './calendar-service.js';
import { CalendarScheduleRejected } from './schedule-validation.js';
import { librarySeed } from './library-seed.js';

const admin = { userId: randomUUID(), role: 'ADMIN' };

/** Part of the 2027 schedule, as an administrator would enter it (dates for the test only). */
const schedule2027 = [
  { date: '2027-01-01', kind: CalendarDayKind.HOLIDAY, nameZh: '元旦', nameEn: "New Year's Day" },
  { date: '2027-02-06', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' }, // Saturday: names the day
  { date: '2027-02-08', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' }, // Monday
  { date: '2027-02-09', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' },
  { date: '2027-02-20', kind: CalendarDayKind.WORKDAY, nameZh: '春节调休上班', nameEn: 'Spring Festival make-up working day' }, // Saturday
];

describe('the calendar service', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const em = () => db.orm.em.fork();
  const count = async (sql: string) => ((await em().getConnection().execute(sql)) as Array<{ n: number }>)[0]!.n;
  const counts = async () => ({
    days: await count('select count(*)::int as n from calendar_day'),
    years: await count('select count(*)::int as n from calendar_year'),
    audits: await count(`select count(*)::int as n from audit_event where action like 'calendar.%'`),
  });

  it('reports every year as provisional before anything is seeded', async () => {
    const calendar = await loadWorkingDayCalendar(em());
    expect(calendar.isCovered(2026)).toBe(false);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(true); // weekends only
  });

  it('seeds the library once: a second run inserts nothing', async () => {
    const seed = librarySeed();
    const first = await seedCalendarFromLibrary(em(), { at: TEST_NOW });
    expect(first).toEqual({ years: seed.years, days: seed.overrides.length });
    const after = await counts();
    expect(after).toEqual({ days: seed.overrides.length, years: seed.years.length, audits: 1 });

    expect(await seedCalendarFromLibrary(em(), { at: TEST_NOW })).toEqual({ years: [], days: 0 });
    expect(await counts()).toEqual(after);

    const calendar = await loadWorkingDayCalendar(em());
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isCovered(2026)).toBe(true);
  });

  it('reports 2027 as provisional until it is published', async () => {
    const calendar = await loadWorkingDayCalendar(em());
    expect(calendar.isCovered(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(true);
  });

  it('refuses an invalid schedule with every reason, and writes nothing', async () => {
    const before = await counts();
    const rejected = publishYear(em(), {
      year: 2027,
      actor: admin,
      at: TEST_NOW,
      days: [
        { date: '2026-12-31', kind: CalendarDayKind.HOLIDAY, nameZh: '元旦', nameEn: "New Year's Day" }, // wrong year
        { date: '2027-02-08', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' },
        { date: '2027-02-08', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' }, // twice
        { date: '2027-02-18', kind: CalendarDayKind.WORKDAY, nameZh: '春节调休上班', nameEn: 'make-up' }, // a Thursday
        { date: '2027-02-30', kind: CalendarDayKind.HOLIDAY, nameZh: '春节', nameEn: 'Spring Festival' }, // no such day
        { date: '2027-05-01', kind: CalendarDayKind.HOLIDAY, nameZh: ' ', nameEn: 'Labour Day' }, // no Chinese name
      ],
    });
    await expect(rejected).rejects.toThrow(CalendarScheduleRejected);
    const error = (await rejected.catch((e: unknown) => e)) as CalendarScheduleRejected;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((p) => p.field)).toEqual(['days[0].date', 'days[2].date', 'days[3].kind', 'days[4].date', 'days[5].nameZh']);
    expect(error.message).toContain('2027-02-18 is a Thursday');
    expect(await counts()).toEqual(before);
  });

  it('refuses a year that is already covered', async () => {
    const before = await counts();
    await expect(publishYear(em(), { year: 2026, days: [{ ...schedule2027[0]!, date: '2026-01-01' }], actor: admin, at: TEST_NOW }))
      .rejects.toThrow(/2026 is already covered by the LIBRARY schedule/);
    expect(await counts()).toEqual(before);
  });

  it('publishes 2027 with an audit event, and the loaded calendar honours it', async () => {
    const before = await counts();
    await publishYear(em(), { year: 2027, days: schedule2027, publishedOn: '2026-11-20', actor: admin, at: TEST_NOW });
    expect(await counts()).toEqual({ days: before.days + schedule2027.length, years: before.years + 1, audits: before.audits + 1 });

    const [audit] = await em().getConnection().execute(`select * from audit_event where action = 'calendar.year-published'`);
    expect(audit).toMatchObject({ actor_id: admin.userId, actor_role: 'ADMIN', aggregate_type: 'calendar_year', aggregate_id: '2027', to_state: 'ADMIN' });
    const [row] = await em().getConnection().execute(`select source, created_by, published_on::text from calendar_day natural join (select year, published_on from calendar_year) y where date = '2027-02-20' and y.year = 2027`);
    expect(row).toMatchObject({ source: 'ADMIN', created_by: admin.userId, published_on: '2026-11-20' });

    const calendar = await loadWorkingDayCalendar(em());
    expect(calendar.isCovered(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true); // Saturday, make-up
    expect(calendar.overrideOn('2027-02-06')).toMatchObject({ kind: CalendarDayKind.HOLIDAY, nameZh: '春节' });
    // Friday 5 Feb 2027 + 2 working days: Saturday 6, Sunday 7, Monday 8 and Tuesday 9 are off.
    expect(calendar.addWorkingDays('2027-02-05', 2)).toBe('2027-02-11');
  });

  it('leaves the published year alone when the library is seeded again', async () => {
    const before = await counts();
    expect(await seedCalendarFromLibrary(em(), { at: TEST_NOW })).toEqual({ years: [], days: 0 });
    expect(await counts()).toEqual(before);
    await expect(publishYear(em(), { year: 2027, days: schedule2027, actor: admin, at: TEST_NOW }))
      .rejects.toThrow(/2027 is already covered by the ADMIN schedule/);
  });
});
