import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { caseInEvaluation, POWER_LOSS } from '../../api/src/type-test/type-test-fixtures.js';
import { SMALL_PDF } from '../support/case-steps.js';
import type { TestPlatform } from '../support/platform.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`the type test from the workbench to the lab${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });

  afterAll(() => b?.close());


  /** Posts one step and waits for the page it redirects to; a refusal fails with its message. */
  async function step(page: Page, name: string, done = name) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByTestId(`step-${name}`).click()]);
    if (response.status() >= 400) {
      await page.waitForLoadState('networkidle');
      throw new Error(`${name}: ${await page.getByTestId(`step-form-${name}`).innerText()}`);
    }
    await page.waitForURL(new RegExp(`done=${done}$`));
  }

  it('lets the engineer assign the lab, record samples, fee and a longer key-component test, and the lab find it on its list, enter results and conclude with its report', async () => {
    const tokens = { enterprise: await platform.loginAs(Role.ENTERPRISE), engineer: await platform.loginAs(Role.ENGINEER), lab: await platform.loginAs(Role.LAB) };
    const { id, models } = await caseInEvaluation(platform, tokens, 'OWT3');
    const today = (await platform.gql('{ platformClock { now } }')).data.platformClock.now.slice(0, 10);

    const engineer = await b.signIn(Role.ENGINEER, `/workbench/cases/${id}/type-test`);
    await engineer.getByTestId('input-labId').selectOption({ index: 1 });
    await engineer.getByTestId('input-testItems').fill(`${POWER_LOSS}\n`);
    await step(engineer, 'assignLab');
    await engineer.locator('[data-testid="type-test"][data-status="AWAITING_SAMPLES"]').waitFor();
    for (const n of [0, 1]) {
      await engineer.getByTestId(`input-sample-${n}-count`).fill('3');
      await engineer.getByTestId(`input-sample-${n}-receivedOn`).fill(today);
    }
    await step(engineer, 'samples');
    await engineer.getByTestId('input-feeReceivedOn').fill(today);
    await step(engineer, 'fee');
    await engineer.locator('[data-testid="type-test"][data-status="TESTING"]').waitFor();
    expect(await engineer.getByTestId('type-test-limit').getAttribute('data-amount')).toBe('40');
    // §4.2.3: the main contacts need a 55-working-day test, longer than the whole product's 40.
    await engineer.getByTestId('input-kc-MAIN_CONTACTS').fill('55');
    await step(engineer, 'keyComponents');
    expect(await engineer.getByTestId('type-test-limit').getAttribute('data-amount')).toBe('55');
    expect(await engineer.getByTestId('type-test-key-components').innerText()).toContain('55');
    expect(await engineer.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    // The lab finds the test on its worklist, with the due date the 55 working days give.
    const { caseNo, dueOn } = (await platform.gql(`query($c: ID!) { typeTest(caseId: $c) { caseNo dueOn } }`, { c: id }, tokens.engineer)).data.typeTest;
    const lab = await b.signIn(Role.LAB, '/lab');
    await lab.getByTestId('nav-lab').waitFor();
    const row = lab.locator(`[data-testid="lab-type-test"][data-case-no="${caseNo}"]`);
    expect(await row.getAttribute('data-open')).toBe('true');
    expect(await row.getByTestId('lab-type-test-due').innerText()).toBe(dueOn);
    expect(await lab.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await Promise.all([lab.waitForURL(new RegExp(`/lab/cases/${id}$`)), row.getByTestId('lab-type-test-link').click()]);
    // A verdict is required: the form says so and the API is not asked.
    await lab.getByTestId('input-result-0-measured').fill('12,5');
    await lab.getByTestId('input-result-0-unit').fill('W');
    await lab.getByTestId('step-results').click();
    await lab.getByTestId('step-error').waitFor();
    expect(await lab.getByTestId('step-error').getAttribute('data-code')).toBe('INVALID');
    for (const n of [0, 1]) {
      await lab.getByTestId(`input-result-${n}-measured`).fill('12,5');
      await lab.getByTestId(`input-result-${n}-unit`).fill('W');
      await lab.getByTestId(`input-result-${n}-passed`).selectOption('true');
      await lab.getByTestId(`input-result-${n}-grade`).fill('1级');
    }
    await step(lab, 'results');
    // §4.2.4: the lab concludes the round with its report, uploaded through the web app.
    await lab.getByTestId('input-report').setInputFiles({ name: '型式试验报告.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    await step(lab, 'concludeWithReport', 'conclude');
    await lab.locator('[data-testid="type-test"][data-status="PASSED"]').waitFor();
    const tt = (await platform.gql(`query($c: ID!) { typeTest(caseId: $c) { status reportDocumentId results { designation measuredValue passed } } }`, { c: id }, tokens.engineer)).data.typeTest;
    expect(tt.status).toBe('PASSED');
    expect(tt.reportDocumentId).toBeTruthy();
    // Both the lab and the engineer download it through their pages.
    for (const page of [lab, engineer]) {
      if (page === engineer) await page.reload();
      const href = await page.getByTestId('type-test-report').getAttribute('href');
      expect(href).toContain(tt.reportDocumentId);
      const file = await page.request.get(new URL(href!, page.url()).toString());
      expect(file.status()).toBe(200);
      expect(Buffer.compare(await file.body(), SMALL_PDF)).toBe(0);
    }
    expect(tt.results.map((r: { designation: string }) => r.designation).sort()).toEqual([...models].sort());
    expect(tt.results.every((r: { measuredValue: number }) => r.measuredValue === 12.5)).toBe(true);
  });
});
