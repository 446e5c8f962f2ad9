import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { insertSyntheticDocuments } from '../verification/synthetic-documents.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { CSV_FIELDS } from './fields.js';

/** Synthetic certificates added for the streaming test (each about 1.5 kB of CSV). */
const SYNTHETIC = 12_000;

/** The live heap after a full collection: what the export really holds, not garbage awaiting collection. */
function liveHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

const DOCS = new URL('../../../docs/open-data.md', import.meta.url);

async function liveNumbers(p: TestPlatform): Promise<string[]> {
  const { rows } = await p.pool.query<{ number: string }>(
    `select number from registry_document where generation = (select generation from registry_alias where alias = 'certificates') order by number`,
  );
  return rows.map((r) => r.number);
}

describe('open data', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('lists its CSV fields at /registry/open-data/fields, and docs/open-data.md documents each of them', async () => {
    const res = await request(p.app).get('/registry/open-data/fields');
    expect(res.status).toBe(200);
    expect(res.body.csv.fields.map((f: { name: string }) => f.name)).toEqual(CSV_FIELDS.map((f) => f.name));
    expect(res.body.csv.fields.every((f: { type: string; description: string }) => f.type && f.description)).toBe(true);
    const docs = readFileSync(DOCS, 'utf8');
    for (const field of CSV_FIELDS) expect(docs).toContain(`| \`${field.name}\` | ${field.type} |`);
  });

  it('exports every live certificate as CSV with a header row, that parses back to the public records', async () => {
    const res = await request(p.app).get('/registry/open-data/certificates.csv').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cqc-certificates.csv"');
    const rows: Array<Record<string, string>> = parseSync(res.text, { columns: true, bom: true });
    expect(Object.keys(rows[0]!)).toEqual(CSV_FIELDS.map((f) => f.name));
    expect(rows.map((r) => r.number)).toEqual(await liveNumbers(p));
    const sample = p.batch.certificates[0]!;
    const row = rows.find((r) => r.number === sample.number)!;
    expect(row.models!.split(';')).toEqual(expect.arrayContaining(sample.models.map((m) => m.designation)));
    expect(row.keyComponents!.split(';')[0]!.split('|')).toHaveLength(8);
    expect(row.isDemo).toBe('true');
  });

  it('exports the full public record per line as JSON Lines', async () => {
    const res = await request(p.app).get('/registry/open-data/certificates.jsonl').buffer(true).parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    const lines = (res.body as string).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((r) => r.number)).toEqual(await liveNumbers(p));
    const stored = await p.index.getByNumbers([lines[0].number]);
    expect(lines[0]).toEqual(stored.get(lines[0].number));
  });

  it('streams a large registry from a cursor: first bytes while the query still runs, bounded memory, every row once', async () => {
    await insertSyntheticDocuments(p.pool, SYNTHETIC);
    const expected = await liveNumbers(p);
    const server = await p.listen(0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      const baseline = liveHeap();
      let peak = baseline;
      let bytes = 0;
      let count = 0;
      const response = await new Promise<http.IncomingMessage>((done, fail) =>
        http.get(`http://127.0.0.1:${port}/registry/open-data/certificates.csv`, done).once('error', fail),
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['transfer-encoding']).toBe('chunked');
      expect(response.headers['content-length']).toBeUndefined();

      // The first chunk is here; with the client not reading, the cursor is still open on the server.
      const chunks = response[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      const first = await chunks.next();
      bytes += first.value.length;
      const running = await p.pool.query<{ state: string }>(
        `select state from pg_stat_activity where query like 'select doc from registry_document where generation%' and pid <> pg_backend_pid()`,
      );
      expect(running.rows.map((r) => r.state)).toEqual([expect.stringMatching(/^(active|idle in transaction)$/)]);

      const numbers: string[] = [];
      const parser = parse({ columns: true, bom: true });
      parser.on('data', (row: { number: string }) => numbers.push(row.number));
      const parsed = new Promise((done, fail) => parser.once('end', done).once('error', fail));
      parser.write(first.value);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        bytes += next.value.length;
        if (++count % 40 === 0) peak = Math.max(peak, liveHeap());
        parser.write(next.value);
      }
      parser.end();
      await parsed;

      expect(numbers).toHaveLength(expected.length);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers).toEqual(expected);
      console.log(`open data: ${bytes} bytes, live heap growth at most ${peak - baseline} bytes`);
      expect(bytes).toBeGreaterThan(SYNTHETIC * 1_000);
      expect(peak - baseline).toBeLessThan(bytes / 3);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  }, 300_000);
});
