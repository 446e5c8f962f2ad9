import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from './iso-date.js';
import { clockState, dueOn, type DeadlineClock } from './deadline.js';
import { librarySeed } from './library-seed.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const seed = librarySeed();
const calendar = new WorkingDayCalendar(seed.overrides, seed.years);

/** §3.3: acceptance → document review in 5 working days, applicant amendment time excluded. */
const documentReview = (pauses: DeadlineClock['pauses'] = []): DeadlineClock => ({
  startedOn: '2026-03-02', // Monday
  limit: { amount: 5, unit: 'WORKING_DAYS' },
  pauses,
});

/** §6.3: test complete → certificate issued in 30 days, fee payment time excluded. */
const issue = (pauses: DeadlineClock['pauses'] = []): DeadlineClock => ({
  startedOn: '2026-06-01',
  limit: { amount: 30, unit: 'CALENDAR_DAYS' },
  pauses,
});

describe('a deadline clock in working days with pauses for amendments', () => {
  it('is due on the 5th working day after acceptance', () => {
    expect(dueOn(documentReview(), calendar)).toBe('2026-03-09');
  });

  it('moves later by the working days spent with the applicant', () => {
    // Request for amendments sent Wednesday 4 Mar, answered Friday 6 Mar: Thursday and Friday are excluded.
    const clock = documentReview([{ from: '2026-03-04', to: '2026-03-06' }]);
    expect(dueOn(clock, calendar)).toBe('2026-03-11');
    expect(clockState(clock, calendar, '2026-03-10')).toEqual({
      dueOn: '2026-03-11', paused: false, overdue: false, unit: 'WORKING_DAYS', remainingWorkingDays: 1,
    });
  });

  it('counts only working days of a pause across the Spring Festival', () => {
    // Started Monday 9 Feb 2026; paused 11–25 Feb; runs 10, 11 Feb, then 26, 27 and Saturday 28 Feb (make-up day).
    const clock: DeadlineClock = {
      startedOn: '2026-02-09',
      limit: { amount: 5, unit: 'WORKING_DAYS' },
      pauses: [{ from: '2026-02-11', to: '2026-02-25' }],
    };
    expect(dueOn({ ...clock, pauses: [] }, calendar)).toBe('2026-02-14');
    expect(dueOn(clock, calendar)).toBe('2026-02-28');
  });

  it('stands still during an open pause: the due date does not move yet and it cannot become overdue', () => {
    const clock = documentReview([{ from: '2026-03-04', to: null }]);
    expect(dueOn(clock, calendar)).toBe('2026-03-09');
    expect(clockState(clock, calendar, '2026-03-20')).toEqual({
      dueOn: '2026-03-09', paused: true, overdue: false, unit: 'WORKING_DAYS', remainingWorkingDays: 3,
    });
    // Before the pause begins it runs as usual.
    expect(clockState(clock, calendar, '2026-03-03')).toMatchObject({ paused: false, remainingWorkingDays: 4 });
  });

  it('is overdue the day after the due date, not on it', () => {
    expect(clockState(documentReview(), calendar, '2026-03-09')).toMatchObject({ overdue: false, remainingWorkingDays: 0 });
    expect(clockState(documentReview(), calendar, '2026-03-10')).toMatchObject({ overdue: true, remainingWorkingDays: -1 });
  });

  it('stays overdue when a pause begins after the due date has passed', () => {
    const clock = documentReview([{ from: '2026-03-12', to: null }]);
    expect(clockState(clock, calendar, '2026-03-13')).toMatchObject({ dueOn: '2026-03-09', paused: true, overdue: true });
  });
});

