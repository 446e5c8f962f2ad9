/**
 * `pnpm backup [-- --out FILE]`: a logical backup of the platform's database (DATABASE_URL, or
 * the embedded PostgreSQL under DATA_DIR, whether `pnpm start` is running or not) into one file,
 * by default DATA_DIR/backups/cqc-<UTC time>.tar.gz. Progress and messages go to stderr; the
 * file's path alone goes to stdout, for scripts. Exit code 0 written, 2 refused, 1 failed.
 * docs/operations/backup.md has the schedule; docs/decisions/0011 the reasons.
 */
import { resolve } from 'node:path';
import { commandArgs, commandConfig, formatBytes, formatCount, progressLine, runCommand } from './command-support.js';
import { platformDatabase } from './platform-database.js';
import { writeBackup } from './write-backup.js';

const log = (line: string) => process.stderr.write(`[backup] ${line}\n`);

/** `cqc-2026-11-29T020000Z.tar.gz`: sorts by time, and has no colon (which some tools read as host:path). */
function defaultFileName(at: Date): string {
  return `cqc-${at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '')}.tar.gz`;
}

await runCommand('backup', async () => {
  const args = commandArgs({ out: '' });
  const config = commandConfig();
  const out = resolve(args.out || resolve(config.DATA_DIR, 'backups', defaultFileName(new Date())));
  const database = await platformDatabase(config, log, { create: false });
  try {
    const progress = progressLine('backup');
    const started = Date.now();
    const result = await writeBackup({
      databaseUrl: database.url,
      out,
      onProgress: (p) => progress.update(`${p.tablesDone}/${p.tablesTotal} tables, ${formatCount(p.rows)} rows (${p.table})`),
    });
    const { manifest } = result;
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    progress.done(`${manifest.tables.length}/${manifest.tables.length} tables, ${formatCount(rows)} rows`);
    log(`wrote ${result.file} (${formatBytes(result.bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s; left out, rebuilt after a restore: ${manifest.leftOut.join(', ') || 'none'}`);
    process.stdout.write(`${result.file}\n`);
  } finally {
    await database.close();
  }
});
