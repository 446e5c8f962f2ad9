import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, SurveillanceKind, SurveillancePlan, SurveillanceStatus, currentScheme, recordChange, type Actor, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { PLAN_POPULATE, type SurveillanceContext } from './surveillance-command.js';

/** Certificates kept alive by surveillance: valid, or suspended (surveillance continues to decide restoration). */
const UNDER_SURVEILLANCE = [CertificateStatus.VALID, CertificateStatus.SUSPENDED];

/**
 * The yearly plans of `year` (§7.1.1): one per certificate (its unit's factory) certified in an
 * EARLIER year and still valid on 1 January, i.e. the first in the year after certification.
 * Idempotent: certificates that already have the year's plan are skipped, and the unique
 * (certificate, year, seq) key refuses a duplicate written concurrently.
 */
export async function generateAnnualPlans(em: EntityManager, year: number, now: Date, actor: Actor): Promise<number> {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new AppError(ErrorCode.BAD_USER_INPUT, `Not a year: ${year}`, { field: 'year' });
  const yearStart = `${year}-01-01`;
  return em.fork().transactional(async (tx) => {
    const due = await tx.find(Certificate, {
      status: { $in: UNDER_SURVEILLANCE }, firstIssuedOn: { $lt: yearStart }, expiresOn: { $gt: yearStart },
    }, { populate: ['unit'], orderBy: { number: 'asc' } });
    const planned = new Set((await tx.find(SurveillancePlan, { year, seq: 0 }, { fields: ['certificate'] })).map((p) => p.certificate.id));
    let created = 0;
    for (const certificate of due) {
      if (planned.has(certificate.id)) continue;
      const plan = tx.create(SurveillancePlan, {
        certificate, factory: certificate.unit.factory, year, seq: 0, kind: SurveillanceKind.ANNUAL, dueOn: `${year}-12-31`, status: SurveillanceStatus.PLANNED,
      });
      recordChange(tx, {
        actor, at: now, action: 'surveillance.planned', aggregateType: 'surveillance', aggregateId: plan.id, toState: plan.status,
        payload: { certificateNumber: certificate.number, year, kind: plan.kind },
        outbox: { type: 'surveillance.changed', payload: { planId: plan.id, certificateNumber: certificate.number, status: plan.status } },
      });
      created++;
    }
    await tx.flush();
    return created;
  });
}

/** The engineer plans a year on demand (e.g. next year's, ahead of the sweep that plans the current one). */
export async function planYear(ctx: SurveillanceContext, year: number): Promise<number> {
  const viewer = ctx.viewer === SYSTEM ? null : authorizeViewer(ctx.viewer, Operation.MANAGE_SURVEILLANCE);
  return generateAnnualPlans(ctx.em, year, ctx.clock.now(), viewer ? { userId: viewer.userId, role: viewer.role } : { userId: null, role: 'SYSTEM' });
}

/** §7.1.1 1)–3): an extra visit with its trigger and the reason recorded. */
export async function scheduleExtraVisit(
  ctx: SurveillanceContext, number: string, input: { trigger: string; note: string; dueOn: string },
): Promise<SurveillancePlan> {
  const scheme: Scheme = ctx.scheme ?? currentScheme;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.em.fork().transactional(async (em) => {
    const certificate = await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    if (!certificate) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
    const viewer = authorizeViewer(ctx.viewer === SYSTEM ? null : ctx.viewer, Operation.MANAGE_SURVEILLANCE, { organisationId: certificate.unit.applicant.id });
    const trigger = scheme.surveillanceRules.extraVisitTriggers.find((t) => t.code === input.trigger);
    if (!trigger) throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown §7.1.1 trigger ${input.trigger}`, { field: 'trigger' });
    if (!input.note.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'An extra visit needs its reason', { field: 'note' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || input.dueOn < today) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The due date must be today or later', { field: 'dueOn' });
    if (!UNDER_SURVEILLANCE.includes(certificate.status)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `No surveillance of a ${certificate.status} certificate`, { clause: '§7.1.1', status: certificate.status });
    }
    const year = Number(today.slice(0, 4));
    const seq = (await em.count(SurveillancePlan, { certificate, year })) === 0 ? 1 : (await em.find(SurveillancePlan, { certificate, year }, { orderBy: { seq: 'desc' }, limit: 1 }))[0]!.seq + 1;
    const plan = em.create(SurveillancePlan, {
      certificate, factory: certificate.unit.factory, year, seq: Math.max(seq, 1), kind: SurveillanceKind.EXTRA,
      trigger: trigger.code, triggerNote: input.note.trim(), dueOn: input.dueOn, status: SurveillanceStatus.PLANNED,
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'surveillance.extra_planned', aggregateType: 'surveillance', aggregateId: plan.id,
      toState: plan.status, reason: plan.triggerNote, payload: { certificateNumber: number, year, trigger: trigger.code, clause: `§${trigger.clause}` },
      outbox: { type: 'surveillance.changed', payload: { planId: plan.id, certificateNumber: number, status: plan.status } },
    });
    await em.flush();
    return em.findOneOrFail(SurveillancePlan, { id: plan.id }, { populate: PLAN_POPULATE });
  });
}
