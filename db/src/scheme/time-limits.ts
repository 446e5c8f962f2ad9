import type { Label, Scheme } from './types.js';

/**
 * Time limits of the rule as data (RULES.md part L). Lifecycle code branches on the stable keys
 * and reads amount, unit, start, pauses and the consequence from the scheme, so a revision that
 * changes a limit is a new scheme value, never a code edit.
 */

/** 工作日 are counted on the working-day calendar; 天/日 without 工作 are calendar days. */
export type TimeUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS' | 'YEARS';

/** Every key a scheme must define; lifecycle code branches on these. */
export const TIME_LIMIT_KEYS = [
  'ACCEPTANCE_DECISION',
  'DOCUMENT_REVIEW',
  'TYPE_TEST',
  'TEST_FAILURE_NOTICE',
  'TEST_RECTIFICATION',
  'INSPECTION_TASK',
  'INSPECTION_REPORT',
  'INSPECTION_RECTIFICATION',
  'CERTIFICATE_ISSUE',
  'SURVEILLANCE_INTERVAL',
  'SURVEILLANCE_RECTIFICATION',
  'SAMPLE_LAB_CONTACT',
  'SAMPLE_TEST',
  'RESAMPLE',
  'SAMPLE_FAILURE_RECTIFICATION',
  'CERTIFICATE_VALIDITY',
  'SUSPENSION_MAX_EXTENDED',
  'SUSPENSION_MAX_DEFAULT',
  'RECERTIFICATION_APPLICATION',
  'RECERTIFICATION_COMPLETION',
  'SURVEILLANCE_RESULT_ACCEPTANCE',
] as const;

export type TimeLimitKey = (typeof TIME_LIMIT_KEYS)[number];

/** The events that start a clock. */
export type ClockEvent =
  | 'APPLICATION_SUBMITTED'
  | 'APPLICATION_ACCEPTED'
  | 'SAMPLES_RECEIVED'
  | 'FEE_RECEIVED'
  | 'SAMPLES_AND_FEE_RECEIVED'
  | 'TEST_FAILED'
  | 'DOCUMENTS_RECEIVED'
  | 'INSPECTION_TASK_ISSUED'
  | 'INSPECTION_NONCONFORMITY_RAISED'
  | 'TYPE_TEST_COMPLETED'
  | 'CERTIFICATE_ISSUED'
  | 'SURVEILLANCE_NONCONFORMITY_RAISED'
  | 'SURVEILLANCE_SAMPLE_TAKEN'
  | 'SAMPLE_RECEIVED_BY_LAB'
  | 'SAMPLE_UNAVAILABLE'
  | 'SURVEILLANCE_SAMPLE_FAILED'
  | 'SUSPENSION_NOTICE_ISSUED'
  | 'CERTIFICATE_EXPIRY'
  | 'SURVEILLANCE_COMPLETED';

/** The type test's clock: the source says "样品和/或检验费用", so which one starts it is configuration. */
export type TypeTestStartEvent = Extract<ClockEvent, 'SAMPLES_RECEIVED' | 'FEE_RECEIVED' | 'SAMPLES_AND_FEE_RECEIVED'>;

/** Stretches the source says are not counted. */
export type ClockPauseReason =
  /** 补充完善申请信息及资料的时间不计入认证时间 (§3.3). */
  | 'APPLICANT_AMENDMENT'
  /** 委托人缴纳相关费用时间不包含在内 (§6.3). */
  | 'FEE_PAYMENT'
  /** 不包括因检验项目不合格、企业进行整改和复试所用时间 (§4.2.3). */
  | 'TEST_FAILURE_HANDLING';

/** What the rule says happens when a limit runs out. */
export type ExpiryAction =
  /** The certification body's own limit: nothing changes legally, the case shows as overdue. */
  | 'FLAG_OVERDUE'
  /** Late but still accepted (recertification applied for later than 6 months before expiry). */
  | 'FLAG_LATE'
  | 'TERMINATE_CASE'
  /** 按监督检查不通过处理 (§7.1.4): the year's surveillance fails, then §8.5. */
  | 'FAIL_SURVEILLANCE'
  | 'SUSPEND'
  /** 撤销该型号获证证书 (§7.2): only the failed model leaves the certificate. */
  | 'REVOKE_MODEL'
  | 'REVOKE_CERTIFICATE'
  /** Cancelled (§8.5.3(1)) without a renewal application; EXPIRED while a renewal runs (§9). */
  | 'EXPIRE_CERTIFICATE'
  | 'TREAT_AS_NEW_APPLICATION'
  /** No surveillance result recent enough: the recertification needs a full initial inspection. */
  | 'REQUIRE_FULL_INSPECTION';

export interface TimeLimit {
  key: TimeLimitKey;
  /** Clause of the source, without §, as in the reason codes (e.g. `4.2.3`). */
  clause: string;
  label: Label;
  amount: number;
  unit: TimeUnit;
  /** AFTER: due `amount` after the start. BEFORE: due `amount` before it (recertification). */
  direction: 'AFTER' | 'BEFORE';
  startsOn: ClockEvent;
  /** The starts the source admits when it is ambiguous; `startsOn` is the configured one. */
  startOptions?: ClockEvent[];
  pausedBy: ClockPauseReason[];
  onExpiry: ExpiryAction;
  /**
   * The source says 一般 / 通常 (normally): a target the body plans with, which the rule itself
   * lets circumstances exceed; false where it says 不得超过 / 应在 … 内 / 最长.
   */
  nominal: boolean;
  /** TYPE_TEST: when a key-component test takes longer, the longest one governs (§4.2.3). */
  extendedByLongest?: 'KEY_COMPONENT_TEST';
  note?: Label;
}

/** On-site effort in person-days (人·日). */
export interface EffortRules {
  /** §5.3: 1–2 person-days, never more than 2. */
  initialInspection: { clause: string; minPersonDays: number; maxPersonDays: number };
  /** §7.1.2: normally 1; combined with the breaker's CCC surveillance, that visit's days + 0.5. */
  surveillance: { clause: string; personDays: number; addedToCccPersonDays: number };
}

/** The limit for a key; every scheme carries every key, so this never misses. */
export function timeLimit(scheme: Scheme, key: TimeLimitKey): TimeLimit {
  return scheme.timeLimits[key];
}

/** Person-days of a surveillance visit, alone or combined with a CCC visit of `cccPersonDays`. */
export function surveillancePersonDays(scheme: Scheme, cccPersonDays?: number): number {
  const s = scheme.effort.surveillance;
  return cccPersonDays === undefined ? s.personDays : cccPersonDays + s.addedToCccPersonDays;
}

/**
 * The scheme with the type-test clock started by `start`: the body's reading of "和/或" is
 * configuration. Returns a new value; the registered scheme is left as it is.
 */
export function withTypeTestStart(scheme: Scheme, start: TypeTestStartEvent): Scheme {
  const current = scheme.timeLimits.TYPE_TEST;
  if (current.startOptions && !current.startOptions.includes(start)) {
    throw new Error(`${start} is not an allowed start of the type test in ${scheme.id}@${scheme.version}`);
  }
  return { ...scheme, timeLimits: { ...scheme.timeLimits, TYPE_TEST: { ...current, startsOn: start } } };
}
