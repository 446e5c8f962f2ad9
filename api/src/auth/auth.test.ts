import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt expiresInSeconds viewer { email role organisation { nameZh } } } }`;
const ME = `{ me { email role displayName organisation { id nameZh } } }`;
const LOGOUT = `mutation { logout }`;

describe('login, me, logout and token revocation', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  const engineer = () => p.batch.users.find((u) => u.role === Role.ENGINEER)!;

  it('logs in with the right password and returns an opaque token and the viewer', async () => {
    const res = await p.gql(LOGIN, { e: engineer().email, p: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.data.login.viewer).toMatchObject({ email: engineer().email, role: 'ENGINEER' });
    expect(new Date(res.data.login.expiresAt).getTime() - p.clock.now().getTime()).toBe(12 * 3_600_000);
    expect(res.data.login.expiresInSeconds).toBe(12 * 3600);
  });

  it('stores only a hash of the token', async () => {
    const token = await p.loginAs(Role.ENGINEER);
    const { rows } = await p.pool.query('select token_hash from auth_session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown e-mail with the same typed error', async () => {
    const wrong = await p.gql(LOGIN, { e: engineer().email, p: 'not-the-password' });
    const unknown = await p.gql(LOGIN, { e: 'nobody@example.test', p: DEMO_PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_CREDENTIALS');
      expect(res.errors?.[0]?.message).toBe('E-mail or password is wrong');
    }
  });

  it('answers me for a signed-in user and null for an anonymous one', async () => {
    const token = await p.loginAs(Role.ENTERPRISE);
    const mine = await p.gql(ME, {}, token);
    expect(mine.data.me).toMatchObject({ role: 'ENTERPRISE', email: p.batch.users.find((u) => u.role === Role.ENTERPRISE)!.email });
    expect((await p.gql(ME)).data.me).toBeNull();
  });

  it('logout revokes the token: it no longer authenticates, and a second logout is refused', async () => {
    const token = await p.loginAs(Role.DECIDER);
    expect((await p.gql(LOGOUT, {}, token)).data.logout).toBe(true);
    expect((await p.gql(ME, {}, token)).data.me).toBeNull();
    const again = await p.gql(LOGOUT, {}, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { rows } = await p.pool.query('select count(*)::int as n from auth_session where revoked_at is not null');
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('logging out one session leaves the user’s other sessions working', async () => {
    const first = await p.loginAs(Role.REVIEWER);
    const second = await p.loginAs(Role.REVIEWER);
    await p.gql(LOGOUT, {}, first);
    expect((await p.gql(ME, {}, second)).data.me.role).toBe('REVIEWER');
  });

  it('ends a session after the idle limit, and after the absolute limit even when in use', async () => {
    const idle = await p.loginAs(Role.INSPECTOR);
    p.clock.advance(61 * 60_000);
    expect((await p.gql(ME, {}, idle)).data.me).toBeNull();

    const busy = await p.loginAs(Role.INSPECTOR);
    // Used every 50 minutes, the session never goes idle: 14 × 50 min = 11 h 40 min, still alive…
    for (let step = 1; step <= 14; step++) {
      p.clock.advance(50 * 60_000);
      expect((await p.gql(ME, {}, busy)).data.me?.role, `after ${step * 50} minutes`).toBe('INSPECTOR');
    }
    // …but 12 hours after login it ends all the same.
    p.clock.advance(50 * 60_000);
    expect((await p.gql(ME, {}, busy)).data.me).toBeNull();
  });

  it('treats a malformed or unknown bearer token as anonymous', async () => {
    expect((await p.gql(ME, {}, 'x'.repeat(43))).data.me).toBeNull();
    expect((await p.gql(LOGOUT, {}, 'short')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
