import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken, Role } from '@cqc/db';
import type { Clock } from '../clock.js';
import type { Viewer } from './viewer.js';

/** Recognisable prefix of regulator API tokens: secret scanners and people can tell them from session tokens. */
export const API_TOKEN_PREFIX = 'cqcr_';

/** Writing lastUsedAt on every request would make every read a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/** A new secret: the prefix and 256 random bits. Only its hash is stored. */
export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function isApiTokenSecret(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

/**
 * The viewer an API token stands for: a REGULATOR of the token's organisation, with no session.
 * Unknown and revoked tokens give null, which callers treat exactly like an expired session.
 */
export async function authenticateApiToken(em: EntityManager, secret: string, clock: Clock): Promise<Viewer | null> {
  const token = await em.findOne(ApiToken, { tokenHash: hashApiTokenSecret(secret) });
  if (!token || token.revokedAt) return null;
  const now = clock.now();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return { userId: token.createdBy.id, role: Role.REGULATOR, organisationId: token.organisation.id, sessionId: null, apiTokenId: token.id };
}
