import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * The platform's Ed25519 signing key. Node's built-in crypto (OpenSSL) signs and verifies, and
 * reads and writes the standard PEM forms (PKCS#8 private, SPKI public) that operators and
 * verifiers already have tools for: no third-party code handles the private key.
 */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Names the public key in every signed record, so that a rotated key can be told apart. */
  keyId: string;
}

export const SIGNING_ALGORITHM = 'Ed25519';

/** A fresh key pair (tests, and a platform started without SIGNING_KEY before it keeps one). */
export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPrivate(privateKey);
}

/**
 * The key configured as SIGNING_KEY: a PKCS#8 PEM, or the base64 of its DER (one line, for
 * environment variables). Anything else, or a key of another type, is refused at boot.
 */
export function parseSigningKey(text: string): SigningKey {
  const trimmed = text.trim();
  const privateKey = trimmed.startsWith('-----BEGIN')
    ? createPrivateKey({ key: trimmed, format: 'pem' })
    : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`SIGNING_KEY must be an Ed25519 private key (got ${privateKey.asymmetricKeyType ?? 'unknown'})`);
  }
  return signingKeyFromPrivate(privateKey);
}

/** The PKCS#8 PEM of the private key, as kept in DATA_DIR or given as SIGNING_KEY. */
export function privateKeyPem(key: SigningKey): string {
  return key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

function signingKeyFromPrivate(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** The raw 32-byte Ed25519 public key (RFC 8032), base64url: the JWK `x` member. */
export function rawPublicKey(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an Ed25519 public key');
  return jwk.x;
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

/** `ed25519:` + the first 16 bytes of SHA-256 over the raw public key, base64url: stable and short. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = Buffer.from(rawPublicKey(publicKey), 'base64url');
  return `ed25519:${createHash('sha256').update(raw).digest().subarray(0, 16).toString('base64url')}`;
}

/**
 * A public key as a verifier may hold it: a KeyObject, an SPKI PEM, or the raw 32 bytes in
 * base64url (or base64).
 */
export function toPublicKey(key: KeyObject | string): KeyObject {
  if (typeof key !== 'string') return key.type === 'private' ? createPublicKey(key) : key;
  const trimmed = key.trim();
  if (trimmed.startsWith('-----BEGIN')) return createPublicKey({ key: trimmed, format: 'pem' });
  const raw = Buffer.from(trimmed, trimmed.includes('+') || trimmed.includes('/') ? 'base64' : 'base64url');
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}
