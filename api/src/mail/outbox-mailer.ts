import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { NoticeEmailStatus } from '@cqc/db';
import type { MailTransport, OutgoingMail } from './mail-transport.js';

/** A row that is its own e-mail outbox (notices, staff alerts). */
export interface MailOutboxRow {
  emailStatus: NoticeEmailStatus;
  emailAttempts: number;
  emailedAt?: Date | null;
}

/**
 * Delivers the e-mail of every PENDING row of an outbox table. Rows are claimed with SKIP LOCKED
 * inside the transaction, so two workers never send the same row; a row with no one to send to
 * is marked NO_RECIPIENT; a failed send rolls the run back and leaves the rows PENDING for the
 * next run (at-least-once delivery).
 */
export async function deliverPendingMail<T extends MailOutboxRow>(
  orm: MikroORM, transport: MailTransport, now: Date,
  outbox: { table: string; limit: number; compose: (em: EntityManager, id: string) => Promise<{ row: T; mail: OutgoingMail | null }> },
): Promise<{ sent: number }> {
  return orm.em.fork().transactional(async (em) => {
    // em.execute, not em.getConnection().execute: the claim must run inside this transaction,
    // or the row locks are released before the mail is sent and a second worker sends it again.
    const pending = await em.execute<Array<{ id: string }>>(
      `select id from "${outbox.table}" where email_status = 'PENDING' order by created_at limit ? for update skip locked`, [outbox.limit],
    );
    let sent = 0;
    for (const { id } of pending) {
      const { row, mail } = await outbox.compose(em, id);
      row.emailAttempts += 1;
      if (!mail) {
        row.emailStatus = NoticeEmailStatus.NO_RECIPIENT;
        continue;
      }
      await transport.send(mail);
      row.emailStatus = NoticeEmailStatus.SENT;
      row.emailedAt = now;
      sent++;
    }
    await em.flush();
    return { sent };
  });
}
