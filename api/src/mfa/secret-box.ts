import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts TOTP secrets at rest with the application's MFA key (AES-256-GCM). The server has to
 * read a secret back to check a code, so it cannot be hashed like a password; encrypted, a
 * database dump or backup alone yields no usable secret. The key lives outside the database:
 * MFA_SECRET_KEY, or a key `pnpm start` makes once and keeps in DATA_DIR (kept-mfa-key.ts), the
 * same way as the signing key. The user's id is the additional authenticated data, so a
 * ciphertext copied onto another user's row does not decrypt.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>`, base64url; the version leaves room for key rotation.
 */
export type MfaKey = Buffer;

export const MFA_KEY_BYTES = 32;

export function generateMfaKey(): MfaKey {
  return randomBytes(MFA_KEY_BYTES);
}

/** MFA_SECRET_KEY: 32 bytes as base64 or base64url (e.g. `openssl rand -base64 32`). */
export function parseMfaKey(text: string): MfaKey {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== MFA_KEY_BYTES) throw new Error(`MFA_SECRET_KEY must be ${MFA_KEY_BYTES} bytes in base64 (e.g. openssl rand -base64 32)`);
  return key;
}

export function sealSecret(key: MfaKey, userId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** Throws when the text was not sealed with this key for this user. */
export function openSecret(key: MfaKey, userId: string, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Unknown MFA secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
