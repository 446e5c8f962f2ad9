import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD, type Role } from '@cqc/db';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { freePort } from './free-port.js';
import { startTestPlatform, type TestPlatform } from './platform.js';
import { startWebServer, webBuildExists } from './web-server.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface BrowserPlatform {
  platform: TestPlatform;
  webUrl: string;
  browser: Browser;
  /** Opens `path` in a fresh context (phone-sized by default), signs in as the demo user of `role` on the way, and returns the page there. */
  signIn(role: Role, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Everything a browser test needs: the test platform's API listening on a port, the built web
 * app served against it (as `pnpm start` does), and a headless Chromium.
 */
export async function startBrowserPlatform(options: Parameters<typeof startTestPlatform>[0] = {}): Promise<BrowserPlatform> {
  if (!webBuildExists()) throw new Error('web/build is missing: run `pnpm --filter @cqc/web build` (the test command does)');
  const platform = await startTestPlatform(options);
  const apiPort = await freePort();
  const api: Server = await platform.listen(apiPort, '127.0.0.1');
  const web = await startWebServer({ port: await freePort(), apiUrl: `http://127.0.0.1:${apiPort}` });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  return {
    platform,
    webUrl: web.url,
    browser,
    async signIn(role, path, viewport = PHONE) {
      const user = platform.batch.users.find((u) => u.role === role);
      if (!user) throw new Error(`no demo user with role ${role}`);
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${web.url}${path}`);
      // Not signed in: the page sends us to the login form and back.
      await page.waitForURL(/\/login\?redirectTo=/);
      await page.getByTestId('login-email').fill(user.email);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      return page;
    },
    async close() {
      await browser.close();
      await web.stop();
      await new Promise<void>((done) => api.close(() => done()));
      await platform.close();
    },
  };
}
