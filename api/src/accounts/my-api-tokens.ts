import { ApiToken } from '@cqc/db';
import { Operation, can } from '../auth/policy.js';
import { listApiTokens, type TokenContext } from '../regulator/api-tokens.js';
import type { ApiTokenType } from '../regulator/api-token-types.js';
import { sessionViewer } from './self-service.js';

/**
 * The API tokens the caller created, for their account page: the regulator module's own listing
 * (its authorization and shape), narrowed to the caller's tokens. Roles that cannot hold tokens
 * get an empty list rather than an error, so one account page serves everyone. Revoking is the
 * existing `revokeApiToken`.
 */
export async function listMyApiTokens(ctx: TokenContext): Promise<ApiTokenType[]> {
  const viewer = sessionViewer(ctx.viewer, Operation.MANAGE_OWN_SESSIONS);
  if (!can(viewer, Operation.MANAGE_API_TOKENS, { organisationId: viewer.organisationId })) return [];
  const mine = new Set((await ctx.em.find(ApiToken, { createdBy: viewer.userId }, { fields: ['id'] })).map((t) => t.id));
  return (await listApiTokens(ctx)).filter((t) => mine.has(t.id));
}
