import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { arrayLiteral, copyLine } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';
import { organisationIds, searchableText, type SearchableText } from './searchable.js';
import { documentTokens, vocabularyWords } from './tokens.js';

/** Rows per insert statement: one JSON parameter each, well below PostgreSQL's limits. */
const CHUNK = 500;

/** A public record as a `registry_document` row (without its generation). */
function row(record: PublicCertificate, text: SearchableText = searchableText(record)) {
  return {
    number: record.number,
    doc: record,
    tokens: documentTokens(text),
    status: record.status,
    product_type: record.productType,
    frame_current: record.frameCurrent,
    organisation_ids: organisationIds(record),
    manufacturer_id: record.manufacturer.id,
    sort_key: record.number,
  };
}

/** The facet values of a document row (FACET_TOTALS keeps their counts per generation). */
const FACET_VALUES = `(values ('status', x.status), ('productType', x.product_type), ('frameCurrent', x.frame_current::text),
  ('manufacturer', x.manufacturer_id::text)) as f(facet, value)`;

/**
 * Adds `delta` rows (generation, status, product_type, frame_current, manufacturer_id, n) to the
 * generation's facet totals: the empty query's facets, read without counting the whole registry.
 */
export const FACET_TOTALS_UPDATE = (delta: string) => `insert into registry_facet_total (generation, facet, value, count)
  select x.generation, f.facet, f.value, sum(x.n) from ${delta} x, lateral ${FACET_VALUES}
  group by 1, 2, 3
  on conflict (generation, facet, value) do update set count = registry_facet_total.count + excluded.count`;

/**
 * Records as `registry_document` rows in COPY text format (appendDocuments), adding their
 * typo-vocabulary words to `words`. COPY parses each document's JSON once; an insert from one
 * JSON parameter (`jsonb_to_recordset`) parsed the whole chunk and then copied every document out
 * of it (measured on 100k records: 53 s of inserts).
 */
export function documentLines(records: readonly PublicCertificate[], generation: string, words: Set<string>): string {
  let lines = '';
  for (const record of records) {
    const text = searchableText(record);
    for (const word of vocabularyWords(text)) words.add(word);
    const r = row(record, text);
    lines += copyLine([generation, r.number, JSON.stringify(r.doc), arrayLiteral(r.tokens), r.status, r.product_type, r.frame_current,
      arrayLiteral(r.organisation_ids), r.manufacturer_id, r.sort_key]);
  }
  return lines;
}

/**
 * Appends lines made by documentLines to a generation's table that no reader sees yet (a detached
 * partition, postgres-generations.ts): COPY into a table without indexes, without replacing
 * rows, facet totals or vocabulary (finishGeneration does those once for the whole generation,
 * instead of once per chunk: measured ~0.1 ms per record less).
 */
export async function appendDocuments(pool: pg.Pool, table: string, lines: string): Promise<void> {
  const client = await pool.connect();
  try {
    const sql = `copy "${table}" (generation, number, doc, tokens, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key) from stdin`;
    await pipeline(Readable.from([lines]), client.query(copyFrom(sql)));
  } finally {
    client.release();
  }
}

/** The facet totals of a generation filled by appendDocuments, counted once, and its words in the vocabulary. */
export async function finishGeneration(db: pg.Pool | pg.PoolClient, generation: string, words: ReadonlySet<string>): Promise<void> {
  await db.query(`delete from registry_facet_total where generation = $1`, [generation]);
  await db.query(
    `insert into registry_facet_total (generation, facet, value, count)
     select x.generation, f.facet, f.value, count(*) from registry_document x, lateral ${FACET_VALUES}
     where x.generation = $1 group by 1, 2, 3`,
    [generation],
  );
  await addVocabulary(db, [...words]);
}

/** Inserts words not yet in the typo vocabulary, in chunks, sorted (see writeDocuments). */
async function addVocabulary(db: pg.Pool | pg.PoolClient, all: string[]): Promise<void> {
  all.sort();
  for (let i = 0; i < all.length; i += 10 * CHUNK) {
    const words = all.slice(i, i + 10 * CHUNK);
    await db.query(
      `insert into registry_term (term, length)
       select w, char_length(w) from unnest($1::text[]) as w
       where not exists (select 1 from registry_term t where t.term = w)
       order by w on conflict do nothing`,
      [words],
    );
  }
}

/**
 * Writes records into one generation, replacing any with the same number, in one statement per
 * chunk: the rows travel as one JSON array that `jsonb_to_recordset` turns back into columns;
 * the same statement moves the generation's facet totals from the replaced rows to the new ones.
 * `generationSql` is a SQL expression for the generation (a literal parameter or the alias
 * lookup), so that an upsert resolves the live generation in the same statement.
 * The words of the records join the typo vocabulary (`registry_term`) first.
 */
export async function writeDocuments(
  db: pg.Pool | pg.PoolClient,
  generationSql: string,
  generationParam: string,
  records: readonly PublicCertificate[],
): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    // Sorted and skipping known words: concurrent writers take the same locks in one order.
    await addVocabulary(db, [...new Set(chunk.flatMap((r) => vocabularyWords(searchableText(r))))]);
    await db.query(
      `with incoming as (
         select ${generationSql} as generation, r.* from jsonb_to_recordset($2::jsonb) as r(number text, doc jsonb, tokens text[],
           status text, product_type text, frame_current int, organisation_ids uuid[], manufacturer_id uuid, sort_key text)
       ), replaced as (
         select d.generation, d.status, d.product_type, d.frame_current, d.manufacturer_id, -1 as n
         from registry_document d join incoming i on d.generation = i.generation and d.number = i.number
         for update of d
       ), written as (
         insert into registry_document (generation, number, doc, tokens, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key)
         select generation, number, doc, tokens, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key from incoming
         on conflict (generation, number) do update set doc = excluded.doc, tokens = excluded.tokens, status = excluded.status,
           product_type = excluded.product_type, frame_current = excluded.frame_current,
           organisation_ids = excluded.organisation_ids, manufacturer_id = excluded.manufacturer_id, sort_key = excluded.sort_key
         returning generation, status, product_type, frame_current, manufacturer_id, 1 as n
       )
       ${FACET_TOTALS_UPDATE('(select * from replaced union all select * from written)')}`,
      [generationParam, JSON.stringify(chunk.map((record) => row(record)))],
    );
  }
}
