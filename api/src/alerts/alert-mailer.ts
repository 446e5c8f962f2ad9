import type { MikroORM } from '@mikro-orm/postgresql';
import { NoticeEmailStatus, StaffAlert, schemeFor } from '@cqc/db';
import type { MailTransport } from '../mail/mail-transport.js';
import { clockLabel } from './alert-view.js';

/**
 * Delivers the e-mail of every PENDING staff alert to its recipient, as the notice mailer does
 * for notices: rows claimed with SKIP LOCKED so two workers never send the same alert; a failed
 * send leaves it PENDING for the next run (at-least-once delivery).
 */
export async function deliverPendingAlerts(orm: MikroORM, transport: MailTransport, now: Date, limit = 50): Promise<{ sent: number }> {
  return orm.em.fork().transactional(async (em) => {
    // em.execute, not em.getConnection().execute: the claim must run inside this transaction,
    // or the row locks are released before the mail is sent and a second worker sends it again.
    const pending = await em.execute<Array<{ id: string }>>(
      `select id from staff_alert where email_status = 'PENDING' order by created_at limit ? for update skip locked`, [limit],
    );
    let sent = 0;
    for (const { id } of pending) {
      const alert = await em.findOneOrFail(StaffAlert, { id }, { populate: ['recipient', 'certificationCase'] });
      alert.emailAttempts += 1;
      if (!alert.recipient.active) {
        alert.emailStatus = NoticeEmailStatus.NO_RECIPIENT;
        continue;
      }
      const c = alert.certificationCase;
      const label = clockLabel(schemeFor(c.schemeId, c.schemeVersion), alert.clockKey);
      await transport.send({
        to: [alert.recipient.email],
        subject: `期限已过 / Overdue: ${c.caseNo} ${label.zh} / ${label.en}`,
        text: [
          `认证委托 ${c.caseNo} 的时限“${label.zh}”（${label.clause}）已于 ${alert.dueOn} 到期，尚未完成。`,
          `The time limit "${label.en}" (${label.clause}) of case ${c.caseNo} was due on ${alert.dueOn} and is not met.`,
          `/workbench/cases/${c.id}`,
        ].join('\n\n'),
      });
      alert.emailStatus = NoticeEmailStatus.SENT;
      alert.emailedAt = now;
      sent++;
    }
    await em.flush();
    return { sent };
  });
}
