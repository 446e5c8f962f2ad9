import { resolve } from 'node:path';
import pg from 'pg';
import { databaseUrl, openDatabase, startEmbeddedPostgres, type Database, type RunningDatabaseServer } from '@cqc/db';
import { createCertificateIndex, type CertificateIndex } from '@cqc/registry';
import type { Config } from '@cqc/api';

export interface PlatformData {
  db: Database;
  pool: pg.Pool;
  index: CertificateIndex;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The database the platform uses on the embedded server. */
export const PLATFORM_DATABASE = 'cqc';

/**
 * Opens the platform's data layer: the database at DATABASE_URL, or an embedded PostgreSQL in
 * DATA_DIR; migrations applied; the search index (Meilisearch when MEILI_URL is set, else the
 * embedded engine) ready.
 */
export async function openPlatformData(config: Config, log: (line: string) => void): Promise<PlatformData> {
  let server: RunningDatabaseServer | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    const dataDir = resolve(config.DATA_DIR, 'pg');
    log(`starting embedded PostgreSQL in ${dataDir} on port ${config.EMBEDDED_PG_PORT}`);
    server = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT });
    await ensureDatabase(server.serverUrl, PLATFORM_DATABASE);
    url = databaseUrl(server.serverUrl, PLATFORM_DATABASE);
  }
  const db = await openDatabase(url);
  const applied = await db.migrate();
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => log(`database connection lost: ${error.message}`));
  const index = createCertificateIndex({ pool, meiliUrl: config.MEILI_URL, meiliKey: config.MEILI_MASTER_KEY });
  await index.init();
  return {
    db,
    pool,
    index,
    databaseUrl: url,
    async close() {
      await pool.end();
      await db.close();
      await server?.stop();
    },
  };
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}
