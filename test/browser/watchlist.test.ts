import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../api/src/mail/mail-transport.js';
import { deliverPendingWatchMail } from '../../api/src/watchlist/watch-mailer.js';
import { watchToken, watchTokenKey } from '../../api/src/watchlist/watch-tokens.js';
import { PHONE, startBrowserPlatform, type BrowserPlatform } from '../support/browser-platform.js';
import { SKIP_REASON, chromiumPath } from '../support/chromium.js';

describe.skipIf(!chromiumPath)(`following a certificate by e-mail in a real browser${chromiumPath ? '' : ` (${SKIP_REASON})`}`, () => {
  let b: BrowserPlatform;
  const mails: OutgoingMail[] = [];

  beforeAll(async () => {
    b = await startBrowserPlatform();
  });
  afterAll(() => b?.close());

  it('follows from the certificate page; the links of the mails confirm and unsubscribe after a press, not on opening', async () => {
    const { rows } = await b.platform.pool.query(`select number from certificate where status = 'VALID' order by number limit 1`);
    const number: string = rows[0].number;
    const page = await (await b.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${b.webUrl}/certificates/${number}`);
    await page.getByTestId('follow-email').fill('follower@example.org');
    await page.getByTestId('follow-submit').click();
    expect(await page.getByTestId('follow-sent').innerText()).toContain('follower@example.org');

    // The mailer sends the confirmation mail (as the platform's watch-email sweep does).
    await deliverPendingWatchMail(b.platform.db.orm, { send: async (m) => void mails.push(m) }, b.platform.clock.now(), { publicWebUrl: b.webUrl, publicApiUrl: 'http://api.invalid' });
    const [mail] = mails.filter((m) => m.to.includes('follower@example.org'));
    const link = mail!.text.match(/https?:\/\/\S+\/watch\/confirm\/[A-Za-z0-9_-]{43}/)![0];

    // Opening the link confirms nothing by itself (mail scanners open links too).
    await page.goto(link);
    await page.getByTestId('watch-confirm-submit').waitFor();
    const status = async () => (await b.platform.pool.query(`select status from watch_subscription where email = 'follower@example.org'`)).rows[0].status;
    expect(await status()).toBe('PENDING');
    await page.getByTestId('watch-confirm-submit').click();
    expect(await page.getByTestId('watch-confirmed').innerText()).toContain(number);
    expect(await status()).toBe('CONFIRMED');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    // The unsubscribe link of a notice: again a press, not the opening, stops the watch.
    const { rows: [watch] } = await b.platform.pool.query(`select id from watch_subscription where email = 'follower@example.org'`);
    const token = watchToken(await watchTokenKey(b.platform.db.orm.em.fork()), 'unsubscribe', watch.id);
    await page.goto(`${b.webUrl}/watch/unsubscribe/${token}`);
    await page.getByTestId('watch-unsubscribe-submit').waitFor();
    expect(await status()).toBe('CONFIRMED');
    await page.getByTestId('watch-unsubscribe-submit').click();
    expect(await page.getByTestId('watch-unsubscribed').innerText()).toContain(number);
    expect(await status()).toBe('UNSUBSCRIBED');
  });
});
