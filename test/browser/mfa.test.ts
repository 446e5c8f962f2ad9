import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { totpCode } from '../../api/src/mfa/totp.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

/** MFA required for staff, as in production: an engineer enrols at first sign-in, then signs in with a code. */
describe.skipIf(!chromiumPath)(`TOTP two-step verification in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;

  beforeAll(async () => {
    b = await startBrowserPlatform({ mfaRequiredForStaff: true });
  });
  afterAll(() => b?.close());

  it('sends staff without MFA to enrolment, shows QR, key and recovery codes once, then asks for a code at sign-in', async () => {
    const user = b.platform.batch.users.find((u) => u.role === Role.ENGINEER)!;
    const signInWithPassword = async () => {
      const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
      await page.goto(`${b.webUrl}/login?redirectTo=/workbench`);
      await page.getByTestId('login-email').fill(user.email);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      return page;
    };

    const page = await signInWithPassword();
    await page.waitForURL(/\/account\/mfa$/);
    expect(await page.getByTestId('mfa-enrolment-required').innerText()).toContain('必须启用两步验证');
    // Any other staff page sends the person back here until they have enrolled.
    await page.goto(`${b.webUrl}/workbench`);
    await page.waitForURL(/\/account\/mfa$/);

    await page.getByTestId('mfa-begin').click();
    const secret = (await page.getByTestId('mfa-secret').innerText()).trim();
    expect(await page.getByTestId('mfa-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await page.getByTestId('mfa-confirm-code').fill('000000' === totpCode(secret, b.platform.clock.now()) ? '111111' : '000000');
    await page.getByTestId('mfa-confirm').click();
    expect(await page.getByTestId('mfa-confirm-error').innerText()).toContain('验证码不正确');
    await page.getByTestId('mfa-confirm-code').fill(totpCode(secret, b.platform.clock.now()));
    await page.getByTestId('mfa-confirm').click();
    await page.getByTestId('mfa-recovery-codes').waitFor();
    expect(await page.getByTestId('mfa-recovery-code').count()).toBe(10);
    await page.goto(`${b.webUrl}/workbench`);
    await page.waitForURL(/\/workbench$/);

    // A later sign-in: password, then a code of a later step (the enrolment code is spent).
    b.platform.clock.advance(30_000);
    const again = await signInWithPassword();
    await again.waitForURL(/\/login\/mfa$/);
    await again.getByTestId('mfa-step-code').fill(totpCode(secret, b.platform.clock.now()));
    await again.getByTestId('mfa-step-submit').click();
    await again.waitForURL(/\/workbench$/);
  });
});
