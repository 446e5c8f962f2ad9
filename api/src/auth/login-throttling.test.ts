import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Role, User } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { hashPassword } from './password.js';
import { throttleKey } from './login-throttle-store.js';

const PASSWORD = 'the right passphrase for this account';
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

describe('per-account login throttling', () => {
  let p: TestPlatform;
  let serial = 0;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  async function newUser(): Promise<string> {
    const em = p.db.orm.em.fork();
    const { organisation } = await em.findOneOrFail(User, { email: p.batch.users.find((u) => u.role === Role.ENTERPRISE)!.email });
    const user = em.create(User, { email: `throttle-${++serial}@example.test`, displayName: `限流测试 ${serial}`, role: Role.ENTERPRISE, organisation, passwordHash: await hashPassword(PASSWORD) });
    await em.flush();
    return user.email;
  }

  /** A login as the API answers it: status, Retry-After and the first error (or OK). */
  async function login(email: string, password: string) {
    const res = await request(p.app).post('/graphql').set('content-type', 'application/json').send({ query: LOGIN, variables: { e: email, p: password } });
    const error = res.body.errors?.[0];
    return {
      status: res.status,
      retryAfter: res.headers['retry-after'] as string | undefined,
      code: error?.extensions?.code ?? (res.body.data?.login?.token ? 'OK' : 'NONE'),
      extensions: error?.extensions,
      message: error?.message as string | undefined,
    };
  }

  async function failFiveTimes(email: string) {
    for (let i = 0; i < 5; i++) expect((await login(email, `wrong guess number ${i}`)).code).toBe('BAD_CREDENTIALS');
  }

  it('refuses the sixth attempt within 15 minutes with TOO_MANY_ATTEMPTS, even with the right password', async () => {
    const email = await newUser();
    await failFiveTimes(email);
    const locked = await login(email, PASSWORD);
    expect(locked).toMatchObject({ status: 429, retryAfter: '60', code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 });
    p.clock.advance(30_000);
    expect((await login(email, PASSWORD)).extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 });
    p.clock.advance(30_000);
    expect((await login(email, PASSWORD)).code).toBe('OK');
  });

  it('answers an unknown address exactly like a known one: the lockout reveals no account', async () => {
    const known = await newUser();
    const unknown = 'never-registered@example.test';
    const answers = [];
    for (const email of [known, unknown]) {
      const attempts = [];
      for (let i = 0; i < 6; i++) attempts.push(await login(email, i < 5 ? `wrong ${i}` : PASSWORD));
      answers.push(attempts.map(({ status, retryAfter, code, extensions, message }) => ({ status, retryAfter, code, extensions, message })));
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]!.map((a) => a.code)).toEqual([...Array(5).fill('BAD_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    p.clock.advance(60_000);
  });

  it('forgets failures older than 15 minutes, and a successful sign-in resets the count', async () => {
    const email = await newUser();
    for (let i = 0; i < 4; i++) await login(email, 'wrong');
    p.clock.advance(15 * 60_000);
    for (let i = 0; i < 4; i++) expect((await login(email, 'wrong')).code).toBe('BAD_CREDENTIALS');
    expect((await login(email, PASSWORD)).code).toBe('OK');
    for (let i = 0; i < 4; i++) expect((await login(email, 'wrong')).code).toBe('BAD_CREDENTIALS');
    expect((await login(email, PASSWORD)).code).toBe('OK');
    expect((await p.pool.query('select 1 from login_throttle where key_hash = $1', [throttleKey(email)])).rowCount).toBe(0);
  });

  it('doubles the lockout each time: one minute, then two', async () => {
    const email = await newUser();
    await failFiveTimes(email);
    p.clock.advance(60_000);
    await failFiveTimes(email);
    const second = await login(email, PASSWORD);
    expect(second.extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 120 });
    p.clock.advance(120_000);
    expect((await login(email, PASSWORD)).code).toBe('OK');
  });

  it('keys the lockout by the address as typed, whatever its case and spaces, and stores only a hash of it', async () => {
    const email = await newUser();
    await failFiveTimes(`  ${email.toUpperCase()} `);
    expect((await login(email, PASSWORD)).code).toBe('TOO_MANY_ATTEMPTS');
    const { rows } = await p.pool.query('select key_hash from login_throttle');
    expect(rows.map((r) => r.key_hash)).toContain(throttleKey(email));
    expect(JSON.stringify(rows)).not.toContain('throttle-');
    p.clock.advance(60_000);
  });
});
