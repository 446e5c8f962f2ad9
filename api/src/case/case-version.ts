import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../errors.js';

/**
 * Moves a case to its next version when something that belongs to it changes outside the case
 * row (attached documents, the fee payment): a command given on the version read before that
 * change then fails as CONFLICT, as it would for a change of the row itself. Call inside the
 * transaction; the `where version = ?` makes two concurrent changes produce exactly one.
 */
export async function bumpCaseVersion(em: EntityManager, caseId: string, expectedVersion: number): Promise<number> {
  const rows = await em.execute<Array<{ version: number }>>(
    'update "certification_case" set "version" = "version" + 1 where "id" = ? and "version" = ? returning "version"',
    [caseId, expectedVersion],
  );
  if (rows.length !== 1) throw new AppError(ErrorCode.CONFLICT, 'The case was changed by someone else; reload it');
  return rows[0]!.version;
}
