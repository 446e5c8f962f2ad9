import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '@cqc/db';
import { Operation, authorizeSession } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../errors.js';

/**
 * The caller, if they may manage the users of `organisationId`: the policy decides role and
 * organisation (ENTERPRISE, own organisation only); the account must also carry `managesUsers`,
 * read from the database, so taking the flag away counts at once. A person in a session, not an
 * API token.
 */
export async function requireUserManager(em: EntityManager, viewer: Viewer | null, organisationId: string): Promise<User> {
  const caller = authorizeSession(viewer, Operation.MANAGE_ORGANISATION_USERS, { organisationId });
  const manager = await em.findOne(User, { id: caller.userId, organisation: organisationId, active: true, managesUsers: true });
  if (!manager) throw new AppError(ErrorCode.FORBIDDEN, 'Only the user managers of this organisation may do this');
  return manager;
}
