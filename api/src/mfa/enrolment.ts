import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import { AuditEvent, MfaRecoveryCode, Session, User, UserMfa } from '@cqc/db';
import { admitSignIn, clearSignInFailures } from '../auth/login-throttle-store.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import { sealSecret, type MfaKey } from './secret-box.js';
import { newTotpSecret, otpauthUri } from './totp.js';
import { acceptCode, acceptTotp } from './verify-code.js';

/**
 * Enrolment and the other changes to one's own second factor. Each change is one transaction
 * with its audit event; turning MFA on or off ends the user's other sessions (whoever was signed
 * in elsewhere signed in under the old rule). Every code tried is counted against the account's
 * sign-in throttle, so a stolen session cannot guess codes to switch MFA off either.
 */
export interface MfaChangeDeps {
  em: EntityManager;
  clock: Clock;
  key: MfaKey;
}

export interface BegunEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

const wrongState = (status: string, message: string) => new AppError(ErrorCode.ILLEGAL_TRANSITION, message, { status });

/** A new secret, shown once: as base32, as an otpauth:// URI and as its QR code. Replaces an unconfirmed one. */
export async function beginEnrolment(deps: MfaChangeDeps, viewer: Viewer): Promise<BegunEnrolment> {
  const now = deps.clock.now();
  return deps.em.fork().transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: viewer.userId });
    const existing = await tx.findOne(UserMfa, { user });
    if (existing?.enabledAt) throw wrongState('ENABLED', 'Two-factor authentication is already on: turn it off first or keep it');
    const secret = newTotpSecret();
    const secretCiphertext = sealSecret(deps.key, user.id, secret);
    if (existing) Object.assign(existing, { secretCiphertext, lastTimeStep: null });
    else tx.create(UserMfa, { user, secretCiphertext, enabledAt: null, lastTimeStep: null });
    audit(tx, user, now, 'mfa.enrolment-begun', {});
    const uri = otpauthUri(secret, user.email);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  });
}

/** The first code from the app turns MFA on; the ten recovery codes are returned once. */
export async function confirmEnrolment(deps: MfaChangeDeps, viewer: Viewer, code: string): Promise<string[]> {
  const { user, now } = await countAttempt(deps, viewer);
  return deps.em.fork().transactional(async (tx) => {
    const mfa = await tx.findOne(UserMfa, { user: user.id }, { populate: ['user'] });
    if (!mfa || mfa.enabledAt) throw wrongState(mfa ? 'ENABLED' : 'NONE', 'Begin enrolment first');
    await acceptTotp(tx, mfa, deps.key, code, now);
    mfa.enabledAt = now;
    const codes = await replaceRecoveryCodes(tx, user, now);
    // This session proved the second factor: it is no longer limited to enrolment.
    if (viewer.sessionId) await tx.nativeUpdate(Session, { id: viewer.sessionId }, { mfaEnrolmentOnly: false });
    const sessionsRevoked = await endOtherSessions(tx, user.id, viewer.sessionId, now);
    await clearSignInFailures(tx, user.email);
    audit(tx, user, now, 'mfa.enabled', { sessionsRevoked });
    return codes;
  });
}

/** A new set of ten recovery codes (the old ones stop working), with a current TOTP code. */
export async function regenerateRecoveryCodes(deps: MfaChangeDeps, viewer: Viewer, code: string): Promise<string[]> {
  const { user, now } = await countAttempt(deps, viewer);
  return deps.em.fork().transactional(async (tx) => {
    const mfa = await enabledMfa(tx, user.id);
    await acceptTotp(tx, mfa, deps.key, code, now);
    const codes = await replaceRecoveryCodes(tx, user, now);
    await clearSignInFailures(tx, user.email);
    audit(tx, user, now, 'mfa.recovery-codes-regenerated', {});
    return codes;
  });
}

/** Turns MFA off with a TOTP or recovery code (the policy allows it only where MFA is optional). */
export async function disableMfa(deps: MfaChangeDeps, viewer: Viewer, code: string): Promise<void> {
  const { user, now } = await countAttempt(deps, viewer);
  await deps.em.fork().transactional(async (tx) => {
    const mfa = await enabledMfa(tx, user.id);
    const accepted = await acceptCode(tx, mfa, deps.key, code, now);
    await tx.nativeDelete(MfaRecoveryCode, { user: user.id });
    await tx.nativeDelete(UserMfa, { id: mfa.id });
    const sessionsRevoked = await endOtherSessions(tx, user.id, viewer.sessionId, now);
    await clearSignInFailures(tx, user.email);
    audit(tx, user, now, 'mfa.disabled', { sessionsRevoked, with: accepted.kind });
  });
}

async function enabledMfa(tx: EntityManager, userId: string): Promise<UserMfa> {
  const mfa = await tx.findOne(UserMfa, { user: userId, enabledAt: { $ne: null } }, { populate: ['user'] });
  if (!mfa) throw wrongState('NONE', 'Two-factor authentication is not on');
  return mfa;
}

async function countAttempt(deps: MfaChangeDeps, viewer: Viewer): Promise<{ user: User; now: Date }> {
  const now = deps.clock.now();
  const user = await deps.em.findOneOrFail(User, { id: viewer.userId });
  await admitSignIn(deps.em, user.email, now);
  return { user, now };
}

async function replaceRecoveryCodes(tx: EntityManager, user: User, now: Date): Promise<string[]> {
  await tx.nativeDelete(MfaRecoveryCode, { user: user.id });
  const codes = newRecoveryCodes();
  for (const code of codes) tx.create(MfaRecoveryCode, { user, codeHash: hashRecoveryCode(user.id, normaliseRecoveryCode(code)!), usedAt: null, createdAt: now });
  return codes;
}

async function endOtherSessions(tx: EntityManager, userId: string, keep: string | null, now: Date): Promise<number> {
  return tx.nativeUpdate(Session, { user: userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { revokedAt: now });
}

function audit(tx: EntityManager, user: User, now: Date, action: string, payload: Record<string, unknown>): void {
  tx.create(AuditEvent, { occurredAt: now, actorId: user.id, actorRole: user.role, action, aggregateType: 'user', aggregateId: user.id, fromState: null, toState: null, payload });
}
