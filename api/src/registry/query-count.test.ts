import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const SEARCH = `query($first: Int) { searchCertificates(first: $first) {
  totalCount edges { node { number status applicant { nameZh } models { designation grade } keyComponentConfigurations { components { type supplier } }
  statusHistory { kind occurredOn } versions { versionNo } } } } }`;

/** Counts every SQL statement sent through node-postgres (the ORM and the registry both use it). */
function countStatements() {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { get count() { return count; }, restore: () => { pg.Client.prototype.query = original; } };
}

describe('SQL statements per request', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  async function statementsFor(first: number, token?: string) {
    const counter = countStatements();
    try {
      const res = await p.gql(SEARCH, { first }, token);
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

  it('are the same for many aliased certificate lookups as for one (DataLoader batches them)', async () => {
    const numbers = p.batch.certificates.slice(0, 10).map((c) => c.number);
    const counter1 = countStatements();
    await p.gql(`{ a: certificate(number: "${numbers[0]}") { number } }`);
    counter1.restore();
    const counter10 = countStatements();
    const res = await p.gql(`{ ${numbers.map((n, i) => `c${i}: certificate(number: "${n}") { number }`).join(' ')} }`);
    counter10.restore();
    expect(Object.keys(res.data)).toHaveLength(10);
    expect(counter10.count).toBe(counter1.count);
  });
});
