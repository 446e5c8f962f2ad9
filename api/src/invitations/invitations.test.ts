import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Organisation, OrganisationKind, Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const PASSWORD = '受邀用户的一句长口令 invited';
const INVITE = `mutation($e: String!, $o: ID) { inviteUser(email: $e, organisationId: $o) { id status expiresAt } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, displayName: $n, password: $p) }`;
const INVITATIONS = `{ invitations { id email status } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`;
const USERS = `{ organisationUsers { id email active managesUsers } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateOrganisationUser(userId: $id) { active } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token viewer { role organisation { id } } } }`;

describe('invitations into an enterprise organisation', () => {
  let p: TestPlatform;
  const mails: OutgoingMail[] = [];
  let orgA: string;
  let managerA: string;
  let managerB: string;
  let plainA: string;
  let serial = 0;

  /** An enterprise organisation with a user manager and a plain user, signed in. */
  async function organisation(code: string): Promise<{ id: string; manager: string; plain: string }> {
    const em = p.db.orm.em.fork();
    const org = em.create(Organisation, { kind: OrganisationKind.ENTERPRISE, nameZh: `邀请测试 ${code}`, nameEn: `Invite ${code}`, addressZh: '测试地址', addressEn: 'Test address', creditCode: code });
    const hash = await hashPassword(DEMO_PASSWORD);
    const manager = em.create(User, { email: `manager-${code.toLowerCase()}@invite.example.test`, displayName: '管理员', role: Role.ENTERPRISE, organisation: org, passwordHash: hash, managesUsers: true });
    const plain = em.create(User, { email: `plain-${code.toLowerCase()}@invite.example.test`, displayName: '普通用户', role: Role.ENTERPRISE, organisation: org, passwordHash: hash });
    await em.flush();
    const login = async (u: User) => {
      const res = await p.gql(LOGIN, { e: u.email, p: DEMO_PASSWORD });
      if (!res.data?.login) throw new Error(JSON.stringify(res.errors));
      return res.data.login.token as string;
    };
    return { id: org.id, manager: await login(manager), plain: await login(plain) };
  }

  beforeAll(async () => {
    p = await startTestPlatform({ mail: { send: async (m) => void mails.push(m) } });
    const a = await organisation('91350100M000100Y43');
    const b = await organisation('911101080000000080');
    orgA = a.id; managerA = a.manager; plainA = a.plain; managerB = b.manager;
  });
  afterAll(() => p?.close());

  /** Invites a fresh address into organisation A; the address and the mailed token. */
  async function invite(): Promise<{ email: string; id: string; token: string }> {
    const email = `invitee-${++serial}@invite.example.test`;
    const res = await p.gql(INVITE, { e: email }, managerA);
    expect(res.errors).toBeUndefined();
    await p.idle();
    expect(mails.at(-1)!.to).toEqual([email]);
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mails.at(-1)!.text)![1]!;
    return { email, id: res.data.inviteUser.id, token };
  }
  const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;
  const usersOfA = async () => (await p.pool.query('select count(*)::int as n from app_user where organisation_id = $1', [orgA])).rows[0].n as number;

  it('is accepted once: the new user belongs to the inviting organisation; a second use is refused', async () => {
    const { email, token, id } = await invite();
    const expires = await p.pool.query('select extract(epoch from expires_at - created_at)::int as ttl, token_hash from invitation where id = $1', [id]);
    expect(expires.rows[0].ttl).toBe(7 * 86_400);
    expect(expires.rows[0].token_hash).not.toBe(token);
    expect((await p.gql(ACCEPT, { t: token, n: '李四', p: PASSWORD })).data).toEqual({ acceptInvitation: true });
    const login = await p.gql(LOGIN, { e: email, p: PASSWORD });
    expect(login.data.login.viewer).toEqual({ role: 'ENTERPRISE', organisation: { id: orgA } });
    const before = await usersOfA();
    const again = await p.gql(ACCEPT, { t: token, n: '王五', p: `${PASSWORD} again` });
    expect(again.errors![0]!.extensions).toEqual({ code: 'INVALID_INVITATION', reason: 'USED' });
    expect(await usersOfA()).toBe(before);
    const listed = (await p.gql(INVITATIONS, {}, managerA)).data.invitations as Array<{ id: string; status: string }>;
    expect(listed.find((i) => i.id === id)!.status).toBe('ACCEPTED');
    const audit = await p.pool.query(`select action from audit_event where aggregate_id = $1 order by id`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['invitation.created', 'invitation.accepted']);
  });

  it('refuses a revoked invitation; a weak password leaves the link usable', async () => {
    const weak = await invite();
    const weakRes = await p.gql(ACCEPT, { t: weak.token, n: '弱口令', p: 'short' });
    expect(weakRes.errors![0]!.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    const { token, id } = await invite();
    expect((await p.gql(REVOKE, { id }, managerA)).data.revokeInvitation.status).toBe('REVOKED');
    expect(code(await p.gql(REVOKE, { id }, managerA))).toBe('ILLEGAL_TRANSITION');
    const res = await p.gql(ACCEPT, { t: token, n: '被撤销', p: PASSWORD });
    expect(res.errors![0]!.extensions).toEqual({ code: 'INVALID_INVITATION', reason: 'REVOKED' });
    expect((await p.gql(ACCEPT, { t: weak.token, n: '改好口令', p: PASSWORD })).data).toEqual({ acceptInvitation: true });
    expect(code(await p.gql(ACCEPT, { t: 'x'.repeat(43), n: 'x', p: PASSWORD }))).toBe('INVALID_INVITATION');
  });

  it('only the organisation’s own user managers invite into it, revoke, list and deactivate', async () => {
    const other = await p.gql(INVITE, { e: 'intruder@invite.example.test', o: orgA }, managerB);
    expect(code(other)).toBe('FORBIDDEN');
    expect(code(await p.gql(INVITE, { e: 'plain@invite.example.test' }, plainA))).toBe('FORBIDDEN');
    expect(code(await p.gql(INVITE, { e: 'staff@invite.example.test', o: orgA }, await p.loginAs(Role.ADMIN)))).toBe('FORBIDDEN');
    expect(code(await p.gql(INVITE, { e: 'anon@invite.example.test', o: orgA }))).toBe('UNAUTHENTICATED');
    expect((await p.pool.query(`select 1 from invitation where email in ('intruder@invite.example.test', 'plain@invite.example.test', 'staff@invite.example.test')`)).rowCount).toBe(0);
    const { id } = await invite();
    expect(code(await p.gql(REVOKE, { id }, managerB))).toBe('FORBIDDEN');
    const users = (await p.gql(USERS, {}, managerA)).data.organisationUsers as Array<{ id: string; email: string; managesUsers: boolean }>;
    const plain = users.find((u) => u.email.startsWith('plain-'))!;
    expect(code(await p.gql(DEACTIVATE, { id: plain.id }, managerB))).toBe('FORBIDDEN');
    expect(code(await p.gql(USERS, {}, plainA))).toBe('FORBIDDEN');
    expect((await p.gql(DEACTIVATE, { id: plain.id }, managerA)).data.deactivateOrganisationUser.active).toBe(false);
    // Their session ends with it.
    expect((await p.gql('{ me { email } }', {}, plainA)).data.me).toBeNull();
    const self = users.find((u) => u.managesUsers)!;
    expect(code(await p.gql(DEACTIVATE, { id: self.id }, managerA))).toBe('BAD_USER_INPUT');
  });

  it('refuses an invitation past its 7 days on the platform clock, and changes nothing', async () => {
    const { token, id } = await invite();
    p.clock.advance(7 * 86_400_000 + 1_000);
    const before = await usersOfA();
    const res = await p.gql(ACCEPT, { t: token, n: '迟到者', p: PASSWORD });
    expect(res.errors![0]!.extensions).toEqual({ code: 'INVALID_INVITATION', reason: 'EXPIRED' });
    expect(await usersOfA()).toBe(before);
    expect((await p.pool.query('select accepted_at from invitation where id = $1', [id])).rows).toEqual([{ accepted_at: null }]);
    // Seven days outlive every session: sign in again.
    const fresh = (await p.gql(LOGIN, { e: 'manager-91350100m000100y43@invite.example.test', p: DEMO_PASSWORD })).data.login.token as string;
    expect(((await p.gql(INVITATIONS, {}, fresh)).data.invitations as Array<{ id: string; status: string }>).find((i) => i.id === id)!.status).toBe('EXPIRED');
  });
});
