/**
 * Rebuilds the public registry's search index from PostgreSQL. Readers keep seeing the old
 * index until the new one is complete; then it is swapped in at once.
 */
import { loadConfig } from '@cqc/api';
import { reindex } from '@cqc/registry';
import { openPlatformData } from './platform.js';

const log = (line: string) => console.log(`[reindex] ${line}`);
const config = loadConfig();
const data = await openPlatformData(config, log);
const started = Date.now();
try {
  const total = await reindex({
    orm: data.db.orm,
    index: data.index,
    pageSize: 500,
    onProgress: (done: number) => process.stdout.write(`\r[reindex] ${done} certificates`),
  });
  process.stdout.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`rebuilt ${total.indexed} certificates in ${seconds} s (${total.caughtUp} changed during the rebuild and were re-applied)`);
} finally {
  await data.close();
}
