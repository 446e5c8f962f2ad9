import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { CreatedApiToken, ApiTokenType } from './api-token-types.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { certificateChanges } from './change-feed.js';
import {
  CertificateChangeConnection, RegulatorCertificateConnection, RegulatorCertificateFilter, RegulatorCounts,
} from './regulator-inputs.js';
import { regulatorCertificates } from './regulator-certificates.js';
import { regulatorCounts } from './regulator-counts.js';

/** Regulator access: API tokens, all certificates with filters, counts, and the change feed. */
@Resolver()
export class RegulatorResolver {
  @Mutation(() => CreatedApiToken, { description: 'A new API token for the caller’s regulator organisation; the secret is returned only here' })
  createApiToken(@Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return createApiToken(ctx, name);
  }

  @Query(() => [ApiTokenType], { description: 'API tokens of the caller’s organisation (an administrator: all), newest first' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return listApiTokens(ctx);
  }

  @Mutation(() => ApiTokenType, { description: 'Revokes an API token: it authenticates nobody from now on' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiTokenType> {
    return revokeApiToken(ctx, id);
  }

  @Query(() => RegulatorCertificateConnection, { description: 'All certificates with filters, in certificate-number order' })
  regulatorCertificates(
    @Ctx() ctx: Context,
    @Arg('filter', () => RegulatorCertificateFilter, { nullable: true }) filter?: RegulatorCertificateFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return regulatorCertificates(ctx, filter, first, after);
  }

  @Query(() => RegulatorCounts, { description: 'Counts of the filtered certificates by status, product type and month' })
  regulatorCounts(
    @Ctx() ctx: Context,
    @Arg('filter', () => RegulatorCertificateFilter, { nullable: true }) filter?: RegulatorCertificateFilter | null,
  ): Promise<RegulatorCounts> {
    return regulatorCounts(ctx, filter);
  }

  @Query(() => CertificateChangeConnection, { description: 'The registry change feed in sequence order; cursors never skip or repeat a change' })
  certificateChanges(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('last', () => Int, { nullable: true, description: 'Instead of first/after: the newest changes, oldest of them first' }) last?: number | null,
  ): Promise<CertificateChangeConnection> {
    return certificateChanges(ctx, { after, first, last });
  }
}
