import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateStatus, SurveillanceNonconformity, SurveillancePlan, SurveillanceStatus, currentScheme, recordChange } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { SYSTEM } from '../case/run-case-command.js';
import { changeCertificateStatus } from '../certificate/change-certificate-status.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { changePlan, type SurveillanceContext } from './surveillance-command.js';

const FAILURE_TEXT: Record<string, { zh: string; en: string }> = {
  VISIT_FAILED: { zh: '年度监督检查不通过', en: 'The surveillance visit did not pass' },
  NONCONFORMITY_NOT_RECTIFIED: { zh: '监督检查不符合项未在 60 天内完成整改', en: 'Surveillance nonconformities were not rectified within 60 days' },
  SAMPLE_FAILED: { zh: '监督抽样检测不合格', en: 'The surveillance sample failed its test' },
  EVALUATED_FAILED: { zh: '监督结果综合评价不合格', en: 'The overall surveillance evaluation failed' },
};

/**
 * §7.3 → §8.5: a failed surveillance year suspends the certificate with the scheme's reason and
 * cause (`surveillanceRules.yearFailed`, S3 / 3 months), through the one status path, then marks
 * the plan handled. Idempotent: a certificate no longer VALID (already suspended, revoked …) is
 * not suspended again, and a handled plan is left alone.
 */
export async function applyYearFailure(ctx: SurveillanceContext, planId: string): Promise<boolean> {
  const scheme = ctx.scheme ?? currentScheme;
  const rule = scheme.surveillanceRules.yearFailed;
  const plan = await ctx.em.fork().findOne(SurveillancePlan, { id: planId }, { populate: ['certificate'] });
  if (!plan || plan.status !== SurveillanceStatus.FAILED || plan.consequenceOn) return false;
  const text = FAILURE_TEXT[plan.failureReason ?? 'EVALUATED_FAILED'] ?? FAILURE_TEXT.EVALUATED_FAILED!;
  let suspended = false;
  if (plan.certificate.status === CertificateStatus.VALID) {
    try {
      await changeCertificateStatus({
        em: ctx.em, viewer: SYSTEM, clock: ctx.clock, scheme,
        guard: (c) => { if (c.status !== CertificateStatus.VALID) throw new AppError(ErrorCode.CONFLICT, 'no longer valid'); },
      }, plan.certificate.number, 'CURRENT', {
        type: 'SUSPEND', reasonCode: rule.reasonCode, causeCode: rule.causeCode ?? 'OTHER',
        publicReasonZh: `${plan.year} 年度监督不合格：${text.zh}（7.3）。`, publicReasonEn: `The ${plan.year} surveillance failed: ${text.en} (§7.3).`,
      });
      suspended = true;
    } catch (error) {
      if (!(error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT)) throw error;
    }
  }
  await changePlan({ ...ctx, viewer: SYSTEM }, planId, 'CURRENT', Operation.MANAGE_SURVEILLANCE, async (step) => {
    step.plan.consequenceOn = step.today;
    // The failed result is the certificate's latest surveillance: the registry rebuilds it.
    recordChange(step.em, {
      actor: step.actor, at: step.now, action: 'certificate.surveillance_evaluated', aggregateType: 'certificate', aggregateId: step.plan.certificate.id,
      payload: { number: step.plan.certificate.number, year: step.plan.year, result: step.plan.status, clause: '§7.3' },
      outbox: { type: 'certificate.surveillance-evaluated', payload: { certificateNumber: step.plan.certificate.number, result: step.plan.status, date: step.plan.concludedOn } },
    });
    return { action: 'surveillance.consequence_applied', payload: { suspended, reasonCode: suspended ? rule.reasonCode : null } };
  });
  return suspended;
}

/** Sweep: §7.1.4 — a nonconformity still open after its deadline fails the visit, hence the year. */
export async function sweepSurveillanceRectification(em: EntityManager, now: Date): Promise<number> {
  const today = chinaDate(now);
  const overdue = await em.fork().find(SurveillanceNonconformity, {
    rectifiedOn: null, dueOn: { $lt: today }, plan: { status: SurveillanceStatus.RECTIFYING },
  }, { fields: ['plan'] });
  let failed = 0;
  for (const planId of new Set(overdue.map((n) => n.plan.id))) {
    try {
      await changePlan({ em, viewer: SYSTEM, clock: { now: () => now } }, planId, 'CURRENT', Operation.MANAGE_SURVEILLANCE, async ({ plan, today: day }) => {
        if (plan.status !== SurveillanceStatus.RECTIFYING) throw new AppError(ErrorCode.CONFLICT, 'no longer rectifying');
        Object.assign(plan, { status: SurveillanceStatus.FAILED, failureReason: 'NONCONFORMITY_NOT_RECTIFIED', concludedOn: day });
        return { action: 'surveillance.failed', reason: FAILURE_TEXT.NONCONFORMITY_NOT_RECTIFIED!.zh };
      });
      failed++;
    } catch (error) {
      if (!(error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT)) throw error;
    }
  }
  return failed;
}

/** Sweep: §7.3 — every failed year not yet handled under §8.5. */
export async function sweepYearFailures(em: EntityManager, now: Date): Promise<number> {
  const pending = await em.fork().find(SurveillancePlan, { status: SurveillanceStatus.FAILED, consequenceOn: null }, { fields: ['id'], orderBy: { createdAt: 'asc' } });
  let handled = 0;
  for (const { id } of pending) {
    await applyYearFailure({ em, viewer: SYSTEM, clock: { now: () => now } }, id);
    handled++;
  }
  return handled;
}
