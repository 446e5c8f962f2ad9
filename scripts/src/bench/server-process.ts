/**
 * One measured server in its own process, as it runs in production: the bench's coordinator
 * (and its lists of numbers) must not share the server's event loop or be counted in its
 * memory. Started by server-child.ts with IPC; argv: the mode — `cached` (the API with the
 * registry and response caches, as `pnpm start` runs it), `plain` (the API without caches) or
 * `bare` (a bare Node http server with pg) — and the database URL the coordinator opened. Sends `{ url }` once listening, answers `'memory'` with
 * `{ memory }`, the process's memory usage (bytes), and closes on `'close'`.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { createApi, loadConfig, systemClock } from '@cqc/api';
import { openDatabase } from '@cqc/db';
import { RegistryCache, ResponseCache, createCertificateIndex } from '@cqc/registry';
import { startBareServer } from './bare-server.js';

const [mode, databaseUrl] = process.argv.slice(2) as ['cached' | 'plain' | 'bare', string | undefined];
if (!databaseUrl || !['cached', 'plain', 'bare'].includes(mode)) throw new Error('usage: server-process.ts cached|plain|bare <database URL>');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const closers: Array<() => Promise<void> | void> = [() => pool.end()];
let url: string;
if (mode === 'bare') {
  const bare = await startBareServer(pool);
  closers.unshift(() => bare.close());
  url = bare.url;
} else {
  const config = loadConfig();
  const db = await openDatabase(databaseUrl);
  closers.push(() => db.close());
  const index = createCertificateIndex({ pool, meiliUrl: config.MEILI_URL, meiliKey: config.MEILI_MASTER_KEY });
  // As `pnpm start`: the search index's in-memory part is built before the load, so the
  // measured memory includes it (decision 0013).
  if (mode === 'cached') await index.ready?.();
  const registryCache = mode === 'cached' ? new RegistryCache({ index, pool }) : undefined;
  await registryCache?.start();
  const responseCache = registryCache ? new ResponseCache(registryCache) : false;
  const api = await createApi({
    orm: db.orm, index, clock: systemClock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, registryCache, responseCache,
  });
  const server: Server = await api.listen(0, '127.0.0.1');
  closers.unshift(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await api.stop();
    if (responseCache) responseCache.close();
    await registryCache?.stop();
    // The bench reads cache statistics before closing.
  });
  process.on('message', (message) => {
    if (message === 'stats') {
      process.send!({ cache: { ...(registryCache?.stats ?? { hits: 0, misses: 0 }) }, responses: { ...(responseCache ? responseCache.stats : { hits: 0, misses: 0 }) } });
    }
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

process.on('message', async (message) => {
  if (message === 'memory') process.send!({ memory: process.memoryUsage() });
  if (message === 'close') {
    for (const close of closers) await close();
    process.exit(0);
  }
});
// The coordinator died: do not linger.
process.on('disconnect', () => process.exit(0));
process.send!({ url });
