import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { DESKTOP, PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

/**
 * §8.5 on the web: the holder asks for a suspension in the portal, the decider grants it on the
 * workbench, the public registry shows it with reason S8 and its maximum date; the decider then
 * restores the certificate and the registry shows it VALID again.
 */
describe.skipIf(!chromiumPath)(`certificate suspension and restoration on the web${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let number: string;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    // A VALID certificate of 瓯能 (the ENTERPRISE demo user's organisation) that outlives a 12-month suspension.
    const { rows } = await b.platform.pool.query(
      `select c.number from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
       where c.status = 'VALID' and o.name_zh like '%瓯能%' and c.expires_on > '2028-01-31' order by c.number limit 1`);
    number = rows[0].number;
  });
  afterAll(() => b?.close());

  const noSideScroll = async (page: Page, width: number) =>
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);

  /** Submits a form and waits for the redirect that says it went through. */
  async function submit(page: Page, testId: string, done: string) {
    await Promise.all([page.waitForURL(new RegExp(`\\?done=${done}$`)), page.getByTestId(testId).click()]);
  }

  async function publicStatus(page: Page) {
    await b.platform.project();
    await page.goto(`${b.webUrl}/certificates/${number}`);
    return page.getByTestId('status-badge').getAttribute('data-status');
  }

  it('lets the holder request a suspension that the decider grants, and the decider restore it; the registry follows', async () => {
    const holder = await b.signIn(Role.ENTERPRISE, `/portal/certificates/${number}/status`, PHONE);
    await expect.poll(() => holder.getByTestId('record-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('VALID');
    await noSideScroll(holder, PHONE.width);
    // Sent empty, the explanation is marked beside the field; nothing was filed.
    await holder.getByTestId('status-submit-requestSuspension').click();
    await holder.locator('[data-testid="field-error"][data-field="requestSuspension.explanation"]').waitFor();
    await holder.getByTestId('input-requestSuspension.explanation').fill('订单式生产，淡季停产');
    await submit(holder, 'status-submit-requestSuspension', 'request');
    await expect.poll(() => holder.getByTestId('status-request').first().getAttribute('data-state'), { timeout: 10_000 }).toBe('PENDING');
    await holder.getByTestId('status-request-pending').waitFor();

    const decider = await b.signIn(Role.DECIDER, '/workbench', DESKTOP);
    await Promise.all([decider.waitForURL(/\/workbench\/certificates$/), decider.getByTestId('nav-certificate-status').click()]);
    const inbox = decider.locator(`[data-testid="open-request"][data-number="${number}"]`);
    expect(await inbox.getAttribute('data-kind')).toBe('SUSPENSION');
    await Promise.all([decider.waitForURL(new RegExp(`/workbench/certificates/${number}$`)), inbox.getByTestId('open-request-link').click()]);
    await submit(decider, 'decide-grant', 'decide');
    await expect.poll(() => decider.getByTestId('record-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('SUSPENDED');
    expect(await decider.getByTestId('suspended-until').innerText()).toBe('2027-11-25');
    await expect.poll(() => decider.getByTestId('status-request').first().getAttribute('data-state'), { timeout: 10_000 }).toBe('GRANTED');

    const registry = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    expect(await publicStatus(registry)).toBe('SUSPENDED');
    expect(await registry.getByTestId('status-badge').innerText()).toContain('2027-11-25');
    const last = registry.getByTestId('status-history').locator('li').last();
    expect(await last.getAttribute('data-kind')).toBe('SUSPENDED');
    expect(await last.locator('code').innerText()).toBe('S8');
    expect(await last.innerText()).toContain('2027-11-25');
    // The cause that set the 12-month maximum (§8.5.1.1) is public too.
    expect(await last.locator('.timeline__cause').innerText()).toContain('季节性');

    // A reason code the API does not know comes back beside its field, with what was typed kept.
    await decider.goto(`${b.webUrl}/workbench/certificates/${number}`);
    await decider.getByTestId('input-cancel.reasonCode').evaluate((select) => select.insertAdjacentHTML('beforeend', '<option value="C9">C9</option>'));
    await decider.getByTestId('input-cancel.reasonCode').selectOption('C9');
    await decider.getByTestId('input-cancel.publicReasonZh').fill('测试');
    await decider.getByTestId('status-submit-cancel').click();
    await decider.locator('[data-testid="field-error"][data-field="cancel.reasonCode"]').waitFor();
    expect(await decider.getByTestId('input-cancel.publicReasonZh').inputValue()).toBe('测试');
    await expect.poll(() => decider.getByTestId('record-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('SUSPENDED');

    await decider.getByTestId('input-restore.publicReasonZh').fill('整改符合要求，恢复证书。');
    await submit(decider, 'status-submit-restore', 'restore');
    await expect.poll(() => decider.getByTestId('record-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('VALID');
    await noSideScroll(decider, DESKTOP.width);
    expect(await publicStatus(registry)).toBe('VALID');
    expect(await registry.getByTestId('status-history').locator('li').last().getAttribute('data-kind')).toBe('RESTORED');
  });

  it('shows another organisation’s user no status page for the certificate', async () => {
    const other = b.platform.batch.users.filter((u) => u.role === Role.ENTERPRISE)[1];
    if (!other) throw new Error('no second ENTERPRISE demo user');
    const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    const path = `/portal/certificates/${number}/status`;
    await page.goto(`${b.webUrl}${path}`);
    await page.waitForURL(/\/login\?redirectTo=/);
    await page.getByTestId('login-email').fill(other.email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(new RegExp(`${path}$`));
    expect(await page.getByTestId('error-panel').getAttribute('data-status')).toMatch(/^40[34]$/);
    expect(await page.getByTestId('status-actions').count()).toBe(0);
  });
});
