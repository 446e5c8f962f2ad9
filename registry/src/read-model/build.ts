import type { EntityManager } from '@mikro-orm/postgresql';
import { loadRecords, pgArray } from './bulk-load.js';
import type { PublicCertificate } from './types.js';

/**
 * Everything a public record needs, in a fixed number of statements whatever the number of
 * certificates (bulk-load.ts: straight from rows, no entity hydration, which made a rebuild of a
 * million certificates take most of an hour). The records are those toPublicCertificate makes
 * from fully loaded entities; bulk-load.test.ts compares both ways.
 */

/**
 * The public records of the given certificates, in number order; unknown numbers are absent.
 * Call with a forked or transactional entity manager (a transaction's one reads inside it).
 */
export async function loadPublicCertificates(em: EntityManager, numbers: readonly string[]): Promise<PublicCertificate[]> {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return [];
  return loadRecords(em, `c.number = any(?::text[])`, [pgArray(unique)]);
}

/** One page of all certificates in number order, after `afterNumber` (keyset paging, for a rebuild). */
export async function loadPublicCertificatePage(
  em: EntityManager,
  afterNumber: string | null,
  limit: number,
): Promise<PublicCertificate[]> {
  return afterNumber === null ? loadRecords(em, 'true', [], limit) : loadRecords(em, `c.number > ?`, [afterNumber], limit);
}
