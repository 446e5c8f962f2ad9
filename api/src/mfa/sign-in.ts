import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, MfaLoginChallenge, User, UserMfa } from '@cqc/db';
import type { ClientInfo } from '../accounts/client-info.js';
import { admitSignIn, clearSignInFailures } from '../auth/login-throttle-store.js';
import { openSession, verifyCredentials, type SessionPolicy } from '../auth/session-service.js';
import { hashToken, newToken } from '../auth/token.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { mfaRequiredFor, type MfaSettings } from './mfa-settings.js';
import { acceptCode } from './verify-code.js';

/** The second step must follow the first within five minutes. */
export const MFA_CHALLENGE_MINUTES = 5;

export interface SignInDeps {
  em: EntityManager;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  mfa: MfaSettings;
  client?: ClientInfo;
}

export type SignInResult =
  | { kind: 'SESSION'; token: string; expiresAt: Date; user: User; mfaEnrolmentOnly: boolean }
  | { kind: 'MFA_CHALLENGE'; challenge: string; expiresAt: Date };

const invalidChallenge = () => new AppError(ErrorCode.INVALID_MFA_CHALLENGE, 'This sign-in has expired or was already completed: sign in again (登录已过期，请重新登录)');

/**
 * The password step. A user with MFA gets no session yet but a challenge: a random token, kept
 * only as its hash, good once and for five minutes. The attempt count of the address is left as
 * it is until the second step succeeds (auth/session-service.ts `verifyCredentials`). A staff
 * member without MFA while MFA is required gets a session limited to enrolment.
 */
export async function signIn(deps: SignInDeps, email: string, password: string): Promise<SignInResult> {
  const user = await verifyCredentials(deps.em, email, password, deps.clock);
  const mfa = await deps.em.findOne(UserMfa, { user, enabledAt: { $ne: null } });
  const now = deps.clock.now();
  if (mfa) {
    const challenge = newToken();
    const expiresAt = new Date(now.getTime() + MFA_CHALLENGE_MINUTES * 60_000);
    deps.em.create(MfaLoginChallenge, { user, tokenHash: hashToken(challenge), expiresAt });
    await deps.em.flush();
    // Long-expired challenges go as new ones come: no sweep of their own.
    await deps.em.nativeDelete(MfaLoginChallenge, { expiresAt: { $lt: new Date(now.getTime() - 24 * 3_600_000) } });
    return { kind: 'MFA_CHALLENGE', challenge, expiresAt };
  }
  await clearSignInFailures(deps.em, email);
  const mfaEnrolmentOnly = mfaRequiredFor(user.role, deps.mfa);
  const { token, session } = await openSession(deps.em, user, deps.clock, deps.sessionPolicy, deps.client, { mfaEnrolmentOnly });
  return { kind: 'SESSION', token, expiresAt: session.expiresAt, user, mfaEnrolmentOnly };
}

/**
 * The second step: the challenge and a TOTP code (or a recovery code) give the session. Every try
 * is counted against the address like a password (login-throttle-store.ts), so codes cannot be
 * guessed faster than passwords; a wrong code leaves the challenge usable until it expires.
 */
export async function completeMfaSignIn(deps: SignInDeps, challenge: string, code: string): Promise<Extract<SignInResult, { kind: 'SESSION' }>> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge) || code.length > 64) throw invalidChallenge();
  const now = deps.clock.now();
  const found = await deps.em.findOne(MfaLoginChallenge, { tokenHash: hashToken(challenge) }, { populate: ['user', 'user.organisation'] });
  if (!found || found.usedAt || found.expiresAt <= now || !found.user.active) throw invalidChallenge();
  const user = found.user;
  await admitSignIn(deps.em, user.email, now);

  return deps.em.fork().transactional(async (tx) => {
    const mfa = await tx.findOne(UserMfa, { user: user.id, enabledAt: { $ne: null } }, { populate: ['user'] });
    if (!mfa) throw invalidChallenge();
    const accepted = await acceptCode(tx, mfa, deps.mfa.key, code, now);
    const claimed = await tx.nativeUpdate(MfaLoginChallenge, { id: found.id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (claimed !== 1) throw invalidChallenge();
    await clearSignInFailures(tx, user.email);
    if (accepted.kind === 'RECOVERY') {
      tx.create(AuditEvent, {
        occurredAt: now, actorId: user.id, actorRole: user.role, action: 'mfa.recovery-code-used',
        aggregateType: 'user', aggregateId: user.id, fromState: null, toState: null, payload: { recoveryCodeId: accepted.recoveryCodeId },
      });
    }
    const sessionUser = await tx.findOneOrFail(User, { id: user.id }, { populate: ['organisation'] });
    const { token, session } = await openSession(tx, sessionUser, deps.clock, deps.sessionPolicy, deps.client);
    return { kind: 'SESSION' as const, token, expiresAt: session.expiresAt, user: sessionUser, mfaEnrolmentOnly: false };
  });
}
