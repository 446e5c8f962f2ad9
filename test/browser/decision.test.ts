import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { caseInEvaluation, POWER_LOSS } from '../../api/src/type-test/type-test-fixtures.js';
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
  async function step(page: Page, name: string) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByTestId(`step-${name}`).click()]);
    if (response.status() >= 400) {
      await page.waitForLoadState('networkidle');
      throw new Error(`${name}: ${await page.getByTestId(`step-form-${name}`).innerText()}`);
    }
    await page.waitForURL(new RegExp(`done=${name}$`));
  }

  it('lets the engineer assign the lab and record samples and fee, and the lab enter results and conclude', async () => {
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
    expect(await engineer.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    const lab = await b.signIn(Role.LAB, '/lab');
    await lab.getByTestId('nav-lab').waitFor();
    await lab.getByTestId('input-case').fill(id);
    await Promise.all([lab.waitForURL(new RegExp(`/lab/cases/${id}$`)), lab.getByTestId('input-case').press('Enter')]);
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
    await step(lab, 'conclude');
    await lab.locator('[data-testid="type-test"][data-status="PASSED"]').waitFor();
    const tt = (await platform.gql(`query($c: ID!) { typeTest(caseId: $c) { status results { designation measuredValue passed } } }`, { c: id }, tokens.engineer)).data.typeTest;
    expect(tt.status).toBe('PASSED');
    expect(tt.results.map((r: { designation: string }) => r.designation).sort()).toEqual([...models].sort());
    expect(tt.results.every((r: { measuredValue: number }) => r.measuredValue === 12.5)).toBe(true);
  });
});
