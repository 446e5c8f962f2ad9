import type { EntityManager } from '@mikro-orm/postgresql';

/** Something the audit log speaks of: its own events, and other events naming it in their payload. */
export interface AuditSubject {
  aggregateType: string;
  aggregateId: string;
  /** Payload keys whose value names the subject, e.g. `{ caseId: id }` for track events about a case. */
  namedBy?: Record<string, string>;
}

/**
 * The people who acted on any of the subjects, read from the append-only audit log, optionally
 * only in the given roles. The separation-of-duties checks (§6 review and decision, variations,
 * appeals) all ask this one question.
 */
export async function actorsOf(em: EntityManager, subjects: readonly AuditSubject[], roles?: readonly string[]): Promise<Set<string>> {
  if (subjects.length === 0) return new Set();
  const params: string[] = [];
  const conditions = subjects.map((s) => {
    params.push(s.aggregateType, s.aggregateId);
    const named = Object.entries(s.namedBy ?? {}).map(([key, value]) => {
      params.push(key, value);
      return ` or payload ->> ? = ?`;
    });
    return `((aggregate_type = ? and aggregate_id = ?)${named.join('')})`;
  });
  const byRole = roles && roles.length > 0 ? ` and actor_role in (${roles.map(() => '?').join(', ')})` : '';
  const rows = await em.execute<Array<{ actor_id: string }>>(
    `select distinct actor_id from audit_event where actor_id is not null${byRole} and (${conditions.join(' or ')})`,
    [...(roles ?? []), ...params],
  );
  return new Set(rows.map((r) => r.actor_id));
}
