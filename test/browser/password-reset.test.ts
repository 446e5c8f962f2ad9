import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import type { OutgoingMail } from '../../api/src/mail/mail-transport.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const NEW_PASSWORD = '一句好记的长句 new passphrase';

describe.skipIf(!chromiumPath)(`password reset in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  const mails: OutgoingMail[] = [];

  beforeAll(async () => {
    b = await startBrowserPlatform({ mail: { send: async (m) => void mails.push(m) } });
  });
  afterAll(() => b?.close());

  it('from the login page: the same message for any address, the mailed link, reasons beside the field, then sign-in', async () => {
    const user = b.platform.batch.users.find((u) => u.role === Role.INSPECTOR)!;
    const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${b.webUrl}/login`);
    await page.getByTestId('login-forgot').click();
    await page.waitForURL(/\/forgot-password$/);

    const sentText = async (email: string) => {
      await page.goto(`${b.webUrl}/forgot-password`);
      await page.getByTestId('forgot-email').fill(email);
      await page.getByTestId('forgot-submit').click();
      return page.getByTestId('forgot-sent').innerText();
    };
    const unknown = await sentText('nobody-at-all@example.test');
    const known = await sentText(user.email);
    expect(known).toBe(unknown);
    expect(known).toContain('如果该邮箱有对应的账户');
    await b.platform.idle();
    expect(mails.map((m) => m.to)).toEqual([[user.email]]);
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mails[0]!.text)![1]!;

    await page.goto(`${b.webUrl}/reset-password/${token}`);
    expect(await page.locator('#reset-rules').innerText()).toContain('至少 15 个字符');
    await page.getByTestId('reset-newPassword').fill('too short');
    await page.getByTestId('reset-confirm').fill('too short');
    await page.getByTestId('reset-submit').click();
    const reasons = page.locator('[data-testid="field-error"][data-field="newPassword"]');
    expect(await reasons.innerText()).toContain('太短：至少需要 15 个字符');

    await page.getByTestId('reset-newPassword').fill(NEW_PASSWORD);
    await page.getByTestId('reset-confirm').fill(`${NEW_PASSWORD}!`);
    await page.getByTestId('reset-submit').click();
    expect(await page.locator('[data-testid="field-error"][data-field="confirm"]').innerText()).toContain('两次输入的密码不一致');

    await page.getByTestId('reset-newPassword').fill(NEW_PASSWORD);
    await page.getByTestId('reset-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('reset-submit').click();
    await page.waitForURL(/\/login\?reset=1$/);
    await page.getByTestId('login-password-reset').waitFor();

    await page.getByTestId('login-email').fill(user.email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').innerText()).toContain('电子邮箱或密码不正确');
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The link is used up.
    await page.goto(`${b.webUrl}/reset-password/${token}`);
    await page.getByTestId('reset-newPassword').fill(`${NEW_PASSWORD} again`);
    await page.getByTestId('reset-confirm').fill(`${NEW_PASSWORD} again`);
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-invalid-link').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
  });

  it('tells a locked-out address when to try again, on the login form', async () => {
    const user = b.platform.batch.users.find((u) => u.role === Role.REVIEWER)!;
    const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${b.webUrl}/login`);
    for (let i = 0; i < 6; i++) {
      await page.getByTestId('login-email').fill(user.email);
      await page.getByTestId('login-password').fill(i < 5 ? `wrong ${i}` : DEMO_PASSWORD);
      await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByTestId('login-submit').click()]);
      await page.getByTestId('login-error').waitFor();
    }
    expect(await page.getByTestId('login-error').innerText()).toMatch(/登录失败次数过多.*60 秒后再试/);
    b.platform.clock.advance(60_000);
  });
});
