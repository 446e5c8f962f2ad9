import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, CertificateStatus, ModelStatus, ProductModel, SamplePurpose, SampleStatus, SurveillanceSample, currentScheme } from '@cqc/db';
import { SYSTEM } from '../case/run-case-command.js';
import { changeCertificateStatus } from '../certificate/change-certificate-status.js';
import { revokeIfNoModelInScope, withdrawModel } from '../certificate/model-withdrawal.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { changeSample } from './sample-command.js';
import type { SurveillanceContext } from './surveillance-command.js';

const systemOnly = () => { throw new AppError(ErrorCode.FORBIDDEN, 'Only the platform applies consequences'); };
const isConflict = (e: unknown) => e instanceof AppError && e.extensions.code === ErrorCode.CONFLICT;

/** Whether the no-sample chain from this sample has run out on `today` (§7.2). */
function noSampleDue(s: SurveillanceSample, today: string): boolean {
  if (s.status !== SampleStatus.UNAVAILABLE || s.outcome) return false;
  return s.purpose === SamplePurpose.RESAMPLE || (s.purpose === SamplePurpose.SURVEILLANCE && s.resampleDueOn !== null && s.resampleDueOn !== undefined && today > s.resampleDueOn);
}

/**
 * §7.2 "如仍然抽不到样品，则暂停相关证书": the VALID certificates of the factory and design type
 * are suspended with the scheme's reason (`noSampleAtResampling`: S5, 3 months), then the chain is
 * closed. Idempotent: suspended certificates are no longer VALID; a closed chain is skipped.
 */
