import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Role } from '@cqc/db';
import { chinaDate } from '../../api/src/clock.js';
import { CONFORMITY_ITEMS, QA_ITEMS, caseInEvaluation, newFactory } from '../../api/src/inspection/inspection-test-support.js';
import type { TestPlatform } from '../support/platform.js';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`the initial factory inspection on the workbench${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
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

  it('lets the engineer issue the task with planned days, and the inspector record the checklist and a report with a nonconformity', async () => {
    const tokens = { enterprise: await platform.loginAs(Role.ENTERPRISE), engineer: await platform.loginAs(Role.ENGINEER) };
    const c = await caseInEvaluation(platform, tokens, await newFactory(platform, 'BROWSER-INSP'), 'ONM9-250BR/3300');
    const today = chinaDate(platform.clock.now());
    const inspectorEmail = platform.batch.users.find((u) => u.role === Role.INSPECTOR)!.email;
    const inspectorId = (await platform.pool.query(`select id from app_user where email = $1`, [inspectorEmail])).rows[0].id as string;
    const path = `/workbench/cases/${c.id}/inspection`;

    const engineer = await b.signIn(Role.ENGINEER, path, DESKTOP);
    await engineer.locator('[data-testid="inspection"][data-status="AWAITING_TASK"]').waitFor();
    await engineer.getByTestId('input-inspectorId').selectOption(inspectorId);
    await engineer.getByTestId('input-personDays').fill('1,5');
    await engineer.getByTestId('input-plannedFrom').fill(today);
    await step(engineer, 'task');
    await engineer.locator('[data-testid="inspection"][data-status="TASK_ISSUED"]').waitFor();
    expect(await engineer.getByTestId('inspection-planned').innerText()).toBe(today);
    // The engineer may now rearrange the task; the report is the inspector's.
    await engineer.getByTestId('step-form-changeTask').waitFor();
    expect(await engineer.getByTestId('step-report').count()).toBe(0);

    const inspector = await b.signIn(Role.INSPECTOR, path, DESKTOP);
    await inspector.getByTestId('input-visitOn').fill(today);
    for (const itemId of [...QA_ITEMS, ...CONFORMITY_ITEMS]) {
      await inspector.locator(`input[name="result:${itemId}"][value="${itemId === '6' ? 'NONCONFORMITY' : 'CONFORMS'}"]`).check();
    }
    await inspector.locator('[id="note-6"]').fill('功耗测量记录未覆盖全部认证产品');
    await inspector.getByTestId('input-conclusion').selectOption('NONCONFORMITIES');
    await inspector.getByTestId('input-summary').fill('发现一项不符合项，需整改');
    await step(inspector, 'report');
    await inspector.locator('[data-testid="inspection"][data-status="NONCONFORMITIES_OPEN"]').waitFor();
    expect(await inspector.locator('[data-testid="inspection-checklist"] li[data-item="6"]').getAttribute('data-result')).toBe('NONCONFORMITY');
    expect(await inspector.getByTestId('inspection-nonconformities').innerText()).toContain('功耗测量记录未覆盖全部认证产品');

    // The API agrees, and the applicant was told of the task and of the findings.
    const fi = (await platform.gql(`query($c: ID!) { factoryInspection(caseId: $c) { status personDays plannedFrom inspector { id } nonconformities { itemId } } }`, { c: c.id }, tokens.engineer)).data.factoryInspection;
    expect(fi).toEqual({ status: 'NONCONFORMITIES_OPEN', personDays: 1.5, plannedFrom: today, inspector: { id: inspectorId }, nonconformities: [{ itemId: '6' }] });
    const kinds = (await platform.gql(`query($id: ID!) { certificationCase(id: $id) { notices { kind } } }`, { id: c.id }, tokens.enterprise)).data.certificationCase.notices.map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['INSPECTION_TASK_ISSUED', 'INSPECTION_FINDINGS']));
  });
});
