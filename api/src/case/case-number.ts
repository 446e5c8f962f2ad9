import type { EntityManager } from '@mikro-orm/postgresql';

/** The next human case reference, e.g. `A2026-000123` (year of creation, then a global sequence). */
export async function nextCaseNo(em: EntityManager, today: string): Promise<string> {
  const [row] = await em.getConnection().execute<Array<{ n: string }>>(`select nextval('certification_case_no_seq') as n`);
  return `A${today.slice(0, 4)}-${String(row!.n).padStart(6, '0')}`;
}
