import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const PASSWORD = 'the first passphrase of this account';
const NEW_PASSWORD = 'a different passphrase, 新的密码';
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const SESSIONS = `{ mySessions { id current createdAt lastUsedAt clientAddress userAgent device } }`;
const REVOKE = `mutation($id: ID!) { revokeMySession(id: $id) }`;
const REVOKE_OTHERS = `mutation { revokeMyOtherSessions }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const ME = `{ me { email } }`;
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe('one’s own sessions and password', () => {
  let p: TestPlatform;
  let serial = 0;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  /** A fresh account with a known password, so that tests do not share sessions. */
  async function newUser(role = Role.ENGINEER): Promise<{ id: string; email: string }> {
    const em = p.db.orm.em.fork();
    const { organisation } = await em.findOneOrFail(User, { email: p.batch.users.find((u) => u.role === role)!.email });
    const user = em.create(User, { email: `self-${++serial}@example.test`, displayName: `自助 ${serial}`, role, organisation, passwordHash: await hashPassword(PASSWORD) });
    await em.flush();
    return { id: user.id, email: user.email };
  }

  /** Signs in as a browser would through a proxy-free client: its own User-Agent, or the web's forwarded one. */
  async function signIn(email: string, options: { userAgent?: string; forwardedAgent?: string; client?: string; password?: string } = {}): Promise<string> {
    let req = request(p.app).post('/graphql').set('content-type', 'application/json');
    if (options.userAgent) req = req.set('user-agent', options.userAgent);
    if (options.forwardedAgent) req = req.set('x-client-user-agent', options.forwardedAgent);
    if (options.client) req = req.set('x-forwarded-for', options.client);
    const res = await req.send({ query: LOGIN, variables: { e: email, p: options.password ?? PASSWORD } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.login.token as string;
  }
  const meOf = async (token: string) => (await p.gql(ME, {}, token)).data?.me?.email ?? null;
  const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

  it('lists the live sessions with what recognises them, the current one marked, newest first', async () => {
    const user = await newUser();
    const phone = await signIn(user.email, { forwardedAgent: ANDROID, client: '203.0.113.7', userAgent: 'node' });
    p.clock.advance(60_000);
    const laptop = await signIn(user.email, { userAgent: 'curl/8.5.0' });
    const listed = await p.gql(SESSIONS, {}, laptop);
    expect(listed.errors).toBeUndefined();
    const sessions = listed.data.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true, userAgent: 'curl/8.5.0', device: 'curl' });
    // Loopback is a trusted proxy by default: the web's forwarded address and browser are believed.
    expect(sessions[1]).toMatchObject({ current: false, clientAddress: '203.0.113.7', userAgent: ANDROID, device: 'Chrome on Android' });
    expect(new Date(sessions[1].createdAt).getTime()).toBe(p.clock.now().getTime() - 60_000);
    expect((await p.gql(SESSIONS, {}, phone)).data.mySessions.map((s: { current: boolean }) => s.current)).toEqual([false, true]);
  });

  it('revokes one of one’s own sessions: its token is refused afterwards, the others go on', async () => {
    const user = await newUser();
    const a = await signIn(user.email);
    const b = await signIn(user.email);
    const target = (await p.gql(SESSIONS, {}, a)).data.mySessions.find((s: { current: boolean }) => !s.current);
    const res = await p.gql(REVOKE, { id: target.id }, a);
    expect(res.errors).toBeUndefined();
    expect(await meOf(b)).toBeNull();
    expect(await meOf(a)).toBe(user.email);
    expect((await p.gql(SESSIONS, {}, a)).data.mySessions.map((s: { id: string }) => s.id)).not.toContain(target.id);
    const audit = await p.pool.query(`select action, payload from audit_event where aggregate_id = $1`, [user.id]);
    expect(audit.rows).toEqual([{ action: 'session.revoked', payload: { sessionId: target.id } }]);
  });

  it('does not revoke another person’s session, answering as for an unknown id', async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const ownerToken = await signIn(owner.email);
    const intruderToken = await signIn(intruder.email);
    const ownerSession = (await p.gql(SESSIONS, {}, ownerToken)).data.mySessions[0].id;
    const foreign = await p.gql(REVOKE, { id: ownerSession }, intruderToken);
    const unknown = await p.gql(REVOKE, { id: '0e6f7c1a-0000-4000-8000-000000000000' }, intruderToken);
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors).toEqual(unknown.errors);
    expect(code(await p.gql(REVOKE, { id: 'not-a-uuid' }, intruderToken))).toBe('NOT_FOUND');
    expect(await meOf(ownerToken)).toBe(owner.email);
    expect(code(await p.gql(SESSIONS, {}))).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere else, keeping this session', async () => {
    const user = await newUser();
    const others = [await signIn(user.email), await signIn(user.email)];
    const here = await signIn(user.email);
    const res = await p.gql(REVOKE_OTHERS, {}, here);
    expect(res.data.revokeMyOtherSessions).toBe(2);
    for (const token of others) expect(await meOf(token)).toBeNull();
    expect(await meOf(here)).toBe(user.email);
  });

  it('changes the password: the other sessions end, the current one stays, the old password stops working', async () => {
    const user = await newUser(Role.ENTERPRISE);
    const other = await signIn(user.email);
    const here = await signIn(user.email);
    const res = await p.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }, here);
    expect(res.errors).toBeUndefined();
    expect(res.data.changePassword).toBe(true);
    expect(await meOf(other)).toBeNull();
    expect(await meOf(here)).toBe(user.email);
    expect(code(await p.gql(LOGIN, { e: user.email, p: PASSWORD }))).toBe('BAD_CREDENTIALS');
    await signIn(user.email, { password: NEW_PASSWORD });
    const audit = await p.pool.query(`select action, actor_id, payload from audit_event where aggregate_id = $1`, [user.id]);
    expect(audit.rows).toEqual([{ action: 'password.changed', actor_id: user.id, payload: { sessionsRevoked: 1 } }]);
  });

  it('refuses a wrong current password and a weak new one, changing nothing', async () => {
    const user = await newUser();
    const other = await signIn(user.email);
    const here = await signIn(user.email);
    const wrong = await p.gql(CHANGE, { c: 'not the password at all', n: NEW_PASSWORD }, here);
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'BAD_CREDENTIALS', field: 'currentPassword' });
    const weak = await p.gql(CHANGE, { c: PASSWORD, n: 'short one' }, here);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword', reasons: ['TOO_SHORT'] });
    expect(await meOf(other)).toBe(user.email);
    await signIn(user.email);
  });

  it('locks out guessing the current password like sign-in does', async () => {
    const user = await newUser();
    const here = await signIn(user.email);
    for (let i = 0; i < 5; i++) expect(code(await p.gql(CHANGE, { c: `guess ${i}`, n: NEW_PASSWORD }, here))).toBe('BAD_CREDENTIALS');
    expect(code(await p.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }, here))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('lists and revokes the API tokens one created; a token itself may not manage sessions or the password', async () => {
    const regulator = await p.loginAs(Role.REGULATOR);
    const colleague = await p.loginAs(Role.REGULATOR, 1).catch(() => null);
    const created = (await p.gql(`mutation { createApiToken(name: "自己的令牌") { secret token { id } } }`, {}, regulator)).data.createApiToken;
    const mine = (await p.gql(`{ myApiTokens { id name revokedAt } }`, {}, regulator)).data.myApiTokens;
    expect(mine).toContainEqual({ id: created.token.id, name: '自己的令牌', revokedAt: null });
    if (colleague) expect((await p.gql(`{ myApiTokens { id } }`, {}, colleague)).data.myApiTokens.map((t: { id: string }) => t.id)).not.toContain(created.token.id);
    expect((await p.gql(`{ myApiTokens { id } }`, {}, await signIn((await newUser()).email))).data.myApiTokens).toEqual([]);
    expect(code(await p.gql(SESSIONS, {}, created.secret))).toBe('FORBIDDEN');
    expect(code(await p.gql(CHANGE, { c: 'x', n: NEW_PASSWORD }, created.secret))).toBe('FORBIDDEN');
    expect((await p.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.token.id }, regulator)).errors).toBeUndefined();
    expect(code(await p.gql(`{ regulatorCounts { total } }`, {}, created.secret))).toBe('UNAUTHENTICATED');
  });
});
