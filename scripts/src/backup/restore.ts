import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '@cqc/db';
import { BackupInputError } from './backup-error.js';
import { readCatalog, type Catalog } from './catalog.js';
import { codeMigrations, migrationMismatch } from './code-migrations.js';
import { COPY_SESSION, copyInSql, copyOutSql, countLines, ident, qualified, SCHEMA } from './copy-sql.js';
import { MANIFEST_ENTRY, type Manifest, type TableManifest } from './manifest.js';
import { readEntries, verifyBackup } from './read-backup.js';
import { isRebuiltTable } from './rebuilt-tables.js';
import { orderViolation } from './table-order.js';

export interface RestoreProgress {
  phase: 'verify' | 'migrate' | 'load' | 'check';
  tablesDone: number;
  tablesTotal: number;
  rows: number;
  rowsTotal: number;
}

export interface RestoreOptions {
  file: string;
  /** An existing, empty database. */
  into: string;
  onProgress?: (progress: RestoreProgress) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  rows: number;
}

/**
 * Restores a backup into an empty database: the archive is checked whole first (checksums,
 * parts, migrations against this code), then ONE transaction runs the migrations, loads every
 * table with COPY in foreign-key order, sets the sequences and exports each table again to
 * compare it with the manifest. Any failure rolls everything back, so the database is left as
 * empty as it was. The registry's search index is not in the backup: rebuild it afterwards
 * (restore-command.ts does).
 */
export async function restoreBackup({ file, into, onProgress }: RestoreOptions): Promise<RestoreResult> {
  const totals = { tablesDone: 0, tablesTotal: 0, rows: 0, rowsTotal: 0 };
  onProgress?.({ phase: 'verify', ...totals });
  const manifest = await verifyBackup(file);
  const mismatch = migrationMismatch(manifest.migrations, codeMigrations());
  if (mismatch) throw new BackupInputError(`${file}: ${mismatch}`);
  const before = await checkEmpty(into);
  totals.tablesTotal = manifest.tables.length;
  totals.rowsTotal = manifest.tables.reduce((n, t) => n + t.rows, 0);

  const db = await openDatabase(into, { debug: false });
  try {
    await db.orm.em.getConnection().transactional(async (trx) => {
      onProgress?.({ phase: 'migrate', ...totals });
      await db.orm.getMigrator().up({ transaction: trx });
      // COPY needs the driver's own connection: the one the ORM's (knex) transaction holds, so
      // that the migrations and the data commit or roll back together.
      const client = (await trx.client.acquireConnection()) as pg.ClientBase;
      const [orm] = await db.orm.em.getConnection().execute<Array<{ pid: number }>>('select pg_backend_pid() as pid', [], 'all', trx);
      const { rows: [own] } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (orm?.pid !== own?.pid) throw new Error('the COPY connection is not the one of the restore transaction (knex internals changed?)');
      await load(client, file, manifest, (rows, tablesDone) => onProgress?.({ phase: 'load', ...totals, rows, tablesDone }));
      onProgress?.({ phase: 'check', ...totals, rows: totals.rowsTotal, tablesDone: totals.tablesTotal });
      await compareWithManifest(client, manifest);
    });
  } catch (error) {
    await dropLeftMigrationsTable(into, before.hadMigrationsTable);
    throw error;
  } finally {
    await db.close();
  }
  return { manifest, tables: totals.tablesTotal, rows: totals.rowsTotal };
}

/**
 * Refuses a database holding any table of ours, before anything is written. An empty migrations
 * table alone is accepted: MikroORM creates it outside the restore's transaction, so a failed
 * restore that could not drop it again would otherwise block the next attempt.
 */
