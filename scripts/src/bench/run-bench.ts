import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type pg from 'pg';
import type { Database } from '@cqc/db';

type MikroORM = Database['orm'];
import { createApi, systemClock } from '@cqc/api';
import { LIVE_GENERATION, REGISTRY_ALIAS, type CertificateIndex } from '@cqc/registry';
import { startServerChild } from './server-child.js';
import { runLoad, type LoadResult } from './http-load.js';
import type { Distribution } from './distribution.js';
import { measureProjectorLag, type ProjectorLag } from './projector-lag.js';
import { measureReindex, type ReindexBench } from './reindex-bench.js';
import { benchSearch, type SearchBenchQuery, type SearchBenchResult } from './search-bench.js';
import { statementsFor } from './statements.js';
import { percentiles } from './stats.js';

export interface BenchOptions {
  orm: MikroORM;
  pool: pg.Pool;
  index: CertificateIndex;
  /** The database the measured servers connect to (each runs in its own process). */
  databaseUrl: string;
  /** Seconds of load for each HTTP run. */
  durationSeconds: number;
  connections?: number;
  searchRuns?: number;
  lagChanges?: number;
  lagPerSecond?: number;
  /** Number distributions for (a)/(b), each run on both sides (default zipf then uniform). */
  distributions?: Distribution[];
  /** Unmeasured load before each measured run, in seconds (default 2; capped at the duration). */
  warmupSeconds?: number;
  /** Parts to run, letters a–g (default all); (a), (b) and (g) always run together. */
  parts?: string;
  log?: (line: string) => void;
}

/** (a)/(b) for one number distribution. */
export interface LoadComparison {
  distribution: Distribution;
  graphql: LoadResult;
  graphqlUncached: LoadResult;
  bare: LoadResult;
  cache: { hits: number; misses: number };
  /** Whole-answer cache of the API (api/src/registry/certificate-fast-path.ts). */
  responses: { hits: number; misses: number };
}

export interface BenchReport {
  certificates: number;
  connections: number;
  /** The first distribution's figures (the targets are checked on these)… */
  graphql: LoadResult;
  graphqlUncached: LoadResult;
  bare: LoadResult;
  cache: { hits: number; misses: number };
  /** …and every distribution's. */
  loads: LoadComparison[];
  rssMb: { p50: number; max: number };
  /** The sample with the highest RSS, split (MiB): V8 heap used and reserved, ArrayBuffers and Buffers. */
  memoryAtMax: { heapUsed: number; heapTotal: number; arrayBuffers: number };
  search?: SearchBenchResult[];
  /** Seconds (c) waited for the search index's in-memory build (decision 0013); ~0 when an earlier search built it. */
  searchIndex?: { readySeconds: number };
  statements?: { search5: number; search50: number; certificate: number };
  projectorLag?: ProjectorLag;
  reindex?: ReindexBench;
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
  // Every number, in a random order: the Zipf ranks and the uniform pool (load-worker.ts).
  const allNumbers = (await pool.query<{ number: string }>(`select number from certificate order by random()`)).rows.map((r) => r.number);
  if (allNumbers.length === 0) throw new Error('no certificates: generate some first');
  const numbers = allNumbers.slice(0, 5_000);
  const parts = options.parts ?? 'abcdefg';
  const distributions = options.distributions ?? ['zipf', 'uniform'];
  const warmupSeconds = Math.min(options.warmupSeconds ?? 2, durationSeconds);

  // Every public record read once: the run that goes first must not pay the cold disk for the others.
  log('reading every public record once (so that no run pays the cold disk for the others)');
  await pool.query(`select sum(octet_length(doc::text)) from registry_document where generation = ${LIVE_GENERATION}`, [REGISTRY_ALIAS]);

