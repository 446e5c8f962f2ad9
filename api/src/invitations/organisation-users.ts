import { User } from '@cqc/db';
import { revokeUserSessions } from '../auth/session-service.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { recordAudit } from '../signup/audit.js';
import { targetOrganisation, type InvitationContext } from './manage-invitations.js';
import { requireUserManager } from './user-manager.js';

/** The organisation's users, in name order. */
export async function listOrganisationUsers(ctx: InvitationContext, organisationId?: string | null): Promise<User[]> {
  const orgId = targetOrganisation(ctx.viewer, organisationId);
  await requireUserManager(ctx.em, ctx.viewer, orgId);
  return ctx.em.find(User, { organisation: orgId }, { orderBy: { displayName: 'asc' }, limit: 500 });
}

/**
 * Deactivates a user of the manager's organisation: they can no longer sign in, and their
 * sessions end now. A manager cannot deactivate themselves (the organisation would lose its
 * last way to manage users without anyone deciding so).
 */
export async function deactivateOrganisationUser(ctx: InvitationContext, userId: string): Promise<User> {
  const target = isId(userId) ? await ctx.em.findOne(User, { id: userId }) : null;
  if (!target) throw new AppError(ErrorCode.NOT_FOUND, 'No such user');
  const manager = await requireUserManager(ctx.em, ctx.viewer, target.organisation.id);
  if (target.id === manager.id) throw new AppError(ErrorCode.BAD_USER_INPUT, 'You cannot deactivate your own account', { field: 'userId' });
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId });
    if (!user.active) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'This user is already inactive', { status: 'INACTIVE' });
    user.active = false;
    const sessionsRevoked = await revokeUserSessions(tx, user.id, now);
    recordAudit(tx, now, { userId: manager.id, role: manager.role }, {
      action: 'user.deactivated', aggregateType: 'user', aggregateId: user.id, fromState: 'ACTIVE', toState: 'INACTIVE', payload: { sessionsRevoked },
    });
    return user;
  });
}
