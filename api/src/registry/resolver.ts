import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { PublicCertificate } from '@cqc/registry';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { decodeCursor, encodeCursor, pageSize } from '../graphql/connection.js';
import { AppError, ErrorCode } from '../errors.js';
import { CertificateConnection, CertificateFilter, RegistryInfo } from './inputs.js';
import { Certificate } from './types.js';

const MAX_QUERY_LENGTH = 200;

/** The public registry: anonymous reads of public certificate records. */
@Resolver()
export class RegistryResolver {
  @Query(() => RegistryInfo)
  async registryInfo(@Ctx() ctx: Context): Promise<RegistryInfo> {
    authorize(ctx.viewer, Operation.READ_REGISTRY);
    return { demoData: await ctx.index.hasDemoData() };
  }

  @Query(() => Certificate, { nullable: true, description: 'A certificate by its number; null when unknown' })
  async certificate(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<PublicCertificate | null> {
    authorize(ctx.viewer, Operation.READ_REGISTRY);
    return ctx.loaders.certificateByNumber.load(number.trim().toUpperCase());
  }

  @Query(() => CertificateConnection, { description: 'Full-text search with filters; terms are ANDed' })
  async searchCertificates(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('filter', () => CertificateFilter, { nullable: true }) filter?: CertificateFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    authorize(ctx.viewer, Operation.READ_REGISTRY);
    if (query && query.length > MAX_QUERY_LENGTH) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `query is longer than ${MAX_QUERY_LENGTH} characters`, { field: 'query' });
    }
    const limit = pageSize(first);
    const offset = decodeCursor(after) + 1;
    const result = await ctx.index.search({ text: query ?? '', filter: filter ?? {}, limit, offset });
    const edges = result.hits.map((hit, i) => ({ cursor: encodeCursor(offset + i), node: hit.record, highlights: hit.highlights }));
    for (const { record } of result.hits) ctx.loaders.certificateByNumber.prime(record.number, record);
    return {
      totalCount: result.totalCount,
      totalCountIsEstimate: result.totalCountIsEstimate ?? false,
      facetsAreEstimates: result.facetsAreEstimates ?? false,
      facets: result.facets,
      edges,
      pageInfo: {
        hasNextPage: offset + edges.length < result.totalCount,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