  // The measured servers run in processes of their own (server-process.ts), as in production.
  const cachedApi = await startServerChild('cached', options.databaseUrl);
  const plainApi = await listen(orm, index);
  try {
    const memory: NodeJS.MemoryUsage[] = [];
    const loads: LoadComparison[] = [];
    for (const distribution of distributions) {
      const job = { connections, durationSeconds, warmupSeconds, numbers: allNumbers, distribution };
      log(`(a) certificate(number) over GraphQL, ${distribution} numbers, ${connections} connections, ${warmupSeconds} s warm-up + ${durationSeconds} s (with the registry cache)`);
      const before = await cachedApi.stats();
      const sampler = setInterval(() => void cachedApi.memory().then((m) => memory.push(m), () => undefined), 100);
      const graphql = await runLoad({ ...job, url: cachedApi.url, kind: 'graphql' }).finally(() => clearInterval(sampler));
      const after = await cachedApi.stats();
      const delta = (a: { hits: number; misses: number }, b: { hits: number; misses: number }) => ({ hits: a.hits - b.hits, misses: a.misses - b.misses });
      log(`    … and without the cache`);
      const uncached = await startServerChild('plain', options.databaseUrl);
      const graphqlUncached = await runLoad({ ...job, url: uncached.url, kind: 'graphql' }).finally(() => uncached.close());
      log(`(b) the same lookup on a bare Node http server with pg`);
      const bare = await startServerChild('bare', options.databaseUrl);
      const bareResult = await runLoad({ ...job, url: bare.url, kind: 'bare' }).finally(() => bare.close());
      loads.push({ distribution, graphql, graphqlUncached, bare: bareResult, cache: delta(after.cache, before.cache), responses: delta(after.responses, before.responses) });
    }

    let search: SearchBenchResult[] | undefined;
    let searchIndex: BenchReport['searchIndex'];
    if (parts.includes('c')) {
      log('(c) search latency');
      const built = Date.now();
      await index.ready?.();
      searchIndex = { readySeconds: (Date.now() - built) / 1000 };
      const samples = Math.max(1, options.searchRuns ?? 100);
      const warmup = await searchQueries(index, numbers.slice(samples, samples + WARMUP_SAMPLES));
      const queries = await searchQueries(index, numbers.slice(0, samples));
      // The broad query is the same text for every record: only its first run is cold (max).
      search = await benchSearch(index, queries, 1, warmup.filter((q) => q.type !== 'broad'));
    }

    let statements: BenchReport['statements'];
    if (parts.includes('d')) {
      log('(d) SQL statements per request');
      statements = {
        search5: await statementsFor(plainApi.url, SEARCH, { first: 5 }),
        search50: await statementsFor(plainApi.url, SEARCH, { first: 50 }),
        certificate: await statementsFor(plainApi.url, `query($n: String!) { certificate(number: $n) { number } }`, { n: numbers[0] }),
      };
    }

    let projectorLag: ProjectorLag | undefined;
    if (parts.includes('e')) {
      log('(e) projector lag');
      projectorLag = await measureProjectorLag({ orm, index, numbers, changes: options.lagChanges ?? 200, perSecond: options.lagPerSecond ?? 20 });
    }

    let reindex: ReindexBench | undefined;
    if (parts.includes('f')) {
      log('(f) reindex with a concurrent reader');
      reindex = await measureReindex({ orm, index, numbers });
    }
    const mib = (bytes: number) => bytes / 2 ** 20;
    const rss = percentiles(memory.map((m) => mib(m.rss)));
    const atMax = memory.reduce<Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed' | 'heapTotal' | 'arrayBuffers'>>(
      (a, b) => (b.rss > a.rss ? b : a), { rss: -1, heapUsed: NaN, heapTotal: NaN, arrayBuffers: NaN });
    const first = loads[0]!;
    return {
      certificates, connections, graphql: first.graphql, graphqlUncached: first.graphqlUncached, bare: first.bare, cache: first.cache, loads,
      rssMb: { p50: rss.p50, max: rss.max },
      memoryAtMax: { heapUsed: mib(atMax.heapUsed), heapTotal: mib(atMax.heapTotal), arrayBuffers: mib(atMax.arrayBuffers) },
      search, searchIndex, statements, projectorLag, reindex,
    };
  } finally {
    await cachedApi.close();
    await plainApi.close();
  }
}

/** An API in this process, for counting its SQL statements (statements.ts counts in-process). */
async function listen(orm: MikroORM, index: CertificateIndex) {
  const api = await createApi({ orm, index, clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 } });
  const server: Server = await api.listen(0, '127.0.0.1');
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

/**
 * Records whose queries (other records' than the timed ones: 300 searches) warm the engine up
 * before the timed ones, so that the figures are a running server's: with 10 (60 searches) the
 * timed ones still paid for the JIT compiling the search's code paths (Chinese p95 12–20 ms against
 * 8–9 ms once warm, measured at 1M). A cold start shows in `max`.
 */
const WARMUP_SAMPLES = 50;

/**
 * Per record: its number, a model designation, Chinese and English name fragments, the first
 * English name word with two letters swapped (a typo), and a word in every record (broad).
 */
async function searchQueries(index: CertificateIndex, numbers: string[]): Promise<SearchBenchQuery[]> {
  const records = [...(await index.getByNumbers(numbers)).values()];
  return records.flatMap((record) => {
    const word = record.manufacturer.nameEn.split(' ')[0]!;
    return [
      { type: 'number', text: record.number },
      { type: 'model', text: record.models[0]!.designation },
      { type: 'Chinese', text: record.manufacturer.nameZh.slice(0, 4) },
      { type: 'English', text: record.manufacturer.nameEn.split(' ').slice(0, 2).join(' ') },
      { type: 'typo', text: word.length >= 5 ? `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}` : word },
      { type: 'broad', text: '断路器' },
    ];
  });
}
