import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PublicCertificate } from '@cqc/registry';
import { LIVE_GENERATION, REGISTRY_ALIAS } from '../verification/read-model.js';
import { CSV_FIELDS, csvRow } from './fields.js';

export type ExportFormat = 'csv' | 'jsonl';

/** Rows fetched per round trip of the cursor; the streams below hold at most a few batches. */
const BATCH_ROWS = 200;

/**
 * The live generation's public records in number order, from a server-side cursor: rows are
 * fetched only as fast as the client reads (each stream's buffer is small and `pipeline` waits
 * for `drain`), so an export of a million certificates never sits in memory. The cursor's
 * statement sees one snapshot: a reindex that swaps generations meanwhile does not mix them.
 */
function recordStream(client: pg.ClientBase): Readable {
  return client.query(
    new QueryStream(
      `select doc from registry_document where generation = ${LIVE_GENERATION} order by sort_key`,
      [REGISTRY_ALIAS],
      { batchSize: BATCH_ROWS, highWaterMark: BATCH_ROWS },
    ),
  );
}

function mapRecords(map: (record: PublicCertificate) => unknown): Transform {
  return new Transform({
    objectMode: true,
    highWaterMark: BATCH_ROWS,
    transform(row: { doc: PublicCertificate }, _encoding, done) {
      done(null, map(row.doc));
    },
  });
}

function serializer(format: ExportFormat): Transform[] {
  if (format === 'jsonl') return [mapRecords((record) => `${JSON.stringify(record)}\n`)];
  return [
    mapRecords(csvRow),
    // A BOM, so that spreadsheet programs read the Chinese text as UTF-8.
    stringify({ header: true, bom: true, columns: CSV_FIELDS.map((f) => f.name), cast: { boolean: (v) => (v ? 'true' : 'false') } }),
  ];
}

/**
 * Streams the export into `out` on a connection borrowed from the ORM's pool and returns it
 * when done, also when the client goes away (the pipeline then destroys the cursor stream,
 * which closes the cursor).
 */
export async function streamExport(orm: MikroORM, format: ExportFormat, out: Writable): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    await pipeline([recordStream(client), ...serializer(format), out]);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
