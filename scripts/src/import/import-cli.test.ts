import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRows, writeCsvFiles, writeWorkbook } from '@cqc/api';
import { createTestDatabase, type TestDatabase } from '../../../test/support/index.js';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** `pnpm import` as a user runs it: exit codes, the report on stdout, the progress bar on stderr. */
describe('the import command', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'cqc-import-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/src/import/main.ts', ...args], {
      cwd: root, env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8', timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const certificates = async () => {
    const [row] = await db.orm.em.getConnection().execute(`select count(*)::int as n from certificate`);
    return (row as { n: number }).n;
  };

  it('exits 2 on an invalid file, lists the bad rows and writes nothing', async () => {
    const rows = sampleRows(2);
    rows.certificates[1]!.product_type = 'RCD';
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, await writeWorkbook(rows));
    const { code, stdout } = run('--file', file);
    expect(stdout).toContain('certificates row 3 [product_type]');
    expect(code).toBe(2);
    expect(await certificates()).toBe(0);
  });

  it('checks without writing on --dry-run, then imports a folder of CSV files with a progress bar, then skips on a re-run', async () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const f of writeCsvFiles(sampleRows(3))) writeFileSync(join(folder, f.name), f.content);

    const dry = run('--file', folder, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('3 of 3 certificate(s) would be imported');
    expect(await certificates()).toBe(0);

    const first = run('--file', folder);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 certificate(s) imported, 0 already present');
    expect(first.stderr).toContain('3/3 certificates');
    expect(await certificates()).toBe(3);

    const again = run('--file', folder);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('CQC24000090001 (row 2): already present, skipped');
    expect(await certificates()).toBe(3);
  });
});
