import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken, AuditEvent, Organisation, User } from '@cqc/db';
import { hashApiTokenSecret, newApiTokenSecret } from '../auth/api-token-auth.js';
import { Operation, authorizeSession, can, reach } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { ApiTokenType } from './api-token-types.js';

const MAX_NAME_LENGTH = 100;
const POPULATE = ['organisation', 'createdBy'] as const;

export interface TokenContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

/** Creates a token for the caller's regulator organisation; the secret is returned once, only its hash kept. */
export async function createApiToken(ctx: TokenContext, rawName: string): Promise<{ token: ApiTokenType; secret: string }> {
  const viewer = authorizeSession(ctx.viewer, Operation.CREATE_API_TOKEN, { organisationId: ctx.viewer?.organisationId ?? '' });
  const name = rawName.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `name must have 1 to ${MAX_NAME_LENGTH} characters`, { field: 'name' });
  }
  const secret = newApiTokenSecret();
  const now = ctx.clock.now();
  const token = await ctx.em.transactional(async (tx) => {
    const created = tx.create(ApiToken, {
      organisation: tx.getReference(Organisation, viewer.organisationId),
      createdBy: tx.getReference(User, viewer.userId),
      name, tokenHash: hashApiTokenSecret(secret), createdAt: now, lastUsedAt: null, revokedAt: null,
    });
    audit(tx, viewer, now, 'api-token.created', created.id, { name });
    return created;
  });
  return { token: await reload(ctx.em, token.id), secret };
}

/** The tokens the caller may see: a regulator its organisation's, an administrator all; newest first. */
export async function listApiTokens(ctx: TokenContext): Promise<ApiTokenType[]> {
  const viewer = authorizeSession(ctx.viewer, Operation.MANAGE_API_TOKENS, { organisationId: ctx.viewer?.organisationId ?? '' });
  const where = reach(viewer, Operation.MANAGE_API_TOKENS) === 'ANY_ORGANISATION' ? {} : { organisation: viewer.organisationId };
  const tokens = await ctx.em.find(ApiToken, where, { populate: POPULATE, orderBy: { createdAt: 'desc', id: 'asc' } });
  return tokens.map(toType);
}

/** Revokes a token; from then on it authenticates nobody. Revoking a revoked token changes nothing. */
export async function revokeApiToken(ctx: TokenContext, id: string): Promise<ApiTokenType> {
  const viewer = authorizeSession(ctx.viewer, Operation.MANAGE_API_TOKENS, { organisationId: ctx.viewer?.organisationId ?? '' });
  const found = isId(id) ? await ctx.em.findOne(ApiToken, { id }, { populate: POPULATE }) : null;
  // Another organisation's token is "not found" to a regulator: the existence of foreign ids is not confirmed.
  if (!found || !can(viewer, Operation.MANAGE_API_TOKENS, { organisationId: found.organisation.id })) {
    throw new AppError(ErrorCode.NOT_FOUND, 'No such API token');
  }
  if (found.revokedAt) return toType(found);
  const now = ctx.clock.now();
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(ApiToken, { id: found.id }, { revokedAt: now });
    audit(tx, viewer, now, 'api-token.revoked', found.id, { name: found.name, organisationId: found.organisation.id });
  });
  return toType(Object.assign(found, { revokedAt: now }));
}

/** Token management is not a certificate lifecycle: it is audited, with no outbox event. */
function audit(em: EntityManager, viewer: Viewer, at: Date, action: string, id: string, payload: Record<string, unknown>): void {
  em.create(AuditEvent, {
    occurredAt: at, actorId: viewer.userId, actorRole: viewer.role, action,
    aggregateType: 'api-token', aggregateId: id, fromState: null, toState: null, payload,
  });
}

async function reload(em: EntityManager, id: string): Promise<ApiTokenType> {
  return toType(await em.findOneOrFail(ApiToken, { id }, { populate: POPULATE, refresh: true }));
}

function toType(t: ApiToken): ApiTokenType {
  return {
    id: t.id, name: t.name, organisationId: t.organisation.id, organisationNameZh: t.organisation.nameZh,
    organisationNameEn: t.organisation.nameEn, createdByName: t.createdBy.displayName, createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt ?? null, revokedAt: t.revokedAt ?? null,
  };
}
