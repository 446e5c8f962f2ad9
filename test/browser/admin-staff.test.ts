import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import type { OutgoingMail } from '../../api/src/mail/mail-transport.js';
import { DESKTOP, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`staff accounts on the admin page in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  const mails: OutgoingMail[] = [];
  beforeAll(async () => {
    b = await startBrowserPlatform({ mail: { send: async (m) => void mails.push(m) } });
  });
  afterAll(() => b?.close());

  it('creates an account that gets a set-password link, changes its role, deactivates it, and refuses demoting oneself', async () => {
    const page = await b.signIn(Role.ADMIN, '/admin/staff', DESKTOP);
    await page.getByTestId('staff-new-email').fill('new.engineer@cqc.test');
    await page.getByTestId('staff-new-displayName').fill('新工程师');
    await page.getByTestId('staff-new-role').selectOption('ENGINEER');
    await page.getByTestId('staff-create').click();
    await page.getByTestId('staff-created').waitFor();
    await b.platform.idle();
    expect(mails.map((m) => m.to)).toContainEqual(['new.engineer@cqc.test']);
    expect(mails.at(-1)!.text).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);

    const row = page.locator('[data-testid="staff-row"][data-email="new.engineer@cqc.test"]');
    await row.getByTestId('staff-role-select').selectOption('REVIEWER');
    await row.getByTestId('staff-role-save').click();
    await row.getByTestId('staff-done').waitFor();
    const { rows: [user] } = await b.platform.pool.query(`select role, active from app_user where email = 'new.engineer@cqc.test'`);
    expect(user).toEqual({ role: 'REVIEWER', active: true });

    await row.getByTestId('staff-deactivate').click();
    await page.locator('[data-testid="staff-row"][data-email="new.engineer@cqc.test"][data-active="false"]').waitFor();

    const admin = b.platform.batch.users.find((u) => u.role === Role.ADMIN)!;
    const own = page.locator(`[data-testid="staff-row"][data-email="${admin.email}"]`);
    await own.getByTestId('staff-role-select').selectOption('ENGINEER');
    await own.getByTestId('staff-role-save').click();
    expect(await own.getByTestId('action-error').getAttribute('data-code')).toBe('SELF_ADMINISTRATION');
  });
});
