import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { freePort } from '../support/free-port.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { startWebServer, webBuildExists } from '../support/web-server.js';

/**
 * The API's public limits reach browsers that use the web pages (docs/decisions/0008-rate-limits.md):
 * web/server.mjs names the browser to the API. Two browsers behind a proxy are simulated with a
 * web server that trusts loopback proxies (WEB_TRUST_PROXY=loopback) and X-Forwarded-For from here;
 * a web server with the default (no trusted proxy) must ignore that header.
 */
describe('public rate limits through the web app', () => {
  const LIMIT = 3;
  let platform: TestPlatform;
  let api: Server;
  let proxied: Awaited<ReturnType<typeof startWebServer>>;
  let direct: Awaited<ReturnType<typeof startWebServer>>;

  beforeAll(async () => {
    if (!webBuildExists()) throw new Error('web/build is missing: run `pnpm --filter @cqc/web build` (the test command does)');
    platform = await startTestPlatform({ rateLimits: { publicPerMinute: LIMIT } });
    const apiPort = await freePort();
    api = await platform.listen(apiPort, '127.0.0.1');
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    proxied = await startWebServer({ port: await freePort(), apiUrl, trustProxy: 'loopback' });
    direct = await startWebServer({ port: await freePort(), apiUrl });
  });

  afterAll(async () => {
    await proxied?.stop();
    await direct?.stop();
    if (api) await new Promise<void>((done) => api.close(() => done()));
    await platform?.close();
  });

  const get = (base: string, path: string, client?: string, lang = 'zh') =>
    fetch(`${base}${path}`, { headers: { cookie: `lang=${lang}`, ...(client ? { 'x-forwarded-for': client } : {}) } });

  /** Loads the search page as `client` until refused; returns the refusal and how many pages were served first. */
  async function exhaust(client: string, lang: string): Promise<{ refused: Response; served: number }> {
    for (let served = 0; served <= LIMIT * 3; served++) {
      const res = await get(proxied.url, '/', client, lang);
      if (res.status !== 200) return { refused: res, served };
      await res.text();
    }
    throw new Error(`${client} was never limited`);
  }

  it('refuses the browser that used up its limit with 429 and the wait, and serves another browser', async () => {
    const a = await exhaust('203.0.113.10', 'zh');
    expect(a.served).toBeGreaterThan(0);
    expect(a.refused.status).toBe(429);
    const html = await a.refused.text();
    expect(html).toContain('data-status="429"');
    expect(html).toMatch(/请求过于频繁[\s\S]*请 \d+ 秒后再刷新页面/);

    // The same browser's certificate page and PDF download are refused too (the PDF proxy keeps Retry-After).
    const number = platform.batch.certificates[0]!.number;
    expect((await get(proxied.url, `/certificates/${number}`, '203.0.113.10')).status).toBe(429);
    const pdf = await get(proxied.url, `/certificates/${number}/versions/0/certificate.pdf`, '203.0.113.10');
    expect(pdf.status).toBe(429);
    expect(Number(pdf.headers.get('retry-after'))).toBeGreaterThan(0);

    const b = await get(proxied.url, '/', '203.0.113.20');
    expect(b.status).toBe(200);
    expect(await b.text()).not.toContain('data-status="429"');

    // A caller on this machine with no proxy naming anyone is the platform itself: never counted.
    for (let i = 0; i <= LIMIT; i++) expect((await get(proxied.url, '/')).status).toBe(200);
  });

  it('says so in English too', async () => {
    const { refused } = await exhaust('203.0.113.11', 'en');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/Too many requests[\s\S]*reload the page in \d+ s/);
  });

  it('does not believe an X-Forwarded-For sent by the browser itself (WEB_TRUST_PROXY unset)', async () => {
    // Here the socket's peer (loopback, exempt) is the client, whatever the header claims.
    for (let i = 0; i <= LIMIT * 2; i++) {
      const res = await get(direct.url, '/', '203.0.113.30');
      expect(res.status).toBe(200);
      await res.text();
    }
  });
});