async function checkEmpty(url: string): Promise<{ hadMigrationsTable: boolean }> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') throw new BackupInputError(`database ${name} does not exist: create it first (create database ${name})`);
    throw error;
  }
  try {
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'f') order by c.relname`,
      [SCHEMA],
    );
    const tables = rows.map((r) => r.name);
    const others = tables.filter((t) => t !== 'mikro_orm_migrations');
    const hadMigrationsTable = tables.includes('mikro_orm_migrations');
    const migrated = hadMigrationsTable && (await client.query(`select 1 from ${qualified('mikro_orm_migrations')} limit 1`)).rowCount! > 0;
    if (others.length > 0 || migrated) {
      const shown = (others.length > 0 ? others : tables).slice(0, 5).join(', ');
      throw new BackupInputError(`database ${name} is not empty (${tables.length} tables: ${shown}${tables.length > 5 ? ', …' : ''}): restore only into an empty database`);
    }
    return { hadMigrationsTable };
  } finally {
    await client.end();
  }
}

async function dropLeftMigrationsTable(url: string, hadIt: boolean): Promise<void> {
  if (hadIt) return;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind in ('r', 'p')`,
      [SCHEMA],
    );
    if (rows.length === 1 && rows[0]!.name === 'mikro_orm_migrations') {
      const { rowCount } = await client.query(`select 1 from ${qualified('mikro_orm_migrations')} limit 1`);
      if (rowCount === 0) await client.query(`drop table ${qualified('mikro_orm_migrations')}`);
    }
  } catch {
    // Best effort only: the restore's own error is the one to report, and an empty migrations
    // table does not stop the next attempt (checkEmpty).
  } finally {
    await client.end().catch(() => undefined);
  }
}

function checkSchema(catalog: Catalog, manifest: Manifest): void {
  const tables = new Map(catalog.tables.map((t) => [t.name, t]));
  for (const saved of manifest.tables) {
    const here = tables.get(saved.name);
    if (!here || isRebuiltTable(saved.name)) throw new BackupInputError(`the backup has table ${saved.name}, which this schema does not have`);
    const columns = here.columns.map((c) => c.name);
    if ([...columns].sort().join(',') !== [...saved.columns].sort().join(',')) {
      throw new BackupInputError(`table ${saved.name} has columns (${columns.join(', ')}) here and (${saved.columns.join(', ')}) in the backup`);
    }
  }
  const saved = new Set(manifest.tables.map((t) => t.name));
  const missing = catalog.tables.filter((t) => !isRebuiltTable(t.name) && !saved.has(t.name)).map((t) => t.name);
  if (missing.length > 0) throw new BackupInputError(`tables of this schema missing from the backup: ${missing.join(', ')}`);
  const violation = orderViolation(manifest.tables.map((t) => t.name), catalog.foreignKeys);
  if (violation) throw new BackupInputError(`the backup loads ${violation.child} before ${violation.parent}, which it references`);
}

async function load(client: pg.ClientBase, file: string, manifest: Manifest, onProgress: (rows: number, tablesDone: number) => void): Promise<void> {
  for (const statement of COPY_SESSION) await client.query(statement);
  const catalog = await readCatalog(client);
  checkSchema(catalog, manifest);
  const names = manifest.tables.map((t) => t.name);
  // The stored rows are copied as they are. A user trigger could change them on the way in
  // (the audit log's BEFORE INSERT trigger assigns each event its place and hash in the chain),
  // or refuse the delete below (append-only tables): so user triggers are off while loading,
  // inside this transaction only. Foreign-key checks are internal triggers and stay on.
  // Disabling a trigger needs the table's owner, which the restoring role is: it has just
  // created every table by running the migrations.
  for (const name of names) await client.query(`alter table ${qualified(name)} disable trigger user`);
  // Rows the migrations put in (counters, the chain head, the migrations list) make way for the backup's.
  for (const name of [...names].reverse()) await client.query(`delete from ${qualified(name)}`);

  const owner = new Map(manifest.tables.flatMap((t) => t.parts.map((p) => [p, t] as const)));
  // An object, not a variable: the compiler cannot see assignments made inside the visitor.
  const loading: { current: TableLoad | null } = { current: null };
  let rows = 0;
  await readEntries(file, async (name, body) => {
    if (name === MANIFEST_ENTRY) {
      for await (const chunk of body) void chunk;
      return;
    }
    const table = owner.get(name);
    if (!table) throw new BackupInputError(`${file} changed while it was being restored (entry ${name})`);
    if (loading.current?.table !== table) {
      await loading.current?.finish(file);
      loading.current = startTable(client, table);
    }
    for await (const chunk of body) {
      await loading.current.write(chunk);
      rows += countLines(chunk);
    }
    // Tables before this one are in (the empty ones have nothing to load).
    onProgress(rows, manifest.tables.indexOf(table));
  });
  await loading.current?.finish(file);
  onProgress(rows, manifest.tables.length);

  for (const name of names) await client.query(`alter table ${qualified(name)} enable trigger user`);
  await setSequences(client, catalog, manifest);
}

