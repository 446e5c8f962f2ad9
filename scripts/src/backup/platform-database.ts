import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { databaseUrl, embeddedServerUrl, startEmbeddedPostgres, type RunningDatabaseServer } from '@cqc/db';
import type { Config } from '@cqc/api';
import { ensureDatabase, PLATFORM_DATABASE } from '../platform.js';
import { BackupInputError } from './backup-error.js';

export interface PlatformDatabase {
  url: string;
  close(): Promise<void>;
}

/**
 * The platform's database, without migrating it (a backup reads it as it is; a restore needs it
 * empty): DATABASE_URL, else the embedded PostgreSQL under DATA_DIR. While `pnpm start` runs,
 * its embedded server holds the data folder, so it is reached on its port; otherwise the
 * command starts the server for itself and stops it when done. `create` (restore) initialises
 * a missing data folder and database; without it a missing one is refused.
 */
export async function platformDatabase(config: Config, log: (line: string) => void, { create }: { create: boolean }): Promise<PlatformDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, close: async () => undefined };
  const port = config.EMBEDDED_PG_PORT;
  const dataDir = resolve(config.DATA_DIR, 'pg');
  let server: RunningDatabaseServer | undefined;
  if (await answers(embeddedServerUrl(port))) {
    log(`using the embedded PostgreSQL already running on port ${port}`);
  } else {
    if (!create && !existsSync(resolve(dataDir, 'PG_VERSION'))) {
      throw new BackupInputError(`no database: DATABASE_URL is not set and ${dataDir} holds no PostgreSQL data`);
    }
    log(`starting embedded PostgreSQL in ${dataDir} on port ${port}`);
    server = await startEmbeddedPostgres({ dataDir, port });
  }
  const serverUrl = embeddedServerUrl(port);
  try {
    if (create) await ensureDatabase(serverUrl, PLATFORM_DATABASE);
  } catch (error) {
    await server?.stop();
    throw error;
  }
  return { url: databaseUrl(serverUrl, PLATFORM_DATABASE), close: async () => server?.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ECONNREFUSED') return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
