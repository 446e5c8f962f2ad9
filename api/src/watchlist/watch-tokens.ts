import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Watchlist tokens are derived, not stored: HMAC-SHA256 of a purpose and an id (the follow
 * request for confirmation, the subscription for unsubscribing) under the key kept in
 * `watch_token_key`. The database holds only their SHA-256 (for lookup), and the mailer can still
 * put the links into mails it sends later. The key is made at random on first use.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe';

export async function watchTokenKey(em: EntityManager): Promise<string> {
  await em.execute(`insert into watch_token_key (id, secret) values (1, ?) on conflict (id) do nothing`, [randomBytes(32).toString('base64url')]);
  const [row] = await em.execute<Array<{ secret: string }>>(`select secret from watch_token_key where id = 1`);
  return row!.secret;
}

export function watchToken(key: string, purpose: TokenPurpose, id: string): string {
  return createHmac('sha256', key).update(`${purpose}:${id}`).digest('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as it arrives from a link: 43 base64url characters, or it is not one of ours. */
export function isWatchToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
