import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import type { TestPlatform } from '../support/platform.js';
import { DESKTOP, PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`the administrator's reference-data pages in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });

  afterAll(() => b?.close());


  it('lets the administrator set an organisation’s credit standing, with the error beside the field first', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/organisations');
    await page.getByTestId('nav-admin').waitFor();
    await page.getByTestId('organisation-query').fill('瓯能');
    await page.getByTestId('organisation-search').click();
    await page.waitForURL(/q=/);
    await expect.poll(() => page.getByTestId('organisation-row').count()).toBe(1);
    const row = page.getByTestId('organisation-row');
    expect(await row.getByTestId('credit-badge').getAttribute('data-status')).toBe('NONE');

    // DISHONEST without a source: refused, and the message sits beside the source field.
    await row.getByTestId('credit-status').selectOption('DISHONEST');
    await row.getByTestId('credit-checked-on').fill('2026-11-20');
    await row.getByTestId('credit-save').click();
    await row.locator('[data-testid="field-error"][data-field$="-source"]').waitFor();
    expect(await row.getByTestId('credit-badge').getAttribute('data-status')).toBe('NONE');

    await row.getByTestId('credit-source').fill('信用中国 失信主体名单');
    await row.getByTestId('credit-save').click();
    await row.getByTestId('credit-saved').waitFor();
    const badge = row.getByTestId('credit-badge');
    expect(await badge.getAttribute('data-status')).toBe('DISHONEST');
    expect(await badge.innerText()).toContain('失信');
    expect(await row.innerText()).toContain('信用中国 失信主体名单');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    const stored = await platform.pool.query(`select credit_status, credit_source, credit_checked_on::text as on from organisation where name_zh like '%瓯能%'`);
    expect(stored.rows).toEqual([{ credit_status: 'DISHONEST', credit_source: '信用中国 失信主体名单', on: '2026-11-20' }]);
  });

  it('shows the API’s schedule problems with their line, and publishes a new year', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/calendar', DESKTOP);
    await page.locator('[data-testid="calendar-year"][data-year="2026"]').waitFor();
    await page.getByTestId('calendar-year-input').fill('2027');
    await page.getByTestId('calendar-days').fill('2027-02-08 HOLIDAY 春节 | Spring Festival\n2027-02-09 WORKDAY 调休 | Make-up day');
    await page.getByTestId('calendar-publish').click();
    await page.getByTestId('calendar-line-error').first().waitFor();
    expect(await page.getByTestId('calendar-line-error').first().innerText()).toContain('第 2 行');

    await page.getByTestId('calendar-days').fill('2027-02-07 WORKDAY 春节调休上班 | Spring Festival make-up day\n2027-02-08 HOLIDAY 春节 | Spring Festival');
    await page.getByTestId('calendar-publish').click();
    await page.getByTestId('calendar-published').waitFor();
    expect(await page.locator('[data-testid="calendar-year"][data-year="2027"]').innerText()).toContain('管理员录入');
  });

  it('edits a lab’s CMA scope one item per line, refusing a duplicate beside the field', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/labs', DESKTOP);
    const row = page.getByTestId('lab-row').first();
    const scope = await row.getByTestId('lab-scope-input').inputValue();
    const first = scope.split('\n')[0]!;
    await row.getByTestId('lab-scope-input').fill(`${scope}\n ${first} `);
    await row.getByTestId('lab-save').click();
    await row.locator('[data-testid="field-error"][data-field$="-scope"]').waitFor();
    await row.getByTestId('lab-scope-input').fill(`${scope}\n局部放电试验`);
    await row.getByTestId('lab-save').click();
    await row.getByTestId('lab-saved').waitFor();
    expect(await row.getByTestId('lab-scope').innerText()).toContain('局部放电试验');
  });

  it('refuses other roles with a 403 page', async () => {
    const page = await b.signIn(Role.ENGINEER, '/workbench', DESKTOP);
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    const response = await page.goto(`${b.webUrl}/admin/labs`);
    expect(response?.status()).toBe(403);
    expect(await page.getByTestId('error-panel').getAttribute('data-status')).toBe('403');
  });
});
