import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { pageSize } from '../graphql/connection.js';
import { decodeSeqCursor, encodeSeqCursor } from '../regulator/change-feed.js';
import type { AuditEventConnection, AuditEventType, AuditLogFilter } from './audit-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  chain_seq: string;
  hash: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string;
  action: string;
  aggregate_type: string;
  aggregate_id: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  payload: Record<string, unknown>;
}

function uuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new AppError(ErrorCode.BAD_USER_INPUT, `${field} is not an id`, { field });
  return value;
}

/** The SQL conditions of a filter, with their bindings. Events name their subject in the payload too (api/src/audit/actors.ts). */
function conditions(filter: AuditLogFilter | null | undefined): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (filter?.caseId) {
    const id = uuid(filter.caseId, 'caseId');
    sql.push(`((e.aggregate_type = 'case' and e.aggregate_id = ?) or e.payload ->> 'caseId' = ?)`);
    params.push(id, id);
  }
  if (filter?.certificateNumber) {
    const number = filter.certificateNumber.trim();
    sql.push(`((e.aggregate_type = 'certificate' and (e.aggregate_id = ? or e.aggregate_id = (select c.id::text from certificate c where c.number = ?)))
      or e.payload ->> 'certificateNumber' = ? or (e.aggregate_type = 'certificate' and e.payload ->> 'number' = ?))`);
    params.push(number, number, number, number);
  }
  if (filter?.userId) {
    sql.push(`e.actor_id = ?`);
    params.push(uuid(filter.userId, 'userId'));
  }
  if (filter?.from) {
    sql.push(`e.occurred_at >= ?`);
    params.push(filter.from);
  }
  if (filter?.to) {
    sql.push(`e.occurred_at < ?`);
    params.push(filter.to);
  }
  return { sql, params };
}

/** The audit viewer: events newest first, filtered by case, certificate, user and time; keyset cursors on the chain position. */
export async function auditLog(ctx: Context, filter: AuditLogFilter | null | undefined, first?: number | null, after?: string | null): Promise<AuditEventConnection> {
  authorizeViewer(ctx.viewer, Operation.READ_AUDIT_LOG);
  const limit = pageSize(first, 50);
  const before = after == null ? null : decodeSeqCursor(after);
  const where = conditions(filter);
  if (before !== null) {
    where.sql.push(`e.chain_seq < ?`);
    where.params.push(before.toString());
  }
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select e.id, e.chain_seq, encode(e.hash, 'hex') as hash, e.occurred_at, e.actor_id, u.display_name as actor_name, e.actor_role,
       e.action, e.aggregate_type, e.aggregate_id, e.from_state, e.to_state, e.reason, e.payload
     from audit_event e left join app_user u on u.id = e.actor_id
     ${where.sql.length > 0 ? `where ${where.sql.join(' and ')}` : ''}
     order by e.chain_seq desc limit ?`,
    [...where.params, limit + 1],
  );
  const edges = rows.slice(0, limit).map((r) => {
    const node: AuditEventType = {
      id: String(r.id), chainSeq: String(r.chain_seq), hash: r.hash, occurredAt: new Date(r.occurred_at), actorId: r.actor_id,
      actorName: r.actor_name, actorRole: r.actor_role, action: r.action, aggregateType: r.aggregate_type, aggregateId: r.aggregate_id,
      fromState: r.from_state, toState: r.to_state, reason: r.reason, payload: r.payload,
    };
    return { cursor: encodeSeqCursor(r.chain_seq), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: before !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
