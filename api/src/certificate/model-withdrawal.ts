import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatusEvent, CertificateStatus, ModelStatus, ProductModel, StatusEventKind, currentScheme, recordChange,
  type Actor, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { writeNotice, type NoticeText } from '../notice/write-notice.js';
import { changeCertificateStatus } from './change-certificate-status.js';
import { ALLOWED_FROM } from './status-machine.js';

export interface ModelWithdrawalContext {
  em: EntityManager;
  viewer: Viewer | null | typeof SYSTEM;
  clock: Clock;
  scheme?: Scheme;
}

export interface ModelWithdrawal {
  designation: string;
  /** Clause of the rule the withdrawal applies, e.g. `§7.2`. */
  clause: string;
  publicReasonZh: string;
  publicReasonEn: string;
  /** Further writes that belong to the same change (a sample's outcome), in the same transaction. */
  alsoWrite?: (em: EntityManager) => Promise<void>;
}

const WITHDRAWN_NOTICE: NoticeText = {
  clause: '§7.2', titleZh: '获证型号撤销', titleEn: 'Model withdrawn from the certificate',
  bodyZh: '认证证书 {number} 中的型号 {model} 已撤销，不再属于证书覆盖范围：{reason}',
  bodyEn: 'Model {model} has been withdrawn from certificate {number} and is no longer covered: {reason}',
};

/**
 * Withdraws one model from a certificate's scope (§7.2 "撤销该型号获证证书"): the model becomes
 * WITHDRAWN, the public history gains a MODEL_WITHDRAWN entry (status unchanged), the holder is
 * told, and audit + outbox (with the certificate number, so the registry follows) are written in
 * the same transaction. When no model remains in scope the certificate is revoked afterwards
 * through the one status path, with the scheme's reason for that case.
 */
export async function withdrawModel(ctx: ModelWithdrawalContext, number: string, w: ModelWithdrawal): Promise<{ revoked: boolean }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const remaining = await ctx.em.fork().transactional(async (em) => {
    const found = await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
    const actor = actorOf(ctx, found);
    // Serialises against status changes and other withdrawals of the same certificate.
    await em.lock(found, LockMode.PESSIMISTIC_WRITE);
    if (!ALLOWED_FROM.MODEL_WITHDRAWN.includes(found.status)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `No model can be withdrawn while the certificate is ${found.status}`, { clause: w.clause, status: found.status });
    }
    const model = await em.findOne(ProductModel, { unit: found.unit, designation: w.designation });
    if (!model) throw new AppError(ErrorCode.BAD_USER_INPUT, `Certificate ${number} has no model ${w.designation}`, { field: 'designation' });
    if (model.status === ModelStatus.WITHDRAWN) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Model ${w.designation} is already withdrawn`, { clause: w.clause, status: found.status });
    model.status = ModelStatus.WITHDRAWN;
    model.withdrawnOn = today;
    const seq = (await em.count(CertificateStatusEvent, { certificate: found })) + 1;
    em.create(CertificateStatusEvent, {
      certificate: found, seq, kind: StatusEventKind.MODEL_WITHDRAWN, fromStatus: found.status, toStatus: found.status, occurredOn: today,
      modelDesignation: model.designation, publicReasonZh: w.publicReasonZh, publicReasonEn: w.publicReasonEn,
    });
    writeNotice(em, {
      kind: 'CERTIFICATE_MODEL_WITHDRAWN', text: WITHDRAWN_NOTICE, recipient: found.unit.applicant, caseId: null, at: now,
      values: { number: found.number, model: model.designation, reason: { zh: w.publicReasonZh, en: w.publicReasonEn } },
    });
    recordChange(em, {
      actor, at: now, action: 'certificate.model_withdrawn', aggregateType: 'certificate', aggregateId: found.id,
      fromState: found.status, toState: found.status, reason: w.publicReasonZh,
      payload: { number: found.number, clause: w.clause, modelDesignation: model.designation },
      outbox: { type: 'certificate.status-changed', payload: { certificateNumber: found.number, from: found.status, to: found.status, modelDesignation: model.designation } },
    });
    await w.alsoWrite?.(em);
    await em.flush();
    return em.count(ProductModel, { unit: found.unit, status: ModelStatus.IN_SCOPE });
  });
  return { revoked: remaining === 0 ? await revokeIfNoModelInScope(ctx, number) : false };
}

/**
 * §7.2 with §8.5.4: a certificate left without a model in scope is revoked (reason from the
 * scheme's `surveillanceRules.noModelInScope`). Idempotent: a certificate already ended, or one
 * that still covers a model, is left alone. Returns whether it revoked.
 */
export async function revokeIfNoModelInScope(ctx: ModelWithdrawalContext, number: string): Promise<boolean> {
  const scheme = ctx.scheme ?? currentScheme;
  const rule = scheme.surveillanceRules.noModelInScope;
  const open = (c: Certificate) => c.status === CertificateStatus.VALID || c.status === CertificateStatus.SUSPENDED;
  const certificate = await ctx.em.fork().findOne(Certificate, { number });
  if (!certificate || !open(certificate)) return false;
  if (await ctx.em.fork().count(ProductModel, { unit: certificate.unit, status: ModelStatus.IN_SCOPE }) > 0) return false;
  try {
    await changeCertificateStatus({
      em: ctx.em, viewer: SYSTEM, clock: ctx.clock, scheme,
      guard: (current) => { if (!open(current)) throw new AppError(ErrorCode.CONFLICT, 'no longer open'); },
    }, number, 'CURRENT', {
      type: 'REVOKE', reasonCode: rule.reasonCode,
      publicReasonZh: '监督抽样不合格型号均已撤销，证书不再覆盖任何型号（7.2）。',
      publicReasonEn: 'Every model failed surveillance sampling and was withdrawn; the certificate covers no model any more (§7.2).',
    });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) return false;
    throw error;
  }
}

function actorOf(ctx: ModelWithdrawalContext, certificate: Certificate): Actor {
  if (ctx.viewer === SYSTEM) return { userId: null, role: 'SYSTEM' };
  const viewer = authorizeViewer(ctx.viewer, Operation.MANAGE_CERTIFICATE_STATUS, { organisationId: certificate.unit.applicant.id });
  return { userId: viewer.userId, role: viewer.role };
}
