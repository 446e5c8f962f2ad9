/**
 * `pnpm bench [-- --certificates N] [--duration S] [--connections C] [--warmup S] [--distributions zipf,uniform]
 *   [--parts abcdefg]`: (a), (b) and (g) always run; `--parts abg` skips search, statements, lag and reindex.
 * It measures the registry at
 * the database's current size (DATABASE_URL, or the embedded one in DATA_DIR), generating
 * certificates first when fewer than N are there. Prints every figure of issue 5 point 9 with
 * its target. The measured servers (API, bare lookup) and the load generator run in processes of
 * their own.
 */
import { loadConfig } from '@cqc/api';
import { reindex } from '@cqc/registry';
import { openPlatformData } from '../platform.js';
import { generate } from '../generate/generate.js';
import { parseArgs } from './args.js';
import { parseDistributions } from './distribution.js';
import { formatReport } from './report.js';
import { runBench } from './run-bench.js';

const args = parseArgs(process.argv.slice(2), { certificates: 0, duration: 10, connections: 20, searchRuns: 100, lagChanges: 200, json: false,
  warmup: 2, distributions: 'zipf,uniform', parts: 'abcdefg' });
const log = (line: string) => console.log(`[bench] ${line}`);
const data = await openPlatformData(loadConfig(), log);
try {
  const { rows } = await data.pool.query<{ n: number }>(`select count(*)::int as n from certificate`);
  if (args.certificates > rows[0]!.n) {
    log(`generating up to ${args.certificates} certificates (${rows[0]!.n} there)`);
    const result = await generate({ pool: data.pool, certificates: args.certificates, onProgress: (done, total) => process.stdout.write(`\r[bench] ${done}/${total}`) });
    process.stdout.write('\n');
    log(`${result.created} certificates generated`);
  }
  const { totalCount } = await data.index.search({ text: '', limit: 1, offset: 0 });
  const { rows: now } = await data.pool.query<{ n: number }>(`select count(*)::int as n from certificate`);
  if (totalCount !== now[0]!.n) {
    log(`the index holds ${totalCount} of ${now[0]!.n} certificates: rebuilding it first`);
    await reindex({ orm: data.db.orm, index: data.index, onProgress: (n) => process.stdout.write(`\r[bench] ${n} indexed`) });
    process.stdout.write('\n');
  }
  const report = await runBench({
    orm: data.db.orm, pool: data.pool, index: data.index, databaseUrl: data.databaseUrl, durationSeconds: args.duration, connections: args.connections,
    searchRuns: args.searchRuns, lagChanges: args.lagChanges, log,
    warmupSeconds: args.warmup, distributions: parseDistributions(args.distributions), parts: args.parts,
  });
  console.log(`\n${formatReport(report)}`);
  console.log('\nNote: the load generator runs on the same machine (2 vCPU here); figures are noisy when other work runs.');
  if (args.json) console.log(JSON.stringify(report));
} finally {
  await data.close();
}
