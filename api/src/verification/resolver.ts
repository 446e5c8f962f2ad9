import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { checkIdentifiers, MAX_IDENTIFIERS, verifyIdentifiers, type VerificationRecord } from './verify.js';
import { VerificationResult } from './types.js';

/** Batch verification (issue 5, point 3): public, like every registry read. */
@Resolver()
export class VerificationResolver {
  @Query(() => [VerificationResult], {
    description: `Status, holder and expiry for up to ${MAX_IDENTIFIERS} certificate numbers or model designations, in the order given; matched without regard to case, spaces or punctuation`,
  })
  async verifyCertificates(
    @Arg('identifiers', () => [String]) identifiers: string[],
    @Ctx() ctx: Context,
  ): Promise<VerificationRecord[]> {
    authorize(ctx.viewer, Operation.READ_REGISTRY);
    checkIdentifiers(identifiers);
    // Anonymous callers pay by size in their own bucket; signed-in ones are not counted.
    if (!ctx.viewer) await ctx.rateLimit?.chargeBatch(identifiers.length);
    return verifyIdentifiers(ctx.orm, identifiers);
  }
}
