import type pg from 'pg';
import type { PublicCertificate } from '../read-model/types.js';
import { organisationIds, searchableText } from './searchable.js';
import { documentTokens } from './tokens.js';

/** Rows per insert statement: one JSON parameter each, well below PostgreSQL's limits. */
const CHUNK = 500;

/** A public record as a `registry_document` row (without its generation). */
function row(record: PublicCertificate) {
  return {
    number: record.number,
    doc: record,
    tokens: documentTokens(searchableText(record)),
    status: record.status,
    product_type: record.productType,
    frame_current: record.frameCurrent,
    organisation_ids: organisationIds(record),
    sort_key: record.number,
  };
}

/**
 * Writes records into one generation, replacing any with the same number. One statement per
 * chunk: the rows travel as one JSON array that `jsonb_to_recordset` turns back into columns.
 * `generationSql` is a SQL expression for the generation (a literal parameter or the alias
 * lookup), so that an upsert resolves the live generation in the same statement.
 */
export async function writeDocuments(
  db: pg.Pool | pg.PoolClient,
  generationSql: string,
  generationParam: string,
  records: readonly PublicCertificate[],
): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = records.slice(i, i + CHUNK).map(row);
    await db.query(
      `insert into registry_document (generation, number, doc, tokens, status, product_type, frame_current, organisation_ids, sort_key)
       select ${generationSql}, r.number, r.doc, r.tokens, r.status, r.product_type, r.frame_current, r.organisation_ids, r.sort_key
       from jsonb_to_recordset($2::jsonb) as r(number text, doc jsonb, tokens text[], status text, product_type text,
         frame_current int, organisation_ids uuid[], sort_key text)
       on conflict (generation, number) do update set doc = excluded.doc, tokens = excluded.tokens, status = excluded.status,
         product_type = excluded.product_type, frame_current = excluded.frame_current,
         organisation_ids = excluded.organisation_ids, sort_key = excluded.sort_key`,
      [generationParam, JSON.stringify(rows)],
    );
  }
}
