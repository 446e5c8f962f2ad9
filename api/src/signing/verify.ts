import { sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { keyIdOf, toPublicKey } from './signing-key.js';

/**
 * Signing and offline verification of registry records. The signature covers the RFC 8785
 * (JCS) canonical JSON of the payload: whitespace, key order or number formatting added by
 * whoever stored or forwarded the record do not matter, any change of a value does.
 * This file needs nothing but node:crypto and `canonicalize`, so a verifier can run it alone.
 */
export interface SignedRecord<P = Record<string, unknown>> {
  payload: P;
  /** Ed25519 signature over the canonical payload, base64url. */
  signature: string;
  keyId: string;
}

export function canonicalBytes(payload: unknown): Buffer {
  const text = canonicalize(payload);
  if (text === undefined) throw new Error('payload cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function signPayload<P extends { keyId: string }>(payload: P, privateKey: KeyObject): SignedRecord<P> {
  const signature = edSign(null, canonicalBytes(payload), privateKey).toString('base64url');
  return { payload, signature, keyId: payload.keyId };
}

export type VerifyResult = { valid: true; keyId: string } | { valid: false; reason: string };

/**
 * Checks a signed record against a public key (KeyObject, SPKI PEM or raw base64url): the key
 * must be the one the record names, and the signature must match the canonical payload.
 * Pure: no network, no clock, no database.
 */
export function verifySignedRecord(record: unknown, publicKey: KeyObject | string): VerifyResult {
  if (!isSignedRecord(record)) return { valid: false, reason: 'not a signed record (payload, signature, keyId)' };
  let key: KeyObject;
  try {
    key = toPublicKey(publicKey);
  } catch (error) {
    return { valid: false, reason: `unusable public key: ${error instanceof Error ? error.message : String(error)}` };
  }
  const keyId = keyIdOf(key);
  if (record.keyId !== keyId || record.payload.keyId !== keyId) {
    return { valid: false, reason: `signed with key ${record.keyId}, not with ${keyId}` };
  }
  let bytes: Buffer;
  try {
    bytes = canonicalBytes(record.payload);
  } catch {
    return { valid: false, reason: 'payload is not canonical JSON' };
  }
  const ok = edVerify(null, bytes, key, Buffer.from(record.signature, 'base64url'));
  return ok ? { valid: true, keyId } : { valid: false, reason: 'signature does not match the payload' };
}

function isSignedRecord(value: unknown): value is SignedRecord<Record<string, unknown> & { keyId: unknown }> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.signature === 'string' && typeof v.keyId === 'string' && typeof v.payload === 'object' && v.payload !== null;
}
