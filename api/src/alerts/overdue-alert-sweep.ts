import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, Role } from '@cqc/db';
import { chinaDate } from '../clock.js';

/** A case that has ended runs no clock the certification body still has to meet. */
const ENDED = [CaseStatus.CERTIFIED, CaseStatus.TERMINATED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED];

/**
 * Overdue alerts for staff: every running case clock whose due date (the last day allowed) is
 * before today on the Beijing calendar gets one alert per recipient — the case's assigned
 * engineer, or every active engineer while the case has none (anyone of them may take it:
 * engineers share their work, and an unassigned overdue case is the one nobody is watching).
 * An assigned engineer who is no longer active counts as no engineer.
 *
 * One INSERT … SELECT … ON CONFLICT DO NOTHING against the unique (clock, recipient): re-running
 * the sweep, or two sweeps at the same moment, never writes a second alert for the same clock
 * round and person. Paused clocks have no due date and are not overdue. The alert rows are the
 * e-mail outbox (PENDING), sent by the alert mailer.
 */
export async function sweepOverdueClocks(em: EntityManager, now: Date): Promise<{ raised: number }> {
  const today = chinaDate(now);
  const rows = await em.execute<Array<{ id: string }>>(
    `insert into staff_alert (id, created_at, recipient_id, certification_case_id, clock_id, clock_key, round, due_on, raised_on, email_status, email_attempts)
     select gen_random_uuid(), ?, u.id, c.id, k.id, k.key, k.round, k.due_on, ?, 'PENDING', 0
       from case_clock k
       join certification_case c on c.id = k.certification_case_id
       left join app_user assigned on assigned.id = c.assigned_engineer_id and assigned.active and assigned.role = ?
       join app_user u on u.active and u.role = ? and (assigned.id is null or u.id = assigned.id)
      where k.stopped_on is null and k.due_on < ? and c.status not in (${ENDED.map(() => '?').join(', ')})
     on conflict (clock_id, recipient_id) do nothing
     returning id`,
    [now, today, Role.ENGINEER, Role.ENGINEER, today, ...ENDED],
  );
  return { raised: rows.length };
}
