import type { EntityManager } from '@mikro-orm/postgresql';
import { Session, User } from '@cqc/db';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { authenticateApiToken, isApiTokenSecret } from './api-token-auth.js';
import { admitSignIn, clearSignInFailures } from './login-throttle-store.js';
import { decoyHash, verifyPassword } from './password.js';
import { hashToken, newToken } from './token.js';
import type { Viewer } from './viewer.js';
import type { ClientInfo } from '../accounts/client-info.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Touching lastUsedAt on every request would write on every read; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Signs in. Every attempt is counted against the address first (login-throttle-store.ts): a
 * locked address is refused with TOO_MANY_ATTEMPTS before its password is looked at, whether or
 * not an account has it; a successful sign-in clears the count.
 */
export async function login(em: EntityManager, email: string, password: string, clock: Clock, policy: SessionPolicy, client?: ClientInfo) {
  const user = await verifyCredentials(em, email, password, clock);
  await clearSignInFailures(em, email);
  return openSession(em, user, clock, policy, client);
}

/**
 * The password step alone: counts the attempt, then the user, or BAD_CREDENTIALS. It does not
 * clear the count: with MFA (api/src/mfa/sign-in.ts) only the second step does, or a known
 * password would reset the count between guesses of the code.
 */
export async function verifyCredentials(em: EntityManager, email: string, password: string, clock: Clock): Promise<User> {
  await admitSignIn(em, email, clock.now());
  const user = await em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash', 'organisation'] });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await decoyHash(), password);
  if (!user || !ok || !user.active) throw new AppError(ErrorCode.BAD_CREDENTIALS, 'E-mail or password is wrong');
  return user;
}

/** A new session for a user whose sign-in is complete; `mfaEnrolmentOnly` limits it to MFA enrolment. */
export async function openSession(em: EntityManager, user: User, clock: Clock, policy: SessionPolicy, client?: ClientInfo, options: { mfaEnrolmentOnly?: boolean } = {}) {
  const now = clock.now();
  const token = newToken();
  const session = em.create(Session, {
    user,
    tokenHash: hashToken(token),
    lastUsedAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
    mfaEnrolmentOnly: options.mfaEnrolmentOnly ?? false,
    // What lets the person recognise this session in their list (api/src/accounts/my-sessions.ts).
    createdAt: now,
    clientAddress: client?.address ?? null,
    userAgent: client?.userAgent ?? null,
  });
  await em.persistAndFlush(session);
  return { token, session, user };
}

/** The viewer a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function authenticate(em: EntityManager, token: string, clock: Clock, policy: SessionPolicy): Promise<Viewer | null> {
  // Regulator API tokens carry their own prefix; they are not sessions and never expire by idling.
  if (isApiTokenSecret(token)) return authenticateApiToken(em, token, clock);
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!session || !isLive(session, clock.now(), policy) || !session.user.active) return null;
  const now = clock.now();
  if (now.getTime() - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastUsedAt: now });
  }
  return {
    userId: session.user.id,
    role: session.user.role,
    organisationId: session.user.organisation.id,
    sessionId: session.id,
    ...(session.mfaEnrolmentOnly ? { mfaEnrolmentRequired: true } : {}),
  };
}

function isLive(session: Session, now: Date, policy: SessionPolicy): boolean {
  if (session.revokedAt) return false;
  if (now >= session.expiresAt) return false;
  return now.getTime() - session.lastUsedAt.getTime() < policy.idleMinutes * 60_000;
}

export async function revokeSession(em: EntityManager, sessionId: string, clock: Clock): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: clock.now() });
}

/** Ends every live session of the user (a new password ends the sessions the old one opened). */
export async function revokeUserSessions(em: EntityManager, userId: string, now: Date): Promise<number> {
  return em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now });
}
