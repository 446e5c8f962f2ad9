import type pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Batch verification and open data read the embedded engine's read model (`registry_document`,
 * live generation of REGISTRY_ALIAS) in SQL so that 1,000 identifiers or a million rows cost a
 * constant number of statements; with the Meilisearch adapter the documents live in Meilisearch
 * instead and this table is empty (see docs/open-data.md).
 */
export { LIVE_GENERATION, REGISTRY_ALIAS } from '@cqc/registry';

/**
 * Runs `work` on one raw node-postgres connection borrowed from the ORM's pool: cursors and
 * `= any($n::text[])` parameters need the driver itself, not the query builder.
 */
export async function withConnection<T>(orm: MikroORM, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const knex = orm.em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    return await work(client);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
