import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Role, SurveillanceSample } from '@cqc/db';
import { Operation, authorize, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { SAMPLE_POPULATE } from './sample-command.js';
import { enterSampleResult, recordLabContact, recordSampleReceived } from './sample-lab.js';
import { recordSample } from './sample-record.js';
import { RecordSampleResult, SurveillanceSampleInput, SurveillanceSampleType } from './surveillance-types.js';
import { toSampleView } from './surveillance-view.js';

/** §7.2: surveillance samples. Thin: parse, call, return. */
@Resolver()
export class SurveillanceSampleResolver {
  @Query(() => [SurveillanceSampleType], { description: 'Samples of a year the caller may see: staff all, the holder its own, a lab those sent to it' })
  async surveillanceSamples(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<SurveillanceSampleType[]> {
    const scope = reach(ctx.viewer, Operation.READ_SURVEILLANCE);
    if (!scope) authorize(ctx.viewer, Operation.READ_SURVEILLANCE);
    const where: FilterQuery<SurveillanceSample> = { year };
    if (scope === 'OWN_ORGANISATION') {
      const own = ctx.viewer!.organisationId;
      Object.assign(where, ctx.viewer!.role === Role.LAB ? { lab: { organisation: own } } : { plan: { certificate: { unit: { applicant: own } } } });
    }
    const samples = await ctx.em.find(SurveillanceSample, where, { populate: SAMPLE_POPULATE, orderBy: { recordedOn: 'asc', createdAt: 'asc' } });
    return samples.map(toSampleView);
  }

  @Mutation(() => RecordSampleResult, { description: '§7.2: record the year’s sample, a resample or a retest (or that none was available); warns when the rating repeats the last one' })
  async recordSurveillanceSample(@Arg('input', () => SurveillanceSampleInput) input: SurveillanceSampleInput, @Ctx() ctx: Context) {
    const { sample, warnings } = await recordSample(ctx, input);
    return { sample: toSampleView(sample), warnings };
  }

  @Mutation(() => SurveillanceSampleType, { description: '§7.2: the holder reports that the factory contacted the lab (due within 10 days)' })
  async recordSampleLabContact(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return reload(ctx, (await recordLabContact(ctx, id, version)).id);
  }

  @Mutation(() => SurveillanceSampleType, { description: '§7.2: the lab received the sample; the result is due in 30 working days' })
  async recordSampleReceived(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return reload(ctx, (await recordSampleReceived(ctx, id, version)).id);
  }

  @Mutation(() => SurveillanceSampleType, { description: '§7.2: the lab’s result; a failure fails the year and opens 3 months for rectification and retest' })
  async enterSurveillanceSampleResult(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('passed', () => Boolean) passed: boolean,
    @Arg('note', () => String) note: string, @Ctx() ctx: Context,
  ) {
    return reload(ctx, (await enterSampleResult(ctx, id, version, { passed, note })).id);
  }
}

async function reload(ctx: Context, id: string): Promise<SurveillanceSampleType> {
  return toSampleView(await ctx.em.fork().findOneOrFail(SurveillanceSample, { id }, { populate: SAMPLE_POPULATE }));
}
