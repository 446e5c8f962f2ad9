import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import type { TestPlatform } from '../support/platform.js';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`recertification from the holder's certificate page${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });
  afterAll(() => b?.close());

  it('applies late for a certificate expiring within 6 months and opens the renewal case; the panel then shows it', async () => {
    const { rows: [cert] } = await platform.pool.query(`select c.number from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
      where o.name_zh like '%瓯能%' and c.status = 'VALID' order by c.number limit 1`);
    await platform.pool.query(`update certificate set expires_on = '2027-03-31' where number = $1`, [cert.number]);
    const holder = await b.signIn(Role.ENTERPRISE, `/portal/certificates/${cert.number}`);
    const panel = holder.getByTestId('recertification');
    await expect.poll(() => panel.getAttribute('data-can-apply')).toBe('true');
    await expect.poll(() => holder.getByTestId('recertification-late').count()).toBe(1);
    await holder.getByTestId('apply-recertification').click();
    await holder.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}$/);
    const { rows: [created] } = await platform.pool.query(`select k.id, k.case_no, k.renewal_late from certification_case k join certificate c on c.id = k.renews_certificate_id where c.number = $1`, [cert.number]);
    expect(created.renewal_late).toBe(true);
    await expect.poll(() => holder.url()).toContain(created.id);
    await expect.poll(async () => (await holder.locator('h1').innerText()).includes(created.case_no)).toBe(true);
    // The case says what it renews and that it was applied for late.
    const renewal = holder.getByTestId('case-renewal');
    expect(await renewal.innerText()).toContain(cert.number);
    expect(await renewal.getAttribute('data-late')).toBe('true');

    await holder.goto(`${new URL(holder.url()).origin}/portal/certificates/${cert.number}`);
    await expect.poll(() => holder.getByTestId('recertification-running').innerText()).toContain(created.case_no);
    expect(await holder.getByTestId('apply-recertification').count()).toBe(0);
  });
});
