import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl, openDatabase, type Database } from '@cqc/db';

export interface TestDatabase extends Database {
  url: string;
  /** Drops the database (closes the ORM first). */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('pgServerUrl');
  const name = `cqc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name} template cqc_test_template`);
  const url = databaseUrl(serverUrl, name);
  const db = await openDatabase(url, { debug: false });
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** An empty database (no migrations), for testing migrations themselves. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const name = `cqc_empty_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  return { url: databaseUrl(serverUrl, name), drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
