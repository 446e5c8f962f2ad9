import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { PublicCertificate } from '@cqc/registry';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { registryFreshness, statusAsOf } from './freshness.js';
import { Certificate } from './types.js';

@ObjectType({ description: 'How current the public registry is' })
export class RegistryFreshness {
  @Field(() => Int, { description: 'Age in seconds of the oldest change not yet shown by the registry; 0 when up to date' })
  lagSeconds!: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest change not yet shown was made; null when up to date' })
  oldestPendingSince!: Date | null;

  @Field(() => Date, { description: 'The platform time of this answer' })
  checkedAt!: Date;
}

/** One loader per request, kept beside the request's context rather than in the shared loader set. */
const loaders = new WeakMap<Context, DataLoader<string, Date | null>>();

function statusAsOfLoader(ctx: Context): DataLoader<string, Date | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (numbers) => {
      const found = await statusAsOf(ctx.em, numbers);
      return numbers.map((n) => found.get(n) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** Registry freshness: the lag for the whole registry, and `statusAsOf` on every public certificate. */
@Resolver(() => Certificate)
export class RegistryFreshnessResolver {
  @Query(() => RegistryFreshness, { description: 'The registry lag: how far the public records trail the platform' })
  registryFreshness(@Ctx() ctx: Context) {
    authorize(ctx.viewer, Operation.READ_REGISTRY);
    return registryFreshness(ctx.em, ctx.clock);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the registry last applied a change to this record: the status shown is the status as of then',
  })
  statusAsOf(@Root() certificate: PublicCertificate, @Ctx() ctx: Context): Promise<Date | null> {
    return statusAsOfLoader(ctx).load(certificate.number);
  }
}
