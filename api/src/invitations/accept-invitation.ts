import type { EntityManager } from '@mikro-orm/postgresql';
import { Invitation, Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { checkPassword, passwordPolicy } from '../auth/password-rules.js';
import { hashToken } from '../auth/token.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { recordAudit } from '../signup/audit.js';
import { TOKEN_SHAPE } from '../signup/verify-sign-up.js';
import { invitationStatus } from './manage-invitations.js';

const refused = (reason: 'UNKNOWN' | 'EXPIRED' | 'USED' | 'REVOKED') =>
  new AppError(ErrorCode.INVALID_INVITATION, `This invitation link cannot be used (${reason.toLowerCase()}): ask for a new one`, { reason });

function usable(invitation: Invitation | null, now: Date): asserts invitation is Invitation {
  if (!invitation) throw refused('UNKNOWN');
  const status = invitationStatus(invitation, now);
  if (status === 'ACCEPTED') throw refused('USED');
  if (status !== 'PENDING') throw refused(status);
}

/**
 * Creates an ENTERPRISE user of the inviting organisation with the link's token, once, while the
 * invitation is neither expired (platform clock), used nor revoked. Any refusal changes nothing:
 * the link of a refused weak password still works for a better one.
 */
export async function acceptInvitation(ctx: { em: EntityManager; clock: Clock }, token: string, rawName: string, password: string): Promise<User> {
  if (!TOKEN_SHAPE.test(token)) throw refused('UNKNOWN');
  const now = ctx.clock.now();
  const found = await ctx.em.findOne(Invitation, { tokenHash: hashToken(token) });
  usable(found, now);
  const displayName = rawName.trim();
  if (displayName === '' || [...displayName].length > 100) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, displayName === '' ? 'Give your name' : 'The name is longer than 100 characters', { field: 'displayName' });
  }
  const policy = passwordPolicy({ mfa: false });
  const problems = checkPassword(password, { email: found.email }, policy);
  if (problems.length > 0) {
    throw new AppError(ErrorCode.WEAK_PASSWORD, `The password breaks the password rules: ${problems.join(', ')}`, {
      field: 'password', reasons: problems, minLength: policy.minLength, maxLength: policy.maxLength,
    });
  }
  const passwordHash = await hashPassword(password);
  return ctx.em.fork().transactional(async (tx) => {
    // The claim is the check that counts: of two requests racing with one token, one wins.
    const claimed = await tx.nativeUpdate(Invitation, { id: found.id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } }, { acceptedAt: now });
    if (claimed !== 1) {
      usable(await tx.findOne(Invitation, { id: found.id }), now);
      throw refused('UNKNOWN');
    }
    if (await tx.findOne(User, { email: found.email })) throw new AppError(ErrorCode.ACCOUNT_EXISTS, 'An account with this e-mail address exists already: sign in with it');
    const invitation = await tx.findOneOrFail(Invitation, { id: found.id }, { populate: ['organisation'] });
    const user = tx.create(User, {
      email: invitation.email, displayName, role: Role.ENTERPRISE, organisation: invitation.organisation, passwordHash, managesUsers: false, createdAt: now,
    });
    invitation.acceptedUser = user;
    recordAudit(tx, now, { userId: user.id, role: Role.ENTERPRISE }, {
      action: 'invitation.accepted', aggregateType: 'invitation', aggregateId: invitation.id, fromState: 'PENDING', toState: 'ACCEPTED',
      payload: { userId: user.id, organisationId: invitation.organisation.id },
    });
    recordAudit(tx, now, { userId: user.id, role: Role.ENTERPRISE }, {
      action: 'user.created', aggregateType: 'user', aggregateId: user.id, payload: { role: Role.ENTERPRISE, organisationId: invitation.organisation.id, invitationId: invitation.id },
    });
    return user;
  });
}
