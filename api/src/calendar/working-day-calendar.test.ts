import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CalendarDayKind } from '@cqc/db';
import { addDays, fromDayNumber, toDayNumber } from './iso-date.js';
import { librarySeed } from './library-seed.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const seed = librarySeed();
const calendar = new WorkingDayCalendar(seed.overrides, seed.years);

const range = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
};

describe('the PRC working-day calendar seeded from chinese-days', () => {
  it('covers the official schedules 2004–2026, so 2027 is provisional', () => {
    expect(seed.years).toEqual(range('2004-01-01', '2026-01-01').filter((d) => d.endsWith('-01-01')).map((d) => Number(d.slice(0, 4))));
    expect(calendar.isCovered(2026)).toBe(true);
    expect(calendar.isCovered(2027)).toBe(false);
    expect(calendar.isCoveredBetween('2026-12-20', '2027-01-10')).toBe(false);
  });

  it('lists the 2026 make-up working days of the official notice, all on a weekend', () => {
    const workdays2026 = seed.overrides.filter((o) => o.kind === CalendarDayKind.WORKDAY && o.date.startsWith('2026'));
    expect(workdays2026.map((o) => [o.date, o.nameZh])).toEqual([
      ['2026-01-04', '元旦调休上班'], // Sunday
      ['2026-02-14', '春节调休上班'], // Saturday
      ['2026-02-28', '春节调休上班'], // Saturday
      ['2026-05-09', '劳动节调休上班'], // Saturday
      ['2026-09-20', '国庆节调休上班'], // Sunday
      ['2026-10-10', '国庆节调休上班'], // Saturday
    ]);
    for (const { date } of workdays2026) expect(calendar.isWorkingDay(date)).toBe(true);
  });

  it('takes 2026-02-15 to 2026-02-23 off for the Spring Festival, and works the Saturdays around it', () => {
    for (const day of range('2026-02-15', '2026-02-23')) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
      expect(calendar.overrideOn(day)?.nameZh).toBe('春节');
    }
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday, make-up
    expect(calendar.isWorkingDay('2026-03-01')).toBe(false); // plain Sunday
  });

  it('takes 2026-10-01 to 2026-10-07 off for National Day, with Sunday 20 Sep and Saturday 10 Oct worked', () => {
    for (const day of range('2026-10-01', '2026-10-07')) expect(calendar.isWorkingDay(day), day).toBe(false);
    expect(calendar.overrideOn('2026-10-01')).toMatchObject({ nameZh: '国庆节', nameEn: 'National Day' });
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    // 30 Sep (Wed) → the next working day is Thursday 8 Oct.
    expect(calendar.nextWorkingDay('2026-09-30')).toBe('2026-10-08');
  });

  it('works the Sundays 2026-01-04 and 2026-09-20 (RULES.md part N)', () => {
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
  });

  it('counts "2 working days" from a Friday before a holiday from the next day, not the Friday', () => {
    // Qingming: Saturday 4 – Monday 6 April 2026 off.
    expect(calendar.addWorkingDays('2026-04-03', 2)).toBe('2026-04-08');
    // Spring Festival: Saturday 14 Feb is a make-up working day (1st), then 15–23 Feb off.
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    // Submitted on a Saturday: counting starts on Monday.
    expect(calendar.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
  });

  it('counts working days in (a, b], negative backwards and zero for the same day', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('counts a year without an official schedule with weekends only', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday: New Year not yet published
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('refuses impossible input', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([
      { date: '2027-01-01', kind: CalendarDayKind.HOLIDAY, nameZh: '元旦', nameEn: "New Year's Day" },
      { date: '2027-01-01', kind: CalendarDayKind.WORKDAY, nameZh: '元旦', nameEn: "New Year's Day" },
    ], [])).toThrow(RangeError);
  });
});

describe('working-day arithmetic, for any date and count', () => {
  // 2003–2028: before, inside and after the library's years.
  const anyDate = fc.integer({ min: toDayNumber('2003-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);
  const anyCount = fc.integer({ min: 0, max: 120 });

  it('lands on a working day', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 120 }), (d, n) => calendar.isWorkingDay(calendar.addWorkingDays(d, n))));
  });

  it('moves strictly later as n grows', () => {
    fc.assert(fc.property(anyDate, anyCount, (d, n) => calendar.addWorkingDays(d, n) < calendar.addWorkingDays(d, n + 1)));
  });

  it('is undone by workingDaysBetween', () => {
    fc.assert(fc.property(anyDate, anyCount, (d, n) => calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n)) === n));
  });

  it('gives nextWorkingDay as the first working day after the date', () => {
    fc.assert(fc.property(anyDate, (d) => {
      const next = calendar.nextWorkingDay(d);
      return calendar.isWorkingDay(next) && range(addDays(d, 1), addDays(next, -1)).every((x) => !calendar.isWorkingDay(x));
    }));
  });
});
