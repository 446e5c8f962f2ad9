import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../support/index.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { CHROMIUM_ARGS, SKIP_REASON, chromiumPath } from '../support/chromium.js';
import { startWebServer, webBuildExists } from '../support/web-server.js';

describe.skipIf(!chromiumPath)(`public registry in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let platform: TestPlatform;
  let api: Server;
  let web: { url: string; stop(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    if (!webBuildExists()) throw new Error('web/build is missing: run `pnpm --filter @cqc/web build` (the test command does)');
    platform = await startTestPlatform();
    const apiPort = await freePort();
    api = await new Promise((done) => {
      const server = platform.app.listen(apiPort, '127.0.0.1', () => done(server));
    });
    web = await startWebServer({ port: await freePort(), apiUrl: `http://127.0.0.1:${apiPort}` });
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await new Promise<void>((done) => (api ? api.close(() => done()) : done()));
    await platform?.close();
  });

  it('searches by a Chinese name fragment, opens a certificate and shows its scope, key components and history', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const certificate = platform.batch.certificates.find((c) => c.history.some((h) => h.kind === 'SUSPENDED'))!;
    const manufacturer = platform.batch.organisations.find((o) => o.key === certificate.manufacturerKey)!;
    const fragment = manufacturer.nameZh.slice(0, 2);

    await page.goto(web.url);
    await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);
    await page.getByTestId('search-input').fill(fragment);
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/q=/);
    const viaApi = await platform.gql(`query($q: String) { searchCertificates(query: $q) { totalCount } }`, { q: fragment });
    const expected: number = viaApi.data.searchCertificates.totalCount;
    expect(expected).toBeGreaterThanOrEqual(platform.batch.certificates.filter((c) => c.manufacturerKey === certificate.manufacturerKey).length);
    // The client-side navigation may still be loading when the URL changes: wait for the count.
    await expect.poll(() => page.getByTestId('result-count').innerText()).toContain(String(expected));

    // Usable on a phone: the results fit the 390-pixel screen, with no sideways scrolling.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await page.getByTestId('result-link').filter({ hasText: certificate.number }).first().click();
    await page.waitForURL(new RegExp(`/certificates/${certificate.number}`));
    expect(await page.getByTestId('status-badge').first().innerText()).toBeTruthy();
    expect(await page.getByTestId('models-table').innerText()).toContain(certificate.models[0]!.designation);
    expect(await page.getByTestId('key-components-table').first().innerText()).toContain(certificate.keyComponentConfigurations[0]!.components[0]!.supplier);
    const history = await page.getByTestId('status-history').innerText();
    expect(history).toMatch(/S\d/);
    expect(await page.getByTestId('versions').innerText()).toBeTruthy();
    // Wide tables scroll inside their own box; the page itself does not.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.close();
  });
});
