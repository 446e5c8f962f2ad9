import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { runProjectorOnce } from './projector.js';
import { reindex } from './reindex.js';
import { PostgresCertificateIndex } from './search/postgres-index.js';
import { insertIssuedCertificate, suspendCertificate } from './testing/certificate-builder.js';
import { MINGCHUAN_DECOY, numbersOf } from './testing/public-fixtures.js';

let db: TestDatabase;
let pool: pg.Pool;
let index: PostgresCertificateIndex;
const NUMBERS = ['CQC26000000011', 'CQC26000000012', 'CQC26000000013'];

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 6 });
  index = new PostgresCertificateIndex(pool);
  await index.init();
  for (const number of NUMBERS) await insertIssuedCertificate(db.orm.em.fork(), { number });
  await runProjectorOnce({ orm: db.orm, index });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const listed = async () => numbersOf((await index.search({ text: '', limit: 100, offset: 0 })).hits);

describe('reindex', () => {
  it('leaves the index as it was when the rebuild fails', async () => {
    await index.upsert([MINGCHUAN_DECOY]);
    const failing = reindex({ orm: db.orm, index, pageSize: 2, onProgress: () => { throw new Error('disk full'); } });
    await expect(failing).rejects.toThrow('disk full');
    expect(await listed()).toEqual([MINGCHUAN_DECOY.number, ...NUMBERS]);
  });

  it('rebuilds from PostgreSQL; readers see the old index until the swap, and changes made meanwhile survive it', async () => {
    const seenDuring: string[][] = [];
    const progress: number[] = [];
    const result = await reindex({
      orm: db.orm,
      index,
      pageSize: 2,
      onProgress: async (indexed) => {
        progress.push(indexed);
        seenDuring.push(await listed());
        if (indexed === 2) {
          // The first page (with CQC26000000011) is already in the new generation; the
          // projector now writes a newer state of it into the old one.
          await suspendCertificate(db.orm.em.fork(), NUMBERS[0]!);
          await runProjectorOnce({ orm: db.orm, index });
        }
      },
    });
    expect(progress).toEqual([2, 3]);
    // The record that is not in PostgreSQL stays visible until the swap …
    for (const seen of seenDuring) expect(seen).toEqual([MINGCHUAN_DECOY.number, ...NUMBERS]);
    // … and is gone after it.
    expect(await listed()).toEqual(NUMBERS);
    expect(result).toEqual({ indexed: 3, caughtUp: 1 });
    expect((await index.getByNumbers([NUMBERS[0]!])).get(NUMBERS[0]!)?.status).toBe(CertificateStatus.SUSPENDED);
    const generations = await pool.query(`select distinct generation from registry_document`);
    expect(generations.rowCount).toBe(1);
  });
});
