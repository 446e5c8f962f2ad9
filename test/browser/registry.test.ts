import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../support/platform.js';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`public registry in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });

  afterAll(() => b?.close());

  it('searches by a Chinese name fragment, opens a certificate and shows its scope, key components and history', async () => {
    const page = await b.browser.newPage({ viewport: { width: 390, height: 844 } });
    const certificate = platform.batch.certificates.find((c) => c.history.some((h) => h.kind === 'SUSPENDED'))!;
    const manufacturer = platform.batch.organisations.find((o) => o.key === certificate.manufacturerKey)!;
    const fragment = manufacturer.nameZh.slice(0, 2);

    await page.goto(b.webUrl);
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

  it('finds a maker by its English name with a typo, marks the match, and narrows by a facet link on a phone', async () => {
    const page = await b.browser.newPage({ viewport: { width: 390, height: 844 } });
    const certificate = platform.batch.certificates[0]!;
    const manufacturer = platform.batch.organisations.find((o) => o.key === certificate.manufacturerKey)!;
    // Its distinctive word (e.g. Ouneng) with two neighbouring letters swapped: one typo.
    const word = manufacturer.nameEn.split(' ').find((w) => /^[A-Za-z]{5,8}$/.test(w) && !['Zhejiang', 'Shanghai', 'Jiangsu', 'Xiamen', 'Ningbo'].includes(w))!;
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);

    await page.goto(b.webUrl);
    await page.getByTestId('search-input').fill(typo);
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/q=/);
    await expect.poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-count'))).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.result mark').allInnerTexts()).toContain(word);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // A facet link narrows the results to its count and shows as chosen.
    await page.goto(b.webUrl);
    const link = page.getByTestId('facet-status').getByTestId('facet-link').last();
    const status = (await link.getAttribute('data-value'))!;
    const count = Number(await link.locator('.facets__count').innerText());
    const total = Number(await page.getByTestId('result-count').getAttribute('data-count'));
    expect(count).toBeLessThan(total);
    await link.click();
    await page.waitForURL(new RegExp(`status=${status}`));
    await expect.poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-count'))).toBe(count);
    await expect(page.getByTestId('facet-status').getByTestId('facet-link').first().getAttribute('aria-current')).resolves.toBe('true');
    const maker = page.getByTestId('facet-manufacturer').getByTestId('facet-link').first();
    const makerCount = Number(await maker.locator('.facets__count').innerText());
    await maker.click();
    await page.waitForURL(/manufacturerId=/);
    await expect.poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-count'))).toBe(makerCount);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.close();
  });
});
