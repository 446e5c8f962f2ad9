import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { describeCertificateIndexContract } from './contract.js';
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

// One database for the file; each case gets its own alias, so cases cannot see each other.
describeCertificateIndexContract('embedded (PostgreSQL store, in-memory search)', async () => {
  const alias = `contract_${randomBytes(4).toString('hex')}`;
  return {
    index: new PostgresCertificateIndex(pool, alias),
    async cleanup() {
      await pool.query(`delete from registry_document where generation like $1`, [`${alias}:%`]);
      await pool.query(`delete from registry_alias where alias = $1`, [alias]);
    },
  };
});
