import { User } from '@cqc/db';
import { admitSignIn, clearSignInFailures } from '../auth/login-throttle-store.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { checkPassword, passwordPolicy } from '../auth/password-rules.js';
import { hasMfa } from '../mfa/has-mfa.js';
import { Operation } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import { endOpenLinks } from '../password-reset/request-reset.js';
import { auditSelf, endOtherSessions, type SelfContext } from './my-sessions.js';
import { sessionViewer } from './self-service.js';

/**
 * The signed-in person sets a new password, proving they know the current one. The guess of a
 * current password counts against the account's sign-in throttle like a sign-in does, so a
 * stolen session cannot be used to try passwords without limit. Then, in one transaction: the new
 * argon2id hash, every OTHER session ended (whoever had the old password is signed out; this
 * browser stays in), open reset links ended, and an audit event.
 */
export async function changeMyPassword(ctx: SelfContext, currentPassword: string, newPassword: string): Promise<void> {
  const viewer = sessionViewer(ctx.viewer, Operation.CHANGE_OWN_PASSWORD);
  const now = ctx.clock.now();
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
  await admitSignIn(ctx.em, user.email, now);
  if (currentPassword.length > 1024 || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError(ErrorCode.BAD_CREDENTIALS, 'The current password is wrong', { field: 'currentPassword' });
  }
  // 8 characters with MFA, 15 without, as in the reset flow (api/src/password-reset/reset-password.ts).
  const policy = passwordPolicy({ mfa: await hasMfa(ctx.em, user.id) });
  const problems = checkPassword(newPassword, { email: user.email }, policy);
  if (problems.length > 0) {
    throw new AppError(ErrorCode.WEAK_PASSWORD, `The new password breaks the password rules: ${problems.join(', ')}`, {
      field: 'newPassword', reasons: problems, minLength: policy.minLength, maxLength: policy.maxLength,
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (tx) => {
    // A plain update, not the versioned entity: a password change must not make an administrator's
    // concurrent role change fail as a conflict (the version guards what administrators edit).
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    await endOpenLinks(tx, user.id, now);
    const sessionsRevoked = await endOtherSessions(tx, user.id, viewer.sessionId, now);
    await clearSignInFailures(tx, user.email);
    auditSelf(tx, viewer, now, 'password.changed', { sessionsRevoked });
  });
}
