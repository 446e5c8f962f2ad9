import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * The partitions of `registry_document`, one per generation (migration 20261127160000, decision
 * 0009). A partition is named `registry_document_` + a hash of its generation, its indexes after
 * the parent's (`registry_document_sort_idx_<hash>`), and it carries the generation as its
 * comment, so that leftovers of a crashed rebuild can be found and dropped.
 */
export function partitionName(generation: string): string {
  return `registry_document_${hashOf(generation)}`;
}

function hashOf(generation: string): string {
  // 64 bits: names stay below PostgreSQL's 63 characters with the index name in front.
  return createHash('md5').update(generation, 'utf8').digest('hex').slice(0, 16);
}

/** The (empty) partition of a generation, if it has none yet; for generations written row by row. */
export async function ensurePartition(pool: pg.Pool, generation: string): Promise<void> {
  const { rows } = await pool.query(`select 1 from pg_class where relname = $1`, [partitionName(generation)]);
  if (rows.length > 0) return;
  try {
    await createDetachedPartition(pool, generation);
    await attachPartition(pool, generation);
  } catch (error) {
    // Another process created it at the same moment: it exists, which is all we need.
    const code = (error as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') throw error;
  }
}

/**
 * A plain table shaped as the documents, without indexes, for a rebuild to fill in bulk.
 * `toast_tuple_target = 128` moves the search values out of line too (the document always is), so
 * the rows themselves stay narrow: a lookup by number reads few pages, and a million rows' heap
 * fits in memory.
 */
export async function createDetachedPartition(pool: pg.Pool, generation: string): Promise<string> {
  const table = partitionName(generation);
  await pool.query(`create table "${table}" (like registry_document including defaults) with (toast_tuple_target = 128)`);
  // Only the document and the search values may leave the row: with a target of 128 bytes PostgreSQL
  // would otherwise move the next largest values out too (the generation, ~50 bytes), which every
  // read compares (measured: 4 extra page reads per row). MAIN keeps them in.
  await pool.query(`alter table "${table}" ${['generation', 'number', 'sort_key', 'status', 'product_type', 'organisation_ids']
    .map((column) => `alter column ${column} set storage main`).join(', ')}`);
  // No statistics for what no query filters on: ANALYZE would decompress 30,000 sampled documents.
  await pool.query(`alter table "${table}" ${['doc', 'search_texts', 'search_codes']
    .map((column) => `alter column ${column} set statistics 0`).join(', ')}`);
  await pool.query(`comment on table "${table}" is ${literal(generation)}`);
  return table;
}

/**
 * Builds the indexes of the parent table on a filled detached partition, in bulk and two at a
 * time (the machine's cores), then attaches it. The CHECK constraint lets ATTACH skip its scan;
 * attaching locks only the new table, so readers of the live generation carry on meanwhile.
 */
export async function attachPartition(pool: pg.Pool, generation: string): Promise<void> {
  const table = partitionName(generation);
  const { rows } = await pool.query<{ def: string }>(
    `select pg_get_indexdef(i.indexrelid) as def from pg_index i
     where i.indrelid = 'registry_document'::regclass and not i.indisprimary`,
  );
  const hash = hashOf(generation);
  const statements = [
    `alter table "${table}" add constraint "registry_document_pkey_${hash}" primary key (generation, number),
       add check (generation = ${literal(generation)})`,
    ...rows.map((r) => r.def.replace(/^CREATE (UNIQUE )?INDEX (\S+) ON ONLY \S+ /, (_, unique = '', name: string) =>
      `CREATE ${unique}INDEX "${name.replace(/"/g, '')}_${hash}" ON "${table}" `)),
  ];
  const queue = [...statements];
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query(`set maintenance_work_mem = '256MB'`);
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
      await client.query(`reset maintenance_work_mem`);
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
  await pool.query(`alter table registry_document attach partition "${table}" for values in (${literal(generation)})`);
}

/** Removes a generation's partition, waiting for the statements still reading it. */
export async function dropPartition(pool: pg.Pool, generation: string): Promise<void> {
  // Found by its comment: the generation is what identifies it, whatever it was named.
  const { rows } = await pool.query<{ table: string; attached: boolean }>(
    `select c.relname as table, c.relispartition as attached from pg_class c
     join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
     where c.relkind = 'r' and c.relname like 'registry\\_document\\_%' and d.description = $1`,
    [generation],
  );
  for (const { table, attached } of rows) {
    // Concurrently: readers of other generations are never blocked (not inside a transaction block).
    if (attached) await pool.query(`alter table registry_document detach partition "${table}" concurrently`);
    await pool.query(`drop table if exists "${table}"`);
  }
}

/** Generations of `alias` with a partition (attached or not) that the alias no longer names. */
export async function strayGenerations(pool: pg.Pool, generationLike: string): Promise<string[]> {
  const { rows } = await pool.query<{ generation: string }>(
    `select d.description as generation from pg_class c
     join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
     where c.relkind = 'r' and c.relname like 'registry\\_document\\_%' and d.description like $1
       and d.description not in (select generation from registry_alias)`,
    [generationLike],
  );
  return rows.map((r) => r.generation);
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
