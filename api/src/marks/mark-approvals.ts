import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, MarkApproval, MarkApprovalState, User, currentScheme, recordChange, type Scheme } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { checkHolderDocuments } from './holder-documents.js';
import { MARK_NOTICE_TEXTS } from './mark-notices.js';
import { MAX_NOTE, approvalNumber, certificateInForce, labelsOf, markApplicationFindings, type MarkApprovalInput } from './mark-rules.js';

export interface MarkContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  scheme?: Scheme;
}

/**
 * The holder applies for a mark-usage approval (《认证标志使用批准书》, §10.2) for its own certificate
 * in force, naming the application methods and positions and, optionally, its mark design. One
 * open application per certificate. Application, notice, audit and outbox in one transaction.
 */
export async function applyForMarkApproval(ctx: MarkContext, input: MarkApprovalInput): Promise<MarkApproval> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const certificate = await em.findOne(Certificate, { number: input.number }, { populate: ['unit.applicant'] });
      if (!certificate) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${input.number}`);
      const viewer = authorizeViewer(ctx.viewer, Operation.APPLY_FOR_MARKS, { organisationId: certificate.unit.applicant.id });
      if (!certificateInForce(certificate.status)) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Marks may be used only under a certificate in force; this one is ${certificate.status}`, { clause: '§10.2', status: certificate.status });
      }
      const findings = markApplicationFindings(input, scheme);
      if (findings.length > 0) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
      const [design] = input.designDocumentId
        ? await checkHolderDocuments(em, [input.designDocumentId], certificate.unit.applicant.id, scheme, scheme.marks.designDocument, { name: 'designDocumentId', indexed: false })
        : [];
      const methods = scheme.marks.applicationMethods.map((m) => m.code).filter((c) => input.methods.includes(c));
      const positions = scheme.marks.positions.map((p) => p.code).filter((c) => input.positions.includes(c));
      const approval = em.create(MarkApproval, {
        certificate, methods, positions, designDocument: design ?? null, note: input.note.trim(),
        requestedOn: chinaDate(now), requestedBy: em.getReference(User, viewer.userId), createdAt: now,
      });
      writeNotice(em, {
        kind: 'MARK_APPROVAL_RECEIVED', text: MARK_NOTICE_TEXTS.APPROVAL_RECEIVED, recipient: certificate.unit.applicant, caseId: null, at: now,
        values: { number: certificate.number, methods: labelsOf(methods, scheme.marks.applicationMethods), positions: labelsOf(positions, scheme.marks.positions) },
      });
      recordChange(em, {
        actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'mark-approval.requested', aggregateType: 'mark-approval', aggregateId: approval.id,
        toState: MarkApprovalState.PENDING, payload: { number: certificate.number, certificateId: certificate.id, methods, positions, designDocumentId: design?.id ?? null },
        outbox: { type: 'mark.changed', payload: { markApprovalId: approval.id, number: certificate.number, state: MarkApprovalState.PENDING } },
      });
      await em.flush();
      return approval;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError(ErrorCode.CONFLICT, 'This certificate already has an open mark application; wait for its decision');
    throw error;
  }
}

/**
 * An engineer approves (giving the approval number and date) or refuses (with a reason) a pending
 * application. Approval needs the certificate still in force; the holder is told either way.
 */
export async function decideMarkApproval(
  ctx: MarkContext, id: string, version: number, decision: { approve: boolean; note: string },
): Promise<MarkApproval> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  try {
    return await conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
      const approval = isId(id) ? await em.findOne(MarkApproval, { id }, { populate: ['certificate.unit.applicant'] }) : null;
      if (!approval) throw new AppError(ErrorCode.NOT_FOUND, 'No such mark application');
      const { certificate } = approval;
      const viewer = authorizeViewer(ctx.viewer, Operation.DECIDE_MARK_APPROVAL, { organisationId: certificate.unit.applicant.id });
      await em.lock(approval, LockMode.OPTIMISTIC, version);
      if (approval.state !== MarkApprovalState.PENDING) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The application is already ${approval.state}`, { status: approval.state });
      const note = decision.note.trim();
      if (!decision.approve && !note) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say why the application is refused', { field: 'note' });
      if (note.length > MAX_NOTE) throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_NOTE} characters`, { field: 'note' });
      if (decision.approve && !certificateInForce(certificate.status)) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The certificate is ${certificate.status}: refuse the application instead`, { clause: '§10.2', status: certificate.status });
      }
      const today = chinaDate(now);
      approval.state = decision.approve ? MarkApprovalState.APPROVED : MarkApprovalState.REFUSED;
      approval.decidedOn = today;
      approval.decidedBy = em.getReference(User, viewer.userId);
      approval.decisionNote = note || null;
      if (decision.approve) {
        const earlier = await em.count(MarkApproval, { certificate, approvalNumber: { $ne: null } });
        approval.approvalNumber = approvalNumber(certificate.number, earlier + 1);
      }
      const values = {
        number: certificate.number, approvalNumber: approval.approvalNumber ?? '', date: today, reason: note,
        methods: labelsOf(approval.methods, scheme.marks.applicationMethods), positions: labelsOf(approval.positions, scheme.marks.positions),
      };
      writeNotice(em, {
        kind: decision.approve ? 'MARK_APPROVAL_GRANTED' : 'MARK_APPROVAL_REFUSED',
        text: decision.approve ? MARK_NOTICE_TEXTS.APPROVAL_GRANTED : MARK_NOTICE_TEXTS.APPROVAL_REFUSED,
        recipient: certificate.unit.applicant, caseId: null, at: now, values,
      });
      recordChange(em, {
        actor: { userId: viewer.userId, role: viewer.role }, at: now, action: `mark-approval.${decision.approve ? 'approved' : 'refused'}`,
        aggregateType: 'mark-approval', aggregateId: approval.id, fromState: MarkApprovalState.PENDING, toState: approval.state, reason: note || null,
        payload: { number: certificate.number, certificateId: certificate.id, approvalNumber: approval.approvalNumber ?? null },
        outbox: { type: 'mark.changed', payload: { markApprovalId: approval.id, number: certificate.number, state: approval.state } },
      });
      await em.flush();
      return approval;
    }), 'mark application');
  } catch (error) {
    // Two approvals of one certificate at the same moment drew the same sequence number.
    if (error instanceof UniqueConstraintViolationException) throw new AppError(ErrorCode.CONFLICT, 'Another approval of this certificate was just given; try again');
    throw error;
  }
}
