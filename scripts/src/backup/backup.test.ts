import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, importBatch } from '@cqc/api';
import { SYSTEM_ACTOR, demoBatch, openDatabase } from '@cqc/db';
import { PostgresCertificateIndex, reindex, runProjectorOnce, type CertificateSearchQuery } from '@cqc/registry';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../../../test/support/index.js';
import { TEST_NOW } from '../../../test/support/clock.js';
import { BackupInputError } from './backup-error.js';
import { MANIFEST_ENTRY, type Manifest } from './manifest.js';
import { restoreBackup } from './restore.js';
import { foreignKeyOrder, orderViolation } from './table-order.js';
import { writeBackup } from './write-backup.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const SEARCHES: CertificateSearchQuery[] = [
  { text: '', limit: 100, offset: 0 },
  { text: '瓯能', limit: 20, offset: 0 },
  { text: 'circuit breaker', limit: 5, offset: 5 },
];

let source: TestDatabase;
let sourcePool: pg.Pool;
let dir: string;
let backupFile: string;
let manifest: Manifest;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cqc-backup-test-'));
  source = await createTestDatabase();
  sourcePool = new pg.Pool({ connectionString: source.url, max: 4 });
  // The demo data: certificates in every status, with versions, suspension histories, audit
  // and outbox events, written by the import service as in production.
  await importBatch(source.orm, demoBatch(), { clock: new FakeClock(TEST_NOW), actor: { ...SYSTEM_ACTOR, role: 'IMPORT' } });
  for (let i = 0; i < 3; i++) await sourcePool.query(`select nextval('certification_case_no_seq')`);
  const index = new PostgresCertificateIndex(sourcePool);
  await index.init();
  while ((await runProjectorOnce({ orm: source.orm, index })).processed > 0);
  backupFile = join(dir, 'backup.tar.gz');
  // Small parts, so that tables span several archive entries.
  ({ manifest } = await writeBackup({ databaseUrl: source.url, out: backupFile, partBytes: 16 * 1024 }));
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await sourcePool.end();
  await source.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  const db = await createEmptyDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  cleanups.push(async () => {
    await pool.end();
    await db.drop();
  });
  return { url: db.url, pool };
}

/** Every backed-up table's rows, as text, in a fixed order: two databases with equal fingerprints hold the same data. */
async function fingerprint(pool: pg.Pool): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of manifest.tables) {
    const { rows: [row] } = await pool.query<{ rows: number; md5: string }>(
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text collate "C")), '') as md5 from "${table.name}" t`,
    );
    result[table.name] = row!;
  }
  return result;
}

async function ourTables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')`,
  );
  return rows.map((r) => r.name);
}

const certificates = (pool: pg.Pool) => pool.query(
  `select number, status, current_version_no, first_issued_on::text, expires_on::text, suspended_until::text, status_changed_at
   from certificate order by number`,
).then((r) => r.rows);
const versions = (pool: pg.Pool) => pool.query(
  `select c.number, v.version_no, v.kind, v.issued_on::text, v.snapshot from certificate_version v
   join certificate c on c.id = v.certificate_id order by c.number, v.version_no`,
).then((r) => r.rows);
const statusHistory = (pool: pg.Pool) => pool.query(
  `select c.number, e.seq, e.kind, e.from_status, e.to_status, e.occurred_on::text, e.reason_code, e.public_reason_zh
   from certificate_status_event e join certificate c on c.id = e.certificate_id order by c.number, e.seq`,
).then((r) => r.rows);
const auditEvents = (pool: pg.Pool) => pool.query(`select count(*)::int as n from audit_event`).then((r) => r.rows[0].n as number);

/** Rewrites the archive entry by entry through `change` (entries it returns unchanged stay as they were). */
async function rewriteArchive(from: string, to: string, change: (name: string, body: Buffer) => Buffer): Promise<void> {
  const extract = tar.extract();
  const pack = tar.pack();
  // Read while writing: an entry is taken only once the pack's output is being consumed.
  const packed = (async () => {
    const out: Buffer[] = [];
    for await (const chunk of pack as unknown as AsyncIterable<Buffer>) out.push(chunk);
    return Buffer.concat(out);
  })();
  Readable.from([gunzipSync(await readFile(from))]).pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry as unknown as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = change(entry.header.name, Buffer.concat(chunks));
    await new Promise<void>((ok, fail) => pack.entry({ ...entry.header, size: body.length }, body, (e) => (e ? fail(e) : ok())));
  }
  pack.finalize();
  await writeFile(to, gzipSync(await packed));
}

function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/src/backup', script), ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('foreign-key order', () => {
  it('puts referenced tables first, ignores self-references and refuses a cycle', () => {
    const keys = [{ child: 'b', parent: 'a' }, { child: 'c', parent: 'b' }, { child: 'c', parent: 'c' }, { child: 'a', parent: 'outside' }];
    expect(foreignKeyOrder(['c', 'b', 'a', 'd'], keys)).toEqual(['a', 'b', 'c', 'd']);
    expect(orderViolation(['a', 'b', 'c'], keys)).toBeNull();
    expect(orderViolation(['b', 'a', 'c'], keys)).toEqual({ child: 'b', parent: 'a' });
    expect(() => foreignKeyOrder(['a', 'b'], [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }])).toThrow(/cycle among a, b/);
  });
});

