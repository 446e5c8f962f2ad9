/**
 * `pnpm generate -- --certificates 1000000 [--seed N] [--batch N] [--no-reindex]`: fills the
 * platform's database (DATABASE_URL, or the embedded one in DATA_DIR) with fictional demo
 * certificates in bulk, then rebuilds the registry index from them.
 */
import cliProgress from 'cli-progress';
import { loadConfig } from '@cqc/api';
import { reindex } from '@cqc/registry';
import { openPlatformData } from '../platform.js';
import { parseArgs } from '../bench/args.js';
import { generate } from './generate.js';

const args = parseArgs(process.argv.slice(2), { certificates: 100_000, seed: 20261127, batch: 2000, reindex: true });
const log = (line: string) => console.log(`[generate] ${line}`);
const data = await openPlatformData(loadConfig(), log);
try {
  const started = Date.now();
  const bar = progressBar('certificates');
  let first: number | null = null;
  const result = await generate({
    pool: data.pool,
    certificates: args.certificates,
    seed: args.seed,
    batchSize: args.batch,
    onProgress: (done, total) => {
      if (first === null) {
        first = done;
        bar.start(total, done, { rate: 0 });
      }
      bar.update(done, { rate: Math.round((done - first) / Math.max(0.001, (Date.now() - started) / 1000)) });
    },
  });
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  log(`${result.created} certificates written in ${seconds.toFixed(0)} s (${Math.round(result.created / Math.max(seconds, 0.001))}/s); ${result.existing} were already there; ${result.manufacturers} manufacturers, ${result.factories} factories`);
  if (args.reindex) {
    const rebuilt = Date.now();
    const reindexBar = progressBar('records');
    const { rows } = await data.pool.query<{ n: string }>(`select count(*) as n from certificate`);
    reindexBar.start(Number(rows[0]!.n), 0, { rate: 0 });
    const done = await reindex({
      orm: data.db.orm, index: data.index,
      onProgress: (indexed) => reindexBar.update(indexed, { rate: Math.round(indexed / Math.max(0.001, (Date.now() - rebuilt) / 1000)) }),
    });
    reindexBar.stop();
    log(`registry index rebuilt: ${done.indexed} records in ${((Date.now() - rebuilt) / 1000).toFixed(0)} s`);
  } else {
    log('index not rebuilt (--no-reindex): run `pnpm reindex` before using the registry');
  }
} finally {
  await data.close();
}

function progressBar(unit: string) {
  return new cliProgress.SingleBar({
    format: `{bar} {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
    etaBuffer: 50,
    hideCursor: true,
    // Also when the output is a log file or CI: one line every few seconds.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  }, cliProgress.Presets.shades_classic);
}
