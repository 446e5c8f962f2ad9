import { CertificateStatus, StatusRequestKind, type CertificateStatusRequest, type Scheme } from '@cqc/db';
import { ALLOWED_FROM, type StatusCommand, type StatusState } from './status-machine.js';

/** What the holder asks for; the code is chosen by the holder only where the rule gives a choice. */
export type StatusRequestInput =
  | { kind: StatusRequestKind.SUSPENSION; explanation: string }
  | { kind: StatusRequestKind.RESTORATION; explanation: string }
  | { kind: StatusRequestKind.CANCELLATION; reasonCode: string; explanation: string };

export type RequestCheck =
  | { ok: true; code: string | null }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'BAD_USER_INPUT'; message: string; clause: string; field?: string };

const CLAUSE: Record<StatusRequestKind, string> = { SUSPENSION: '§8.5.1(8)', RESTORATION: '§8.5.2', CANCELLATION: '§8.5.3' };
const MAX_EXPLANATION = 2000;

/** The suspension reason a holder may ask for (S8) and the cause that sets its maximum (§8.5.1.1). */
export function holderSuspension(scheme: Scheme): { reasonCode: string; causeCode: string } {
  const reason = scheme.suspensionReasons.find((r) => r.holderMayRequest);
  const cause = reason && scheme.suspensionCauses.find((c) => c.usualReasonCodes.includes(reason.code));
  if (!reason || !cause) throw new Error(`${scheme.id}@${scheme.version} names no suspension a holder may request`);
  return { reasonCode: reason.code, causeCode: cause.code };
}

/** Whether the holder may file this request now. Pure. */
export function checkStatusRequest(state: StatusState, input: StatusRequestInput, scheme: Scheme, today: string): RequestCheck {
  const clause = CLAUSE[input.kind];
  const illegal = (message: string): RequestCheck => ({ ok: false, code: 'ILLEGAL_TRANSITION', message, clause });
  const explanation = input.explanation.trim();
  if (!explanation) return { ok: false, code: 'BAD_USER_INPUT', field: 'explanation', message: 'Say why (or, for a restoration, what was rectified)', clause };
  if (explanation.length > MAX_EXPLANATION) return { ok: false, code: 'BAD_USER_INPUT', field: 'explanation', message: `At most ${MAX_EXPLANATION} characters`, clause };
  switch (input.kind) {
    case StatusRequestKind.SUSPENSION:
      if (!ALLOWED_FROM.SUSPENDED.includes(state.status)) return illegal(`a ${state.status} certificate cannot be suspended`);
      return { ok: true, code: holderSuspension(scheme).causeCode };
    case StatusRequestKind.RESTORATION:
      if (state.status !== CertificateStatus.SUSPENDED) return illegal('only a suspended certificate can be restored');
      // §8.5.2 "在认证证书暂停期限内": after the period the certificate is revoked (§8.5.4(1)).
      if (state.suspendedUntil !== null && today > state.suspendedUntil) return illegal(`the suspension period ended on ${state.suspendedUntil}`);
      return { ok: true, code: null };
    case StatusRequestKind.CANCELLATION: {
      const reason = scheme.cancellationReasons.find((r) => r.code === input.reasonCode && r.holderMayRequest);
      if (!reason) return { ok: false, code: 'BAD_USER_INPUT', field: 'reasonCode', message: `${input.reasonCode} is not a cancellation a holder may ask for`, clause };
      if (!ALLOWED_FROM.CANCELLED.includes(state.status)) return illegal(`a ${state.status} certificate cannot be cancelled`);
      return { ok: true, code: reason.code };
    }
  }
}

/** The status command that granting the request gives, with a public reason naming the request. */
export function grantedCommand(request: Pick<CertificateStatusRequest, 'kind' | 'code' | 'requestedOn'>, scheme: Scheme): StatusCommand {
  const publicReasonZh = `应持证人 ${request.requestedOn} 的申请。`;
  const publicReasonEn = `At the holder's request of ${request.requestedOn}.`;
  switch (request.kind) {
    case StatusRequestKind.SUSPENSION:
      return { type: 'SUSPEND', reasonCode: holderSuspension(scheme).reasonCode, causeCode: request.code ?? holderSuspension(scheme).causeCode, publicReasonZh, publicReasonEn };
    case StatusRequestKind.RESTORATION:
      return { type: 'RESTORE', publicReasonZh: `整改符合要求；${publicReasonZh}`, publicReasonEn: `Rectification meets the requirements. ${publicReasonEn}` };
    case StatusRequestKind.CANCELLATION:
      return { type: 'CANCEL', reasonCode: request.code!, publicReasonZh, publicReasonEn };
  }
}
