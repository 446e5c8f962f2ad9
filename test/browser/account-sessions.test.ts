import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

const NEW_PASSWORD = '换一句新的长密码 another passphrase';

describe.skipIf(!chromiumPath)(`one's own sessions and password in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform();
  });
  afterAll(() => b?.close());

  it('lists both browsers with their device, signs the other out, and changes the password with errors beside the field', async () => {
    const elsewhere = await b.signIn(Role.INSPECTOR, '/account/sessions', DESKTOP);
    const page = await b.signIn(Role.INSPECTOR, '/account/sessions');
    const rows = page.getByTestId('my-session');
    // The address changes before the page has rendered: wait for the rows themselves.
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    // The web forwarded the browser's User-Agent at sign-in: the session shows the browser, not the web server.
    expect(await rows.first().innerText()).toContain('Headless Chrome on Linux');
    expect(await page.locator('[data-testid="my-session"][data-current="true"]').count()).toBe(1);
    expect(await page.getByTestId('no-tokens').innerText()).toContain('您没有创建过 API 令牌');

    await page.getByTestId('revoke-others').click();
    await page.waitForURL(/others=1$/);
    expect(await page.getByTestId('account-done').innerText()).toContain('已退出其他 1 个会话');
    expect(await rows.count()).toBe(1);
    await elsewhere.reload();
    await elsewhere.waitForURL(/\/login\?redirectTo=/);

    await page.getByTestId('password-currentPassword').fill('not my password at all');
    await page.getByTestId('password-newPassword').fill(NEW_PASSWORD);
    await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    expect(await page.locator('[data-testid="field-error"][data-field="currentPassword"]').innerText()).toContain('当前密码不正确');

    await page.getByTestId('password-currentPassword').fill(DEMO_PASSWORD);
    await page.getByTestId('password-newPassword').fill('short one');
    await page.getByTestId('password-confirm').fill('short one');
    await page.getByTestId('password-submit').click();
    expect(await page.locator('[data-testid="field-error"][data-field="newPassword"]').innerText()).toContain('太短');

    await page.getByTestId('password-currentPassword').fill(DEMO_PASSWORD);
    await page.getByTestId('password-newPassword').fill(NEW_PASSWORD);
    await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.waitForURL(/done=password$/);
    expect(await page.getByTestId('account-done').innerText()).toContain('密码已修改');
    // This browser stays signed in.
    expect(await rows.count()).toBe(1);
    await page.getByTestId('nav-account').click();
    await page.waitForURL(/\/account\/sessions$/);
  });
});
