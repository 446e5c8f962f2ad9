import type { MikroORM } from '@mikro-orm/postgresql';
import { Notice, Role, User } from '@cqc/db';
import type { MailTransport } from './mail-transport.js';
import { deliverPendingMail } from './outbox-mailer.js';

/** Delivers the e-mail of every PENDING notice to the active enterprise users of the recipient organisation. */
export function deliverPendingNotices(orm: MikroORM, transport: MailTransport, now: Date, limit = 50): Promise<{ sent: number }> {
  return deliverPendingMail(orm, transport, now, {
    table: 'notice', limit,
    compose: async (em, id) => {
      const notice = await em.findOneOrFail(Notice, { id }, { populate: ['recipient'] });
      const users = await em.find(User, { organisation: notice.recipient, role: Role.ENTERPRISE, active: true });
      return {
        row: notice,
        mail: users.length === 0 ? null : {
          to: users.map((u) => u.email),
          subject: `${notice.titleZh} / ${notice.titleEn}`,
          text: `${notice.bodyZh}\n\n${notice.bodyEn}\n\n（${notice.clause}，CQC31-462280-2024）`,
        },
      };
    },
  });
}
