import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { authenticate } from '../auth/session-service.js';
import type { Viewer } from '../auth/viewer.js';
import { changeStaffRole, setStaffAccountActive } from './staff-accounts.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const PASSWORD = 'a passphrase for staff tests';
const CHOSEN = '我自己选的一个很长的密码 chosen';
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const FIELDS = 'id email displayName role active lastSignInAt version';
const LIST = `{ staffAccounts { ${FIELDS} } }`;
const CREATE = `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { ${FIELDS} } }`;
const ROLE = `mutation($id: ID!, $v: Int!, $r: Role!) { changeStaffRole(userId: $id, version: $v, role: $r) { ${FIELDS} } }`;
const ACTIVE = `mutation($id: ID!, $v: Int!, $a: Boolean!) { setStaffAccountActive(userId: $id, version: $v, active: $a) { ${FIELDS} } }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const ME = `{ me { email role } }`;

type Gql = { data: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const code = (res: Gql) => res.errors?.[0]?.extensions?.code;

describe('certification-body staff accounts (administrator)', () => {
  let p: TestPlatform;
  let admin: string;
  let adminId: string;
  const mails: OutgoingMail[] = [];
  let serial = 0;

  beforeAll(async () => {
    p = await startTestPlatform({ mail: { send: async (m) => void mails.push(m) } });
    admin = await p.loginAs(Role.ADMIN);
    adminId = (await p.pool.query(`select id from app_user where email = $1`, [p.batch.users.find((u) => u.role === Role.ADMIN)!.email])).rows[0].id;
  });
  afterAll(() => p.close());

  /** A staff account with a known password, in the administrator's organisation. */
  async function newStaff(role: Role): Promise<{ id: string; email: string }> {
    const em = p.db.orm.em.fork();
    const { organisation } = await em.findOneOrFail(User, { id: adminId });
    const user = em.create(User, { email: `staff-${++serial}@example.test`, displayName: `员工 ${serial}`, role, organisation, passwordHash: await hashPassword(PASSWORD) });
    await em.flush();
    return { id: user.id, email: user.email };
  }
  const signIn = async (email: string, password = PASSWORD) => {
    const res = await p.gql(LOGIN, { e: email, p: password });
    if (!res.data?.login) throw new Error(JSON.stringify(res.errors));
    return res.data.login.token as string;
  };
  const versionOf = async (id: string) => (await p.pool.query(`select version from app_user where id = $1`, [id])).rows[0].version as number;
  const viewerOf = async (token: string): Promise<Viewer> => (await authenticate(p.db.orm.em.fork(), token, p.clock, { idleMinutes: 60, absoluteHours: 12 }))!;
  const activeAdmins = async () => (await p.pool.query(`select id from app_user where role = 'ADMIN' and active`)).rows.map((r) => r.id as string);

  it('creates a staff account whose person is mailed a link to set the password, and audits it', async () => {
    const res = await p.gql(CREATE, { input: { email: ' New.Engineer@Example.test ', displayName: ' 新工程师 ', role: 'ENGINEER' } }, admin);
    expect(res.errors).toBeUndefined();
    const created = res.data.createStaffAccount;
    expect(created).toMatchObject({ email: 'new.engineer@example.test', displayName: '新工程师', role: 'ENGINEER', active: true, lastSignInAt: null });
    await p.idle();
    const mail = mails.at(-1)!;
    expect(mail.to).toEqual(['new.engineer@example.test']);
    expect(mail.subject).toMatch(/设置您的账户密码/);
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    // Nobody knows the initial password: the demo one, or any guess, does not sign in.
    expect(code(await p.gql(LOGIN, { e: created.email, p: DEMO_PASSWORD }))).toBe('BAD_CREDENTIALS');
    expect((await p.gql(RESET, { t: token, p: CHOSEN })).data.resetPassword).toBe(true);
    const session = await signIn(created.email, CHOSEN);
    expect((await p.gql(ME, {}, session)).data.me).toEqual({ email: created.email, role: 'ENGINEER' });
    const listed = (await p.gql(LIST, {}, admin)).data.staffAccounts.find((a: { id: string }) => a.id === created.id);
    expect(new Date(listed.lastSignInAt).getTime()).toBe(p.clock.now().getTime());
    const audit = await p.pool.query(`select action, actor_id, to_state from audit_event where aggregate_id = $1 order by id`, [created.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['staff-account.created', 'password-reset.requested', 'password-reset.completed']);
    expect(audit.rows[0]).toMatchObject({ actor_id: adminId, to_state: 'ENGINEER' });
  });

  it('refuses bad input naming the field, and a second account for one address', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ email: 'not an address', displayName: 'x', role: 'ENGINEER' }, 'email'],
      [{ email: 'ok-1@example.test', displayName: '  ', role: 'ENGINEER' }, 'displayName'],
      [{ email: 'ok-2@example.test', displayName: 'x', role: 'ENTERPRISE' }, 'role'],
      [{ email: p.batch.users[0]!.email.toUpperCase(), displayName: 'x', role: 'INSPECTOR' }, 'email'],
    ];
    for (const [input, field] of cases) {
      const res = await p.gql(CREATE, { input }, admin);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('lists only certification-body staff, with role and active flag', async () => {
    const accounts = (await p.gql(LIST, {}, admin)).data.staffAccounts as Array<{ email: string; role: string }>;
    const staffRoles = ['ENGINEER', 'INSPECTOR', 'REVIEWER', 'DECIDER', 'ADMIN'];
    expect(accounts.length).toBeGreaterThanOrEqual(5);
    expect(accounts.every((a) => staffRoles.includes(a.role))).toBe(true);
    const enterprise = p.batch.users.find((u) => u.role === Role.ENTERPRISE)!.email;
    expect(accounts.map((a) => a.email)).not.toContain(enterprise);
  });

  it('changes a role: every session of the person ends (the old token is refused), audited', async () => {
    const staff = await newStaff(Role.INSPECTOR);
    const tokens = [await signIn(staff.email), await signIn(staff.email)];
    const res = await p.gql(ROLE, { id: staff.id, v: await versionOf(staff.id), r: 'REVIEWER' }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.changeStaffRole.role).toBe('REVIEWER');
    for (const token of tokens) expect(code(await p.gql(`{ myAlerts { id } }`, {}, token))).toBe('UNAUTHENTICATED');
    expect((await p.gql(ME, {}, await signIn(staff.email))).data.me.role).toBe('REVIEWER');
    const audit = await p.pool.query(`select action, from_state, to_state, payload from audit_event where aggregate_id = $1`, [staff.id]);
    expect(audit.rows).toEqual([{ action: 'staff-account.role-changed', from_state: 'INSPECTOR', to_state: 'REVIEWER', payload: { email: staff.email, sessionsRevoked: 2 } }]);
  });

  it('refuses a stale version with CONFLICT, changing nothing', async () => {
    const staff = await newStaff(Role.ENGINEER);
    const token = await signIn(staff.email);
    const stale = await versionOf(staff.id);
    expect((await p.gql(ROLE, { id: staff.id, v: stale, r: 'DECIDER' }, admin)).errors).toBeUndefined();
    const res = await p.gql(ROLE, { id: staff.id, v: stale, r: 'INSPECTOR' }, admin);
    expect(code(res)).toBe('CONFLICT');
    expect((await p.pool.query(`select role from app_user where id = $1`, [staff.id])).rows[0].role).toBe('DECIDER');
    expect(code(await p.gql(ME, {}, token))).toBeUndefined();
  });

  it('deactivates (the person is signed out and cannot sign in) and reactivates', async () => {
    const staff = await newStaff(Role.DECIDER);
    const token = await signIn(staff.email);
    const off = await p.gql(ACTIVE, { id: staff.id, v: await versionOf(staff.id), a: false }, admin);
    expect(off.data.setStaffAccountActive.active).toBe(false);
    expect((await p.gql(ME, {}, token)).data.me).toBeNull();
    expect(code(await p.gql(LOGIN, { e: staff.email, p: PASSWORD }))).toBe('BAD_CREDENTIALS');
    const on = await p.gql(ACTIVE, { id: staff.id, v: off.data.setStaffAccountActive.version, a: true }, admin);
    expect(on.data.setStaffAccountActive.active).toBe(true);
    await signIn(staff.email);
    const audit = await p.pool.query(`select action from audit_event where aggregate_id = $1 order by id`, [staff.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['staff-account.deactivated', 'staff-account.reactivated']);
  });

  it('an administrator cannot demote or deactivate themselves', async () => {
    const second = await newStaff(Role.ADMIN);
    const token = await signIn(second.email);
    const demote = await p.gql(ROLE, { id: second.id, v: await versionOf(second.id), r: 'ENGINEER' }, token);
    expect(code(demote)).toBe('SELF_ADMINISTRATION');
    const deactivate = await p.gql(ACTIVE, { id: second.id, v: await versionOf(second.id), a: false }, token);
    expect(code(deactivate)).toBe('SELF_ADMINISTRATION');
    expect((await p.gql(ME, {}, token)).data.me.role).toBe('ADMIN');
    // Another administrator may.
    expect((await p.gql(ROLE, { id: second.id, v: await versionOf(second.id), r: 'ENGINEER' }, admin)).errors).toBeUndefined();
  });

  it('keeps the last active administrator, even against a request made before its sender lost the role', async () => {
    const other = await newStaff(Role.ADMIN);
    const otherToken = await signIn(other.email);
    const extra = (await activeAdmins()).filter((id) => id !== other.id && id !== adminId);
    await p.pool.query(`update app_user set active = false where id = any($1)`, [extra]);
    try {
      // `other`'s request was authenticated as an ADMIN …
      const stale = { em: p.db.orm.em.fork(), clock: p.clock, viewer: await viewerOf(otherToken) };
      // … then the demo administrator demotes `other`, leaving one active administrator.
      expect((await p.gql(ROLE, { id: other.id, v: await versionOf(other.id), r: 'ENGINEER' }, admin)).errors).toBeUndefined();
      expect(await activeAdmins()).toEqual([adminId]);
      const refused = changeStaffRole(stale, { userId: adminId, version: await versionOf(adminId), role: Role.ENGINEER });
      await expect(refused).rejects.toMatchObject({ extensions: { code: 'LAST_ADMIN' } });
      const alsoRefused = setStaffAccountActive({ ...stale, em: p.db.orm.em.fork() }, { userId: adminId, version: await versionOf(adminId), active: false });
      await expect(alsoRefused).rejects.toMatchObject({ extensions: { code: 'LAST_ADMIN' } });
      expect(await activeAdmins()).toEqual([adminId]);
    } finally {
      await p.pool.query(`update app_user set active = true where id = any($1)`, [extra]);
    }
  });

  it('is refused to every other role, to anonymous callers and for non-staff targets', async () => {
    for (const role of [Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ENTERPRISE, Role.LAB, Role.REGULATOR]) {
      const token = await p.loginAs(role);
      expect(code(await p.gql(LIST, {}, token)), role).toBe('FORBIDDEN');
      expect(code(await p.gql(CREATE, { input: { email: `x-${role}@example.test`, displayName: 'x', role: 'ADMIN' } }, token)), role).toBe('FORBIDDEN');
    }
    expect(code(await p.gql(LIST, {}))).toBe('UNAUTHENTICATED');
    const enterprise = (await p.pool.query(`select id, version from app_user where role = 'ENTERPRISE' limit 1`)).rows[0];
    expect(code(await p.gql(ROLE, { id: enterprise.id, v: enterprise.version, r: 'ADMIN' }, admin))).toBe('NOT_FOUND');
  });
});
