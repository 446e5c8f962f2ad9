import type { MikroORM } from '@mikro-orm/postgresql';
import { Notice, NoticeEmailStatus, Role, User } from '@cqc/db';
import type { MailTransport } from './mail-transport.js';

/**
 * Delivers the e-mail of every PENDING notice to the active enterprise users of the recipient
 * organisation. Rows are claimed with SKIP LOCKED so two workers never send the same notice; a
 * failed send leaves the notice PENDING for the next run (at-least-once delivery).
 */
export async function deliverPendingNotices(orm: MikroORM, transport: MailTransport, now: Date, limit = 50): Promise<{ sent: number }> {
  return orm.em.fork().transactional(async (em) => {
    // em.execute, not em.getConnection().execute: the claim must run inside this transaction,
    // or the row locks are released before the mail is sent and a second worker sends it again.
    const notices = await em.execute<Array<{ id: string }>>(
      `select id from notice where email_status = 'PENDING' order by created_at limit ? for update skip locked`, [limit],
    );
    let sent = 0;
    for (const { id } of notices) {
      const notice = await em.findOneOrFail(Notice, { id }, { populate: ['recipient'] });
      const users = await em.find(User, { organisation: notice.recipient, role: Role.ENTERPRISE, active: true });
      notice.emailAttempts += 1;
      if (users.length === 0) {
        notice.emailStatus = NoticeEmailStatus.NO_RECIPIENT;
        continue;
      }
      await transport.send({
        to: users.map((u) => u.email),
        subject: `${notice.titleZh} / ${notice.titleEn}`,
        text: `${notice.bodyZh}\n\n${notice.bodyEn}\n\n（${notice.clause}，CQC31-462280-2024）`,
      });
      notice.emailStatus = NoticeEmailStatus.SENT;
      notice.emailedAt = now;
      sent++;
    }
    await em.flush();
    return { sent };
  });
}
