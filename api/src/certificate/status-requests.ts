import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatusRequest, StatusRequestState, User, currentScheme, recordChange, type Actor, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { REQUEST_NOTICE_TEXTS } from './certificate-notices.js';
import { applyStatusCommand, statusStateOf } from './change-certificate-status.js';
import { checkStatusRequest, grantedCommand, type StatusRequestInput } from './status-request-rules.js';

export interface StatusRequestContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  scheme?: Scheme;
}

const actorOf = ({ userId, role }: Viewer): Actor => ({ userId, role });

/**
 * The holder files a suspension, restoration or cancellation request for its own certificate
 * (§8.5.1(8), §8.5.2, §8.5.3(2)/(4)). One open request per certificate at a time. The request,
 * its audit event and the holder's acknowledgement are written in one transaction.
 */
export async function fileStatusRequest(ctx: StatusRequestContext, number: string, input: StatusRequestInput): Promise<CertificateStatusRequest> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const scheme = ctx.scheme ?? currentScheme;
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const found = await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
      const viewer = authorizeViewer(ctx.viewer, Operation.REQUEST_CERTIFICATE_STATUS_CHANGE, { organisationId: found.unit.applicant.id });
      const check = checkStatusRequest(await statusStateOf(em, found), input, scheme, today);
      if (!check.ok) {
        throw new AppError(check.code === 'ILLEGAL_TRANSITION' ? ErrorCode.ILLEGAL_TRANSITION : ErrorCode.BAD_USER_INPUT, check.message, {
          clause: check.clause, status: found.status, ...(check.field ? { field: check.field } : {}),
        });
      }
      const request = em.create(CertificateStatusRequest, {
        certificate: found, kind: input.kind, requestedOn: today, requestedBy: em.getReference(User, viewer.userId),
        code: check.code, explanation: input.explanation.trim(),
      });
      writeNotice(em, {
        kind: `STATUS_REQUEST_RECEIVED`, text: REQUEST_NOTICE_TEXTS.RECEIVED, recipient: found.unit.applicant, caseId: null, at: now,
        values: { number, request: requestLabel(input.kind) },
      });
      recordChange(em, {
        actor: actorOf(viewer), at: now, action: `certificate.${input.kind.toLowerCase()}-requested`, aggregateType: 'certificate-status-request',
        aggregateId: request.id, toState: StatusRequestState.PENDING, reason: request.explanation,
        payload: { number, kind: input.kind, code: check.code, certificateId: found.id },
        outbox: { type: 'certificate.status-request', payload: { requestId: request.id, certificateNumber: number, state: StatusRequestState.PENDING } },
      });
      await em.flush();
      return request;
    });
  } catch (error) {
    // The partial unique index: another request of this certificate is still open.
    if (error instanceof UniqueConstraintViolationException) throw new AppError(ErrorCode.CONFLICT, 'This certificate already has an open request; wait for its decision');
    throw error;
  }
}

/**
 * The certification body decides a holder's request. Granting it changes the certificate's
 * status in the same transaction (through the status machine, so its rules still hold);
 * refusing needs a note, which the holder reads in the notice.
 */
export async function decideStatusRequest(
  ctx: StatusRequestContext, requestId: string, version: number, decision: { grant: boolean; note: string },
): Promise<CertificateStatusRequest> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const request = isId(requestId) ? await em.findOne(CertificateStatusRequest, { id: requestId }, { populate: ['certificate.unit.applicant'] }) : null;
    if (!request) throw new AppError(ErrorCode.NOT_FOUND, 'No such request');
    const certificate = request.certificate;
    const viewer = authorizeViewer(ctx.viewer, Operation.MANAGE_CERTIFICATE_STATUS, { organisationId: certificate.unit.applicant.id });
    await em.lock(request, LockMode.OPTIMISTIC, version);
    if (request.state !== StatusRequestState.PENDING) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The request is already ${request.state}`, { status: request.state });
    const note = decision.note.trim();
    if (!decision.grant && !note) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say why the request is refused', { field: 'note' });
    const actor = actorOf(viewer);
    if (decision.grant) {
      await em.lock(certificate, LockMode.OPTIMISTIC, certificate.version);
      await applyStatusCommand(em, certificate, await statusStateOf(em, certificate), grantedCommand(request, scheme), { scheme, now, actor });
    } else {
      writeNotice(em, {
        kind: 'STATUS_REQUEST_REFUSED', text: REQUEST_NOTICE_TEXTS.REFUSED, recipient: certificate.unit.applicant, caseId: null, at: now,
        values: { number: certificate.number, request: requestLabel(request.kind), reason: note },
      });
    }
    request.state = decision.grant ? StatusRequestState.GRANTED : StatusRequestState.REFUSED;
    request.decidedOn = chinaDate(now);
    request.decidedBy = em.getReference(User, viewer.userId);
    request.decisionNote = note || null;
    recordChange(em, {
      actor, at: now, action: `certificate.status-request-${decision.grant ? 'granted' : 'refused'}`, aggregateType: 'certificate-status-request',
      aggregateId: request.id, fromState: StatusRequestState.PENDING, toState: request.state, reason: note || null,
      payload: { number: certificate.number, kind: request.kind, certificateId: certificate.id },
      outbox: { type: 'certificate.status-request', payload: { requestId: request.id, certificateNumber: certificate.number, state: request.state } },
    });
    await em.flush();
    return request;
  }), 'request');
}

function requestLabel(kind: CertificateStatusRequest['kind']): { zh: string; en: string } {
  return { SUSPENSION: { zh: '暂停', en: 'suspension' }, RESTORATION: { zh: '恢复', en: 'restoration' }, CANCELLATION: { zh: '注销', en: 'cancellation' } }[kind];
}
