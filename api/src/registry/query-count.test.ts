import { countSqlStatements } from '@cqc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const SEARCH = `query($first: Int, $q: String) { searchCertificates(first: $first, query: $q) {
  totalCount facets { status { value count } productType { value count } frameCurrent { value count } manufacturer { id nameZh count } }
  edges { highlights { field ranges { start length } } node { number status applicant { nameZh } models { designation grade } keyComponentConfigurations { components { type supplier } }
  statusHistory { kind occurredOn } versions { versionNo } } } } }`;


describe('SQL statements per request', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
    // The process's first search builds the in-memory index (a few statements, once): not counted below.
    await p.gql(SEARCH, { first: 1 });
  });
  afterAll(() => p.close());

  async function statementsFor(first: number, q?: string) {
    const counter = countSqlStatements();
    try {
      const res = await p.gql(SEARCH, { first, q });
      expect(res.errors).toBeUndefined();
      expect(res.data.searchCertificates.edges).toHaveLength(first);
      return counter.count;
    } finally {
      counter.restore();
    }
  }

  it('are the same for searchCertificates with 1 and with 50 results (no N+1)', async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
  });

  it('are the same with a text query, its typo corrections and facets, for 1 and 50 results', async () => {
    // 'circuit' (every demo record's product name), misspelt (one typo): corrections, facets and highlights included.
    const one = await statementsFor(1, 'Circiut');
    const fifty = await statementsFor(50, 'Circiut');
    expect(fifty).toBe(one);
    // A text query costs no more statements than listing.
    expect(one).toBe(await statementsFor(1));
  });

  it('are the same for many aliased certificate lookups as for one (DataLoader batches them)', async () => {
    const numbers = p.batch.certificates.slice(0, 10).map((c) => c.number);
    const counter1 = countSqlStatements();
    await p.gql(`{ a: certificate(number: "${numbers[0]}") { number } }`);
    counter1.restore();
    const counter10 = countSqlStatements();
    const res = await p.gql(`{ ${numbers.map((n, i) => `c${i}: certificate(number: "${n}") { number }`).join(' ')} }`);
    counter10.restore();
    expect(Object.keys(res.data)).toHaveLength(10);
    expect(counter10.count).toBe(counter1.count);
  });
});
