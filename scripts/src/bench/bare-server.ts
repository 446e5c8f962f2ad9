import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { LIVE_GENERATION, REGISTRY_ALIAS } from '@cqc/registry';

/**
 * The baseline: a bare Node http server answering a certificate lookup with one pg query, as
 * thin as a lookup can be (no GraphQL, no middleware, no cache).
 */
export async function startBareServer(pool: pg.Pool, alias = REGISTRY_ALIAS): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const number = new URL(req.url ?? '/', 'http://bench').searchParams.get('number') ?? '';
    pool
      .query<{ doc: unknown }>(
        `select doc from registry_document where generation = ${LIVE_GENERATION} and number = $2`,
        [alias, number],
      )
      .then(({ rows }) => {
        res.writeHead(rows[0] ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(rows[0]?.doc ?? null));
      })
      .catch(() => {
        res.writeHead(500).end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
