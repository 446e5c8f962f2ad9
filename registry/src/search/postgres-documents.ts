import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { arrayLiteral, copyLine } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';
import { LIVE } from './live-generation.js';
import { organisationIds, searchColumns, searchableText, verificationKeys } from './searchable.js';

/** Rows per insert statement: one JSON parameter each, well below PostgreSQL's limits. */
const CHUNK = 500;

/** A public record as a `registry_document` row (without its generation). */
function row(record: PublicCertificate) {
  const columns = searchColumns(searchableText(record));
  return {
    number: record.number,
    doc: record,
    status: record.status,
    product_type: record.productType,
    frame_current: record.frameCurrent,
    organisation_ids: organisationIds(record),
    manufacturer_id: record.manufacturer.id,
    sort_key: record.number,
    search_texts: columns.texts,
    search_codes: columns.codes,
    verification_keys: verificationKeys(record),
  };
}

/**
 * Records as `registry_document` rows in COPY text format (appendDocuments). COPY parses each
 * document's JSON once; an insert from one JSON parameter (`jsonb_to_recordset`) parsed the
 * whole chunk and then copied every document out of it (measured on 100k records: 53 s of inserts).
 */
export function documentLines(records: readonly PublicCertificate[], generation: string): string {
  let lines = '';
  for (const record of records) {
    const r = row(record);
    lines += copyLine([generation, r.number, JSON.stringify(r.doc), r.status, r.product_type, r.frame_current,
      arrayLiteral(r.organisation_ids), r.manufacturer_id, r.sort_key, r.search_texts, r.search_codes, arrayLiteral(r.verification_keys)]);
  }
  return lines;
}

/**
 * Appends lines made by documentLines to a generation's table that no reader sees yet (a detached
 * partition, postgres-generations.ts): COPY into a table without indexes, without replacing rows.
 */
export async function appendDocuments(pool: pg.Pool, table: string, lines: string): Promise<void> {
  const client = await pool.connect();
  try {
    const sql = `copy "${table}" (generation, number, doc, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key,
      search_texts, search_codes, verification_keys) from stdin`;
    await pipeline(Readable.from([lines]), client.query(copyFrom(sql)));
  } finally {
    client.release();
  }
}

/**
 * Writes records into the live generation of `alias`, replacing any with the same number, in one
 * statement per chunk: the rows travel as one JSON array that `jsonb_to_recordset` turns back into
 * columns; the live generation is resolved in the same statement. A replaced row
 * gets the writing transaction as `written_xid` (a new one gets it by default): in-memory indexes
 * read the rows written since their last read by it (memory/memory-search.ts).
 */
export async function writeDocuments(db: pg.Pool | pg.PoolClient, alias: string, records: readonly PublicCertificate[]): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    await db.query(
      `insert into registry_document (generation, number, doc, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key,
         search_texts, search_codes, verification_keys)
       select ${LIVE}, r.number, r.doc, r.status, r.product_type, r.frame_current, r.organisation_ids, r.manufacturer_id, r.sort_key,
         r.search_texts, r.search_codes, r.verification_keys
       from jsonb_to_recordset($2::jsonb) as r(number text, doc json, status text, product_type text, frame_current int,
         organisation_ids uuid[], manufacturer_id uuid, sort_key text, search_texts text, search_codes text, verification_keys text[])
       on conflict (generation, number) do update set doc = excluded.doc, status = excluded.status,
         product_type = excluded.product_type, frame_current = excluded.frame_current,
         organisation_ids = excluded.organisation_ids, manufacturer_id = excluded.manufacturer_id, sort_key = excluded.sort_key,
         search_texts = excluded.search_texts, search_codes = excluded.search_codes,
         verification_keys = excluded.verification_keys, written_xid = pg_current_xact_id()`,
      [alias, JSON.stringify(chunk.map((record) => row(record)))],
    );
  }
}
