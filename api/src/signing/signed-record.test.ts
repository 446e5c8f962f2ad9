import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { verifySignedRecord } from './verify.js';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('signed public records (Ed25519 over RFC 8785 JSON) and the published key', () => {
  let p: TestPlatform;
  let dir: string;
  const numberWith = async (status: string) =>
    (await p.pool.query<{ number: string }>(`select number from certificate where status = $1 order by number limit 1`, [status])).rows[0]!.number;
  const signed = async (number: string) => (await request(p.app).get(`/registry/certificates/${number}/signed`).expect(200)).body;

  beforeAll(async () => {
    p = await startTestPlatform();
    dir = mkdtempSync(join(tmpdir(), 'cqc-signed-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await p?.close();
  });

  it('signs the public record with the published key, at the platform time; the record verifies', async () => {
    const key = (await request(p.app).get('/registry/signing-key').expect(200)).body;
    expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^ed25519:/), publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') });
    expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(32);
    expect(key.howToVerify).toContain('RFC 8785');

    const number = await numberWith('VALID');
    const record = await signed(number.toLowerCase());
    expect(record.keyId).toBe(key.keyId);
    expect(record.payload).toMatchObject({
      schema: 'cqc-registry-record/1', number, status: 'VALID', statusFinality: 'ACTIVE', keyId: key.keyId, issuedAt: p.clock.now().toISOString(),
    });
    expect(record.payload.models[0]).toMatchObject({ designation: expect.any(String), grade: expect.any(String), ratedCurrents: expect.any(Array) });
    expect(record.payload.keyComponentConfigurations[0].components[0].supplier).toBeTruthy();
    expect(record.payload.applicant).not.toHaveProperty('id');
    expect(verifySignedRecord(record, key.publicKey)).toEqual({ valid: true, keyId: key.keyId });
    expect(verifySignedRecord(record, key.publicKeyPem).valid).toBe(true);

    const gradeChanged = structuredClone(record);
    gradeChanged.payload.models[0].grade = gradeChanged.payload.models[0].grade === '1级' ? '2级' : '1级';
    expect(verifySignedRecord(gradeChanged, key.publicKey)).toMatchObject({ valid: false, reason: expect.stringMatching(/signature/) });
  });

  it('tells SUSPENDED (reversible) from REVOKED and CANCELLED (final) in what is signed; a suspension passed off as valid fails', async () => {
    const key = (await request(p.app).get('/registry/signing-key')).body;
    const suspended = await signed(await numberWith('SUSPENDED'));
    const revoked = await signed(await numberWith('REVOKED'));
    const cancelled = await signed(await numberWith('CANCELLED'));
    expect(suspended.payload).toMatchObject({ status: 'SUSPENDED', statusFinality: 'REVERSIBLE', suspendedUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(revoked.payload).toMatchObject({ status: 'REVOKED', statusFinality: 'FINAL' });
    expect(cancelled.payload).toMatchObject({ status: 'CANCELLED', statusFinality: 'FINAL' });

    const passedOff = structuredClone(suspended);
    Object.assign(passedOff.payload, { status: 'VALID', statusFinality: 'ACTIVE', suspendedUntil: null });
    expect(verifySignedRecord(passedOff, key.publicKey).valid).toBe(false);
    expect(verifySignedRecord(suspended, key.publicKey).valid).toBe(true);
  });

  it('answers a typed 404 for an unknown number', async () => {
    const res = await request(p.app).get('/registry/certificates/CQC00000000000/signed').expect(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('verifies a saved record offline with the CLI: exit 0 when intact, 1 when tampered', async () => {
    const key = (await request(p.app).get('/registry/signing-key')).body;
    const record = await signed(await numberWith('SUSPENDED'));
    writeFileSync(join(dir, 'key.json'), JSON.stringify(key));
    writeFileSync(join(dir, 'key.pem'), key.publicKeyPem);
    writeFileSync(join(dir, 'record.json'), JSON.stringify(record, null, 2));
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify({ ...record, payload: { ...record.payload, status: 'VALID' } }));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/src/verify-record.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

    const ok = cli(join(dir, 'record.json'), join(dir, 'key.json'));
    expect(ok.stdout).toContain('VERIFIED');
    expect(ok.status).toBe(0);
    expect(cli(join(dir, 'record.json'), join(dir, 'key.pem')).status).toBe(0);
    const bad = cli(join(dir, 'tampered.json'), join(dir, 'key.json'));
    expect(bad.stdout).toContain('NOT VERIFIED');
    expect(bad.status).toBe(1);
  });
});
