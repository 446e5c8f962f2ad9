import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { hashToken } from '../auth/token.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { createApi, type Api } from '../server.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const WEB = 'https://portal.example.test';
const OLD_PASSWORD = 'the old passphrase of this account';
const NEW_PASSWORD = 'a brand new passphrase, 新密码';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const ME = `{ me { email } }`;

describe('password reset by e-mail', () => {
  let p: TestPlatform;
  let api: Api;
  const mails: OutgoingMail[] = [];
  let serial = 0;

  beforeAll(async () => {
    p = await startTestPlatform();
    api = await createApi({
      orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      publicWebUrl: WEB, mail: { send: async (mail) => void mails.push(mail) },
    });
  });
  afterAll(async () => {
    await api.stop();
    await p.close();
  });

  async function gql(query: string, variables: Record<string, unknown>, options: { token?: string; client?: string; app?: Api } = {}) {
    let req = request((options.app ?? api).app).post('/graphql').set('content-type', 'application/json');
    if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
    if (options.client) req = req.set('x-forwarded-for', options.client);
    return req.send({ query, variables });
  }

  /** A fresh account with a known password, so that tests do not share state. */
  async function newUser(active = true): Promise<{ id: string; email: string }> {
    const em = p.db.orm.em.fork();
    const { organisation } = await em.findOneOrFail(User, { email: p.batch.users.find((u) => u.role === Role.ENTERPRISE)!.email });
    const user = em.create(User, {
      email: `reset-user-${++serial}@example.test`, displayName: `重置测试 ${serial}`, role: Role.ENTERPRISE, organisation,
      passwordHash: await hashPassword(OLD_PASSWORD), active,
    });
    await em.flush();
    return { id: user.id, email: user.email };
  }

  /** Asks for a reset and waits for its mail; the token from the mailed link. */
  async function resetToken(email: string): Promise<string> {
    const before = mails.length;
    expect((await gql(REQUEST, { e: email })).body).toEqual({ data: { requestPasswordReset: true } });
    await api.idle();
    expect(mails.length).toBe(before + 1);
    const link = new RegExp(`${WEB}/reset-password/([A-Za-z0-9_-]{43})`).exec(mails.at(-1)!.text);
    expect(link, mails.at(-1)!.text).not.toBeNull();
    return link![1]!;
  }

  const passwordHashOf = async (id: string) => (await p.pool.query('select password_hash from app_user where id = $1', [id])).rows[0].password_hash as string;
  const loginCode = async (email: string, password: string) => {
    const res = await gql(LOGIN, { e: email, p: password });
    return res.body.errors?.[0]?.extensions?.code ?? (res.body.data?.login?.token ? 'OK' : 'NONE');
  };

  it('answers a known, an inactive and an unknown address identically, and mails only the known active one', async () => {
    const known = await newUser();
    const inactive = await newUser(false);
    const before = mails.length;
    const answers = [];
    for (const e of [known.email, inactive.email, 'nobody-here@example.test', `  ${known.email.toUpperCase()}  `]) {
      const res = await gql(REQUEST, { e });
      answers.push({ status: res.status, body: res.text, type: res.headers['content-type'] });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { requestPasswordReset: true } });

    await api.idle();
    const sent = mails.slice(before);
    // Two mails, both to the known address (the second request, in other case, ended the first link).
    expect(sent.map((m) => m.to)).toEqual([[known.email], [known.email]]);
    expect(sent[1]!.subject).toMatch(/重置密码.*Reset your password/);
    const { rows } = await p.pool.query(
      `select u.email, count(*)::int as n from password_reset_token t join app_user u on u.id = t.user_id where u.email = any($1) group by u.email`,
      [[known.email, inactive.email]],
    );
    expect(rows).toEqual([{ email: known.email, n: 2 }]);
  });

  it('stores only the hash of the token, for 30 minutes, with an audit event', async () => {
    const user = await newUser();
    const token = await resetToken(user.email);
    const { rows } = await p.pool.query('select token_hash, created_at, expires_at, used_at from password_reset_token where user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].expires_at.getTime() - rows[0].created_at.getTime()).toBe(30 * 60_000);
    expect(rows[0].used_at).toBeNull();
    const audit = await p.pool.query(`select action, actor_id from audit_event where aggregate_type = 'user' and aggregate_id = $1`, [user.id]);
    expect(audit.rows).toEqual([{ action: 'password-reset.requested', actor_id: null }]);
  });

  it('sets the new password once: the link then is used up, the old password no longer works', async () => {
    const user = await newUser();
    const token = await resetToken(user.email);
    expect((await gql(RESET, { t: token, p: NEW_PASSWORD })).body).toEqual({ data: { resetPassword: true } });
    expect(await loginCode(user.email, NEW_PASSWORD)).toBe('OK');
    expect(await loginCode(user.email, OLD_PASSWORD)).toBe('BAD_CREDENTIALS');

    const again = await gql(RESET, { t: token, p: 'yet another passphrase entirely' });
    expect(again.body.data).toBeNull();
    expect(again.body.errors[0].extensions).toEqual({ code: 'INVALID_RESET_TOKEN' });
    expect(await loginCode(user.email, NEW_PASSWORD)).toBe('OK');
    const audit = await p.pool.query(`select action, actor_id from audit_event where aggregate_id = $1 order by id`, [user.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['password-reset.requested', 'password-reset.completed']);
    expect(audit.rows[1].actor_id).toBe(user.id);
  });

  it('refuses a link after 30 minutes on the platform clock, and one replaced by a newer request', async () => {
    const user = await newUser();
    const stale = await resetToken(user.email);
    p.clock.advance(30 * 60_000);
    const expired = await gql(RESET, { t: stale, p: NEW_PASSWORD });
    expect(expired.body.errors[0].extensions.code).toBe('INVALID_RESET_TOKEN');

    const first = await resetToken(user.email);
    const second = await resetToken(user.email);
    expect((await gql(RESET, { t: first, p: NEW_PASSWORD })).body.errors[0].extensions.code).toBe('INVALID_RESET_TOKEN');
    p.clock.advance(30 * 60_000 - 1_000);
    expect((await gql(RESET, { t: second, p: NEW_PASSWORD })).body.data.resetPassword).toBe(true);
  });

  it('refuses a weak password with every reason, and changes nothing: the link still works afterwards', async () => {
    const user = await newUser();
    const token = await resetToken(user.email);
    const hashBefore = await passwordHashOf(user.id);
    const session = (await gql(LOGIN, { e: user.email, p: OLD_PASSWORD })).body.data.login.token as string;

    const cases: Array<[string, string[]]> = [
      ['short one', ['TOO_SHORT']],
      ['1qaz2wsx3edc4rfv', ['COMMON']],
      [`${user.email.split('@')[0]} is my password`, ['CONTAINS_EMAIL']],
      ['password', ['TOO_SHORT', 'COMMON']],
      ['哈'.repeat(200), ['TOO_LONG', 'REPETITIVE']],
    ];
    for (const [password, reasons] of cases) {
      const res = await gql(RESET, { t: token, p: password });
      expect(res.body.data, password).toBeNull();
      expect(res.body.errors[0].extensions, password).toEqual({ code: 'WEAK_PASSWORD', field: 'newPassword', reasons, minLength: 15, maxLength: 128 });
    }
    expect(await passwordHashOf(user.id)).toBe(hashBefore);
    expect((await p.pool.query('select used_at from password_reset_token where user_id = $1', [user.id])).rows).toEqual([{ used_at: null }]);
    expect((await gql(ME, {}, { token: session })).body.data.me.email).toBe(user.email);
    const completed = await p.pool.query(`select 1 from audit_event where aggregate_id = $1 and action = 'password-reset.completed'`, [user.id]);
    expect(completed.rowCount).toBe(0);

    expect((await gql(RESET, { t: token, p: NEW_PASSWORD })).body.data.resetPassword).toBe(true);
  });

  it('signs the account out everywhere, and leaves other accounts signed in', async () => {
    const user = await newUser();
    const other = await newUser();
    const sessions = [];
    for (let i = 0; i < 2; i++) sessions.push((await gql(LOGIN, { e: user.email, p: OLD_PASSWORD })).body.data.login.token as string);
    const otherSession = (await gql(LOGIN, { e: other.email, p: OLD_PASSWORD })).body.data.login.token as string;
    for (const token of sessions) expect((await gql(ME, {}, { token })).body.data.me.email).toBe(user.email);

    expect((await gql(RESET, { t: await resetToken(user.email), p: NEW_PASSWORD })).body.data.resetPassword).toBe(true);
    for (const token of sessions) expect((await gql(ME, {}, { token })).body.data.me).toBeNull();
    expect((await gql(ME, {}, { token: otherSession })).body.data.me.email).toBe(other.email);
    const { rows } = await p.pool.query('select count(*)::int as live from auth_session where user_id = $1 and revoked_at is null', [user.id]);
    expect(rows[0].live).toBe(0);
  });

  it('lifts a sign-in lockout: the new password works at once', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) expect(await loginCode(user.email, `guess ${i}`)).toBe('BAD_CREDENTIALS');
    expect(await loginCode(user.email, OLD_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    expect((await gql(RESET, { t: await resetToken(user.email), p: NEW_PASSWORD })).body.data.resetPassword).toBe(true);
    expect(await loginCode(user.email, NEW_PASSWORD)).toBe('OK');
  });

  it('treats malformed and unknown tokens alike', async () => {
    for (const t of ['', 'short', 'x'.repeat(43), 'x'.repeat(44), '../../etc/passwd']) {
      const res = await gql(RESET, { t, p: NEW_PASSWORD });
      expect(res.body.errors[0].extensions, t).toEqual({ code: 'INVALID_RESET_TOKEN' });
    }
  });

  it('tells forms the length rules before the first try', async () => {
    expect((await gql('{ passwordRules { minLength maxLength } }', {})).body.data.passwordRules).toEqual({ minLength: 15, maxLength: 128 });
  });

  it('refuses an address that is not one, without telling anything else', async () => {
    const res = await gql(REQUEST, { e: 'not an address' });
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('mails one account at most 3 times an hour, answering every request the same', async () => {
    const user = await newUser();
    const before = mails.length;
    for (let i = 0; i < 5; i++) expect((await gql(REQUEST, { e: user.email })).body).toEqual({ data: { requestPasswordReset: true } });
    await api.idle();
    expect(mails.length - before).toBe(3);
    p.clock.advance(60 * 60_000);
    await resetToken(user.email);
  });

  it('limits requests per client: 429 with Retry-After and RATE_LIMITED, shared by login and reset; other clients go on', async () => {
    const limited = await createApi({
      orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      publicWebUrl: WEB, mail: { send: async (mail) => void mails.push(mail) }, rateLimits: { signInPerMinute: 3 },
    });
    try {
      const client = '203.0.113.20';
      expect((await gql(REQUEST, { e: 'someone@example.test' }, { client, app: limited })).status).toBe(200);
      expect((await gql(LOGIN, { e: 'someone@example.test', p: 'wrong password' }, { client, app: limited })).status).toBe(200);
      expect((await gql(RESET, { t: 'x'.repeat(43), p: NEW_PASSWORD }, { client, app: limited })).status).toBe(200);
      for (const [query, variables] of [[REQUEST, { e: 'someone@example.test' }], [LOGIN, { e: 'someone@example.test', p: 'x' }]] as const) {
        const refused = await gql(query, variables, { client, app: limited });
        expect(refused.status).toBe(429);
        const retryAfter = Number(refused.headers['retry-after']);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(60);
        expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      }
      expect((await gql(REQUEST, { e: 'someone@example.test' }, { client: '203.0.113.21', app: limited })).status).toBe(200);
      // The public registry is another bucket: the same client still reads it.
      expect((await gql('{ registryInfo { demoData } }', {}, { client, app: limited })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
