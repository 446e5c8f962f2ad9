/**
 * `pnpm restore -- --from FILE [--into DATABASE_URL] [--no-reindex]`: restores a backup made by
 * `pnpm backup` into an empty database (by default the platform's own: DATABASE_URL, or the
 * embedded PostgreSQL under DATA_DIR, created if missing), then rebuilds the public registry's
 * search index, which backups leave out. `--check` only verifies the file (checksums, parts,
 * whether this code's migrations match) and touches no database.
 * Exit code 0 done, 2 refused (missing or damaged file, non-empty target, migration mismatch:
 * nothing written), 1 failed (rolled back).
 */
import { reindex } from '@cqc/registry';
import { openPlatformData } from '../platform.js';
import { BackupInputError } from './backup-error.js';
import { codeMigrations, migrationMismatch } from './code-migrations.js';
import { commandArgs, commandConfig, formatCount, progressLine, runCommand } from './command-support.js';
import { platformDatabase } from './platform-database.js';
import { verifyBackup } from './read-backup.js';
import { restoreBackup } from './restore.js';

const log = (line: string) => process.stderr.write(`[restore] ${line}\n`);

await runCommand('restore', async () => {
  const args = commandArgs({ from: '', into: '', reindex: true, check: false });
  if (!args.from) throw new BackupInputError('--from FILE is required (a file written by pnpm backup)');
  const config = commandConfig();

  if (args.check) {
    const manifest = await verifyBackup(args.from);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    log(`${args.from} is intact: database ${manifest.database} at ${manifest.createdAt} (PostgreSQL ${manifest.serverVersion}), ${manifest.tables.length} tables, ${formatCount(rows)} rows`);
    const mismatch = migrationMismatch(manifest.migrations, codeMigrations());
    log(mismatch ? `this version of the platform cannot restore it: ${mismatch}` : 'this version of the platform can restore it');
    return;
  }

  const target = args.into ? { url: args.into, close: async () => undefined } : await platformDatabase(config, log, { create: true });
  try {
    const progress = progressLine('restore');
    const started = Date.now();
    const result = await restoreBackup({
      file: args.from,
      into: target.url,
      onProgress: (p) => {
        if (p.phase === 'load') progress.update(`${p.tablesDone}/${p.tablesTotal} tables, ${formatCount(p.rows)}/${formatCount(p.rowsTotal)} rows`);
        else log({ verify: `checking ${args.from}`, migrate: 'running the migrations', check: 'comparing the restored tables with the backup' }[p.phase]);
      },
    });
    progress.done(`${result.tables}/${result.tables} tables, ${formatCount(result.rows)} rows`);
    log(`restored the backup of ${result.manifest.createdAt} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!args.reindex) {
      log('the registry search index is empty: run pnpm reindex before opening the platform');
      return;
    }
    const data = await openPlatformData({ ...config, DATABASE_URL: target.url }, log);
    try {
      const rebuilt = await reindex({ orm: data.db.orm, index: data.index, pageSize: 500, onProgress: (n: number) => progress.update(`registry: ${formatCount(n)} certificates indexed`) });
      progress.done(`registry: ${formatCount(rebuilt.indexed)} certificates indexed`);
    } finally {
      await data.close();
    }
  } finally {
    await target.close();
  }
});
