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

/**
 * Moves a case to its next version, whatever version it is at, for a change made by one of its
 * evaluation tracks (type test, factory inspection): the track command locked its own version,
 * and the case's evaluation has changed under anyone holding a case form, whose next command
 * must then fail as CONFLICT. Call inside the track's transaction AFTER its last `em.flush()`:
 * the row is updated in SQL, so a CertificationCase loaded in that `em` is stale afterwards and
 * must not be flushed again. Never call it inside a case command (runCaseCommand moves the
 * version itself, and its flush would then see a concurrent change).
 */
export async function touchCaseVersion(em: EntityManager, caseId: string): Promise<number> {
  const rows = await em.execute<Array<{ version: number }>>(
    'update "certification_case" set "version" = "version" + 1 where "id" = ? returning "version"',
    [caseId],
  );
  if (rows.length !== 1) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
  return rows[0]!.version;
}
