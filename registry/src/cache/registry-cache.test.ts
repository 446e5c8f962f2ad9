import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { runProjectorOnce } from '../projector.js';
import { reindex } from '../reindex.js';
import { PostgresCertificateIndex } from '../search/postgres-index.js';
import { insertIssuedCertificate, suspendCertificate } from '../testing/certificate-builder.js';
import { RegistryCache, type Invalidation } from './registry-cache.js';

let db: TestDatabase;
let pool: pg.Pool;
let index: PostgresCertificateIndex;
const NUMBERS = ['CQC26000000301', 'CQC26000000302', 'CQC26000000303'];

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 8 });
  index = new PostgresCertificateIndex(pool);
  await index.init();
  for (const number of NUMBERS) await insertIssuedCertificate(db.orm.em.fork(), { number });
  await runProjectorOnce({ orm: db.orm, index });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

/** A cache as an API process runs it; the poll is off so that only notifications refresh it. */
async function startCache(): Promise<RegistryCache> {
  const cache = new RegistryCache({ index, pool, pollMs: 0 });
  await cache.start();
  return cache;
}

const statusOf = async (cache: RegistryCache, number: string) => (await cache.getByNumbers([number])).get(number)?.status;

describe('registry cache', () => {
  it('answers repeated lookups from memory and replaces a record once its change is projected', async () => {
    const cache = await startCache();
    try {
      expect(await statusOf(cache, NUMBERS[0]!)).toBe(CertificateStatus.VALID);
      expect(await statusOf(cache, NUMBERS[0]!)).toBe(CertificateStatus.VALID);
      expect(cache.stats).toEqual({ hits: 1, misses: 1 });

      await suspendCertificate(db.orm.em.fork(), NUMBERS[0]!);
      // Not projected yet: the cache still holds what the index holds.
      expect(await statusOf(cache, NUMBERS[0]!)).toBe(CertificateStatus.VALID);
      const invalidated = once(cache, 'invalidated') as Promise<[Invalidation]>;
      await runProjectorOnce({ orm: db.orm, index });
      const [event] = await invalidated;
      expect(event).toMatchObject({ numbers: [NUMBERS[0]], all: false });
      expect(await statusOf(cache, NUMBERS[0]!)).toBe(CertificateStatus.SUSPENDED);
      expect(cache.stats.misses).toBe(2);
    } finally {
      await cache.stop();
    }
  });

  it('listens on a connection of its own, so the pool keeps every connection for queries', async () => {
    // A pool of one: were the listener one of its clients, no query could run while the cache does.
    const small = new pg.Pool({ connectionString: db.url, max: 1 });
    const OWN = 'CQC26000000304';
    await insertIssuedCertificate(db.orm.em.fork(), { number: OWN });
    await runProjectorOnce({ orm: db.orm, index });
    const cache = new RegistryCache({ index: new PostgresCertificateIndex(small), pool: small, pollMs: 0 });
    try {
      await cache.start();
      expect(small.totalCount - small.idleCount).toBe(0);
      expect(await statusOf(cache, OWN)).toBe(CertificateStatus.VALID);

      // And it still hears the projector.
      await suspendCertificate(db.orm.em.fork(), OWN);
      const invalidated = once(cache, 'invalidated') as Promise<[Invalidation]>;
      await runProjectorOnce({ orm: db.orm, index });
      expect((await invalidated)[0].numbers).toEqual([OWN]);
      expect(await statusOf(cache, OWN)).toBe(CertificateStatus.SUSPENDED);
    } finally {
      await cache.stop();
      await small.end();
    }
  });

  it('keeps a second API instance fresh too, and drops everything after a rebuild', async () => {
    const [first, second] = [await startCache(), await startCache()];
    try {
      for (const cache of [first, second]) {
        expect(await statusOf(cache, NUMBERS[1]!)).toBe(CertificateStatus.VALID);
        expect(await statusOf(cache, NUMBERS[2]!)).toBe(CertificateStatus.VALID);
      }
      await suspendCertificate(db.orm.em.fork(), NUMBERS[1]!);
      const heard = [first, second].map((cache) => once(cache, 'invalidated'));
      await runProjectorOnce({ orm: db.orm, index });
      await Promise.all(heard);
      for (const cache of [first, second]) {
        expect(await statusOf(cache, NUMBERS[1]!)).toBe(CertificateStatus.SUSPENDED);
        expect(cache.size).toBe(2); // the unchanged record stayed cached
      }

      const rebuilt = [first, second].map((cache) => once(cache, 'invalidated') as Promise<[Invalidation]>);
      await reindex({ orm: db.orm, index });
      for (const [event] of await Promise.all(rebuilt)) expect(event.all).toBe(true);
      expect(first.size).toBe(0);
      expect(await statusOf(second, NUMBERS[2]!)).toBe(CertificateStatus.VALID);
    } finally {
      await first.stop();
      await second.stop();
    }
  });
});
