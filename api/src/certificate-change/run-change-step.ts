import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateChangeRequest, CertificateChangeStatus, recordChange, type Actor } from '@cqc/db';
import { authorizeViewer, type Operation } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { writeNotice, type NoticeValue } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { KIND_WORDS, changeNoticeText, type ChangeNoticeKind } from './change-notices.js';
import { actorsOf } from '../audit/actors.js';

export interface ChangeContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

/** What one step did, for its notice and its audit entry. */
export interface StepOutcome {
  action: string;
  notice: ChangeNoticeKind;
  values: Record<string, NoticeValue>;
  payload?: Record<string, unknown>;
}

export interface StepArgs {
  em: EntityManager;
  request: CertificateChangeRequest;
  actor: Actor & { userId: string };
  today: string;
  now: Date;
}

const CLAUSE = { VARIATION: '§8.2', EXTENSION: '§8.3' } as const;

/** ILLEGAL_TRANSITION unless the request stands in one of `allowed`. */
export function requireStatus(request: CertificateChangeRequest, allowed: CertificateChangeStatus[]): void {
  if (!allowed.includes(request.status)) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Not possible while the request is ${request.status}`, { clause: CLAUSE[request.kind], status: request.status });
  }
}

/**
 * One step of a change request after filing: load → authorise → lock (optimistic, the version the
 * caller saw) → the step's own checks and writes → the holder's notice, the audit entry and the
 * outbox event, all in one transaction. A refused step writes nothing.
 */
export async function runChangeStep(
  ctx: ChangeContext, id: string, expectedVersion: number, operation: Operation, step: (args: StepArgs) => Promise<StepOutcome>,
): Promise<CertificateChangeRequest> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const request = isId(id) ? await em.findOne(CertificateChangeRequest, { id }, { populate: ['certificate.unit.applicant'] }) : null;
    if (!request) throw new AppError(ErrorCode.NOT_FOUND, 'No such change request');
    const viewer = authorizeViewer(ctx.viewer, operation, { organisationId: request.certificate.unit.applicant.id });
    await em.lock(request, LockMode.OPTIMISTIC, expectedVersion);
    const from = request.status;
    const outcome = await step({ em, request, actor: { userId: viewer.userId, role: viewer.role }, today, now });
    writeNotice(em, {
      kind: outcome.notice, text: changeNoticeText(outcome.notice, request.kind), recipient: request.certificate.unit.applicant, caseId: null, at: now,
      values: { number: request.certificate.number, kind: KIND_WORDS[request.kind], ...outcome.values },
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: outcome.action, aggregateType: 'certificate-change', aggregateId: request.id,
      fromState: from, toState: request.status,
      payload: { number: request.certificate.number, kind: request.kind, clause: CLAUSE[request.kind], ...outcome.payload },
      outbox: { type: 'certificate-change.changed', payload: { requestId: request.id, number: request.certificate.number, status: request.status } },
    });
    await em.flush();
    return request;
  }), 'change request or certificate');
}

/** Engineers who evaluated the request, from its audit trail: they may not decide it (ISO/IEC 17065 practice, RULES.md G). */
export function evaluatorsOfChange(em: EntityManager, requestId: string): Promise<Set<string>> {
  return actorsOf(em, [{ aggregateType: 'certificate-change', aggregateId: requestId }], ['ENGINEER']);
}
