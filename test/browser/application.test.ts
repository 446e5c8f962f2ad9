import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Factory, Organisation, Role } from '@cqc/db';
import type { TestPlatform } from '../support/platform.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SMALL_PDF } from '../support/case-steps.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`an application from the portal to acceptance on the workbench${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let platform: TestPlatform;
  let factoryId: string;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    platform = b.platform;
    // The factory the applicant picks from the API's list of its factories.
    const em = platform.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    factoryId = (await em.findOneOrFail(Factory, { operator: ouneng }, { orderBy: { factoryCode: 'asc' } })).id;
  });

  afterAll(() => b?.close());


  const noSidewaysScroll = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

  it('lets the applicant apply and submit, and the engineer accept the case', async () => {
    const applicant = await b.signIn(Role.ENTERPRISE, '/portal');
    await applicant.getByTestId('nav-portal').waitFor();
    await applicant.getByTestId('new-application').click();
    await applicant.waitForURL(/\/portal\/applications\/new$/);

    const fill = (name: string, value: string) => applicant.getByTestId(`input-${name}`).fill(value);
    await applicant.getByTestId('application-form').waitFor();
    expect(await applicant.locator('[data-testid="input-factoryId"] option').count()).toBeGreaterThan(2);
    await applicant.getByTestId('input-factoryId').selectOption(factoryId);
    await applicant.getByTestId('input-productType').selectOption('MCCB');
    await fill('productNameZh', '塑料外壳式断路器');
    await fill('productNameEn', 'Moulded-case circuit breaker');
    await fill('series', 'ONM9');
    await fill('frameCurrent', '250');
    await fill('models[0].designation', 'ONM9-250S/3300');
    await applicant.getByTestId('input-models[0].mounting').selectOption('FIXED');
    await fill('models[0].poles', '3');
    await fill('models[0].ratedVoltage', '400');
    await fill('models[0].ratedCurrents', '160, 200, 250');
    // The second row is out of scope: a withdrawable MCCB (§1).
    await fill('models[2].designation', 'ONM9-250W/3300');
    await applicant.getByTestId('input-models[2].mounting').selectOption('WITHDRAWABLE');
    await fill('models[2].poles', '3');
    await fill('models[2].ratedVoltage', '400');
    await fill('models[2].ratedCurrents', '250');
    await fill('kc.OPERATING_MECHANISM.model', 'OM-250');
    await fill('kc.OPERATING_MECHANISM.rating', '手动');
    await fill('kc.OPERATING_MECHANISM.supplier', '乐清市恒睿机构配件有限公司');
    await fill('kc.MAIN_CONTACTS.material', '银碳化钨');
    await fill('kc.MAIN_CONTACTS.grade', 'AgWC12');
    await fill('kc.MAIN_CONTACTS.dimensions', '12×8×2.5 mm');
    await fill('kc.MAIN_CONTACTS.supplier', '苏州科铂电工合金有限公司');
    await applicant.getByTestId('application-submit').click();

    // The API's finding is shown beside the row's mounting field, with its clause.
    const finding = applicant.locator('[data-testid="field-error"][data-field="models[2].mounting"]');
    await finding.waitFor();
    expect(await finding.innerText()).toContain('§1');
    expect(await noSidewaysScroll(applicant)).toBeLessThanOrEqual(PHONE.width);

    // Dropping that model (an empty row is ignored) lets the application through.
    for (const field of ['designation', 'poles', 'ratedVoltage', 'ratedCurrents']) await fill(`models[2].${field}`, '');
    await applicant.getByTestId('input-models[2].mounting').selectOption('');
    await applicant.getByTestId('application-submit').click();
    // The draft is saved but not submitted: the §3.2 documents are missing. They are uploaded on
    // the case page, one control per document type, through the web app (which streams them to the API).
    await applicant.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}\?done=create$/);
    const caseUrl = applicant.url().replace(/\?.*$/, '');
    await applicant.getByTestId('documents').waitFor();
    const documentType = (code: string) => applicant.locator(`[data-testid="document-type"][data-document-type="${code}"]`);
    const required = await applicant.locator('[data-testid="document-type"][data-required="true"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-document-type')!));
    expect(required).toEqual(expect.arrayContaining(['APPLICATION_FORM', 'AGREEMENTS', 'PRODUCT_DESCRIPTION']));

    // A file of a type no document accepts is refused beside its control, in the type's own words.
    await applicant.getByTestId('document-input-APPLICATION_FORM').setInputFiles({ name: 'form.txt', mimeType: 'text/plain', buffer: Buffer.from('not a scan') });
    await applicant.getByTestId('document-submit-APPLICATION_FORM').click();
    const refusal = documentType('APPLICATION_FORM').getByTestId('document-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await refusal.innerText()).toContain('PDF');
    expect(await documentType('APPLICATION_FORM').getAttribute('data-count')).toBe('0');

    for (const code of required) {
      await applicant.getByTestId(`document-input-${code}`).setInputFiles({ name: `${code.toLowerCase()}-申请资料.pdf`, mimeType: 'application/pdf', buffer: SMALL_PDF });
      await applicant.getByTestId(`document-submit-${code}`).click();
      await expect.poll(() => documentType(code).getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    }
    // A file attached by mistake can be taken off again while the case is a draft.
    await applicant.getByTestId('document-input-OTHER').setInputFiles({ name: 'extra.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
    await applicant.getByTestId('document-submit-OTHER').click();
    await expect.poll(() => documentType('OTHER').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    await documentType('OTHER').getByTestId('document-remove').click();
    await expect.poll(() => documentType('OTHER').getAttribute('data-count'), { timeout: 10_000 }).toBe('0');
    await applicant.getByTestId('documents-done').waitFor();

    const file = documentType('APPLICATION_FORM').getByTestId('document-file');
    expect(await file.innerText()).toContain('application_form-申请资料.pdf');
    expect(await file.innerText()).toContain(`${SMALL_PDF.length} B`);
    // The download goes through the web app with the session: the page never holds the API's token.
    const href = await file.getByTestId('document-download').getAttribute('href');
    expect(href).toMatch(/^\/portal\/cases\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
    const download = await applicant.request.get(`${b.webUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).equals(SMALL_PDF)).toBe(true);
    expect(await noSidewaysScroll(applicant)).toBeLessThanOrEqual(PHONE.width);

    await applicant.goto(caseUrl);
    await applicant.getByTestId('action-submit').click();
    await applicant.waitForURL(/\/portal\/cases\/[0-9a-f-]{36}\?done=submit$/);
    const status = applicant.getByTestId('case-status');
    // The URL changes when the navigation commits; the page may render a moment later.
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('SUBMITTED');
    expect(await status.innerText()).toContain('已提交');
    const caseNo = (await applicant.getByTestId('case-no').innerText()).match(/A\d{4}-\d{6}/)![0];

    const viaApi = await platform.gql(`{ certificationCases { caseNo clocks { key dueOn } } }`, {}, await platform.loginAs(Role.ENTERPRISE));
    const expectedDue = viaApi.data.certificationCases.find((c: any) => c.caseNo === caseNo).clocks.find((k: any) => k.key === 'ACCEPTANCE_DECISION').dueOn;
    const acceptanceClock = applicant.locator('[data-testid="case-clock"][data-clock-key="ACCEPTANCE_DECISION"]');
    expect(await acceptanceClock.getAttribute('data-due')).toBe(expectedDue);
    expect(await acceptanceClock.innerText()).toContain(expectedDue);
    expect(await applicant.getByTestId('case-notice').count()).toBe(1);
    expect(await noSidewaysScroll(applicant)).toBeLessThanOrEqual(PHONE.width);

    // The engineer, in a browser of their own.
    const engineer = await b.signIn(Role.ENGINEER, '/workbench');
    const row = engineer.locator(`[data-testid="case-row"][data-case-no="${caseNo}"]`);
    expect(await row.getByTestId('case-next-due').innerText()).toContain(expectedDue);
    await row.getByTestId('case-link').click();
    await engineer.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}$/);
    // The workbench shows the same documents read-only, with downloads through the web app.
    expect(await engineer.locator('[data-testid="documents"] input[type="file"]').count()).toBe(0);
    const staffHref = await engineer.locator('[data-testid="document-type"][data-document-type="APPLICATION_FORM"] [data-testid="document-download"]').getAttribute('href');
    expect(staffHref).toMatch(/^\/workbench\/cases\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
    expect((await engineer.request.get(`${b.webUrl}${staffHref}`)).status()).toBe(200);
    await engineer.getByTestId('action-accept').click();
    await engineer.waitForURL(/\?done=accept$/);
    await expect.poll(() => engineer.getByTestId('case-status').getAttribute('data-status')).toBe('DOCUMENT_REVIEW');
    expect(await engineer.getByTestId('case-status').innerText()).toContain('资料评审');
    const review = engineer.locator('[data-testid="case-clock"][data-clock-key="DOCUMENT_REVIEW"]');
    expect(await review.getAttribute('data-due')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await noSidewaysScroll(engineer)).toBeLessThanOrEqual(PHONE.width);

    // The applicant's portal now shows the new status too.
    await applicant.goto(`${b.webUrl}/portal`);
    expect(await applicant.locator(`[data-testid="case-row"][data-case-no="${caseNo}"] [data-testid="case-status"]`).getAttribute('data-status')).toBe('DOCUMENT_REVIEW');
  });

  it('shows a 403 page to a signed-in user of the wrong role', async () => {
    const page = await b.signIn(Role.ENTERPRISE, '/portal');
    const response = await page.goto(`${b.webUrl}/workbench`);
    expect(response?.status()).toBe(403);
    expect(await page.getByTestId('error-panel').getAttribute('data-status')).toBe('403');
  });
});
