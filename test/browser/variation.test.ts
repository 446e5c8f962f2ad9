import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Role } from '@cqc/db';
import { SMALL_PDF } from '../support/case-steps.js';
import type { TestPlatform } from '../support/platform.js';
import { DESKTOP, PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const MINE = `{ changeableCertificates { number status currentVersionNo models { designation } keyComponentConfigurations { label components { type supplier } } } }`;

describe.skipIf(!chromiumPath)(`a certificate variation from the portal to the public registry${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
  });
  afterAll(() => b?.close());

  /** Posts one form and waits for the page it redirects to; a refusal fails with the form's text. */
  async function post(page: Page, step: string, done: RegExp) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByTestId(`step-${step}`).click()]);
    if (response.status() >= 400) {
      await page.waitForLoadState('networkidle');
      throw new Error(`${step}: ${await page.getByTestId(`step-form-${step}`).innerText()}`);
    }
    await page.waitForURL(done);
  }

  it('is requested by the holder, evaluated and approved on the workbench, and shown under the same number with what changed', async () => {
    const enterpriseToken = await platform.loginAs(Role.ENTERPRISE);
    const certificates = (await platform.gql(MINE, {}, enterpriseToken)).data.changeableCertificates as Array<{ number: string; status: string; currentVersionNo: number; keyComponentConfigurations: unknown[] }>;
    const c = certificates.find((x) => x.status === 'VALID' && x.keyComponentConfigurations.length > 0)!;
    const supplier = '温州新触点材料有限公司';

    const holder = await b.signIn(Role.ENTERPRISE, `/portal/certificates/${c.number}/variation`);
    await holder.getByTestId('input-area-KEY_COMPONENTS').check();
    await holder.getByTestId('input-descriptionZh').fill('动静主触头供应商变更，材料牌号不变');
    await holder.getByTestId('input-kcConfig').selectOption('0');
    await holder.getByTestId('input-kc-0-0-supplier').fill(supplier);
    await holder.getByTestId('input-evidence').setInputFiles({ name: '变更证明.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    expect(await holder.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await post(holder, 'variation', new RegExp(`/portal/certificates/${c.number}\\?done=requested$`));
    const row = holder.locator('[data-testid="change-request"][data-status="SUBMITTED"]').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-id'))!;

    const engineer = await b.signIn(Role.ENGINEER, `/workbench/changes/${id}`, DESKTOP);
    expect(await engineer.getByTestId('proposed-key-components').first().innerText()).toContain(supplier);
    await engineer.getByTestId('input-testing-no').check();
    await engineer.getByTestId('input-note').fill('供应商资质与检验报告经资料确认');
    await post(engineer, 'assess', /done=assess$/);
    await engineer.locator('[data-testid="change-request-page"][data-status="AWAITING_DECISION"]').waitFor();

    // Not in force yet: the public page still shows the certified supplier.
    await platform.project();
    const before = await (await b.browser.newPage()).goto(`${b.webUrl}/certificates/${c.number}`);
    expect(await before!.text()).not.toContain(supplier);

    const decider = await b.signIn(Role.DECIDER, `/workbench/changes/${id}`, DESKTOP);
    await post(decider, 'approve', /done=approve$/);
    await decider.locator('[data-testid="change-request-page"][data-status="APPROVED"]').waitFor();
    expect(await decider.getByTestId('result-version').innerText()).toContain(String(c.currentVersionNo + 1));

    await platform.project();
    const pub = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await pub.goto(`${b.webUrl}/certificates/${c.number}`);
    expect(await pub.getByTestId('certificate-number').innerText()).toBe(c.number);
    const latest = pub.getByTestId('versions').locator('li').last();
    expect(await latest.getAttribute('aria-current')).toBe('true');
    expect(await latest.innerText()).toContain(supplier);
    expect(await pub.getByTestId('status-history').locator('li[data-kind="VARIED"]').count()).toBe(1);
    expect(await pub.getByTestId('key-components-table').first().innerText()).toContain(supplier);
  });

  it('takes an extension from the portal through the supplementary tests on the workbench into the registry', async () => {
    const enterpriseToken = await platform.loginAs(Role.ENTERPRISE);
    const certificates = (await platform.gql(MINE, {}, enterpriseToken)).data.changeableCertificates as Array<{ number: string; status: string; currentVersionNo: number; models: Array<{ designation: string }> }>;
    const c = certificates.filter((x) => x.status === 'VALID' && x.models.length > 0).at(-1)!;
    const added = `${c.models[0]!.designation}-EXT`;

    const holder = await b.signIn(Role.ENTERPRISE, `/portal/certificates/${c.number}/extension`);
    await holder.getByTestId('input-descriptionZh').fill('增加同系列型号');
    await holder.getByTestId('input-designation').fill(added);
    await holder.getByTestId('input-ratedCurrents').fill('100, 125');
    await holder.getByTestId('input-productDescription').setInputFiles({ name: '产品描述.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    await post(holder, 'extension', new RegExp(`/portal/certificates/${c.number}\\?done=requested$`));
    const row = holder.locator('[data-testid="change-request"][data-kind="EXTENSION"]').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-id'))!;

    const engineer = await b.signIn(Role.ENGINEER, `/workbench/changes/${id}`, DESKTOP);
    await engineer.getByTestId('input-representativeModel').selectOption(c.models[0]!.designation);
    await post(engineer, 'assess', /done=assess$/);
    await engineer.getByTestId('input-test-0-items').fill('功率损耗（差异项）');
    await engineer.getByTestId('input-test-0-passed').selectOption('true');
    await engineer.getByTestId('input-test-0-grade').fill('1');
    await post(engineer, 'tests', /done=tests$/);
    await engineer.locator('[data-testid="change-request-page"][data-status="AWAITING_DECISION"]').waitFor();
    expect(await engineer.getByTestId('test-outcome').innerText()).toBe('合格');

    const decider = await b.signIn(Role.DECIDER, `/workbench/changes/${id}`, DESKTOP);
    await post(decider, 'approve', /done=approve$/);
    await decider.locator('[data-testid="change-request-page"][data-status="APPROVED"]').waitFor();
    await platform.project();
    const pub = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await pub.goto(`${b.webUrl}/certificates/${c.number}`);
    expect(await pub.getByTestId('models-table').innerText()).toContain(added);
    expect(await pub.getByTestId('status-history').locator('li[data-kind="EXTENDED"]').count()).toBe(1);
  });
});
