import type { MikroORM } from '@mikro-orm/postgresql';
import { StaffAlert, schemeFor } from '@cqc/db';
import type { MailTransport } from '../mail/mail-transport.js';
import { deliverPendingMail } from '../mail/outbox-mailer.js';
import { clockLabel } from './alert-view.js';

/** Delivers the e-mail of every PENDING staff alert to its recipient (an inactive one gets none). */
export function deliverPendingAlerts(orm: MikroORM, transport: MailTransport, now: Date, limit = 50): Promise<{ sent: number }> {
  return deliverPendingMail(orm, transport, now, {
    table: 'staff_alert', limit,
    compose: async (em, id) => {
      const alert = await em.findOneOrFail(StaffAlert, { id }, { populate: ['recipient', 'certificationCase'] });
      if (!alert.recipient.active) return { row: alert, mail: null };
      const c = alert.certificationCase;
      const label = clockLabel(schemeFor(c.schemeId, c.schemeVersion), alert.clockKey);
      return {
        row: alert,
        mail: {
          to: [alert.recipient.email],
          subject: `期限已过 / Overdue: ${c.caseNo} ${label.zh} / ${label.en}`,
          text: [
            `认证委托 ${c.caseNo} 的时限“${label.zh}”（${label.clause}）已于 ${alert.dueOn} 到期，尚未完成。`,
            `The time limit "${label.en}" (${label.clause}) of case ${c.caseNo} was due on ${alert.dueOn} and is not met.`,
            `/workbench/cases/${c.id}`,
          ].join('\n\n'),
        },
      };
    },
  });
}
