import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The next certificate number: `CQC` + the two-digit year of first issue + a 9-digit sequence
 * (ARCHITECTURE.md). The sequence continues after the highest number of that year already
 * present — imported ones included — under a transaction-level lock, so two approvals at once
 * cannot draw the same number and a number is never reused.
 */
export async function nextCertificateNumber(em: EntityManager, issuedOn: string): Promise<string> {
  const prefix = `CQC${issuedOn.slice(2, 4)}`;
  const conn = em.getConnection();
  await conn.execute(`select pg_advisory_xact_lock(hashtext('cqc.certificate-number'))`);
  const [row] = await conn.execute<Array<{ last: string | null }>>(
    `select max(substr(number, 6)::bigint) as last from certificate where number like ? and length(number) = 14`,
    [`${prefix}%`],
  );
  const next = Number(row?.last ?? 0) + 1;
  return `${prefix}${String(next).padStart(9, '0')}`;
}
