/**
 * `pnpm import -- --file FILE.xlsx | --file DIR_OF_CSVs [--dry-run] [--chunk N]`: imports existing
 * certificates through the import service into the platform's database (DATABASE_URL, or the
 * embedded one in DATA_DIR). Exit code 0: imported (or valid, with --dry-run); 2: the file is
 * invalid and nothing was written; 1: the run failed (the report says what was written).
 * The registry index picks the certificates up through the outbox like any other change.
 */
import cliProgress from 'cli-progress';
import { SYSTEM_ACTOR } from '@cqc/db';
import { loadConfig, runTabularImport, systemClock } from '@cqc/api';
import { openPlatformData } from '../platform.js';
import { readInput } from './read-input.js';
import { reportLines } from './report.js';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const value = (flag: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const file = value('--file');
if (!file) {
  console.error('usage: pnpm import -- --file FILE.xlsx|DIR_OF_CSVs [--dry-run] [--chunk N]');
  process.exit(64);
}
const files = readInput(file);
// Progress and logs on stderr, so that stdout carries the report alone.
const log = (line: string) => console.error(`[import] ${line}`);
const data = await openPlatformData(loadConfig(), log);
let code = 1;
try {
  const bar = new cliProgress.SingleBar({
    format: '{bar} {percentage}% | {value}/{total} certificates', stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  const result = await runTabularImport(data.db.orm, files, {
    clock: systemClock,
    actor: { ...SYSTEM_ACTOR, role: 'IMPORT' },
    dryRun: argv.includes('--dry-run'),
    chunkSize: value('--chunk') ? Number(value('--chunk')) : undefined,
    onProgress: (done, total) => {
      if (!started) bar.start(total, done);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  for (const line of reportLines(result)) console.log(line);
  code = result.status === 'INVALID' ? 2 : result.status === 'FAILED' ? 1 : 0;
} finally {
  await data.close();
}
process.exit(code);
