import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { insertIssuedCertificate, suspendCertificate } from '../testing/certificate-builder.js';
import { loadPublicCertificatePage, loadPublicCertificates } from './build.js';

let db: TestDatabase;
/** A second ORM on the same database whose logger counts the SQL statements it sends. */
let counted: Database;
let queries = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  counted = await openDatabase(db.url, { debug: ['query'], logger: () => void queries++ });
  for (let i = 1; i <= 7; i++) {
    await insertIssuedCertificate(db.orm.em.fork(), { number: `CQC2600000010${i}`, models: [`XXM-${i}00S`, `XXM-${i}00H`] });
  }
  await suspendCertificate(db.orm.em.fork(), 'CQC26000000101');
});
afterAll(async () => {
  await counted.close();
  await db.drop();
});

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  queries = 0;
  const result = await work();
  return { result, queries };
}

describe('public read model', () => {
  it('loads any number of certificates with the same number of queries', async () => {
    const one = await countQueries(() => loadPublicCertificates(counted.orm.em.fork(), ['CQC26000000101']));
    const seven = await countQueries(() =>
      loadPublicCertificates(counted.orm.em.fork(), Array.from({ length: 7 }, (_, i) => `CQC2600000010${i + 1}`)),
    );
    expect(one.result).toHaveLength(1);
    expect(seven.result).toHaveLength(7);
    expect(one.queries).toBeGreaterThan(0);
    expect(seven.queries).toBe(one.queries);
  });

  it('builds the public record from the entities, the scheme and the current version', async () => {
    const [record] = await loadPublicCertificates(db.orm.em.fork(), ['CQC26000000101', 'CQC99999999999']);
    expect(record).toMatchObject({
      number: 'CQC26000000101',
      status: 'SUSPENDED',
      suspendedUntil: '2026-09-01',
      unitName: 'XXM 250A',
      modeZh: '产品检测 + 初始工厂检查 + 获证后监督',
      modeEn: 'Product test + initial factory inspection + post-certification surveillance',
      basis: ['CQC31-462280-2024', 'T/CEEIA 549-2021'],
      models: [{ designation: 'XXM-100H' }, { designation: 'XXM-100S' }],
      statusHistory: [
        { seq: 1, kind: 'ISSUED', reasonCode: null, reasonZh: null },
        {
          seq: 2, kind: 'SUSPENDED', reasonCode: 'S3', reasonEn: 'Surveillance shows a violation that rectification can correct',
          cause: 'FACTORY_RELOCATION', causeEn: expect.stringMatching(/relocation/i),
        },
      ],
      isDemo: false,
    });
    expect(record!.factory.operatorId).toBe(record!.applicant.id);
    // Only public fields: nothing private such as a credit code or an optimistic-lock version.
    expect(JSON.stringify(record)).not.toMatch(/creditCode|"version"|passwordHash/);
  });

  it('pages through all certificates in number order', async () => {
    const first = await loadPublicCertificatePage(db.orm.em.fork(), null, 3);
    const second = await loadPublicCertificatePage(db.orm.em.fork(), first.at(-1)!.number, 10);
    expect([...first, ...second].map((r) => r.number)).toEqual(Array.from({ length: 7 }, (_, i) => `CQC2600000010${i + 1}`));
  });
});
