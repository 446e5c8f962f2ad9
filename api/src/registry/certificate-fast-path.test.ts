import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { PostgresCertificateIndex, RegistryCache, ResponseCache, runProjectorOnce, type Invalidation } from '@cqc/registry';
import { insertIssuedCertificate, suspendCertificate } from '../../../registry/src/testing/certificate-builder.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { createApi, type Api } from '../server.js';
import { systemClock } from '../clock.js';

const NUMBERS = ['CQC26000000401', 'CQC26000000402'];
const QUERY = `query($number: String!) { certificate(number: $number) { number status applicant { nameZh } } }`;

let db: TestDatabase;
let pool: pg.Pool;
let registryCache: RegistryCache;
let responses: ResponseCache;
let api: Api;
let server: Server;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 8 });
  const index = new PostgresCertificateIndex(pool);
  await index.init();
  for (const number of NUMBERS) await insertIssuedCertificate(db.orm.em.fork(), { number });
  await runProjectorOnce({ orm: db.orm, index });
  // As `pnpm start` runs it, with the poll off: only the projector's NOTIFY refreshes it.
  registryCache = new RegistryCache({ index, pool, pollMs: 0 });
  await registryCache.start();
  responses = new ResponseCache(registryCache);
  api = await createApi({
    orm: db.orm, index, clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, registryCache, responseCache: responses,
    // Loopback is not exempt here, so that the limit is seen to apply to cached answers.
    rateLimits: { exempt: '', publicPerMinute: 1_000 },
  });
  server = await new Promise((done) => {
    const s = api.app.listen(0, '127.0.0.1', () => done(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await api.stop();
  responses.close();
  await registryCache.stop();
  await pool.end();
  await db.drop();
});

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

const statusOf = async (number: string) => (await post(QUERY, { number })).body.data.certificate.status as string;

describe('certificate(number) read path (response cache)', () => {
  it('answers repeats from the cache and never serves a projected change stale once the NOTIFY is handled', async () => {
    const number = NUMBERS[0]!;
    const first = await post(QUERY, { number: ` ${number.toLowerCase()} ` });
    expect(first.body.data.certificate).toMatchObject({ number, status: CertificateStatus.VALID });
    const before = { ...responses.stats };
    const again = await post(QUERY, { number: ` ${number.toLowerCase()} ` });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(responses.stats.hits).toBe(before.hits + 1);

    await suspendCertificate(db.orm.em.fork(), number);
    const invalidated = once(registryCache, 'invalidated') as Promise<[Invalidation]>;
    await runProjectorOnce({ orm: db.orm, index: new PostgresCertificateIndex(pool) });
    const [event] = await invalidated;
    expect(event.numbers).toEqual([number]);
    expect(await statusOf(number)).toBe(CertificateStatus.SUSPENDED);
    expect(await statusOf(number)).toBe(CertificateStatus.SUSPENDED);
  });

  it('leaves signed-in callers, unknown numbers and resolver-backed fields to the full pipeline', async () => {
    const number = NUMBERS[1]!;
    await post(QUERY, { number });
    const before = { ...responses.stats, size: responses.size };
    // An Authorization header (valid or not) is never looked up in the cache.
    await post(QUERY, { number }, { authorization: 'Bearer not-a-token' });
    expect(responses.stats).toMatchObject({ hits: before.hits, misses: before.misses });

    expect((await post(QUERY, { number: 'CQC26999999999' })).body.data.certificate).toBeNull();
    expect((await post(QUERY, { number: 'CQC26999999999' })).body.data.certificate).toBeNull();
    const withAsOf = `query($number: String!) { certificate(number: $number) { number statusAsOf } }`;
    await post(withAsOf, { number });
    await post(withAsOf, { number });
    expect(responses.size).toBe(before.size + 0 + 0 /* neither unknown numbers nor statusAsOf documents are stored */);
  });

  it('keeps armor limits and refusals of the full pipeline, and counts cached answers against the rate limit', async () => {
    const deep = `query($number: String!) { certificate(number: $number) { number a: number b: number c: number d: number e: number f: number g: number h: number i: number j: number k: number l: number m: number n: number o: number p: number } }`;
    const refused = await post(deep, { number: NUMBERS[1]! });
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect(refused.body.data?.certificate).toBeUndefined();
    // And a repeat is refused again (nothing was stored).
    expect((await post(deep, { number: NUMBERS[1]! })).body.errors?.length).toBeGreaterThan(0);

    // A second API over the same caches with a limit of 2 a minute: the third answer, a cached one, is refused.
    const limited = await createApi({
      orm: db.orm, index: new PostgresCertificateIndex(pool), clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      registryCache, responseCache: responses, rateLimits: { exempt: '', publicPerMinute: 2 },
    });
    const other: Server = await new Promise((done) => {
      const s = limited.app.listen(0, '127.0.0.1', () => done(s));
    });
    try {
      const at = `http://127.0.0.1:${(other.address() as AddressInfo).port}/graphql`;
      const ask = () => fetch(at, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { number: NUMBERS[1] } }) });
      expect((await ask()).status).toBe(200);
      const hits = responses.stats.hits;
      expect((await ask()).status).toBe(200);
      expect(responses.stats.hits).toBe(hits + 1);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBeTruthy();
      await refused.text();
    } finally {
      other.closeAllConnections();
      await new Promise((done) => other.close(done));
      await limited.stop();
    }
  });
});
