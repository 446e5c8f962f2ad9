import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`the audit log page in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  beforeAll(async () => {
    b = await startBrowserPlatform();
  });
  afterAll(() => b?.close());

  it('lists events newest first, filters by certificate, checks the chain and then finds an altered event', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/audit', DESKTOP);
    // The address changes before the page has rendered: wait for the rows themselves.
    await page.getByTestId('audit-event').nth(10).waitFor();
    const seqs = (await page.getByTestId('audit-event').locator('td:first-child').allInnerTexts()).map(Number);
    expect(seqs.length).toBeGreaterThan(10);
    expect(seqs).toEqual([...seqs].sort((a, x) => x - a));

    const { rows: [cert] } = await b.platform.pool.query(`select id::text, number from certificate order by number limit 1`);
    await page.getByTestId('audit-filter-certificate').fill(cert.number);
    await page.getByTestId('audit-filter').click();
    await page.waitForURL(/certificateNumber=/);
    const subjects = await page.getByTestId('audit-event').allInnerTexts();
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every((row) => row.includes(cert.id))).toBe(true);

    await page.getByTestId('audit-check').click();
    const intact = await page.getByTestId('audit-intact').innerText();
    expect(intact).toMatch(/哈希链完整/);
    const anchor = /(\d+:[0-9a-f]{64})/.exec(intact)![1]!;

    // Someone with the owner's powers alters an event; the page points at it.
    const client = await b.platform.pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_event disable trigger audit_event_append_only');
      await client.query(`update audit_event set reason = 'forged' where chain_seq = 3`);
      await client.query('alter table audit_event enable trigger audit_event_append_only');
      await client.query('commit');
    } finally {
      client.release();
    }
    await page.getByTestId('audit-anchor').fill(anchor);
    await page.getByTestId('audit-check').click();
    expect(await page.getByTestId('audit-broken').innerText()).toContain('第 3 条断开：该记录在写入后被修改');

    await page.getByTestId('audit-anchor').fill('not an anchor');
    await page.getByTestId('audit-check').click();
    expect(await page.getByTestId('audit-error').innerText()).toContain('anchor');
  });
});
