import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import tar from 'tar-stream';
import { BackupInputError } from './backup-error.js';
import { readCatalog, type TableInfo } from './catalog.js';
import { COPY_SESSION, copyOutSql, countLines, ident, qualified, SCHEMA } from './copy-sql.js';
import { FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, partEntry, type Manifest, type SequenceManifest, type TableManifest } from './manifest.js';
import { isRebuiltTable } from './rebuilt-tables.js';
import { foreignKeyOrder } from './table-order.js';

export interface BackupProgress {
  table: string;
  tablesDone: number;
  tablesTotal: number;
  rows: number;
}

export interface BackupOptions {
  databaseUrl: string;
  /** The archive to write; refused if it exists. */
  out: string;
  /** Largest archive entry; a table's text is cut into parts of at most this size (default 32 MiB). */
  partBytes?: number;
  onProgress?: (progress: BackupProgress) => void;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
}

const PART_BYTES = 32 * 1024 * 1024;

/**
 * Writes a logical backup of the database: every table of ours (but those a registry rebuild
 * recreates) as COPY text, read in one REPEATABLE READ, READ ONLY transaction so that all tables
 * come from one consistent snapshot while the platform keeps running; a gzip'd tar whose last
 * entry is the manifest (migrations, row counts, checksums). See docs/decisions/0011.
 *
 * The file appears under its name only when complete and flushed to disk: it is written as
 * `<out>.partial` and renamed.
 */
export async function writeBackup({ databaseUrl, out, partBytes = PART_BYTES, onProgress }: BackupOptions): Promise<BackupResult> {
  if (await stat(out).then(() => true, () => false)) throw new BackupInputError(`${out} already exists: a backup is never overwritten`);
  // Owner only: the tables hold password hashes, token hashes and the watchlist's token secret.
  await mkdir(dirname(out), { recursive: true, mode: 0o700 });
  const partial = `${out}.partial`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect().catch((error: { code?: string }) => {
    if (error.code === '3D000') throw new BackupInputError(`database ${new URL(databaseUrl).pathname.slice(1)} does not exist`);
    throw error;
  });
  const pack = tar.pack();
  let written: Promise<void> | null = null;
  try {
    await client.query('begin isolation level repeatable read, read only');
    for (const statement of COPY_SESSION) await client.query(statement);
    const createdAt = new Date();
    const { rows: [about] } = await client.query<{ version: string; database: string }>(
      `select current_setting('server_version') as version, current_database() as database`,
    );
    const migrations = await appliedMigrations(client, databaseUrl);
    const catalog = await readCatalog(client);
    const kept = catalog.tables.filter((t) => !isRebuiltTable(t.name));
    const leftOut = catalog.tables.filter((t) => isRebuiltTable(t.name)).map((t) => t.name);
    const tie = catalog.foreignKeys.find((k) => !isRebuiltTable(k.child) && isRebuiltTable(k.parent));
    if (tie) throw new Error(`${tie.child} references ${tie.parent}, which backups leave out (rebuilt-tables.ts): it could not be restored`);
    const byName = new Map(kept.map((t) => [t.name, t]));
    const order = foreignKeyOrder(kept.map((t) => t.name), catalog.foreignKeys).map((name) => byName.get(name)!);

    // A `.partial` file left by a run that was killed is of no use to anyone.
    await rm(partial, { force: true });
    written = pipeline(Readable.from(pack, { objectMode: false }), createGzip(), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
    // A failed write (disk full) must end the run, not leave it waiting on an entry that is never taken.
    const failed = written.then(() => new Promise<never>(() => {}));
    failed.catch(() => undefined);
    const add = (name: string, body: Buffer) => Promise.race([failed, new Promise<void>((resolve, reject) => {
      pack.entry({ name, size: body.length, mtime: createdAt, mode: 0o644 }, body, (error) => (error ? reject(error) : resolve()));
    })]);

    const tables: TableManifest[] = [];
    let rows = 0;
    for (const [i, table] of order.entries()) {
      const dumped = await dumpTable(client, table, partBytes, add, (n) => onProgress?.({ table: table.name, tablesDone: i, tablesTotal: order.length, rows: rows + n }));
      tables.push(dumped);
      rows += dumped.rows;
      onProgress?.({ table: table.name, tablesDone: i + 1, tablesTotal: order.length, rows });
    }
    const sequences = await sequenceValues(client, catalog.sequences.filter((s) => !s.ownedBy || !isRebuiltTable(s.ownedBy.table)).map((s) => s.name));
    const manifest: Manifest = {
      format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: createdAt.toISOString(), serverVersion: about!.version,
      database: about!.database, migrations, tables, sequences, leftOut,
    };
    await add(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    pack.finalize();
    await written;
    await client.query('commit');
    await flushToDisk(partial);
    await rename(partial, out);
    return { file: out, bytes: (await stat(out)).size, manifest };
  } catch (error) {
    pack.destroy();
    await written?.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function appliedMigrations(client: pg.Client, databaseUrl: string): Promise<string[]> {
  const { rows: [table] } = await client.query<{ present: boolean }>(`select to_regclass($1) is not null as present`, [`${SCHEMA}.mikro_orm_migrations`]);
  if (!table!.present) throw new BackupInputError(`${new URL(databaseUrl).pathname.slice(1)} has no migrations table: it is not a database of this platform`);
  const { rows } = await client.query<{ name: string }>(`select name from ${qualified('mikro_orm_migrations')} order by id`);
  return rows.map((r) => r.name);
}

/**
 * One table's COPY text into archive entries of at most `partBytes`, each cut after a row's
 * newline so it stands as a COPY file of its own (an operator can load parts by hand with psql).
 */
async function dumpTable(
  client: pg.Client,
  table: TableInfo,
  partBytes: number,
  add: (name: string, body: Buffer) => Promise<unknown>,
  onRows: (rows: number) => void,
): Promise<TableManifest> {
  const columns = table.columns.map((c) => c.name);
  const hash = createHash('sha256');
  const parts: string[] = [];
  let rows = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const emit = async (body: Buffer) => {
    const name = partEntry(table.name, parts.length + 1);
    parts.push(name);
    await add(name, body);
    onRows(rows);
  };
  for await (const chunk of client.query(copyTo(copyOutSql(table.name, columns, table.primaryKey))) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    rows += countLines(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= partBytes) {
      const all = Buffer.concat(pending);
      const cut = all.lastIndexOf(10) + 1;
      // A single row longer than a part stays whole: the part grows until its newline arrives.
      if (cut > 0) {
        await emit(all.subarray(0, cut));
        pending = [all.subarray(cut)];
        pendingBytes = all.length - cut;
      }
    }
  }
  if (pendingBytes > 0) await emit(Buffer.concat(pending));
  return { name: table.name, columns, orderBy: table.primaryKey, rows, sha256: hash.digest('hex'), parts };
}

/** Sequences are not transactional: these values are at least those of the snapshot, which is all a restore needs. */
async function sequenceValues(client: pg.Client, names: readonly string[]): Promise<SequenceManifest[]> {
  const values: SequenceManifest[] = [];
  for (const name of names) {
    const { rows: [row] } = await client.query<{ last: string; called: boolean }>(
      `select last_value::text as last, is_called as called from ${ident(SCHEMA)}.${ident(name)}`,
    );
    values.push({ name, lastValue: row!.last, isCalled: row!.called });
  }
  return values;
}

async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
