import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, CertificateStatusEvent, CertificateStatusRequest, StatusRequestKind, StatusRequestState, currentScheme, recordChange,
  type Actor, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { SYSTEM } from '../case/run-case-command.js';
import { STATUS_NOTICE_TEXTS } from './certificate-notices.js';
import { renewalCompletionDueOn, renewalsApplied } from '../recertification/renewal-state.js';
import { decideStatusChange, type StatusChange, type StatusCommand, type StatusState } from './status-machine.js';

export interface StatusCommandContext {
  em: EntityManager;
  viewer: Viewer | null | typeof SYSTEM;
  clock: Clock;
  /** The rule whose reason codes and suspension causes apply; the current one by default. */
  scheme?: Scheme;
  /** Re-checks, inside the transaction, that a sweep's command is still due; throw CONFLICT if not. */
  guard?: (certificate: Certificate, today: string, state: StatusState) => void;
}

/**
 * Changes a certificate's status (§8.5): load → authorise → lock → decide → one transaction
 * writing the status, the public history entry, the holder's notice, an audit event and the
 * outbox event that carries the change into the public registry.
 */
export async function changeCertificateStatus(ctx: StatusCommandContext, number: string, expectedVersion: number | 'CURRENT', command: StatusCommand) {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const scheme = ctx.scheme ?? currentScheme;
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const found = await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
    const actor: Actor = ctx.viewer === SYSTEM
      ? { userId: null, role: 'SYSTEM' }
      : (({ userId, role }) => ({ userId, role }))(authorizeViewer(ctx.viewer, Operation.MANAGE_CERTIFICATE_STATUS, { organisationId: found.unit.applicant.id }));
    await em.lock(found, LockMode.OPTIMISTIC, expectedVersion === 'CURRENT' ? found.version : expectedVersion);
    const state = await statusStateOf(em, found);
    ctx.guard?.(found, today, state);
    await applyStatusCommand(em, found, state, command, { scheme, now, actor });
    await em.flush();
    return found;
  }), 'certificate');
}

/** The certificate's state as the status machine sees it, with a pending restoration request. */
export async function statusStateOf(em: EntityManager, c: Certificate): Promise<StatusState> {
  const pending = await em.findOne(CertificateStatusRequest, { certificate: c, kind: StatusRequestKind.RESTORATION, state: StatusRequestState.PENDING });
  const renewals = await renewalsApplied(em, [c.id]);
  return {
    status: c.status, suspendedUntil: c.suspendedUntil ?? null, expiresOn: c.expiresOn, restorationRequestedOn: pending?.requestedOn ?? null,
    renewalAppliedOn: renewals.get(c.id) ?? null, renewalCompletionDueOn: renewalCompletionDueOn(currentScheme, c.expiresOn),
  };
}

/**
 * Decides and writes one status change inside the caller's transaction (the certificate already
 * loaded with its holder, locked and authorised): the status, the public history entry, the
 * holder's notice, the audit event and the registry's outbox event. Typed errors, nothing written.
 */
export async function applyStatusCommand(
  em: EntityManager, found: Certificate, state: StatusState, command: StatusCommand, ctx: { scheme: Scheme; now: Date; actor: Actor },
): Promise<StatusChange> {
  const { scheme, now, actor } = ctx;
  const decision = decideStatusChange(state, command, scheme, chinaDate(now));
  if (!decision.ok) {
    const code = decision.code === 'ILLEGAL_TRANSITION' ? ErrorCode.ILLEGAL_TRANSITION : ErrorCode.BAD_USER_INPUT;
    throw new AppError(code, decision.message, { clause: decision.clause, status: found.status, ...(decision.field ? { field: decision.field } : {}) });
  }
  const { change } = decision;
  const seq = (await em.count(CertificateStatusEvent, { certificate: found })) + 1;
  em.create(CertificateStatusEvent, {
    certificate: found, seq, kind: change.kind, fromStatus: change.from, toStatus: change.to, occurredOn: change.occurredOn,
    effectiveUntil: change.effectiveUntil, reasonCode: change.reasonCode, cause: change.cause,
    publicReasonZh: change.publicReasonZh, publicReasonEn: change.publicReasonEn,
  });
  found.status = change.to;
  // EXPIRED carries the renewal's completion deadline in its history entry, not as a suspension.
  found.suspendedUntil = change.to === CertificateStatus.SUSPENDED ? change.effectiveUntil : null;
  found.statusChangedAt = now;
  writeNotice(em, {
    kind: `CERTIFICATE_${change.kind}`, text: STATUS_NOTICE_TEXTS[command.type], recipient: found.unit.applicant, caseId: null, at: now,
    values: { number: found.number, until: change.effectiveUntil ?? '', reason: noticeReason(change, scheme) },
  });
  recordChange(em, {
    actor, at: now, action: `certificate.${change.kind.toLowerCase()}`, aggregateType: 'certificate', aggregateId: found.id,
    fromState: change.from, toState: change.to, reason: change.publicReasonZh || null,
    payload: { number: found.number, clause: change.clause, reasonCode: change.reasonCode, cause: change.cause, effectiveUntil: change.effectiveUntil },
    outbox: { type: 'certificate.status-changed', payload: { certificateNumber: found.number, from: change.from, to: change.to } },
  });
  return change;
}
/** The reason as the holder reads it: the rule's label for the code, then the public wording. */
function noticeReason(change: StatusChange, scheme: Scheme): { zh: string; en: string } {
  const reasons = [...scheme.suspensionReasons, ...scheme.cancellationReasons, ...scheme.revocationReasons];
  const label = reasons.find((r) => r.code === change.reasonCode);
  const join = (a: string | undefined, b: string, sep: string) => [a, b].filter(Boolean).join(sep);
  return { zh: join(label?.zh, change.publicReasonZh, '——'), en: join(label?.en, change.publicReasonEn, ' — ') };
}
