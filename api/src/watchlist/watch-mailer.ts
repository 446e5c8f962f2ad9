import type { MikroORM } from '@mikro-orm/postgresql';
import { WatchLanguage, WatchMail, WatchMailKind, WatchStatus, WatchSubscription } from '@cqc/db';
import type { MailTransport, OutgoingMail } from '../mail/mail-transport.js';
import { deliverPendingMail } from '../mail/outbox-mailer.js';
import { WATCH_LIMITS } from './watch-limits.js';
import { confirmationMail, unsubscribeLines } from './watch-texts.js';
import { watchToken, watchTokenKey } from './watch-tokens.js';

export interface WatchLinks {
  /** The public web app: confirmation and unsubscribe pages, certificate pages. */
  publicWebUrl: string;
  /** Where the API's `/registry/...` routes are reached from outside: the RFC 8058 one-click target. */
  publicApiUrl: string;
}

/**
 * Delivers the watchlist's PENDING mails through the shared mailer loop (claimed with SKIP
 * LOCKED). Token links are derived here from the key, never read from the row. A confirmation
 * whose request was replaced, or a notice whose watch was unsubscribed meanwhile, is not sent.
 */
export async function deliverPendingWatchMail(orm: MikroORM, transport: MailTransport, now: Date, links: WatchLinks, limit = 50): Promise<{ sent: number }> {
  const key = await watchTokenKey(orm.em.fork());
  return deliverPendingMail(orm, transport, now, {
    table: 'watch_mail', limit,
    compose: async (em, id) => {
      const row = await em.findOneOrFail(WatchMail, { id }, { populate: ['subscription'] });
      if (row.kind === WatchMailKind.CONFIRMATION) {
        const targets = await em.find(WatchSubscription, { requestId: row.requestId!, status: { $ne: WatchStatus.UNSUBSCRIBED } }, { orderBy: { targetLabel: 'asc' } });
        if (targets.length === 0) return { row, mail: null };
        const confirmUrl = `${links.publicWebUrl}/watch/confirm/${watchToken(key, 'confirm', row.requestId!)}`;
        const { subject, text } = confirmationMail(row.language, targets.map((t) => ({ kind: t.kind, label: t.targetLabel })), confirmUrl, WATCH_LIMITS.confirmWithinDays);
        return { row, mail: { to: [row.email], subject, text } };
      }
      const watch = row.subscription;
      if (!watch || watch.status !== WatchStatus.CONFIRMED) return { row, mail: null };
      return { row, mail: changeNotice(row, watchToken(key, 'unsubscribe', watch.id), links) };
    },
  });
}

/** A change notice with its one-click unsubscribe: a page link in the text, and the RFC 8058 headers for mail clients. */
function changeNotice(row: WatchMail, token: string, links: WatchLinks): OutgoingMail {
  const page = `${links.publicWebUrl}/watch/unsubscribe/${token}`;
  const oneClick = `${links.publicApiUrl}/registry/watch/unsubscribe?token=${token}`;
  return {
    to: [row.email],
    subject: row.subject!,
    text: `${row.body}\n${unsubscribeLines(row.language as WatchLanguage, page)}\n`,
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
