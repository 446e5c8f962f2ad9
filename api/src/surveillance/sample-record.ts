import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, Lab, type Factory, type ProductType, ModelStatus, SamplePurpose, SampleStatus, SurveillancePlan, SurveillanceSample, currentScheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { schemeDueOn } from './deadlines.js';
import { SAMPLE_POPULATE, writeSampleChange } from './sample-command.js';
import { suspendForNoSample } from './sample-consequences.js';
import type { SurveillanceContext } from './surveillance-command.js';
import { isId } from '../graphql/ids.js';

export interface SampleInput {
  planId: string;
  purpose: SamplePurpose;
  /** False: no sample could be drawn on site (§7.2). */
  available: boolean;
  modelDesignation: string | null;
  ratedCurrent: number | null;
  labId: string | null;
}

export interface SampleWarning {
  code: string;
  clause: string;
  messageZh: string;
  messageEn: string;
}

const rule = (code: string, messageZh: string, messageEn: string) =>
  new AppError(ErrorCode.RULE_VIOLATION, messageEn, { findings: [{ code, clause: '§7.2', field: 'purpose', messageZh, messageEn }] });

/**
 * §7.2: the engineer records the year's sample of a factory and design type (one each), a
 * resample after none was available, or the retest of a failed model. A rating equal to the last
 * sampled one is allowed with a warning ("尽可能抽取不同规格或电流段").
 */
export async function recordSample(ctx: SurveillanceContext, input: SampleInput): Promise<{ sample: SurveillanceSample; warnings: SampleWarning[] }> {
  const { id, warnings } = await writeSample(ctx, input);
  // §7.2 "如仍然抽不到样品，则暂停相关证书": applied at once (the sweep retries if this is interrupted).
  if (input.purpose === SamplePurpose.RESAMPLE && !input.available) await suspendForNoSample(ctx, id);
  return { sample: await ctx.em.fork().findOneOrFail(SurveillanceSample, { id }, { populate: SAMPLE_POPULATE }), warnings };
}

