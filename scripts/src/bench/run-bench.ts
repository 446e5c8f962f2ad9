import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type pg from 'pg';
import type { Database } from '@cqc/db';

type MikroORM = Database['orm'];
import { createApi, systemClock } from '@cqc/api';
import { RegistryCache, type CertificateIndex } from '@cqc/registry';
import { startBareServer } from './bare-server.js';
import { runLoad, type LoadResult } from './http-load.js';
import { measureProjectorLag, type ProjectorLag } from './projector-lag.js';
import { measureReindex, type ReindexBench } from './reindex-bench.js';
import { benchSearch, type SearchBenchQuery, type SearchBenchResult } from './search-bench.js';
import { statementsFor } from './statements.js';
import { percentiles } from './stats.js';

export interface BenchOptions {
  orm: MikroORM;
  pool: pg.Pool;
  index: CertificateIndex;
  /** Seconds of load for each HTTP run. */
  durationSeconds: number;
  connections?: number;
  searchRuns?: number;
  lagChanges?: number;
  lagPerSecond?: number;
  log?: (line: string) => void;
}

export interface BenchReport {
  certificates: number;
  connections: number;
  graphql: LoadResult;
  graphqlUncached: LoadResult;
  bare: LoadResult;
  cache: { hits: number; misses: number };
  rssMb: { p50: number; max: number };
  search: SearchBenchResult[];
  statements: { search5: number; search50: number; certificate: number };
  projectorLag: ProjectorLag;
  reindex: ReindexBench;
}

const SEARCH = `query($first: Int) { searchCertificates(first: $first) { totalCount edges { node { number status applicant { nameZh }
  models { designation grade } keyComponentConfigurations { components { type supplier } } statusHistory { kind occurredOn } versions { versionNo } } } } }`;

/**
 * Every figure of issue 5 point 9 in one run, against the database and index given (which must
 * hold an up-to-date index of the certificates).
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { orm, pool, index, durationSeconds } = options;
  const connections = options.connections ?? 20;
  const log = options.log ?? (() => undefined);
  const [{ n: certificates }] = (await pool.query<{ n: number }>(`select count(*)::int as n from certificate`)).rows as [{ n: number }];
  const numbers = await sampleNumbers(pool, 5_000);
  if (numbers.length === 0) throw new Error('no certificates: generate some first');

  const cache = new RegistryCache({ index, pool });
  await cache.start();
  const cachedApi = await listen(orm, index, cache);
  const plainApi = await listen(orm, index, undefined);
  try {
    log(`(a) certificate(number) over GraphQL, ${connections} connections, ${durationSeconds} s (with the registry cache)`);
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss / 2 ** 20), 100);
    const graphql = await runLoad({ url: cachedApi.url, connections, durationSeconds, kind: 'graphql', numbers }).finally(() => clearInterval(sampler));
    log(`    … and without the cache`);
    const graphqlUncached = await runLoad({ url: plainApi.url, connections, durationSeconds, kind: 'graphql', numbers });
    log(`(b) the same lookup on a bare Node http server with pg`);
    const bare = await startBareServer(pool);
    const bareResult = await runLoad({ url: bare.url, connections, durationSeconds, kind: 'bare', numbers }).finally(() => bare.close());

    log('(c) search latency');
    const queries = await searchQueries(index, numbers);
    const search = await benchSearch(index, queries, Math.max(1, Math.round((options.searchRuns ?? 100) / SEARCH_SAMPLES)));

    log('(d) SQL statements per request');
    const statements = {
      search5: await statementsFor(plainApi.url, SEARCH, { first: 5 }),
      search50: await statementsFor(plainApi.url, SEARCH, { first: 50 }),
      certificate: await statementsFor(plainApi.url, `query($n: String!) { certificate(number: $n) { number } }`, { n: numbers[0] }),
    };

    log('(e) projector lag');
    const projectorLag = await measureProjectorLag({ orm, index, numbers, changes: options.lagChanges ?? 200, perSecond: options.lagPerSecond ?? 20 });

    log('(f) reindex with a concurrent reader');
    const reindex = await measureReindex({ orm, index, numbers });
    const memory = percentiles(rss);
    return {
      certificates, connections, graphql, graphqlUncached, bare: bareResult, cache: { ...cache.stats },
      rssMb: { p50: memory.p50, max: memory.max }, search, statements, projectorLag, reindex,
    };
  } finally {
    await cachedApi.close();
    await plainApi.close();
    await cache.stop();
  }
}

async function listen(orm: MikroORM, index: CertificateIndex, registryCache: RegistryCache | undefined) {
  const api = await createApi({ orm, index, clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, registryCache });
  const server: Server = await new Promise((done) => {
    const s = api.app.listen(0, '127.0.0.1', () => done(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await api.stop();
    },
  };
}

/** Random existing numbers: a block sample at scale, every row when small. */
async function sampleNumbers(pool: pg.Pool, wanted: number): Promise<string[]> {
  const { rows } = await pool.query<{ number: string }>(
    `select number from certificate tablesample system (least(100, greatest(0.1, $1::float * 300 / greatest(1, (select reltuples from pg_class where relname = 'certificate')))))
     order by random() limit $1`,
    [wanted],
  );
  if (rows.length >= Math.min(wanted, 50)) return rows.map((r) => r.number);
  return (await pool.query<{ number: string }>(`select number from certificate order by random() limit $1`, [wanted])).rows.map((r) => r.number);
}

/** Records the search queries are taken from: each query type is timed over this many texts. */
const SEARCH_SAMPLES = 10;

/** Numbers, model designations, Chinese and English name fragments, all from real records. */
async function searchQueries(index: CertificateIndex, numbers: string[]): Promise<SearchBenchQuery[]> {
  const records = [...(await index.getByNumbers(numbers.slice(0, SEARCH_SAMPLES))).values()];
  return records.flatMap((record) => [
    { type: 'number', text: record.number },
    { type: 'model', text: record.models[0]!.designation },
    { type: 'Chinese', text: record.manufacturer.nameZh.slice(0, 4) },
    { type: 'English', text: record.manufacturer.nameEn.split(' ').slice(0, 2).join(' ') },
  ]);
}
