import { CertificateStatus, StatusEventKind, type Scheme } from '@cqc/db';
import { addMonths } from '../calendar/iso-date.js';

/**
 * The certificate's status lifecycle after issue (§8.5): suspension, restoration, cancellation,
 * revocation, and expiry while a renewal is pending (§9). Pure: the decision depends only on the
 * certificate's state, the command, the scheme and the day; the service writes it.
 */
export type StatusCommand =
  /** §8.5.1: `reasonCode` is one of the nine S-codes; `causeCode` sets the maximum (§8.5.1.1). */
  | { type: 'SUSPEND'; reasonCode: string; causeCode: string; publicReasonZh: string; publicReasonEn: string }
  /** §8.5.2: restored within the suspension period, after rectification. */
  | { type: 'RESTORE'; publicReasonZh: string; publicReasonEn: string }
  /** §8.5.3: one of the five C-codes. */
  | { type: 'CANCEL'; reasonCode: string; publicReasonZh: string; publicReasonEn: string }
  /** §8.5.4: one of the ten R-codes. */
  | { type: 'REVOKE'; reasonCode: string; publicReasonZh: string; publicReasonEn: string }
  /** §9, §8.5.3(1): expiry with a renewal applied for in time: not valid, not cancelled, until it is done. */
  | { type: 'EXPIRE'; publicReasonZh: string; publicReasonEn: string };

export interface StatusState {
  status: CertificateStatus;
  /** While SUSPENDED: the last day the suspension may last. */
  suspendedUntil: string | null;
  expiresOn: string;
  /** The day of the holder's pending restoration request (§8.5.2), if one is pending. */
  restorationRequestedOn: string | null;
  /** §9: the day a renewal (recertification case still running) was applied for; null when none. */
  renewalAppliedOn: string | null;
  /** §9: the last day a renewal may be completed (expiry + the scheme's limit); later ⇒ a new application. */
  renewalCompletionDueOn: string;
}

/** §8.5.2: a restoration asked for within the suspension period is decided even after it ends. */
const restorationRequestedInTime = (s: StatusState) =>
  s.restorationRequestedOn !== null && s.suspendedUntil !== null && s.restorationRequestedOn <= s.suspendedUntil;

/** The history entry a decided command writes (CertificateStatusEvent without identity). */
export interface StatusChange {
  kind: StatusEventKind;
  from: CertificateStatus;
  to: CertificateStatus;
  occurredOn: string;
  effectiveUntil: string | null;
  reasonCode: string | null;
  cause: string | null;
  publicReasonZh: string;
  publicReasonEn: string;
  clause: string;
}

export type StatusDecision =
  | { ok: true; change: StatusChange }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'BAD_USER_INPUT'; message: string; clause: string; field?: string };

const { VALID, SUSPENDED, REVOKED, CANCELLED, EXPIRED } = CertificateStatus;

/**
 * Which history entry may follow which status. Imports replay history through the same table
 * (api/src/import/replay-history.ts), so an imported certificate obeys the same lifecycle.
 */
export const ALLOWED_FROM: Record<Exclude<StatusEventKind, 'ISSUED' | 'RENEWED'>, readonly CertificateStatus[]> = {
  SUSPENDED: [VALID],
  RESTORED: [SUSPENDED],
  VARIED: [VALID, SUSPENDED],
  EXTENDED: [VALID],
  MODEL_WITHDRAWN: [VALID, SUSPENDED],
  EXPIRED: [VALID, SUSPENDED],
  CANCELLED: [VALID, SUSPENDED, EXPIRED],
  REVOKED: [VALID, SUSPENDED],
};

const KIND: Record<StatusCommand['type'], { kind: keyof typeof ALLOWED_FROM; to: CertificateStatus; clause: string }> = {
  SUSPEND: { kind: StatusEventKind.SUSPENDED, to: SUSPENDED, clause: '§8.5.1' },
  RESTORE: { kind: StatusEventKind.RESTORED, to: VALID, clause: '§8.5.2' },
  CANCEL: { kind: StatusEventKind.CANCELLED, to: CANCELLED, clause: '§8.5.3' },
  REVOKE: { kind: StatusEventKind.REVOKED, to: REVOKED, clause: '§8.5.4' },
  EXPIRE: { kind: StatusEventKind.EXPIRED, to: EXPIRED, clause: '§9' },
};

