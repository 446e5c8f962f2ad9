import { createHash, randomBytes } from 'node:crypto';

/**
 * Recovery codes: ten, each usable once, for when the phone is lost. A code is 16 characters of
 * Crockford-style base32 (80 random bits) shown as four groups (`K7QM-3XWD-…`). With that much
 * entropy a plain SHA-256 is a safe way to store them (no guessing can invert it) and lets a
 * code be looked up by its hash.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(LENGTH);
    const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** As typed: any case, with or without dashes and spaces; O, I and L read as 0, 1 and 1. */
export function normaliseRecoveryCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === LENGTH && [...plain].every((c) => ALPHABET.includes(c)) ? plain : null;
}

/** The stored hash; scoped to the user so that equal codes of two users never collide. */
export function hashRecoveryCode(userId: string, normalised: string): string {
  return createHash('sha256').update(`mfa-recovery:${userId}:${normalised}`).digest('hex');
}
