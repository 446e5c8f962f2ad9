import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`the regulator dashboard in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
  });

  afterAll(() => b?.close());

  it('lands a regulator on the dashboard with figures, filters the list, and creates, lists and revokes an API token', async () => {
    const regulator = b.platform.batch.users.find((u) => u.role === Role.REGULATOR)!;
    const page = await (await b.browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${b.webUrl}/login`);
    await page.getByTestId('login-email').fill(regulator.email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/regulator$/);

    // Charts with figures that add up to the total.
    const total = Number(await page.getByTestId('rg-total').getAttribute('data-count'));
    expect(total).toBe(b.platform.batch.certificates.length);
    const statusBars = page.getByTestId('rg-chart-status-bar');
    const counts = await statusBars.evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))));
    expect(counts.reduce((s, c) => s + c, 0)).toBe(total);
    expect(await page.getByTestId('rg-chart-type-bar').count()).toBe(2);
    expect(await page.getByTestId('rg-chart-month-bar').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('rg-chart-status').innerText()).toContain('有效');
    await page.getByTestId('rg-feed-row').first().waitFor();

    // Filtering narrows the list and the charts alike.
    const suspended = await page.locator('[data-testid="rg-chart-status-bar"][data-key="SUSPENDED"]').getAttribute('data-count');
    await page.getByTestId('rg-filter-status').selectOption('SUSPENDED');
    await page.getByTestId('rg-filter-apply').click();
    await page.waitForURL(/status=SUSPENDED/);
    // The URL changes before the new data is rendered (client-side navigation): wait for the figures.
    await expect.poll(() => page.getByTestId('rg-list-count').getAttribute('data-count')).toBe(suspended);
    const statuses = await page.getByTestId('rg-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['SUSPENDED']));
    expect(await page.getByTestId('rg-total').getAttribute('data-count')).toBe(suspended);

    // A token: the secret once, listed with "never used", then used, then revoked.
    await page.getByTestId('rg-tokens-link').click();
    await page.waitForURL(/\/regulator\/tokens$/);
    await page.getByTestId('rg-token-name').fill('省局数据平台');
    await page.getByTestId('rg-token-create').click();
    const secret = await page.getByTestId('rg-token-secret').innerText();
    expect(secret).toMatch(/^cqcr_/);
    const row = page.locator('[data-testid="rg-token-row"][data-name="省局数据平台"]');
    await row.waitFor();
    expect(await row.getAttribute('data-revoked')).toBe('false');
    expect(await row.getByTestId('rg-token-last-used').innerText()).toBe('从未使用');

    const used = await b.platform.gql(`{ regulatorCounts { total } }`, {}, secret);
    expect(used.data.regulatorCounts.total).toBe(total);
    await page.reload();
    await page.getByTestId('rg-token-form').waitFor();
    expect(await page.getByTestId('rg-token-secret').count()).toBe(0);
    expect(await row.getByTestId('rg-token-last-used').innerText()).not.toBe('从未使用');

    await row.getByTestId('rg-token-revoke').click();
    await page.getByTestId('rg-token-revoked').waitFor();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    const refused = await b.platform.gql(`{ regulatorCounts { total } }`, {}, secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
