import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, PasswordResetToken, User } from '@cqc/db';
import { clearSignInFailures } from '../auth/login-throttle-store.js';
import { hashPassword } from '../auth/password.js';
import { checkPassword, passwordPolicy } from '../auth/password-rules.js';
import { revokeUserSessions } from '../auth/session-service.js';
import { hashToken } from '../auth/token.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { hasMfa } from '../mfa/has-mfa.js';
import { endOpenLinks } from './request-reset.js';

const invalidToken = () => new AppError(ErrorCode.INVALID_RESET_TOKEN, 'This password-reset link is unknown, used or expired: ask for a new one');

/** A token as it arrives from a link: 43 base64url characters (32 random bytes), or it is not one of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sets a new password with a reset link's token. The token must be unused and unexpired on the
 * platform clock, and the account still active; the password must pass the rules. Then, in one
 * transaction: the new argon2id hash, the token used, the account's other links ended, every
 * session of the account revoked (whoever knew the old password is signed out), the sign-in
 * lockout cleared, and an audit event. Any error leaves everything as it was, the token included
 * (a refused weak password can be followed by a better one with the same link).
 */
export async function resetPassword(ctx: { em: EntityManager; clock: Clock }, token: string, newPassword: string): Promise<void> {
  if (!TOKEN_SHAPE.test(token)) throw invalidToken();
  const now = ctx.clock.now();
  const found = await ctx.em.findOne(PasswordResetToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!found || found.usedAt || found.expiresAt <= now || !found.user.active) throw invalidToken();

  // 15 characters for a password alone, 8 with a second factor.
  const policy = passwordPolicy({ mfa: await hasMfa(ctx.em, found.user.id) });
  const problems = checkPassword(newPassword, { email: found.user.email }, policy);
  if (problems.length > 0) {
    throw new AppError(ErrorCode.WEAK_PASSWORD, `The new password breaks the password rules: ${problems.join(', ')}`, {
      field: 'newPassword', reasons: problems, minLength: policy.minLength, maxLength: policy.maxLength,
    });
  }
  const passwordHash = await hashPassword(newPassword);

  await ctx.em.fork().transactional(async (tx) => {
    // The claim is the check that counts: of two requests racing with one token, one wins.
    const claimed = await tx.nativeUpdate(PasswordResetToken, { id: found.id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (claimed !== 1) throw invalidToken();
    const user = await tx.findOne(User, { id: found.user.id, active: true });
    if (!user) throw invalidToken();
    user.passwordHash = passwordHash;
    await endOpenLinks(tx, user.id, now);
    const sessionsRevoked = await revokeUserSessions(tx, user.id, now);
    await clearSignInFailures(tx, user.email);
    tx.create(AuditEvent, {
      occurredAt: now, actorId: user.id, actorRole: user.role, action: 'password-reset.completed',
      aggregateType: 'user', aggregateId: user.id, fromState: null, toState: null, payload: { tokenId: found.id, sessionsRevoked },
    });
  });
}
