import { Certificate, MarkOrder, User, recordChange } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { writeNotice } from '../notice/write-notice.js';
import type { MarkContext } from './mark-approvals.js';
import { MARK_NOTICE_TEXTS } from './mark-notices.js';
import { MAX_NOTE, certificateInForce } from './mark-rules.js';

/**
 * The holder orders standard-size printed marks (申购标准规格认证标志, §10.2) for its own
 * certificate in force: the quantity and the date are recorded, the holder gets a notice.
 */
export async function orderStandardMarks(ctx: MarkContext, input: { number: string; quantity: number; note: string }): Promise<MarkOrder> {
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (em) => {
    const certificate = await em.findOne(Certificate, { number: input.number }, { populate: ['unit.applicant'] });
    if (!certificate) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${input.number}`);
    const viewer = authorizeViewer(ctx.viewer, Operation.APPLY_FOR_MARKS, { organisationId: certificate.unit.applicant.id });
    if (!certificateInForce(certificate.status)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Marks may be ordered only for a certificate in force; this one is ${certificate.status}`, { clause: '§10.2', status: certificate.status });
    }
    if (!Number.isInteger(input.quantity) || input.quantity < 1) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Order at least one mark', { field: 'quantity' });
    if (input.note.trim().length > MAX_NOTE) throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_NOTE} characters`, { field: 'note' });
    const today = chinaDate(now);
    const order = em.create(MarkOrder, {
      certificate, quantity: input.quantity, orderedOn: today, orderedBy: em.getReference(User, viewer.userId), note: input.note.trim(), createdAt: now,
    });
    writeNotice(em, {
      kind: 'MARK_ORDER_RECORDED', text: MARK_NOTICE_TEXTS.ORDER_RECORDED, recipient: certificate.unit.applicant, caseId: null, at: now,
      values: { number: certificate.number, quantity: String(input.quantity), date: today },
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'mark-order.recorded', aggregateType: 'mark-order', aggregateId: order.id,
      payload: { number: certificate.number, certificateId: certificate.id, quantity: input.quantity },
      outbox: { type: 'mark.changed', payload: { markOrderId: order.id, number: certificate.number } },
    });
    await em.flush();
    return order;
  });
}
