import type { Scheme } from '@cqc/db';
import { StatusRequestKind } from '@cqc/db';
import { checkStatusRequest } from './status-request-rules.js';
import { decideStatusChange, type StatusCommand, type StatusState } from './status-machine.js';

/** What can be done to a certificate's status: the decider's four changes and the holder's three requests. */
export enum CertificateAction {
  SUSPEND = 'SUSPEND',
  RESTORE = 'RESTORE',
  CANCEL = 'CANCEL',
  REVOKE = 'REVOKE',
  REQUEST_SUSPENSION = 'REQUEST_SUSPENSION',
  REQUEST_RESTORATION = 'REQUEST_RESTORATION',
  REQUEST_CANCELLATION = 'REQUEST_CANCELLATION',
}

/** Placeholder content: only whether the status allows the step is asked, not whether the content is right. */
const ANY = { publicReasonZh: '-', publicReasonEn: '-' };
const DECISIONS: Array<[CertificateAction, StatusCommand['type']]> = [
  [CertificateAction.SUSPEND, 'SUSPEND'], [CertificateAction.RESTORE, 'RESTORE'], [CertificateAction.CANCEL, 'CANCEL'], [CertificateAction.REVOKE, 'REVOKE'],
];
const REQUESTS: Array<[CertificateAction, StatusRequestKind]> = [
  [CertificateAction.REQUEST_SUSPENSION, StatusRequestKind.SUSPENSION],
  [CertificateAction.REQUEST_RESTORATION, StatusRequestKind.RESTORATION],
  [CertificateAction.REQUEST_CANCELLATION, StatusRequestKind.CANCELLATION],
];

/**
 * The actions the viewer may take now: the status machine and the request rules decide what the
 * certificate's state allows (content checks such as reason codes are left to the step itself),
 * `may` says what the policy lets this viewer do. Pure, so the web never copies the machine.
 */
export function availableCertificateActions(
  state: StatusState, ctx: { mayDecide: boolean; mayRequest: boolean; openRequest: boolean; scheme: Scheme; today: string },
): CertificateAction[] {
  const actions: CertificateAction[] = [];
  if (ctx.mayDecide) {
    for (const [action, type] of DECISIONS) {
      const command = { type, reasonCode: '-', causeCode: '-', ...ANY } as StatusCommand;
      const decision = decideStatusChange(state, command, ctx.scheme, ctx.today);
      if (decision.ok || decision.code !== 'ILLEGAL_TRANSITION') actions.push(action);
    }
  }
  if (ctx.mayRequest && !ctx.openRequest) {
    const cancellation = ctx.scheme.cancellationReasons.find((r) => r.holderMayRequest)?.code ?? '-';
    for (const [action, kind] of REQUESTS) {
      const input = kind === StatusRequestKind.CANCELLATION ? { kind, reasonCode: cancellation, explanation: '-' } : { kind, explanation: '-' };
      if (checkStatusRequest(state, input, ctx.scheme, ctx.today).ok) actions.push(action);
    }
  }
  return actions;
}