describe('backup', () => {
  it('holds every table but the rebuilt registry index, with counts, checksums and the migrations', async () => {
    const names = manifest.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['certificate', 'certificate_version', 'certificate_status_event', 'audit_event', 'outbox_event', 'registry_change', 'registry_feed_counter', 'mikro_orm_migrations']));
    expect(manifest.leftOut).toEqual(expect.arrayContaining(['registry_document', 'registry_document_removed', 'registry_alias']));
    expect(names.some((n) => n.startsWith('registry_document'))).toBe(false);
    // Referenced tables come first.
    expect(names.indexOf('organisation')).toBeLessThan(names.indexOf('certification_unit'));
    expect(names.indexOf('certificate')).toBeLessThan(names.indexOf('certificate_status_event'));
    const { rows } = await sourcePool.query<{ name: string }>(`select name from mikro_orm_migrations order by id`);
    expect(manifest.migrations).toEqual(rows.map((r) => r.name));
    const certificateTable = manifest.tables.find((t) => t.name === 'certificate')!;
    expect(certificateTable.rows).toBe(demoBatch().certificates.length);
    expect(manifest.tables.find((t) => t.name === 'certificate_version')!.parts.length).toBeGreaterThan(1);
    expect(manifest.sequences.find((s) => s.name === 'certification_case_no_seq')).toMatchObject({ lastValue: '3', isCalled: true });
  });

  it('never overwrites a file', async () => {
    await expect(writeBackup({ databaseUrl: source.url, out: backupFile })).rejects.toThrow(/already exists/);
  });
});

describe('restore', () => {
  let restored: { url: string; pool: pg.Pool };

  beforeAll(async () => {
    restored = await emptyDatabase();
    const result = await restoreBackup({ file: backupFile, into: restored.url });
    expect(result.tables).toBe(manifest.tables.length);
  });

  it('finds the same certificates, versions, status histories and audit events in an empty database', async () => {
    const original = await certificates(sourcePool);
    expect(original).toHaveLength(demoBatch().certificates.length);
    expect(new Set(original.map((c) => c.status))).toEqual(new Set(['VALID', 'SUSPENDED', 'REVOKED', 'CANCELLED', 'EXPIRED']));
    expect(await certificates(restored.pool)).toEqual(original);
    expect(await versions(restored.pool)).toEqual(await versions(sourcePool));
    expect(await statusHistory(restored.pool)).toEqual(await statusHistory(sourcePool));
    expect(await auditEvents(sourcePool)).toBeGreaterThanOrEqual(original.length);
    expect(await auditEvents(restored.pool)).toBe(await auditEvents(sourcePool));
    // And every other table, row for row.
    expect(await fingerprint(restored.pool)).toEqual(await fingerprint(sourcePool));
  });

  it('continues the sequences and keeps the append-only triggers on', async () => {
    const next = async (pool: pg.Pool) => (await pool.query(`select nextval('certification_case_no_seq')::text as n`)).rows[0].n;
    expect(await next(restored.pool)).toBe('4');
    const { rows: [max] } = await restored.pool.query(`select max(id)::text as id from audit_event`);
    const { rows: [added] } = await restored.pool.query(
      `insert into audit_event (occurred_at, actor_role, action, aggregate_type, aggregate_id, payload)
       values (now(), 'SYSTEM', 'test.after-restore', 'test', 'x', '{}') returning id::text`,
    );
    expect(BigInt(added.id)).toBeGreaterThan(BigInt(max.id));
    await expect(restored.pool.query(`update audit_event set reason = 'changed' where id = $1`, [added.id])).rejects.toThrow();
    await expect(restored.pool.query(`delete from certificate_status_event`)).rejects.toThrow();
  });

  it('gives a public registry that, rebuilt, answers the same searches', async () => {
    const sourceIndex = new PostgresCertificateIndex(sourcePool);
    const restoredIndex = new PostgresCertificateIndex(restored.pool);
    await restoredIndex.init();
    expect((await restoredIndex.search(SEARCHES[0]!)).totalCount).toBe(0);
    const db = await openDatabase(restored.url, { debug: false });
    try {
      const rebuilt = await reindex({ orm: db.orm, index: restoredIndex });
      expect(rebuilt.indexed).toBe(demoBatch().certificates.length);
    } finally {
      await db.close();
    }
    for (const query of SEARCHES) {
      const expected = await sourceIndex.search(query);
      expect(expected.hits.length).toBeGreaterThan(0);
      expect(await restoredIndex.search(query)).toEqual(expected);
    }
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const before = await fingerprint(restored.pool);
    const attempt = restoreBackup({ file: backupFile, into: restored.url });
    await expect(attempt).rejects.toBeInstanceOf(BackupInputError);
    await expect(attempt).rejects.toThrow(/is not empty/);
    expect(await fingerprint(restored.pool)).toEqual(before);
  });
});

