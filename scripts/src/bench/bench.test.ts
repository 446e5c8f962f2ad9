import { LoadStrategy } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate } from '@cqc/db';
import { PostgresCertificateIndex, loadPublicCertificates, reindex, toPublicCertificate } from '@cqc/registry';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { generate } from '../generate/generate.js';
import { checks, formatReport } from './report.js';
import { runBench } from './run-bench.js';

let db: TestDatabase;
let pool: pg.Pool;
let index: PostgresCertificateIndex;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 10 });
  index = new PostgresCertificateIndex(pool);
  await index.init();
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

describe('generator and bench (smoke: no timing asserts)', () => {
  it('generates certificates that build valid public records, deterministically and resumably', async () => {
    const first = await generate({ pool, certificates: 200, batchSize: 64 });
    expect(first).toMatchObject({ existing: 0, created: 200, manufacturers: 10 });
    const resumed = await generate({ pool, certificates: 300, batchSize: 64 });
    expect(resumed).toMatchObject({ existing: 200, created: 100 });

    const { rows } = await pool.query<{ status: string; n: number }>(`select status, count(*)::int as n from certificate where is_demo group by status`);
    expect(rows.reduce((n, r) => n + r.n, 0)).toBe(300);
    // Issued, suspended, cancelled, revoked and expired ones (VALID, SUSPENDED, EXPIRED at least in 300).
    expect(rows.map((r) => r.status)).toEqual(expect.arrayContaining(['VALID', 'SUSPENDED', 'EXPIRED']));

    // The bulk loader and the entity graph agree on generated rows (the import's shapes).
    const numbers = (await pool.query<{ number: string }>(`select number from certificate order by number limit 40`)).rows.map((r) => r.number);
    const em = db.orm.em.fork();
    const entities = await em.find(Certificate, { number: { $in: numbers } }, {
      populate: ['unit.applicant', 'unit.manufacturer', 'unit.factory.operator', 'unit.models', 'unit.keyComponentConfigurations.components', 'versions', 'statusHistory'],
      strategy: LoadStrategy.SELECT_IN, orderBy: { number: 'asc' },
    });
    const records = await loadPublicCertificates(db.orm.em.fork(), numbers);
    expect(records).toEqual(entities.map((c) => toPublicCertificate(c)));
    for (const r of records) {
      expect(r.isDemo).toBe(true);
      expect(r.models.length).toBeGreaterThanOrEqual(1);
      expect(r.models.every((m) => ['1', '2', '3'].includes(m.grade))).toBe(true);
      expect(r.keyComponentConfigurations[0]!.components.length).toBeGreaterThanOrEqual(6);
      expect(r.statusHistory[0]).toMatchObject({ seq: 1, kind: 'ISSUED' });
    }
    expect(records.some((r) => r.statusHistory.some((e) => e.reasonZh))).toBe(true);

    const rebuilt = await reindex({ orm: db.orm, index });
    expect(rebuilt.indexed).toBe(300);
  });

  it('prints every figure of the benchmark', async () => {
    const report = await runBench({
      orm: db.orm, pool, index, databaseUrl: db.url, durationSeconds: 1, warmupSeconds: 1, connections: 2, searchRuns: 3, lagChanges: 5, lagPerSecond: 50,
    });
    expect(report.certificates).toBe(300);
    expect(report.loads.map((l) => l.distribution)).toEqual(['zipf', 'uniform']);
    for (const load of report.loads.flatMap((l) => [l.graphql, l.graphqlUncached, l.bare])) {
      expect(load.total).toBeGreaterThan(0);
      expect(load.errors).toBe(0);
      expect(load.non2xx).toBe(0);
      expect(Number.isFinite(load.p99)).toBe(true);
    }
    expect(report.search!.map((s) => s.type)).toEqual(['number', 'model', 'Chinese', 'English', 'typo', 'broad']);
    for (const s of report.search!) expect(s.hits).toBeGreaterThan(0);
    expect(report.statements!.search5).toBeGreaterThan(0);
    expect(report.projectorLag!.changes).toBe(5);
    expect(report.reindex).toMatchObject({ indexed: 300, readerMisses: 0 });
    expect(report.reindex!.readerQueries).toBeGreaterThan(0);
    expect(report.rssMb.max).toBeGreaterThan(0);
    // Both distributions' certificate(number) targets, six search types, statements, lag, reindex (2), memory.
    expect(checks(report)).toHaveLength(15);
    expect(checks(report).map((c) => c.name)).toContain('certificate(number) p99 vs bare (uniform)');
    expect(formatReport(report)).toMatch(/Targets/);
  });
});

describe('number distributions (both sides of the comparison draw from the same one)', () => {
  it('Zipf favours the first numbers and reaches the tail; uniform spreads evenly', async () => {
    const { picker } = await import('./distribution.js');
    const numbers = Array.from({ length: 1_000 }, (_, i) => `N${i}`);
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const count = (pick: () => string) => {
      const seen = new Map<string, number>();
      for (let i = 0; i < 20_000; i++) {
        const n = pick();
        seen.set(n, (seen.get(n) ?? 0) + 1);
      }
      return seen;
    };
    const zipf = count(picker(numbers, 'zipf', random));
    const uniform = count(picker(numbers, 'uniform', random));
    const top10 = (m: Map<string, number>) => numbers.slice(0, 10).reduce((n, k) => n + (m.get(k) ?? 0), 0);
    // Zipf s = 1 over 1,000: the top 1% draws ~39% of requests; uniform: ~1%.
    expect(top10(zipf)).toBeGreaterThan(5_000);
    expect(top10(uniform)).toBeLessThan(500);
    expect(zipf.size).toBeGreaterThan(500);
  });
});