async function writeSample(ctx: SurveillanceContext, input: SampleInput): Promise<{ id: string; warnings: SampleWarning[] }> {
  const scheme = ctx.scheme ?? currentScheme;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const plan = isId(input.planId) ? await em.findOne(SurveillancePlan, { id: input.planId }, { populate: ['certificate.unit.applicant', 'factory'] }) : null;
    if (!plan) throw new AppError(ErrorCode.NOT_FOUND, `No surveillance plan ${input.planId}`);
    const viewer = authorizeViewer(ctx.viewer === SYSTEM ? null : ctx.viewer, Operation.MANAGE_SURVEILLANCE, { organisationId: plan.certificate.unit.applicant.id });
    const key = { factory: plan.factory, productType: plan.certificate.unit.productType, year: plan.year };
    const existing = await em.find(SurveillanceSample, key, { populate: ['parent'] });
    if (existing.some((s) => s.purpose === input.purpose)) {
      throw rule('ONE_SAMPLE_PER_DESIGN_TYPE', '每个生产厂每种设计型式每年度只抽取 1 台样品。', `This factory already has its ${input.purpose} sample of ${key.productType} for ${plan.year}.`);
    }
    const first = existing.find((s) => s.purpose === SamplePurpose.SURVEILLANCE);
    let parent: SurveillanceSample | null = null;
    if (input.purpose === SamplePurpose.RESAMPLE) {
      parent = first && first.status === SampleStatus.UNAVAILABLE && !first.outcome ? first : null;
      if (!parent) throw rule('NO_RESAMPLE_DUE', '只有现场抽不到样品时才重新抽样。', 'A resample follows only a sampling that found no sample.');
      if (today > parent.resampleDueOn!) throw rule('RESAMPLE_OVERDUE', `重新抽样期限 ${parent.resampleDueOn} 已过。`, `The resampling was due by ${parent.resampleDueOn}.`);
    }
    if (input.purpose === SamplePurpose.RETEST) {
      parent = existing.find((s) => s.purpose !== SamplePurpose.RETEST && s.status === SampleStatus.FAILED && !s.outcome) ?? null;
      if (!parent) throw rule('NO_RETEST_DUE', '只有监督检测不合格的型号才需整改后重新抽样检测。', 'A retest follows only a failed sample.');
      if (today > parent.retestDueOn!) throw rule('RETEST_OVERDUE', `整改和重新检测期限 ${parent.retestDueOn} 已过。`, `The rectification and retest were due by ${parent.retestDueOn}.`);
      if (!input.available) throw new AppError(ErrorCode.BAD_USER_INPUT, 'A retest needs a sample', { field: 'available' });
      if (input.modelDesignation !== parent.modelDesignation) throw new AppError(ErrorCode.BAD_USER_INPUT, `The retest samples the failed model ${parent.modelDesignation}`, { field: 'modelDesignation' });
    }
    const sample = em.create(SurveillanceSample, { ...key, purpose: input.purpose, parent, plan, status: SampleStatus.UNAVAILABLE, recordedOn: today });
    const warnings: SampleWarning[] = [];
    if (!input.available) {
      // Still none at the resampling: the consequence (suspension) follows after this commit.
      if (input.purpose === SamplePurpose.SURVEILLANCE) sample.resampleDueOn = await schemeDueOn(em, scheme, 'RESAMPLE', today);
    } else {
      const certificate = await modelCertificate(em, key, input.modelDesignation);
      const model = certificate.unit.models.getItems().find((m) => m.designation === input.modelDesignation)!;
      if (input.ratedCurrent === null || !Number.isInteger(input.ratedCurrent) || (model.ratedCurrents.length > 0 && !model.ratedCurrents.includes(input.ratedCurrent))) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `The rated current must be one of the model’s: ${model.ratedCurrents.join(', ')} A`, { field: 'ratedCurrent' });
      }
      const lab = input.labId && isId(input.labId) ? await em.findOne(Lab, { id: input.labId }, { populate: ['organisation'] }) : null;
      if (!lab) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Name the designated lab', { field: 'labId' });
      Object.assign(sample, {
        certificate, modelDesignation: model.designation, ratedCurrent: input.ratedCurrent, lab, status: SampleStatus.TAKEN,
        contactDueOn: await schemeDueOn(em, scheme, 'SAMPLE_LAB_CONTACT', today),
      });
      const last = await em.findOne(SurveillanceSample, { id: { $ne: sample.id }, factory: key.factory, productType: key.productType, ratedCurrent: { $ne: null }, purpose: { $ne: SamplePurpose.RETEST } }, { orderBy: { recordedOn: 'desc', createdAt: 'desc' } });
      if (input.purpose !== SamplePurpose.RETEST && last?.ratedCurrent === input.ratedCurrent) {
        warnings.push({
          code: 'SAME_RATING_AS_LAST', clause: '§7.2',
          messageZh: `上次抽样（${last.year} 年，${last.modelDesignation}）同为 ${input.ratedCurrent} A；每次抽样尽可能抽取不同规格或电流段的样品。`,
          messageEn: `The last sample (${last.year}, ${last.modelDesignation}) was also rated ${input.ratedCurrent} A; each sampling should, as far as possible, take a different rating or current range.`,
        });
      }
      if (parent && input.purpose === SamplePurpose.RESAMPLE) Object.assign(parent, { outcome: 'RESAMPLED', outcomeOn: today });
    }
    writeSampleChange(em, sample, { userId: viewer.userId, role: viewer.role }, now, null, {
      action: input.available ? 'surveillance.sample_taken' : 'surveillance.sample_unavailable',
      payload: { certificateNumber: plan.certificate.number, warnings: warnings.map((w) => w.code) },
      ...(sample.status === SampleStatus.TAKEN && sample.contactDueOn
        ? { notice: { kind: 'SAMPLE_TAKEN' as const, values: { model: sample.modelDesignation ?? '', rating: String(sample.ratedCurrent ?? ''), due: sample.contactDueOn, lab: { zh: sample.lab?.organisation.nameZh ?? '', en: sample.lab?.organisation.nameEn ?? '' } } } }
        : {}),
    });
    await em.flush();
    return { id: sample.id, warnings };
  }), 'surveillance sample');
}

/** The open certificate of this factory and design type whose scope holds the model. */
async function modelCertificate(em: EntityManager, key: { factory: Factory; productType: ProductType }, designation: string | null): Promise<Certificate> {
  const certificates = await em.find(Certificate, {
    unit: { factory: key.factory, productType: key.productType }, status: { $in: [CertificateStatus.VALID, CertificateStatus.SUSPENDED] },
  }, { populate: ['unit.models'] });
  const found = certificates.find((c) => c.unit.models.getItems().some((m) => m.designation === designation && m.status === ModelStatus.IN_SCOPE));
  if (!found) throw new AppError(ErrorCode.BAD_USER_INPUT, `No certified model ${designation ?? ''} of this factory and design type`, { field: 'modelDesignation' });
  return found;
}
