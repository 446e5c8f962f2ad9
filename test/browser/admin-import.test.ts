import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { sampleRows, writeWorkbook } from '@cqc/api';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.skipIf(!chromiumPath)(`certificate import on the admin page in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  beforeAll(async () => {
    b = await startBrowserPlatform();
  });
  afterAll(() => b?.close());

  it('reports every bad row and imports nothing; then imports a good file with its progress bar full', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/import', DESKTOP);
    const bad = sampleRows(4);
    bad.certificates[1]!.first_issued_on = '2024-13-40';
    bad.models[0]!.certificate_number = 'CQC00000000000';
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.xlsx', mimeType: XLSX, buffer: await writeWorkbook(bad) });
    await page.getByTestId('import-submit').click();
    await page.locator('[data-testid="import-job"][data-status="INVALID"]').waitFor();
    expect(await page.getByTestId('import-issue').count()).toBeGreaterThanOrEqual(2);
    const { rows: [none] } = await b.platform.pool.query(`select count(*)::int as n from certificate where number like 'CQC2400009000_'`);
    expect(none.n).toBe(0);

    await page.getByTestId('import-file').setInputFiles({ name: 'good.xlsx', mimeType: XLSX, buffer: await writeWorkbook(sampleRows(4)) });
    await page.getByTestId('import-submit').click();
    await page.locator('[data-testid="import-job"][data-status="DONE"]').waitFor();
    const progress = page.getByTestId('import-progress');
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    expect(await page.locator('[data-testid="import-certificates"] tr[data-outcome]').count()).toBe(4);
    const { rows: [imported] } = await b.platform.pool.query(`select count(*)::int as n from certificate where number like 'CQC2400009000_'`);
    expect(imported.n).toBe(4);
  });
});
