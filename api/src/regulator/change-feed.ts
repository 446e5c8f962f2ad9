import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { pageSize } from '../graphql/connection.js';
import type { CertificateChange, CertificateChangeConnection } from './regulator-inputs.js';

interface Row {
  seq: string;
  type: string;
  certificate_number: string;
  recorded_at: Date;
}

/** The cursor is the feed sequence number, opaque to clients. */
export function encodeSeqCursor(seq: string | number | bigint): string {
  return Buffer.from(`s:${seq}`).toString('base64url');
}

export function decodeSeqCursor(cursor: string | null | undefined): bigint {
  if (cursor == null) return 0n;
  const match = /^s:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Malformed cursor', { field: 'after' });
  return BigInt(match[1]!);
}

/**
 * The registry change feed (`registry_change`), in sequence order. The projector numbers changes
 * without gaps, one transaction at a time, so "seq > cursor" never skips a committed change. As a
 * second guard the page stops at the first missing number: a change numbered but not yet
 * committed is read on a later call, never jumped over. `last` gives the newest changes instead.
 * Two statements whatever the page size: the changes, and one batched read of current statuses.
 */
export async function certificateChanges(
  ctx: Context,
  args: { after?: string | null; first?: number | null; last?: number | null },
): Promise<CertificateChangeConnection> {
  authorizeViewer(ctx.viewer, Operation.READ_REGULATOR_DATA);
  if (args.last != null && (args.after != null || args.first != null)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give either last, or first and after', { field: 'last' });
  }
  const conn = ctx.em.getConnection();
  let rows: Row[];
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  if (args.last != null) {
    const limit = pageSize(args.last);
    const newest = await conn.execute<Row[]>(
      `select seq, type, certificate_number, recorded_at from registry_change order by seq desc limit ?`, [limit + 1]);
    hasPreviousPage = newest.length > limit;
    rows = newest.slice(0, limit).reverse();
    hasNextPage = false;
  } else {
    const limit = pageSize(args.first);
    const after = decodeSeqCursor(args.after);
    const read = await conn.execute<Row[]>(
      `select seq, type, certificate_number, recorded_at from registry_change where seq > ? order by seq limit ?`,
      [after.toString(), limit + 1],
    );
    const contiguous = read.findIndex((r, i) => BigInt(r.seq) !== after + BigInt(i) + 1n);
    const upTo = contiguous === -1 ? read.length : contiguous;
    rows = read.slice(0, Math.min(upTo, limit));
    hasNextPage = upTo > limit;
    hasPreviousPage = after > 0n;
  }
  const statuses = await ctx.loaders.certificateByNumber.loadMany([...new Set(rows.map((r) => r.certificate_number))]);
  const statusOf = new Map(statuses.flatMap((c) => (c && !(c instanceof Error) ? [[c.number, c.status] as const] : [])));
  const edges = rows.map((r) => {
    const node: CertificateChange = {
      seq: String(r.seq), type: r.type, certificateNumber: r.certificate_number, recordedAt: new Date(r.recorded_at),
      currentStatus: statusOf.get(r.certificate_number) ?? null,
    };
    return { cursor: encodeSeqCursor(r.seq), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
