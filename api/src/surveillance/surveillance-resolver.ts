import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { SurveillancePlan, SurveillanceStatus, currentScheme } from '@cqc/db';
import { Operation, authorize, reach } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import type { Context } from '../context.js';
import { LocalDate } from '../graphql/scalars.js';
import { surveillanceCoverage } from './coverage.js';
import { planYear, scheduleExtraVisit } from './plan-generation.js';
import { PLAN_POPULATE } from './surveillance-command.js';
import { evaluateSurveillance } from './surveillance-evaluation.js';
import { SurveillanceCoverageType, SurveillancePlanType, SurveillanceVisitInput } from './surveillance-types.js';
import { SurveillanceReferenceType, surveillanceReference } from './surveillance-reference.js';
import { toPlanViews } from './surveillance-view.js';
import { assignVisit, recordVisit, verifyRectification } from './surveillance-visit.js';
import { isId } from '../graphql/ids.js';

/** §7.1 and §7.3: surveillance plans, visits and the year's evaluation. Thin: parse, call, return. */
@Resolver()
export class SurveillanceResolver {
  @Query(() => [SurveillancePlanType], { description: 'Surveillance of a year the caller may see: staff all, the holder its own' })
  async surveillancePlans(
    @Arg('year', () => Int) year: number,
    @Arg('status', () => SurveillanceStatus, { nullable: true }) status: SurveillanceStatus | null,
    @Arg('certificateNumber', () => String, { nullable: true }) certificateNumber: string | null,
    @Ctx() ctx: Context,
  ): Promise<SurveillancePlanType[]> {
    const scope = reach(ctx.viewer, Operation.READ_SURVEILLANCE);
    if (!scope) authorize(ctx.viewer, Operation.READ_SURVEILLANCE);
    // Plans belong to holders: a lab (own scope on its own organisation) sees none.
    if (scope === 'OWN_ORGANISATION' && ctx.viewer?.role !== 'ENTERPRISE') return [];
    const where: FilterQuery<SurveillancePlan> = { year, ...(status ? { status } : {}) };
    const certificate = { ...(certificateNumber ? { number: certificateNumber } : {}), ...(scope === 'OWN_ORGANISATION' ? { unit: { applicant: ctx.viewer!.organisationId } } : {}) };
    if (Object.keys(certificate).length) Object.assign(where, { certificate });
    const plans = await ctx.em.find(SurveillancePlan, where, { populate: PLAN_POPULATE, orderBy: { dueOn: 'asc', certificate: { number: 'asc' }, seq: 'asc' } });
    return toPlanViews(ctx.em, plans, chinaDate(ctx.clock.now()));
  }

  @Query(() => SurveillancePlanType, { nullable: true, description: 'One surveillance; null when not found or not visible' })
  async surveillancePlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SurveillancePlanType | null> {
    const plan = isId(id) ? await ctx.em.findOne(SurveillancePlan, { id }, { populate: PLAN_POPULATE }) : null;
    if (!plan) return null;
    try {
      authorize(ctx.viewer, Operation.READ_SURVEILLANCE, { organisationId: plan.certificate.unit.applicant.id });
    } catch (error) {
      if (ctx.viewer) return null;
      throw error;
    }
    return (await toPlanViews(ctx.em, [plan], chinaDate(ctx.clock.now())))[0]!;
  }

  @Query(() => SurveillanceCoverageType, { nullable: true, description: '§7.1.3: which CQC/F002-2009 items are still uncovered within the validity' })
  async surveillanceCoverage(@Arg('certificateNumber', () => String) number: string, @Ctx() ctx: Context) {
    return surveillanceCoverage(ctx, number);
  }

  @Query(() => SurveillanceReferenceType, { description: 'The scheme’s surveillance data the forms offer: CQC/F002-2009 items, extra-visit triggers' })
  surveillanceReference(@Ctx() ctx: Context): SurveillanceReferenceType {
    authorize(ctx.viewer, Operation.READ_SCHEME);
    return surveillanceReference(currentScheme);
  }

  @Mutation(() => Int, { description: '§7.1.1: plan a year on demand (idempotent); returns the number of plans created' })
  async planSurveillanceYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return planYear(ctx, year);
  }

  @Mutation(() => SurveillancePlanType, { description: '§7.1.1: an extra visit for one of the three triggers, with its reason' })
  async scheduleExtraSurveillance(
    @Arg('certificateNumber', () => String) number: string, @Arg('trigger', () => String) trigger: string,
    @Arg('note', () => String) note: string, @Arg('dueOn', () => LocalDate) dueOn: string, @Ctx() ctx: Context,
  ) {
    return one(ctx, await scheduleExtraVisit(ctx, number, { trigger, note, dueOn }));
  }

  @Mutation(() => SurveillancePlanType, { description: '§7.1.2: assign the inspector and the effort (1 person-day, or the CCC visit’s + 0.5); RULE_VIOLATION otherwise' })
  async assignSurveillanceVisit(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('inspectorId', () => ID) inspectorId: string,
    @Arg('personDays', () => Float) personDays: number, @Arg('cccPersonDays', () => Float, { nullable: true }) cccPersonDays: number | null,
    @Arg('plannedOn', () => LocalDate, { nullable: true }) plannedOn: string | null, @Ctx() ctx: Context,
  ) {
    return one(ctx, await assignVisit(ctx, id, version, { inspectorId, personDays, cccPersonDays, plannedOn }));
  }

  @Mutation(() => SurveillancePlanType, { description: '§7.1.3–§7.1.4: the assigned inspector records the visit' })
  async recordSurveillanceVisit(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => SurveillanceVisitInput) input: SurveillanceVisitInput, @Ctx() ctx: Context,
  ) {
    return one(ctx, await recordVisit(ctx, id, version, input));
  }

  @Mutation(() => SurveillancePlanType, { description: '§7.1.4: verify a rectified nonconformity (within its 60 days)' })
  async verifySurveillanceRectification(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('nonconformityId', () => ID) nonconformityId: string,
    @Arg('rectifiedOn', () => LocalDate) rectifiedOn: string, @Ctx() ctx: Context,
  ) {
    return one(ctx, await verifyRectification(ctx, id, version, nonconformityId, rectifiedOn));
  }

  @Mutation(() => SurveillancePlanType, { description: '§7.3: evaluate the visit and the year’s sample; a failure leads to §8.5' })
  async evaluateSurveillance(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('passed', () => Boolean) passed: boolean,
    @Arg('note', () => String) note: string, @Ctx() ctx: Context,
  ) {
    return one(ctx, await evaluateSurveillance(ctx, id, version, { passed, note }));
  }
}

/** Reloads a changed plan in the request's entity manager, as the caller sees it. */
async function one(ctx: Context, plan: SurveillancePlan): Promise<SurveillancePlanType> {
  const fresh = await ctx.em.fork().findOneOrFail(SurveillancePlan, { id: plan.id }, { populate: PLAN_POPULATE });
  return (await toPlanViews(ctx.em.fork(), [fresh], chinaDate(ctx.clock.now())))[0]!;
}
