import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../support/platform.js';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`public certificate page: freshness, PDF and signed record${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;
  let number: string;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
    number = (await platform.pool.query<{ number: string }>(`select number from certificate where status = 'SUSPENDED' order by number limit 1`)).rows[0]!.number;
  });

  afterAll(() => b?.close());

  it('shows the status as of the registry’s last change and its lag, and serves the PDF, signed record and key from the web origin', async () => {
    const page = await b.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${b.webUrl}/certificates/${number}`);
    await expect.poll(() => page.getByTestId('status-as-of').innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    expect(await page.getByTestId('registry-lag').getAttribute('data-lag')).toBe('0');
    expect(await page.getByTestId('registry-lag').innerText()).toContain('登记簿已是最新');

    const pdfHref = await page.getByTestId('pdf-link').first().getAttribute('href');
    expect(pdfHref).toBe(`/certificates/${number}/versions/0/certificate.pdf`);
    const pdf = await page.request.get(`${b.webUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const signed = await page.request.get(`${b.webUrl}${await page.getByTestId('signed-record-link').getAttribute('href')}`);
    const record = await signed.json();
    expect(record).toMatchObject({ signature: expect.any(String), keyId: expect.stringMatching(/^ed25519:/), payload: { number, status: 'SUSPENDED', statusFinality: 'REVERSIBLE' } });
    const key = await (await page.request.get(`${b.webUrl}${await page.getByTestId('signing-key-link').getAttribute('href')}`)).json();
    expect(key.keyId).toBe(record.keyId);

    // A change committed but not yet projected: the page says how old the unshown changes are.
    await platform.pool.query(
      `insert into outbox_event (created_at, type, aggregate_type, aggregate_id, payload) values ($1, 'certificate.status-changed', 'certificate', $2, $3)`,
      [platform.clock.now(), number, JSON.stringify({ certificateNumber: number })],
    );
    platform.clock.advance(30_000);
    await page.reload();
    await expect.poll(() => page.getByTestId('registry-lag').getAttribute('data-lag')).toBe('30');
    expect(await page.getByTestId('registry-lag').innerText()).toContain('30');
    await platform.project();
    await page.close();
  });
});