interface TableLoad {
  table: TableManifest;
  write(chunk: Buffer): Promise<void>;
  finish(file: string): Promise<void>;
}

function startTable(client: pg.ClientBase, table: TableManifest): TableLoad {
  const sink = client.query(copyFrom(copyInSql(table.name, table.columns)));
  // Listening from the start: an error the server sends between two writes is kept, not thrown.
  const done = finished(sink);
  done.catch(() => undefined);
  const hash = createHash('sha256');
  let rows = 0;
  return {
    table,
    async write(chunk) {
      hash.update(chunk);
      rows += countLines(chunk);
      if (!sink.write(chunk)) await Promise.race([once(sink, 'drain'), done]);
    },
    async finish(file) {
      sink.end();
      await done;
      // The archive was checked before; this catches a file replaced since.
      if (hash.digest('hex') !== table.sha256 || rows !== table.rows) {
        throw new BackupInputError(`${file} changed while it was being restored (table ${table.name})`);
      }
    },
  };
}

/**
 * Each sequence goes back to its value in the backup, and a serial or identity one at least to
 * its column's largest value, so the next row never collides with a restored one.
 */
async function setSequences(client: pg.ClientBase, catalog: Catalog, manifest: Manifest): Promise<void> {
  const saved = new Map(manifest.sequences.map((s) => [s.name, s]));
  const here = catalog.sequences.filter((s) => !s.ownedBy || !isRebuiltTable(s.ownedBy.table));
  const unknown = manifest.sequences.filter((s) => !here.some((h) => h.name === s.name));
  if (unknown.length > 0) throw new BackupInputError(`the backup has sequences this schema does not have: ${unknown.map((s) => s.name).join(', ')}`);
  for (const sequence of here) {
    const value = saved.get(sequence.name);
    if (!value) throw new BackupInputError(`sequence ${sequence.name} of this schema is missing from the backup`);
    const regclass = `${ident(SCHEMA)}.${ident(sequence.name)}`;
    await client.query(`select setval($1::regclass, $2::bigint, $3)`, [regclass, value.lastValue, value.isCalled]);
    if (!sequence.ownedBy) continue;
    const { rows: [max] } = await client.query<{ value: string | null }>(
      `select max(${ident(sequence.ownedBy.column)})::text as value from ${qualified(sequence.ownedBy.table)}`,
    );
    const next = BigInt(value.lastValue) + (value.isCalled ? 1n : 0n);
    if (max!.value !== null && next <= BigInt(max!.value)) {
      await client.query(`select setval($1::regclass, $2::bigint, true)`, [regclass, max!.value]);
    }
  }
}

/**
 * Exports every restored table again, as the backup did, and compares row counts and
 * checksums with the manifest: what is committed is exactly what was backed up.
 */
async function compareWithManifest(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) {
    const hash = createHash('sha256');
    let rows = 0;
    for await (const chunk of client.query(copyTo(copyOutSql(table.name, table.columns, table.orderBy))) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      rows += countLines(chunk);
    }
    if (rows !== table.rows) throw new Error(`restored table ${table.name} has ${rows} rows, the backup ${table.rows}: nothing was restored`);
    if (hash.digest('hex') !== table.sha256) throw new Error(`restored table ${table.name} differs from the backup (checksum): nothing was restored`);
  }
}
