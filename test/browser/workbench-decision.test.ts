import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Role } from '@cqc/db';
import { caseInEvaluation, ok, ops, passTypeTest } from '../../api/src/type-test/type-test-fixtures.js';
import { DECIDE, INSPECTION } from '../../api/src/inspection/inspection-test-support.js';
import type { TestPlatform } from '../support/platform.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const CASE = 'id status version';
const act = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${CASE} } }`;

describe.skipIf(!chromiumPath)(`case handling on the workbench: assignment, fee, review and decision${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  let p: TestPlatform;
  let tokens: Record<'enterprise' | 'engineer' | 'lab', string>;

  beforeAll(async () => {
    b = await startBrowserPlatform();
    p = b.platform;
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
  });
  afterAll(() => b?.close());

  /** Posts one step of the decision page and waits for the page it redirects to; a refusal fails with its message. */
  async function step(page: Page, name: string) {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByTestId(`step-${name}`).click()]);
    if (response.status() >= 400) {
      await page.waitForLoadState('networkidle');
      throw new Error(`${name}: ${await page.getByTestId(`step-form-${name}`).innerText()}`);
    }
    await page.waitForURL(new RegExp(`done=${name}$`));
  }

  /** A case whose type test passed and whose inspection was exempted, sent to review by the engineer — all over the API. */
  async function caseInReview(series: string): Promise<string> {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, series);
    await passTypeTest(p, tokens, c);
    const inspection = (await p.gql(INSPECTION, { caseId: c.id }, tokens.engineer)).data.factoryInspection;
    ok(await p.gql(DECIDE, { id: inspection.id, version: inspection.version, accept: true, reason: '同一工厂界定码下持有有效证书' }, tokens.engineer), 'decideInspectionExemption');
    const kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    expect(ok(await p.gql(act('startReview'), { id: c.id, version: kase.version }, tokens.engineer), 'startReview').status).toBe('IN_REVIEW');
    return c.id;
  }

  it('lets a reviewer review and a decider approve on the decision page; the certificate reaches the public registry', async () => {
    const id = await caseInReview('WBA');
    const reviewer = await b.signIn(Role.REVIEWER, `/workbench/cases/${id}/decision`);
    await reviewer.getByTestId('input-conclusion').fill('申请资料、检测和工厂检查（免除）均符合要求');
    await step(reviewer, 'completeReview');
    await reviewer.getByText('没有您可办理').waitFor();

    p.clock.set(new Date('2026-04-10T02:00:00Z'));
    const decider = await b.signIn(Role.DECIDER, `/workbench/cases/${id}/decision`);
    await step(decider, 'approve');
    const number = await decider.getByTestId('certificate-number').getAttribute('data-number');
    expect(number).toMatch(/^CQC26\d{9}$/);
    expect(await decider.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    await p.project();
    await Promise.all([decider.waitForURL(new RegExp(`/certificates/${number}$`)), decider.getByTestId('certificate-number').getByRole('link').click()]);
    expect(await decider.getByTestId('certificate').getByTestId('certificate-number').innerText()).toBe(number);
  });

  it('lets the engineer take a case, find it under “assigned to me” and record the fee, which the applicant then sees', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const { id } = await caseInEvaluation(p, tokens, 'WBF');
    const engineer = await b.signIn(Role.ENGINEER, `/workbench/cases/${id}`);
    expect(await engineer.getByTestId('assigned-engineer').innerText()).toContain('未分配');
    await engineer.getByTestId('assign-engineer').waitFor(); // the list of engineers has loaded
    await Promise.all([engineer.waitForURL(/done=assign$/), engineer.getByTestId('assign-me').click()]);
    const me = (await p.gql('{ me { id displayName } }', {}, tokens.engineer)).data.me;
    expect(await engineer.getByTestId('assigned-engineer').getAttribute('data-engineer-id')).toBe(me.id);

    await engineer.goto(`${b.webUrl}/workbench?mine=1`);
    expect(await engineer.getByTestId('inbox-mine').getAttribute('aria-current')).toBe('page');
    const rows = engineer.getByTestId('case-row');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await engineer.getByTestId('case-engineer').allInnerTexts()) expect(text).toBe(me.displayName);

    await engineer.goto(`${b.webUrl}/workbench/cases/${id}`);
    expect(await engineer.getByTestId('fee-state').innerText()).toBe('未缴费');
    // A day before the payment notice is refused by the API and shown at the form.
    await engineer.getByTestId('input-paidOn').evaluate((el) => el.removeAttribute('min'));
    await engineer.getByTestId('input-paidOn').fill('2026-03-01');
    await engineer.getByTestId('fee-submit').click();
    expect(await engineer.getByTestId('fee-error').getAttribute('data-code')).toBe('BAD_USER_INPUT');
    await engineer.getByTestId('input-paidOn').fill('2026-03-02');
    await Promise.all([engineer.waitForURL(/done=fee$/), engineer.getByTestId('fee-submit').click()]);
    expect(await engineer.getByTestId('case-fee').getAttribute('data-paid')).toBe('true');
    expect(await engineer.getByTestId('fee-form').count()).toBe(0);

    const applicant = await b.signIn(Role.ENTERPRISE, `/portal/cases/${id}`);
    expect(await applicant.getByTestId('fee-state').innerText()).toBe('已于 2026-03-02 缴费');
    expect(await applicant.getByTestId('fee-estimate').innerText()).toBe('12800.00 元');
    expect(await applicant.getByTestId('fee-form').count()).toBe(0);
    expect(await applicant.getByTestId('case-assignment').count()).toBe(0);
  });

  it('terminates a case with a reason chosen from the rule’s list', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const { id } = await caseInEvaluation(p, tokens, 'WBT');
    const engineer = await b.signIn(Role.ENGINEER, `/workbench/cases/${id}/decision`);
    // evaluateAll does not wait: let the form be there first (the page may still be loading under load).
    await engineer.getByTestId('input-reasonCode').waitFor();
    const options = await engineer.getByTestId('input-reasonCode').locator('option:not([disabled])').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(options).toContain('TEST_FAILED');
    expect(options).not.toContain('APPLICANT_WITHDREW'); // ends a case as WITHDRAWN, not by termination
    await engineer.getByTestId('input-reasonCode').selectOption('TEST_FAILED');
    await engineer.getByTestId('input-reason').fill('功耗超出限值，申请人放弃整改');
    await step(engineer, 'terminate');
    expect(await engineer.getByTestId('end-reason').innerText()).toBe('功耗超出限值，申请人放弃整改');
    const { rows } = await p.pool.query(`select status, end_reason_code from certification_case where id = $1`, [id]);
    expect(rows[0]).toEqual({ status: 'TERMINATED', end_reason_code: 'TEST_FAILED' });
  });
});
