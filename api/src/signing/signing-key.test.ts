import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { keptSigningKey } from './kept-signing-key.js';
import { generateSigningKey, keyIdOf, parseSigningKey, privateKeyPem, publicKeyPem, rawPublicKey, toPublicKey } from './signing-key.js';
import { signPayload, verifySignedRecord } from './verify.js';

describe('the platform signing key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-signing-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once and kept in DATA_DIR (mode 600) when SIGNING_KEY is not configured', () => {
    const first = keptSigningKey(undefined, dir);
    const second = keptSigningKey(undefined, dir);
    expect(second.keyId).toBe(first.keyId);
    expect(statSync(join(dir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'signing-key.pem'), 'utf8')).toContain('BEGIN PRIVATE KEY');
  });

  it('reads SIGNING_KEY as PKCS#8 PEM or as its base64 DER, and refuses a key that is not Ed25519', () => {
    const key = generateSigningKey();
    const pem = privateKeyPem(key);
    expect(keptSigningKey(pem, dir).keyId).toBe(key.keyId);
    const der = key.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(parseSigningKey(der).keyId).toBe(key.keyId);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parseSigningKey(rsa)).toThrow(/Ed25519/);
  });

  it('publishes the same public key as raw base64url (32 bytes) and as SPKI PEM, both usable for verification', () => {
    const key = generateSigningKey();
    const raw = rawPublicKey(key.publicKey);
    expect(Buffer.from(raw, 'base64url')).toHaveLength(32);
    expect(keyIdOf(toPublicKey(raw))).toBe(key.keyId);
    expect(keyIdOf(toPublicKey(publicKeyPem(key.publicKey)))).toBe(key.keyId);
    const record = signPayload({ keyId: key.keyId, b: 2, a: [1, 'x'] }, key.privateKey);
    expect(verifySignedRecord(record, raw)).toEqual({ valid: true, keyId: key.keyId });
    // Key order and whitespace are not signed (RFC 8785): a re-serialised record still verifies.
    const reordered = JSON.parse(JSON.stringify({ signature: record.signature, keyId: record.keyId, payload: { a: [1, 'x'], b: 2, keyId: key.keyId } }, null, 2));
    expect(verifySignedRecord(reordered, raw).valid).toBe(true);
    expect(verifySignedRecord(record, rawPublicKey(generateSigningKey().publicKey))).toMatchObject({ valid: false, reason: expect.stringMatching(/not with/) });
    expect(verifySignedRecord({ payload: 'x' }, raw)).toMatchObject({ valid: false });
  });
});
