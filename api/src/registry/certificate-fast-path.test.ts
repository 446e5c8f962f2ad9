import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { PostgresCertificateIndex, RegistryCache, ResponseCache, runProjectorOnce, type Invalidation } from '@cqc/registry';
import { insertIssuedCertificate, suspendCertificate } from '../../../registry/src/testing/certificate-builder.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { createApi, type Api } from '../server.js';
import { systemClock } from '../clock.js';
import { buildApiSchema } from '../schema.js';
import { fieldsWithResolvers } from './certificate-fast-path.js';

const NUMBERS = ['CQC26000000401', 'CQC26000000402'];
const QUERY = `query($number: String!) { certificate(number: $number) { number status applicant { nameZh } } }`;

let db: TestDatabase;
let pool: pg.Pool;
let registryCache: RegistryCache;
let responses: ResponseCache;
let api: Api;
let server: Server;
let url: string;
/** The same database through the plain pipeline (no caches): what every answer must equal. */
let plainApi: Api;
let plainServer: Server;
let plainUrl: string;

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
  server = await api.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  plainApi = await createApi({ orm: db.orm, index, clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, rateLimits: { exempt: '', publicPerMinute: 1_000 } });
  plainServer = await plainApi.listen(0, '127.0.0.1');
  plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  plainServer.closeAllConnections();
  await new Promise((done) => plainServer.close(done));
  await plainApi.stop();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await api.stop();
  responses.close();
  await registryCache.stop();
  await pool.end();
  await db.drop();
});

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, at = url) {
  const res = await fetch(at, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

async function raw(at: string, query: string, variables: Record<string, unknown>, operationName?: string) {
  const res = await fetch(at, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }) });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** Every plain field of the public record, nested types included, with an alias and __typename. */
async function everyPlainField(): Promise<string> {
  const schema = await buildApiSchema();
  const resolved = fieldsWithResolvers();
  const select = (type: GraphQLObjectType, depth: number): string =>
    Object.values(type.getFields())
      .filter((f) => f.args.length === 0 && !resolved.has(`${type.name}.${f.name}`))
      .flatMap((f) => {
        const named = getNamedType(f.type);
        if (!isObjectType(named)) return [f.name];
        return depth < 4 ? [`${f.name} { __typename ${select(named, depth + 1)} }`] : [];
      })
      .join(' ');
  const certificate = getNamedType(schema.getQueryType()!.getFields().certificate!.type) as GraphQLObjectType;
  return `query Everything($number: String!) { record: certificate(number: $number) { __typename again: number ${select(certificate, 1)} } }`;
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
    const other: Server = await limited.listen(0, '127.0.0.1');
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

describe('certificate(number) misses answered without the pipeline', () => {
  it('sends, byte for byte, what the full pipeline sends for every plain field, once the document has passed it', async () => {
    const everything = await everyPlainField();
    const [first, second] = NUMBERS as [string, string];
    // A record with a history: suspended, so history entries carry reasons and dates.
    await suspendCertificate(db.orm.em.fork(), second);
    await runProjectorOnce({ orm: db.orm, index: new PostgresCertificateIndex(pool) });
    // The first answer of a document comes from the pipeline (which validates it)…
    expect((await raw(url, everything, { number: first })).status).toBe(200);
    // …later misses of it do not reach the pipeline (the loader's record cache is not asked).
    const recordReads = registryCache.stats.misses + registryCache.stats.hits;
    const responseMisses = responses.stats.misses;
    const here = await raw(url, everything, { number: second });
    expect(responses.stats.misses).toBe(responseMisses + 1);
    expect(registryCache.stats.misses + registryCache.stats.hits).toBe(recordReads);
    const pipeline = await raw(plainUrl, everything, { number: second });
    expect(here).toEqual(pipeline);
    expect(JSON.parse(here.body).data.record.statusHistory.length).toBeGreaterThan(1);
    // Stored like the pipeline's answers: the repeat is a hit with the same bytes.
    expect(await raw(url, everything, { number: second })).toEqual(pipeline);
    // An unknown number: null, as the pipeline says it, and not stored.
    const size = responses.size;
    expect(await raw(url, everything, { number: 'CQC26000000499' })).toEqual(await raw(plainUrl, everything, { number: 'CQC26000000499' }));
    expect(responses.size).toBe(size);
  });

  it('leaves a request naming another operation to the pipeline, which refuses it', async () => {
    const named = `query Named($number: String!) { certificate(number: $number) { number } }`;
    expect((await raw(url, named, { number: NUMBERS[0] }, 'Named')).status).toBe(200);
    const other = await raw(url, named, { number: NUMBERS[1] }, 'Other');
    expect(other).toEqual(await raw(plainUrl, named, { number: NUMBERS[1] }, 'Other'));
    expect(other.status).not.toBe(200);
  });
});
