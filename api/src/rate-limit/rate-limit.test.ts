import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { Role } from '@cqc/db';
import { createApi, type Api } from '../server.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { addressList } from './address-list.js';

const REGISTRY_INFO = { query: '{ registryInfo { demoData } }' };
const VERIFY = 'query($ids: [String!]!) { verifyCertificates(identifiers: $ids) { matched } }';

/** A GraphQL POST as a browser behind the trusted proxy (the web server on loopback) sends it. */
function gqlFrom(app: Express, client: string, body: object, token?: string) {
  let req = request(app).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', client);
  if (token) req = req.set('authorization', `Bearer ${token}`);
  return req.send(body);
}

describe('public rate limits', () => {
  let p: TestPlatform;
  let api: Api;
  beforeAll(async () => {
    p = await startTestPlatform();
    // The same platform with tight limits: 5 public requests, 3 batch points, 1 export per minute.
    api = await createApi({
      orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      rateLimits: { publicPerMinute: 5, batchPointsPerMinute: 3, identifiersPerBatchPoint: 100, exportsPerMinute: 1 },
    });
  });
  afterAll(async () => {
    await api.stop();
    await p.close();
  });

  it('answer anonymous GraphQL beyond the limit with 429, Retry-After and RATE_LIMITED; other clients go on', async () => {
    for (let i = 0; i < 5; i++) expect((await gqlFrom(api.app, '203.0.113.1', REGISTRY_INFO)).status).toBe(200);
    const refused = await gqlFrom(api.app, '203.0.113.1', REGISTRY_INFO);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(refused.body.errors[0].message).toMatch(/try again/);

    const other = await gqlFrom(api.app, '203.0.113.2', REGISTRY_INFO);
    expect(other.status).toBe(200);
    expect(other.body.data.registryInfo.demoData).toBe(true);
  });

  it('do not count signed-in users, but do count a made-up token', async () => {
    const token = await p.loginAs(Role.ENGINEER);
    for (let i = 0; i < 5; i++) await gqlFrom(api.app, '203.0.113.3', REGISTRY_INFO);
    expect((await gqlFrom(api.app, '203.0.113.3', REGISTRY_INFO)).status).toBe(429);
    const signedIn = await gqlFrom(api.app, '203.0.113.3', { query: '{ me { email } }' }, token);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.me.email).toBeTruthy();
    expect((await gqlFrom(api.app, '203.0.113.3', REGISTRY_INFO, 'x'.repeat(43))).status).toBe(429);
  });

  it('charge batch verification by size in its own bucket: 429 with Retry-After', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `CQC${i}`);
    const first = await gqlFrom(api.app, '203.0.113.4', { query: VERIFY, variables: { ids } });
    expect(first.status).toBe(200);
    expect(first.body.data.verifyCertificates).toHaveLength(250);
    const second = await gqlFrom(api.app, '203.0.113.4', { query: VERIFY, variables: { ids } });
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(second.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: Number(second.headers['retry-after']) });
    // Signed in: the batch bucket does not apply.
    const token = await p.loginAs(Role.ENTERPRISE);
    for (let i = 0; i < 2; i++) {
      expect((await gqlFrom(api.app, '203.0.113.4', { query: VERIFY, variables: { ids } }, token)).status).toBe(200);
    }
  });

  it('allow few exports per minute: 429 with a plain JSON error on /registry', async () => {
    const first = await request(api.app).get('/registry/open-data/certificates.jsonl').set('x-forwarded-for', '203.0.113.5');
    expect(first.status).toBe(200);
    const second = await request(api.app).get('/registry/open-data/certificates.csv').set('x-forwarded-for', '203.0.113.5');
    expect(second.status).toBe(429);
    const retryAfter = Number(second.headers['retry-after']);
    expect(second.body).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/try again/), retryAfterSeconds: retryAfter } });
    // The field list is not an export, and another client may still export.
    expect((await request(api.app).get('/registry/open-data/fields').set('x-forwarded-for', '203.0.113.5')).status).toBe(200);
    expect((await request(api.app).get('/registry/open-data/certificates.csv').set('x-forwarded-for', '203.0.113.6')).status).toBe(200);
  });

  it('never limit the platform\'s own processes on loopback, nor believe X-Forwarded-For from an untrusted address', async () => {
    for (let i = 0; i < 8; i++) expect((await request(api.app).post('/graphql').send(REGISTRY_INFO)).status).toBe(200);
    const exempt = addressList('loopback, 10.0.0.0/8, 2001:db8::1');
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '2001:db8::1'].map(exempt)).toEqual([true, true, true, true, true]);
    expect(['203.0.113.7', '::ffff:203.0.113.7', '2001:db8::2', ''].map(exempt)).toEqual([false, false, false, false]);
    // With no trusted proxy, the socket address (loopback, exempt here) is the client, whatever the header says.
    const untrusting = await createApi({
      orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      trustProxy: 'none', rateLimits: { publicPerMinute: 1 },
    });
    try {
      for (let i = 0; i < 3; i++) expect((await gqlFrom(untrusting.app, '203.0.113.8', REGISTRY_INFO)).status).toBe(200);
    } finally {
      await untrusting.stop();
    }
  });
});
