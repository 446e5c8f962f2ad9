import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ALL_FIXTURES, HUARUI_MCCB, MINGCHUAN_DECOY, TYPO_FIXTURES, numbersOf } from '../testing/public-fixtures.js';
import { PostgresCertificateIndex } from './postgres-index.js';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

/**
 * The embedded engine's count cap (postgres-search.ts, DEFAULT_COUNT_CAP) at a tiny size: above
 * it the total is a flagged lower bound and the facets are flagged, but the page is the same as
 * an uncapped search's (the same alias read by an index without a practical cap).
 */
describe('embedded search above its count cap', () => {
  let alias: string;
  let capped: PostgresCertificateIndex;
  let exact: PostgresCertificateIndex;
  const all = [...ALL_FIXTURES, ...TYPO_FIXTURES];

  beforeEach(async () => {
    alias = `cap_${randomBytes(4).toString('hex')}`;
    capped = new PostgresCertificateIndex(pool, alias, { countCap: 2 });
    exact = new PostgresCertificateIndex(pool, alias, { countCap: 1_000_000 });
    await capped.init();
    await capped.upsert(all);
  });
  afterEach(async () => {
    for (const table of ['registry_document', 'registry_facet_total']) {
      await pool.query(`delete from ${table} where generation like $1`, [`${alias}:%`]);
    }
    await pool.query(`delete from registry_alias where alias = $1`, [alias]);
  });

  it('answers the cap as a flagged lower bound, facets flagged, and the same pages in the same order', async () => {
    const full = await exact.search({ text: '断路器', limit: 100, offset: 0 });
    expect(full.totalCount).toBe(all.length);
    expect(full.totalCountIsEstimate).toBeUndefined();
    // Ranked among the collected matches, and (collect limit 2) by walking the number index.
    const walking = new PostgresCertificateIndex(pool, alias, { countCap: 2, collectLimit: 2 });
    for (const [engine, [limit, offset]] of [capped, walking].flatMap((e) => ([[1, 0], [2, 0], [1, 1], [3, 1]] as const).map((p) => [e, p] as const))) {
      const page = await engine.search({ text: '断路器', limit, offset });
      expect(page.totalCount).toBe(2);
      expect(page.totalCountIsEstimate).toBe(true);
      expect(page.facetsAreEstimates).toBe(true);
      expect(numbersOf(page.hits)).toEqual(numbersOf(full.hits).slice(offset, offset + limit));
      expect(page.hits[0]!.highlights.length).toBeGreaterThan(0);
    }
  });

  it('still ranks the certificate whose number is the query first', async () => {
    const number = await new PostgresCertificateIndex(pool, alias, { countCap: 1 }).search({ text: HUARUI_MCCB.number, limit: 10, offset: 0 });
    expect(number.totalCountIsEstimate).toBe(true);
    expect(number.hits[0]?.record.number).toBe(HUARUI_MCCB.number);
    expect(numbersOf(number.hits)).toContain(MINGCHUAN_DECOY.number);
  });

  it('keeps a filter on one facet exact from the kept totals, and exact answers unflagged', async () => {
    const valid = all.filter((r) => r.status === CertificateStatus.VALID).length;
    expect(valid).toBeGreaterThan(2);
    const byStatus = await capped.search({ filter: { status: [CertificateStatus.VALID] }, limit: 10, offset: 0 });
    expect(byStatus.totalCount).toBe(valid);
    expect(byStatus.totalCountIsEstimate).toBe(false);
    expect(byStatus.facetsAreEstimates).toBe(true);
    expect(numbersOf(byStatus.hits)).toEqual(numbersOf(all.filter((r) => r.status === CertificateStatus.VALID)).sort());
    const few = await capped.search({ text: '华锐', limit: 10, offset: 0 });
    expect(few.totalCount).toBe(2);
    expect(few.totalCountIsEstimate).toBeUndefined();
    expect(few.facetsAreEstimates).toBeUndefined();
    expect((await capped.search({ limit: 10, offset: 0 })).totalCount).toBe(all.length);
  });
});
