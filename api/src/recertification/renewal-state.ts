import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, CertificationCase, timeLimit, type Scheme, type TimeLimit, type TimeLimitKey } from '@cqc/db';
import { addDays, addMonths } from '../calendar/iso-date.js';

/**
 * §9 dates, all from the scheme's time limits (RULES.md part L): when the renewal is due before
 * expiry, by when it must be completed after it, and how old an accepted surveillance result may be.
 */
function shift(limit: TimeLimit, date: string, sign: 1 | -1): string {
  const n = limit.amount * sign;
  switch (limit.unit) {
    case 'MONTHS': return addMonths(date, n);
    case 'YEARS': return addMonths(date, 12 * n);
    case 'CALENDAR_DAYS': return addDays(date, n);
    default: throw new Error(`${limit.key}: ${limit.unit} cannot be counted on calendar dates`);
  }
}

/** A limit counted from `date` in its direction (BEFORE counts back). */
export function limitDate(scheme: Scheme, key: TimeLimitKey, date: string): string {
  const limit = timeLimit(scheme, key);
  return shift(limit, date, limit.direction === 'BEFORE' ? -1 : 1);
}

/** §9: the last day a renewal is on time (expiry − 6 months); applied for later it is flagged late. */
export const renewalApplicationDueOn = (scheme: Scheme, expiresOn: string) => limitDate(scheme, 'RECERTIFICATION_APPLICATION', expiresOn);

/** §9: the last day the renewal may be completed (expiry + 3 months); later ⇒ a new application. */
export const renewalCompletionDueOn = (scheme: Scheme, expiresOn: string) => limitDate(scheme, 'RECERTIFICATION_COMPLETION', expiresOn);

/** §9: the oldest surveillance result a renewal accepts instead of the factory inspection (today − 12 months). */
export function surveillanceAcceptedSince(scheme: Scheme, today: string): string {
  return shift(timeLimit(scheme, 'SURVEILLANCE_RESULT_ACCEPTANCE'), today, -1);
}

/** The final case statuses: a renewal in one of them is no longer running. */
export const ENDED = [CaseStatus.CERTIFIED, CaseStatus.TERMINATED, CaseStatus.REFUSED, CaseStatus.WITHDRAWN];

/** Renewal cases still running (not ended, not turned into a new application). */
export const RUNNING_RENEWAL = { status: { $nin: ENDED }, treatedAsNew: false };

/** The running renewals of the given certificates: certificate id → the day it was applied for. */
export async function renewalsApplied(em: EntityManager, certificateIds: string[]): Promise<Map<string, string>> {
  if (certificateIds.length === 0) return new Map();
  const rows = await em.find(CertificationCase, { renewsCertificate: { $in: certificateIds }, ...RUNNING_RENEWAL }, { fields: ['renewsCertificate', 'renewalAppliedOn'] });
  return new Map(rows.map((r) => [r.renewsCertificate!.id, r.renewalAppliedOn!]));
}
