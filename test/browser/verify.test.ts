import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { designationKey } from '@cqc/db';
import type { TestPlatform } from '../support/platform.js';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`batch verification in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });

  afterAll(() => b?.close());

  function sample() {
    const suspended = platform.batch.certificates.find((c) => c.history.at(-1)?.kind === 'SUSPENDED')!;
    const other = platform.batch.certificates.find((c) => c.number !== suspended.number)!;
    const model = other.models[0]!.designation;
    const holders = platform.batch.certificates.filter((c) => c.models.some((m) => designationKey(m.designation) === designationKey(model)));
    return { suspended, model, holders };
  }

  async function expectResults(page: Page, s: ReturnType<typeof sample>, identifiers: { number: string; model: string }) {
    await page.getByTestId('verify-results').waitFor();
    const rows = page.getByTestId('verify-row');
    await expect.poll(() => rows.count()).toBe(1 + s.holders.length + 1);
    const first = rows.first();
    expect(await first.getAttribute('data-matched')).toBe('CERTIFICATE');
    expect(await first.getAttribute('data-number')).toBe(s.suspended.number);
    expect(await first.getByTestId('verify-status').getAttribute('data-status')).toBe('SUSPENDED');
    const modelRows = page.locator(`[data-testid="verify-row"][data-matched="MODEL"]`);
    expect((await modelRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-number')))).sort()).toEqual(s.holders.map((c) => c.number).sort());
    expect(await modelRows.first().getAttribute('data-identifier')).toBe(identifiers.model);
    const unknown = page.locator(`[data-testid="verify-row"][data-matched="UNKNOWN"]`);
    expect(await unknown.getAttribute('data-identifier')).toBe('CQC-NO-SUCH-1');
    expect(await unknown.getByTestId('verify-unknown').isVisible()).toBe(true);
    expect(await page.getByTestId('verify-count').innerText()).toMatch(/3.*1/);
  }

  it('verifies pasted numbers and models on a phone: statuses, every certificate of the model, unknown ones marked, CSV download', async () => {
    const s = sample();
    const page = await b.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(b.webUrl);
    await page.getByTestId('nav-verify').click();
    await page.waitForURL(/\/verify$/);
    const model = s.model.toLowerCase().replace(/-/g, ' ');
    await page.getByTestId('verify-input').fill(`${s.suspended.number}\n${model}\n\nCQC-NO-SUCH-1\n`);
    await page.getByTestId('verify-submit').click();
    await expectResults(page, s, { number: s.suspended.number, model });
    // The page fits the phone; the table scrolls in its own box.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('verify-download').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('\uFEFFidentifier,matched,number,status,holderZh,holderEn,expiresOn,model');
    expect(csv).toContain(`${s.suspended.number},CERTIFICATE,${s.suspended.number},SUSPENDED`);
    expect(csv).toContain('CQC-NO-SUCH-1,UNKNOWN');
    await page.close();
  });

  it('verifies the number and model columns of an uploaded CSV file the same way', async () => {
    const s = sample();
    const page = await b.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${b.webUrl}/verify`);
    const file = `备注,证书编号,型号\nfirst,${s.suspended.number},\nsecond,,${s.model}\nthird,CQC-NO-SUCH-1,\n`;
    await page.getByTestId('verify-file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await page.getByTestId('verify-submit').click();
    await expectResults(page, s, { number: s.suspended.number, model: s.model });
    await page.close();
  });
});