describe('restore refuses', () => {
  it('a backup with one byte changed in a table file, by its checksum, writing nothing', async () => {
    const tampered = join(dir, 'tampered.tar.gz');
    let changed = false;
    await rewriteArchive(backupFile, tampered, (name, body) => {
      if (name !== 'tables/certificate/0001.copy') return body;
      const at = body.indexOf('CQC') + 5;
      body[at] = body[at] === 0x31 ? 0x32 : 0x31;
      changed = true;
      return body;
    });
    expect(changed).toBe(true);
    const target = await emptyDatabase();
    const attempt = restoreBackup({ file: tampered, into: target.url });
    await expect(attempt).rejects.toBeInstanceOf(BackupInputError);
    await expect(attempt).rejects.toThrow(/table certificate does not match its checksum/);
    expect(await ourTables(target.pool)).toEqual([]);
  });

  it('a damaged, a missing or a truncated file', async () => {
    const target = await emptyDatabase();
    const bytes = await readFile(backupFile);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    await writeFile(join(dir, 'flipped.tar.gz'), flipped);
    await writeFile(join(dir, 'truncated.tar.gz'), bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    for (const [file, message] of [['flipped.tar.gz', /is not a readable backup/], ['truncated.tar.gz', /is not a readable backup/], ['missing.tar.gz', /no backup file/]] as const) {
      const attempt = restoreBackup({ file: join(dir, file), into: target.url });
      await expect(attempt).rejects.toBeInstanceOf(BackupInputError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect(await ourTables(target.pool)).toEqual([]);
  });

  it('a backup made at other migrations than this code has', async () => {
    const older = join(dir, 'older.tar.gz');
    await rewriteArchive(backupFile, older, (name, body) => {
      if (name !== MANIFEST_ENTRY) return body;
      const saved = JSON.parse(body.toString('utf8')) as Manifest;
      return Buffer.from(JSON.stringify({ ...saved, migrations: saved.migrations.slice(0, -1) }));
    });
    const target = await emptyDatabase();
    await expect(restoreBackup({ file: older, into: target.url })).rejects.toThrow(/the backup was made before migrations/);
    expect(await ourTables(target.pool)).toEqual([]);
  });

  it('rolls everything back when the database rejects a row, leaving the target empty', async () => {
    // A consistent archive (checksums recomputed) whose data the database refuses.
    const bad = join(dir, 'bad-row.tar.gz');
    const { createHash } = await import('node:crypto');
    let text = '';
    await rewriteArchive(backupFile, bad, (name, body) => {
      if (name === 'tables/certificate/0001.copy') {
        text = body.toString('utf8').replace('\tVALID\t', '\tNOT-A-STATUS\t');
        return Buffer.from(text);
      }
      if (name !== MANIFEST_ENTRY) return body;
      const saved = JSON.parse(body.toString('utf8')) as Manifest;
      const table = saved.tables.find((t) => t.name === 'certificate')!;
      expect(table.parts).toHaveLength(1);
      table.sha256 = createHash('sha256').update(text).digest('hex');
      return Buffer.from(JSON.stringify(saved));
    });
    expect(text).toContain('NOT-A-STATUS');
    const target = await emptyDatabase();
    await expect(restoreBackup({ file: bad, into: target.url })).rejects.toThrow(/NOT-A-STATUS/);
    expect(await ourTables(target.pool)).toEqual([]);
  });
});

describe('the commands', () => {
  it('back up, restore with the registry rebuilt, and refuse a second restore with exit code 2', async () => {
    const file = join(dir, 'by-command.tar.gz');
    const backup = await runScript('backup-command.ts', ['--', '--out', file], { DATABASE_URL: source.url });
    expect(backup.stderr).toMatch(/\[backup\] wrote/);
    expect(backup).toMatchObject({ code: 0, stdout: `${file}\n` });

    const target = await emptyDatabase();
    const restore = await runScript('restore-command.ts', ['--from', file, '--into', target.url], {});
    expect(restore.stderr).toContain(`registry: ${demoBatch().certificates.length} certificates indexed`);
    expect(restore.code).toBe(0);
    const index = new PostgresCertificateIndex(target.pool);
    expect((await index.search(SEARCHES[1]!)).hits.map((h) => h.record.number))
      .toEqual((await new PostgresCertificateIndex(sourcePool).search(SEARCHES[1]!)).hits.map((h) => h.record.number));

    const again = await runScript('restore-command.ts', ['--from', file, '--into', target.url], {});
    expect(again.code).toBe(2);
    const lines = again.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('refused'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^\[restore\] refused: database cqc_empty_\w+ is not empty/);
    // Three processes that each load the API's modules: slow on a busy machine (the full suite).
  }, 180_000);
});