describe('a deadline clock in calendar days with the fee-payment time excluded (§6.3)', () => {
  it('is due 30 days after the test is complete', () => {
    expect(dueOn(issue(), calendar)).toBe('2026-07-01');
  });

  it('moves later by the days spent waiting for the fee, holidays and weekends included', () => {
    expect(dueOn(issue([{ from: '2026-06-05', to: '2026-06-15' }]), calendar)).toBe('2026-07-11');
  });

  it('counts overlapping pauses once', () => {
    const clock = issue([{ from: '2026-06-05', to: '2026-06-15' }, { from: '2026-06-10', to: '2026-06-20' }]);
    expect(dueOn(clock, calendar)).toBe('2026-07-16');
  });

  it('is not revived by a pause that begins after the deadline', () => {
    const clock = issue([{ from: '2026-07-05', to: '2026-07-20' }]);
    expect(dueOn(clock, calendar)).toBe('2026-07-01');
    expect(clockState(clock, calendar, '2026-07-03')).toEqual({
      dueOn: '2026-07-01', paused: false, overdue: true, unit: 'CALENDAR_DAYS', remainingDays: -2,
    });
  });
});

describe('a deadline clock in months', () => {
  const months = (startedOn: string, amount: number, pauses: DeadlineClock['pauses'] = []) =>
    dueOn({ startedOn, limit: { amount, unit: 'MONTHS' }, pauses }, calendar);

  it('clamps to the end of a shorter month', () => {
    expect(months('2026-08-31', 6)).toBe('2027-02-28');
    expect(months('2027-08-31', 6)).toBe('2028-02-29');
    expect(months('2026-01-31', 1)).toBe('2026-02-28');
    expect(months('2026-03-31', 3)).toBe('2026-06-30');
    expect(months('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('moves later by paused calendar days', () => {
    expect(months('2026-08-31', 6, [{ from: '2026-09-10', to: '2026-09-20' }])).toBe('2027-03-10');
  });

  it('reports the remaining days', () => {
    const state = clockState({ startedOn: '2026-08-31', limit: { amount: 3, unit: 'MONTHS' }, pauses: [] }, calendar, '2026-11-25');
    expect(state).toEqual({ dueOn: '2026-11-30', paused: false, overdue: false, unit: 'MONTHS', remainingDays: 5 });
  });
});

describe('invalid clocks', () => {
  it('are refused', () => {
    expect(() => dueOn(documentReview([{ from: '2026-03-06', to: '2026-03-04' }]), calendar)).toThrow(RangeError);
    expect(() => clockState(documentReview([{ from: '2026-03-04', to: null }, { from: '2026-03-05', to: null }]), calendar, '2026-03-06')).toThrow(RangeError);
    expect(() => dueOn({ ...documentReview(), limit: { amount: -1, unit: 'WORKING_DAYS' } }, calendar)).toThrow(RangeError);
    expect(() => dueOn({ ...documentReview(), startedOn: '2026-13-01' }, calendar)).toThrow(RangeError);
  });
});

describe('the due date, for any closed pauses', () => {
  /** The definition, day by day: the n-th unpaused counted day after the start. */
  const walk = (clock: DeadlineClock, counts: (d: string) => boolean) => {
    let date = clock.startedOn;
    for (let counted = 0; counted < clock.limit.amount; ) {
      date = addDays(date, 1);
      const paused = clock.pauses.some((p) => p.to !== null && p.from < date && date <= p.to);
      if (counts(date) && !paused) counted++;
    }
    return date;
  };
  const anyDate = fc.integer({ min: toDayNumber('2025-06-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);
  const anyPause = fc.tuple(anyDate, fc.integer({ min: 0, max: 40 })).map(([from, length]) => ({ from, to: addDays(from, length) }));
  const anyClock = (unit: 'WORKING_DAYS' | 'CALENDAR_DAYS') =>
    fc.record({
      startedOn: anyDate,
      limit: fc.record({ amount: fc.integer({ min: 0, max: 60 }), unit: fc.constant(unit) }),
      pauses: fc.array(anyPause, { maxLength: 4 }),
    });

  it('is the n-th running working day after the start', () => {
    fc.assert(fc.property(anyClock('WORKING_DAYS'), (clock) => dueOn(clock, calendar) === walk(clock, (d) => calendar.isWorkingDay(d))));
  });

  it('is the n-th running calendar day after the start', () => {
    fc.assert(fc.property(anyClock('CALENDAR_DAYS'), (clock) => dueOn(clock, calendar) === walk(clock, () => true)));
  });
});
