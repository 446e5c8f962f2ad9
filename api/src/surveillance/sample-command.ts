import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveillanceSample, currentScheme, recordChange, type Actor, type Scheme } from '@cqc/db';
import type { Viewer } from '../auth/viewer.js';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { writeSurveillanceNotice, type PlanChange, type SurveillanceContext } from './surveillance-command.js';
import { isId } from '../graphql/ids.js';

export const SAMPLE_POPULATE = ['factory', 'plan.certificate.unit.applicant', 'certificate.unit.applicant', 'lab.organisation', 'parent'] as const;

export interface SampleStep {
  em: EntityManager;
  sample: SurveillanceSample;
  viewer: Viewer | null;
  today: string;
  now: Date;
  scheme: Scheme;
}

/**
 * One change to a surveillance sample: load → `authorise` (who may act on this sample) →
 * optimistic version → `apply` → audit + outbox, all in one transaction.
 */
export async function changeSample(
  ctx: SurveillanceContext, sampleId: string, expectedVersion: number | 'CURRENT',
  authorise: (viewer: Viewer | null, sample: SurveillanceSample) => Viewer,
  apply: (step: SampleStep) => Promise<PlanChange>,
): Promise<SurveillanceSample> {
  const now = ctx.clock.now();
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const sample = isId(sampleId) ? await em.findOne(SurveillanceSample, { id: sampleId }, { populate: SAMPLE_POPULATE }) : null;
    if (!sample) throw new AppError(ErrorCode.NOT_FOUND, `No surveillance sample ${sampleId}`);
    const viewer = ctx.viewer === SYSTEM ? null : authorise(ctx.viewer, sample);
    if (expectedVersion !== 'CURRENT' && sample.version !== expectedVersion) throw new AppError(ErrorCode.CONFLICT, 'The sample was changed by someone else; reload it');
    const fromState = sample.status;
    const change = await apply({ em, sample, viewer, today: chinaDate(now), now, scheme: ctx.scheme ?? currentScheme });
    writeSampleChange(em, sample, viewer ? { userId: viewer.userId, role: viewer.role } : { userId: null, role: 'SYSTEM' }, now, fromState, change);
    await em.flush();
    return sample;
  }), 'surveillance sample');
}

export function writeSampleChange(em: EntityManager, sample: SurveillanceSample, actor: Actor, now: Date, fromState: string | null, change: PlanChange): void {
  if (change.notice) {
    const certificate = sample.certificate ?? sample.plan.certificate;
    writeSurveillanceNotice(em, certificate.unit.applicant, certificate.number, change.notice, now);
  }
  recordChange(em, {
    actor, at: now, action: change.action, aggregateType: 'surveillance-sample', aggregateId: sample.id, fromState, toState: sample.status,
    reason: change.reason ?? null,
    payload: { year: sample.year, productType: sample.productType, purpose: sample.purpose, modelDesignation: sample.modelDesignation ?? null, ...change.payload },
    outbox: { type: 'surveillance.changed', payload: { sampleId: sample.id, status: sample.status } },
  });
}
