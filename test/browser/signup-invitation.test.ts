import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import type { OutgoingMail } from '../../api/src/mail/mail-transport.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const PASSWORD = '注册的人用一句好记又很长的句子 2026';
const COLLEAGUE_PASSWORD = '同事也用一句好记又很长的句子 2026';
// GB 32100-2015 codes: the first with a wrong check character, the second its valid form.
const WRONG_CODE = '91350100M000100Y44';
const CODE = '91350100M000100Y43';

describe.skipIf(!chromiumPath)(`enterprise sign-up and invitations in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  const mails: OutgoingMail[] = [];
  const linkIn = (pattern: RegExp) => {
    const mail = mails.find((m) => pattern.test(m.text));
    return pattern.exec(mail?.text ?? '')?.[0];
  };

  beforeAll(async () => {
    b = await startBrowserPlatform({ mail: { send: async (m) => void mails.push(m) } });
  });
  afterAll(() => b?.close());

  it('registers with a claim, confirms the address, is approved by the administrator, and invites a colleague who joins once', async () => {
    const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${b.webUrl}/login`);
    await page.getByTestId('login-signup').click();
    await page.waitForURL(/\/signup$/);
    const fill = async (values: Record<string, string>) => {
      for (const [name, value] of Object.entries(values)) await page.getByTestId(`field-${name}`).fill(value);
    };
    await fill({
      email: 'founder@chengjie-electric.test', displayName: '林晓', password: PASSWORD, confirm: PASSWORD,
      'claim.nameZh': '泉州诚捷电气有限公司', 'claim.creditCode': WRONG_CODE, 'claim.addressZh': '福建省泉州市丰泽区东海大街 1 号',
      'claim.businessScope': '低压断路器的研发、生产和销售',
    });
    await page.getByTestId('signup-submit').click();
    expect(await page.locator('[data-testid="field-error"][data-field="claim.creditCode"]').innerText()).toContain('校验码不符');
    // The form keeps what was typed, except the passwords.
    expect(await page.getByTestId('field-claim.nameZh').inputValue()).toBe('泉州诚捷电气有限公司');
    await fill({ 'claim.creditCode': CODE, password: PASSWORD, confirm: PASSWORD });
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('signup-sent').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    await b.platform.idle();
    const verify = linkIn(/\/signup\/verify\/[A-Za-z0-9_-]+/)!;
    expect(verify).toBeDefined();
    await page.goto(`${b.webUrl}${verify}`);
    await page.getByTestId('verify-submit').click();
    expect(await page.getByTestId('verify-done').innerText()).toContain('泉州诚捷电气有限公司');

    const admin = await b.signIn(Role.ADMIN, '/admin/claims');
    const claim = admin.getByTestId('claim').filter({ hasText: '泉州诚捷电气有限公司' });
    await claim.getByTestId('claim-approve').click();
    await admin.waitForURL(/\/admin\/claims\?decided=/);
    await claim.waitFor({ state: 'detached' });

    await page.goto(`${b.webUrl}/login`);
    await page.getByTestId('login-email').fill('founder@chengjie-electric.test');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${b.webUrl}/portal/users`);
    await page.getByTestId('users-invite-email').fill('colleague@chengjie-electric.test');
    await page.getByTestId('users-invite').click();
    await page.getByTestId('users-sent').waitFor();
    expect(await page.getByTestId('invitation').first().getAttribute('data-status')).toBe('PENDING');

    await b.platform.idle();
    const invitation = linkIn(/\/invitations\/[A-Za-z0-9_-]+/)!;
    expect(invitation).toBeDefined();
    const colleague = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await colleague.goto(`${b.webUrl}${invitation}`);
    await colleague.getByTestId('field-displayName').fill('陈同事');
    await colleague.getByTestId('field-password').fill(COLLEAGUE_PASSWORD);
    await colleague.getByTestId('field-confirm').fill(COLLEAGUE_PASSWORD);
    await colleague.getByTestId('invite-submit').click();
    await colleague.waitForURL(/\/login\?invited=1$/);
    await colleague.getByTestId('login-email').fill('colleague@chengjie-electric.test');
    await colleague.getByTestId('login-password').fill(COLLEAGUE_PASSWORD);
    await colleague.getByTestId('login-submit').click();
    await colleague.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The link works once.
    await colleague.goto(`${b.webUrl}${invitation}`);
    await colleague.getByTestId('field-displayName').fill('又一次');
    await colleague.getByTestId('field-password').fill(COLLEAGUE_PASSWORD);
    await colleague.getByTestId('field-confirm').fill(COLLEAGUE_PASSWORD);
    await colleague.getByTestId('invite-submit').click();
    expect(await colleague.getByTestId('invite-invalid').innerText()).toContain('已被使用');

    await page.reload();
    expect(await page.getByTestId('organisation-user').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('林晓'), expect.stringContaining('陈同事')]),
    );
  });
});
