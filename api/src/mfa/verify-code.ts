import type { EntityManager } from '@mikro-orm/postgresql';
import { MfaRecoveryCode, UserMfa } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes.js';
import { openSecret, type MfaKey } from './secret-box.js';
import { matchTotp } from './totp.js';

export const invalidCode = () => new AppError(ErrorCode.INVALID_MFA_CODE, 'The code is wrong or was already used (验证码错误或已使用)', { field: 'code' });

export type AcceptedCode = { kind: 'TOTP'; step: number } | { kind: 'RECOVERY'; recoveryCodeId: string };

/** The decrypted secret of a user's MFA row (its secret column is lazy). */
export async function readSecret(em: EntityManager, mfa: UserMfa, key: MfaKey): Promise<string> {
  await em.populate(mfa, ['secretCiphertext']);
  return openSecret(key, mfa.user.id, mfa.secretCiphertext);
}

/**
 * Checks a TOTP code and claims its time step, inside the caller's transaction: the claim is
 * `last_time_step < step` in one UPDATE, so of two requests with the same code only one wins,
 * and a code once accepted is refused for the rest of its window (replay protection). Throws
 * INVALID_MFA_CODE otherwise.
 */
export async function acceptTotp(tx: EntityManager, mfa: UserMfa, key: MfaKey, code: string, now: Date): Promise<AcceptedCode> {
  const step = matchTotp(await readSecret(tx, mfa, key), code.replace(/\s/g, ''), now);
  if (step === null) throw invalidCode();
  const claimed = await tx.nativeUpdate(UserMfa, { id: mfa.id, $or: [{ lastTimeStep: null }, { lastTimeStep: { $lt: step } }] }, { lastTimeStep: step });
  if (claimed !== 1) throw invalidCode();
  mfa.lastTimeStep = step;
  return { kind: 'TOTP', step };
}

/** A TOTP code, or else one of the user's unused recovery codes, which it spends. */
export async function acceptCode(tx: EntityManager, mfa: UserMfa, key: MfaKey, code: string, now: Date): Promise<AcceptedCode> {
  const recovery = /^\s*\d{6}\s*$/.test(code) ? null : normaliseRecoveryCode(code);
  if (!recovery) return acceptTotp(tx, mfa, key, code, now);
  const row = await tx.findOne(MfaRecoveryCode, { user: mfa.user.id, codeHash: hashRecoveryCode(mfa.user.id, recovery), usedAt: null });
  // The claim, not the read, decides: of two requests with one code, one wins.
  if (!row || (await tx.nativeUpdate(MfaRecoveryCode, { id: row.id, usedAt: null }, { usedAt: now })) !== 1) throw invalidCode();
  return { kind: 'RECOVERY', recoveryCodeId: row.id };
}
