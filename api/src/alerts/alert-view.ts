import { TIME_LIMIT_KEYS, timeLimit, type Scheme, type StaffAlert, type TimeLimitKey } from '@cqc/db';
import { toDayNumber } from '../calendar/iso-date.js';
import type { StaffAlertType } from './alert-types.js';

/** The scheme's name and clause of a clock key; the key itself when the scheme does not know it. */
export function clockLabel(scheme: Scheme, key: string): { zh: string; en: string; clause: string } {
  if (!(TIME_LIMIT_KEYS as readonly string[]).includes(key)) return { zh: key, en: key, clause: '' };
  const limit = timeLimit(scheme, key as TimeLimitKey);
  return { zh: limit.label.zh, en: limit.label.en, clause: `§${limit.clause}` };
}

/** The GraphQL view of an alert; `today` is the Beijing date the overdue days are counted to. */
export function toAlertView(a: StaffAlert, scheme: Scheme, today: string): StaffAlertType {
  const c = a.certificationCase;
  const label = clockLabel(scheme, a.clockKey);
  const clock = a.clock;
  return {
    id: a.id, caseId: c.id, caseNo: c.caseNo, caseStatus: c.status, clockKey: a.clockKey, round: a.round,
    clockLabelZh: label.zh, clockLabelEn: label.en, clause: label.clause, dueOn: a.dueOn, raisedOn: a.raisedOn,
    // Calendar days past the last day allowed, counted to today or to when the clock stopped.
    daysOverdue: Math.max(0, toDayNumber(clock.stoppedOn ?? today) - toDayNumber(a.dueOn)),
    clockStoppedOn: clock.stoppedOn ?? null,
    acknowledgedAt: a.acknowledgedAt ?? null, emailStatus: a.emailStatus,
  };
}
