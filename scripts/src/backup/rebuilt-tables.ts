/**
 * Tables left out of a backup because `reindex` (registry/src/reindex.ts) recreates them from
 * the certificates: the embedded search engine's documents (one partition per generation, plus
 * the plain tables of a rebuild not yet attached), their facet counts, the typo vocabulary and
 * the alias naming the live generation. After a restore the alias is made afresh by the
 * index's `init()` and a rebuild fills a new generation.
 *
 * Kept on purpose although they belong to the registry: `registry_change` and
 * `registry_feed_counter`. They are the public change feed, numbered without gaps; regulators
 * page through it with cursors and watchlist subscriptions remember sequence numbers in it, so a
 * rebuild could not give the same numbers back.
 */
export const REBUILT_TABLES: readonly string[] = ['registry_document', 'registry_document_removed', 'registry_alias'];

export function isRebuiltTable(table: string): boolean {
  return REBUILT_TABLES.includes(table) || table.startsWith('registry_document_');
}