export async function suspendForNoSample(ctx: SurveillanceContext, sampleId: string): Promise<number> {
  const scheme = ctx.scheme ?? currentScheme;
  const rule = scheme.surveillanceRules.noSampleAtResampling;
  const today = chinaDate(ctx.clock.now());
  const sample = await ctx.em.fork().findOne(SurveillanceSample, { id: sampleId });
  if (!sample || !noSampleDue(sample, today) || await resampled(ctx.em, sample)) return 0;
  const related = await ctx.em.fork().find(Certificate, { unit: { factory: sample.factory, productType: sample.productType }, status: CertificateStatus.VALID }, { orderBy: { number: 'asc' } });
  let suspended = 0;
  for (const { number } of related) {
    try {
      await changeCertificateStatus({
        em: ctx.em, viewer: SYSTEM, clock: ctx.clock, scheme,
        guard: (c) => { if (c.status !== CertificateStatus.VALID) throw new AppError(ErrorCode.CONFLICT, 'no longer valid'); },
      }, number, 'CURRENT', {
        type: 'SUSPEND', reasonCode: rule.reasonCode, causeCode: rule.causeCode ?? 'OTHER',
        publicReasonZh: `${sample.year} 年度监督抽样现场及重新抽样均抽不到样品（7.2）。`,
        publicReasonEn: `No sample was available at the ${sample.year} surveillance sampling nor at the resampling (§7.2).`,
      });
      suspended++;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  await changeSample({ ...ctx, viewer: SYSTEM }, sampleId, 'CURRENT', systemOnly, async ({ sample: s, today: day }) => {
    if (!noSampleDue(s, day)) throw new AppError(ErrorCode.CONFLICT, 'handled meanwhile');
    Object.assign(s, { outcome: 'CERTIFICATES_SUSPENDED', outcomeOn: day });
    if (s.parent && !s.parent.outcome) Object.assign(s.parent, { outcome: 'CERTIFICATES_SUSPENDED', outcomeOn: day });
    return { action: 'surveillance.no_sample_consequence', payload: { suspended, reasonCode: rule.reasonCode, causeCode: rule.causeCode } };
  }).catch((error) => { if (!isConflict(error)) throw error; });
  return suspended;
}

/** A first sampling followed by a resample: the resample's own outcome decides. */
async function resampled(em: EntityManager, s: SurveillanceSample): Promise<boolean> {
  return s.purpose === SamplePurpose.SURVEILLANCE && (await em.fork().count(SurveillanceSample, { parent: s, purpose: SamplePurpose.RESAMPLE })) > 0;
}

/** Whether a failed model's 3 months ran out, or its retest failed (§7.2). */
async function withdrawalDue(em: EntityManager, s: SurveillanceSample, today: string): Promise<boolean> {
  if (s.status !== SampleStatus.FAILED || s.purpose === SamplePurpose.RETEST || s.outcome) return false;
  if (s.retestDueOn && today > s.retestDueOn) return true;
  return (await em.count(SurveillanceSample, { parent: s, purpose: SamplePurpose.RETEST, status: SampleStatus.FAILED })) > 0;
}

/**
 * §7.2: a failed model not rectified and retested in time, or failing its retest, is withdrawn
 * from its certificate (model-withdrawal.ts, which revokes a certificate left with no model).
 */
export async function handleFailedSample(ctx: SurveillanceContext, sampleId: string): Promise<boolean> {
  const today = chinaDate(ctx.clock.now());
  const em = ctx.em.fork();
  const sample = await em.findOne(SurveillanceSample, { id: sampleId }, { populate: ['certificate'] });
  if (!sample || !sample.certificate || !(await withdrawalDue(em, sample, today))) return false;
  const model = await em.findOne(ProductModel, { unit: sample.certificate.unit, designation: sample.modelDesignation! });
  const close = async (txEm: EntityManager) => {
    const fresh = await txEm.findOneOrFail(SurveillanceSample, { id: sampleId });
    if (fresh.outcome) throw new AppError(ErrorCode.CONFLICT, 'handled meanwhile');
    Object.assign(fresh, { outcome: 'MODEL_WITHDRAWN', outcomeOn: today });
  };
  const open = [CertificateStatus.VALID, CertificateStatus.SUSPENDED].includes(sample.certificate.status);
  try {
    if (model?.status === ModelStatus.IN_SCOPE && open) {
      const retestFailed = !(sample.retestDueOn && today > sample.retestDueOn);
      await withdrawModel({ ...ctx, viewer: SYSTEM }, sample.certificate.number, {
        designation: model.designation, clause: '§7.2', alsoWrite: close,
        publicReasonZh: retestFailed ? `型号 ${model.designation} 监督检测不合格，整改后重新检测仍不合格（7.2）。` : `型号 ${model.designation} 监督检测不合格，未在 3 个月内完成整改和重新检测（7.2）。`,
        publicReasonEn: retestFailed ? `Model ${model.designation} failed surveillance testing and failed its retest after rectification (§7.2).` : `Model ${model.designation} failed surveillance testing and was not rectified and retested within 3 months (§7.2).`,
      });
      return true;
    }
    // Nothing left to withdraw (already withdrawn, or the certificate has ended): close the chain.
    await em.transactional(close);
    return false;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/** Sweep: §7.2 resampling overdue or still no sample ⇒ suspension. */
export async function sweepMissingSamples(em: EntityManager, now: Date): Promise<number> {
  const today = chinaDate(now);
  const candidates = await em.fork().find(SurveillanceSample, { status: SampleStatus.UNAVAILABLE, outcome: null }, { orderBy: { createdAt: 'asc' } });
  let handled = 0;
  for (const s of candidates.filter((c) => noSampleDue(c, today))) {
    if (await resampled(em, s)) continue;
    await suspendForNoSample({ em, viewer: SYSTEM, clock: { now: () => now } }, s.id);
    handled++;
  }
  return handled;
}

/** Sweep: §7.2 failed models not rectified in time ⇒ withdrawn; certificates left with none ⇒ revoked. */
export async function sweepFailedSamples(em: EntityManager, now: Date): Promise<number> {
  const ctx = { em, viewer: SYSTEM, clock: { now: () => now } } as const;
  const failed = await em.fork().find(SurveillanceSample, { status: SampleStatus.FAILED, purpose: { $ne: SamplePurpose.RETEST }, outcome: null }, { orderBy: { createdAt: 'asc' } });
  let affected = 0;
  for (const s of failed) if (await handleFailedSample(ctx, s.id)) affected++;
  // A revocation that did not follow its withdrawal (interrupted run) is retried.
  const withdrawn = await em.fork().find(SurveillanceSample, {
    outcome: 'MODEL_WITHDRAWN', certificate: { status: { $in: [CertificateStatus.VALID, CertificateStatus.SUSPENDED] } },
  }, { populate: ['certificate'] });
  for (const s of withdrawn) if (await revokeIfNoModelInScope(ctx, s.certificate!.number)) affected++;
  return affected;
}
