import { loadPublicCertificates, type PublicCertificate } from '@cqc/registry';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { pageSize } from '../graphql/connection.js';
import { certificateFilterSql } from './certificate-filter-sql.js';
import type { RegulatorCertificateFilter } from './regulator-inputs.js';

/*
 * Which certificates match is asked of the system of record (PostgreSQL tables), not of the
 * registry read model: the filters are plain indexed columns there (no jsonb expression indexes
 * per generation), reason codes live in the status history, and a regulator sees the truth
 * without projector lag. What is shown of each is the public record, as the registry serves it.
 */

/** A keyset cursor: the last certificate number of the page, opaque to clients. */
export function encodeNumberCursor(number: string): string {
  return Buffer.from(`n:${number}`).toString('base64url');
}

function decodeNumberCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const match = /^n:([A-Za-z0-9/_.-]{1,64})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Malformed cursor', { field: 'after' });
  return match[1]!;
}

/**
 * One page in certificate-number order. Always three statements, whatever the page size: the
 * page of numbers, the total, and one batched read of the public records (plus one for records
 * the projector has not written yet).
 */
export async function regulatorCertificates(ctx: Context, filter: RegulatorCertificateFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
  authorizeViewer(ctx.viewer, Operation.READ_REGULATOR_DATA);
  const limit = pageSize(first);
  const afterNumber = decodeNumberCursor(after);
  const { from, where, params } = certificateFilterSql(filter);
  const conn = ctx.em.getConnection();
  const [rows, [total]] = await Promise.all([
    conn.execute<Array<{ number: string }>>(
      `select c.number from ${from} where ${where}${afterNumber === null ? '' : ' and c.number > ?'} order by c.number limit ?`,
      [...params, ...(afterNumber === null ? [] : [afterNumber]), limit + 1],
    ),
    conn.execute<Array<{ count: string }>>(`select count(*) as count from ${from} where ${where}`, params),
  ]);
  const numbers = rows.slice(0, limit).map((r) => r.number);
  const records = await publicRecords(ctx, numbers);
  const edges = numbers.flatMap((n) => {
    const node = records.get(n);
    return node ? [{ cursor: encodeNumberCursor(n), node }] : [];
  });
  return {
    totalCount: Number(total?.count ?? 0),
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: afterNumber !== null,
      startCursor: numbers.length > 0 ? encodeNumberCursor(numbers[0]!) : null,
      // The last number read, even if its record were missing: the next page must not repeat it.
      endCursor: numbers.length > 0 ? encodeNumberCursor(numbers.at(-1)!) : null,
    },
  };
}

/** Public records from the registry in one batch; those it does not hold yet are built from the tables. */
async function publicRecords(ctx: Context, numbers: string[]): Promise<Map<string, PublicCertificate>> {
  const found = new Map<string, PublicCertificate>();
  const loaded = await ctx.loaders.certificateByNumber.loadMany(numbers);
  loaded.forEach((record, i) => {
    if (record && !(record instanceof Error)) found.set(numbers[i]!, record);
  });
  const missing = numbers.filter((n) => !found.has(n));
  if (missing.length > 0) for (const record of await loadPublicCertificates(ctx.em, missing)) found.set(record.number, record);
  return found;
}
