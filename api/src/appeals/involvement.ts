import type { EntityManager } from '@mikro-orm/postgresql';
import type { Appeal } from '@cqc/db';

/**
 * Everyone who acted on what the appeal concerns: the case (its audit events, and events naming it
 * in their payload) or the certificate (its events, and events naming it by id or number). Read
 * from the append-only audit log, like the §6 evaluator check (api/src/case/decision-guards.ts):
 * who made or prepared the decision appealed may not decide the appeal (ISO/IEC 17065 7.13).
 */
export async function involvedIn(em: EntityManager, appeal: Appeal): Promise<Set<string>> {
  const conditions: string[] = [];
  const params: string[] = [];
  if (appeal.case) {
    conditions.push(`(aggregate_type = 'case' and aggregate_id = ?) or payload ->> 'caseId' = ?`);
    params.push(appeal.case.id, appeal.case.id);
  }
  if (appeal.certificate) {
    conditions.push(`(aggregate_type = 'certificate' and aggregate_id = ?) or payload ->> 'certificateId' = ? or payload ->> 'number' = ? or payload ->> 'certificateNumber' = ?`);
    params.push(appeal.certificate.id, appeal.certificate.id, appeal.certificate.number, appeal.certificate.number);
  }
  if (conditions.length === 0) return new Set();
  const rows = await em.getConnection().execute<Array<{ actor_id: string }>>(
    `select distinct actor_id from audit_event where actor_id is not null and (${conditions.join(' or ')})`, params,
  );
  return new Set(rows.map((r) => r.actor_id));
}