export function decideStatusChange(state: StatusState, command: StatusCommand, scheme: Scheme, today: string): StatusDecision {
  const { kind, to, clause } = KIND[command.type];
  if (!ALLOWED_FROM[kind].includes(state.status)) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `${command.type} is not possible while the certificate is ${state.status}`, clause };
  }
  const bad = (field: string, message: string): StatusDecision => ({ ok: false, code: 'BAD_USER_INPUT', field, message, clause });
  const base = {
    kind, from: state.status, to, occurredOn: today, effectiveUntil: null, reasonCode: null, cause: null, clause,
    publicReasonZh: command.publicReasonZh.trim(), publicReasonEn: command.publicReasonEn.trim(),
  };
  switch (command.type) {
    case 'SUSPEND': {
      if (!scheme.suspensionReasons.some((r) => r.code === command.reasonCode)) return bad('reasonCode', `unknown suspension reason ${command.reasonCode}`);
      const cause = scheme.suspensionCauses.find((c) => c.code === command.causeCode);
      if (!cause) return bad('causeCode', `unknown suspension cause ${command.causeCode}`);
      if (!base.publicReasonZh) return bad('publicReasonZh', 'a suspension needs its public reason');
      // §8.5.1.1: the maximum counts from the date of the suspension notice, i.e. today.
      return { ok: true, change: { ...base, reasonCode: command.reasonCode, cause: cause.code, effectiveUntil: addMonths(today, cause.maxMonths) } };
    }
    case 'EXPIRE': {
      // Only the sweep expires, on or after the expiry day, and only for a renewal applied for before it.
      if (today < state.expiresOn) return { ok: false, code: 'ILLEGAL_TRANSITION', message: `the certificate runs until ${state.expiresOn}`, clause };
      if (!renewalAppliedInTime(state)) return { ok: false, code: 'ILLEGAL_TRANSITION', message: 'no renewal was applied for before expiry', clause };
      return { ok: true, change: { ...base, effectiveUntil: state.renewalCompletionDueOn } };
    }
    case 'RESTORE': {
      // §8.5.2: only within the suspension period; after it the certificate is revoked (§8.5.4(1)).
      if (state.suspendedUntil !== null && today > state.suspendedUntil && !restorationRequestedInTime(state)) {
        return { ok: false, code: 'ILLEGAL_TRANSITION', message: `the suspension period ended on ${state.suspendedUntil}`, clause };
      }
      return { ok: true, change: base };
    }
    case 'CANCEL':
    case 'REVOKE': {
      const reasons = command.type === 'CANCEL' ? scheme.cancellationReasons : scheme.revocationReasons;
      if (!reasons.some((r) => r.code === command.reasonCode)) return bad('reasonCode', `unknown ${command.type === 'CANCEL' ? 'cancellation' : 'revocation'} reason ${command.reasonCode}`);
      return { ok: true, change: { ...base, reasonCode: command.reasonCode } };
    }
  }
}

/** §9: a renewal still running that was applied for before the expiry day. */
const renewalAppliedInTime = (s: StatusState) => s.renewalAppliedOn !== null && s.renewalAppliedOn < s.expiresOn;

/**
 * What the deadline sweep does to a certificate on `today`, if anything: a suspension that ran
 * out unrestored is revoked (§8.5.4(1), R1) — unless the holder asked for restoration within it,
 * which is then decided first; a certificate past its expiry is EXPIRED while a renewal applied
 * for before it runs (§9), and cancelled without one (§8.5.3(1), C1). Expiry wins when both fall
 * due: it is the earlier event whenever the suspension outlasted the certificate. An EXPIRED
 * certificate whose renewal is not completed within the scheme's limit is cancelled (§9 "否则按
 * 新申请处理"): C5, not C1, because a renewal was applied for; the renewal goes on as a new application.
 */
export function dueStatusCommand(state: StatusState, today: string): StatusCommand | null {
  if (state.status === EXPIRED) {
    if (today <= state.renewalCompletionDueOn) return null;
    return {
      type: 'CANCEL', reasonCode: 'C5',
      publicReasonZh: `证书已于 ${state.expiresOn} 到期，复审未在到期后 ${state.renewalCompletionDueOn} 前完成，按新申请处理。`,
      publicReasonEn: `The certificate expired on ${state.expiresOn} and its recertification was not completed by ${state.renewalCompletionDueOn}; it continues as a new application.`,
    };
  }
  if (state.status !== VALID && state.status !== SUSPENDED) return null;
  if (today >= state.expiresOn && renewalAppliedInTime(state)) {
    return {
      type: 'EXPIRE',
      publicReasonZh: `证书有效期已于 ${state.expiresOn} 届满，复审进行中（最迟 ${state.renewalCompletionDueOn} 完成）。`,
      publicReasonEn: `The certificate expired on ${state.expiresOn}; its recertification is under way (to be completed by ${state.renewalCompletionDueOn}).`,
    };
  }
  if (today >= state.expiresOn) {
    return { type: 'CANCEL', reasonCode: 'C1', publicReasonZh: `证书有效期已于 ${state.expiresOn} 届满，未申请延续。`, publicReasonEn: `The certificate expired on ${state.expiresOn} without a renewal application.` };
  }
  if (state.status === SUSPENDED && state.suspendedUntil !== null && today > state.suspendedUntil && !restorationRequestedInTime(state)) {
    return { type: 'REVOKE', reasonCode: 'R1', publicReasonZh: `暂停期限（至 ${state.suspendedUntil}）届满，未恢复。`, publicReasonEn: `The suspension period (until ${state.suspendedUntil}) ended without restoration.` };
  }
  return null;
}

