import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const PASSWORD = '一句足够长的注册口令 signup';
const SIGN_UP = `mutation($e: String!, $n: String!, $p: String!, $c: OrganisationClaimInput!) { signUp(email: $e, displayName: $n, password: $p, claim: $c) }`;
const VERIFY = `mutation($t: String!) { verifySignUp(token: $t) { organisationNameZh } }`;
const PENDING = `{ pendingOrganisationClaims { id email creditCode status existingOrganisation { id } } }`;
const APPROVE = `mutation($id: ID!) { approveClaim(id: $id) { status organisation { id nameZh } } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectClaim(id: $id, reason: $r) { status reason } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token viewer { role organisation { id nameZh } } } }`;
const CERTIFICATES = `{ changeableCertificates { number } }`;

/** Valid codes (GB 32100-2015 check character), one per test so tests do not share organisations. */
const CODES = ['91350100M000100Y43', '911101080000000080', '91110108000000027Y', '911101080000000370'];

describe('enterprise sign-up with e-mail verification and claim approval', () => {
  let p: TestPlatform;
  const mails: OutgoingMail[] = [];
  let admin: string;
  let serial = 0;

  beforeAll(async () => {
    p = await startTestPlatform({ mail: { send: async (m) => void mails.push(m) } });
    admin = await p.loginAs(Role.ADMIN);
  });
  afterAll(() => p?.close());

  const claim = (creditCode: string, nameZh = `注册测试企业 ${++serial}`) => ({
    nameZh, nameEn: `Signup Test Co ${serial}`, creditCode, addressZh: '上海市浦东新区测试路 1 号', addressEn: null, businessScope: '低压电器的研发、生产和销售',
  });
  const signUp = (email: string, c: ReturnType<typeof claim>, password = PASSWORD) => p.gql(SIGN_UP, { e: email, n: '张三', p: password, c });
  const tokenFrom = (mail: OutgoingMail) => /\/signup\/verify\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];

  /** Signs up and verifies; the claim's id as the administrator sees it. */
  async function verifiedClaim(email: string, code: string, name?: string): Promise<string> {
    const before = mails.length;
    expect((await signUp(email, claim(code, name))).data).toEqual({ signUp: true });
    await p.idle();
    expect(mails.slice(before).map((m) => m.to)).toEqual([[email]]);
    const token = tokenFrom(mails.at(-1)!)!;
    expect((await p.gql(VERIFY, { t: token })).data.verifySignUp.organisationNameZh).toMatch(/注册测试企业|重复/);
    const pending = (await p.gql(PENDING, {}, admin)).data.pendingOrganisationClaims as Array<{ id: string; email: string }>;
    return pending.find((c) => c.email === email)!.id;
  }

  it('sign-up, verification and approval: the claimant signs in as the user manager of the new organisation and sees only its data', async () => {
    const email = 'founder@signup.example.test';
    expect((await signUp(email, claim(CODES[0]!))).data).toEqual({ signUp: true });
    await p.idle();
    const token = tokenFrom(mails.at(-1)!)!;
    // Before verification: no account, no claim for the administrator.
    expect((await p.gql(LOGIN, { e: email, p: PASSWORD })).errors![0]!.extensions!.code).toBe('BAD_CREDENTIALS');
    expect(((await p.gql(PENDING, {}, admin)).data.pendingOrganisationClaims as Array<{ email: string }>).some((c) => c.email === email)).toBe(false);
    const stored = await p.pool.query('select verification_token_hash, extract(epoch from verification_expires_at - created_at)::int as ttl from signup where email = $1', [email]);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(stored.rows[0].ttl).toBe(24 * 3600);

    expect((await p.gql(VERIFY, { t: token })).data.verifySignUp.organisationNameZh).toMatch(/注册测试企业/);
    expect((await p.gql(VERIFY, { t: token })).errors![0]!.extensions!.code).toBe('INVALID_SIGNUP_TOKEN');
    const pending = (await p.gql(PENDING, {}, admin)).data.pendingOrganisationClaims as Array<{ id: string; email: string; creditCode: string }>;
    const mine = pending.find((c) => c.email === email)!;
    expect(mine.creditCode).toBe(CODES[0]);

    // Only an administrator decides.
    expect((await p.gql(APPROVE, { id: mine.id }, await p.loginAs(Role.ENTERPRISE))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await p.gql(APPROVE, { id: mine.id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const approved = await p.gql(APPROVE, { id: mine.id }, admin);
    expect(approved.data.approveClaim.status).toBe('APPROVED');
    const orgId = approved.data.approveClaim.organisation.id as string;
    await p.idle();
    expect(mails.at(-1)!.to).toEqual([email]);
    expect(mails.at(-1)!.subject).toMatch(/已批准/);

    const login = await p.gql(LOGIN, { e: email, p: PASSWORD });
    expect(login.data.login.viewer).toEqual({ role: 'ENTERPRISE', organisation: { id: orgId, nameZh: expect.stringMatching(/注册测试企业/) } });
    const { rows } = await p.pool.query(`select o.kind, o.credit_code, u.manages_users from app_user u join organisation o on o.id = u.organisation_id where u.email = $1`, [email]);
    expect(rows).toEqual([{ kind: 'ENTERPRISE', credit_code: CODES[0], manages_users: true }]);
    // Only its own organisation's data: the demo enterprise's cases are not visible.
    const demo = await p.gql(CERTIFICATES, {}, await p.loginAs(Role.ENTERPRISE));
    const demoNumber = demo.data.changeableCertificates[0].number as string;
    const own = await p.gql(CERTIFICATES, {}, login.data.login.token);
    expect(own.errors).toBeUndefined();
    expect(own.data.changeableCertificates).toEqual([]);
    const other = await p.gql(`query($n: String!) { changeableCertificate(number: $n) { number } }`, { n: demoNumber }, login.data.login.token);
    expect(other.data?.changeableCertificate ?? null).toBeNull();

    const audit = await p.pool.query(`select action from audit_event where action like 'organisation-claim.%' or action like 'signup.%' or action in ('organisation.created') order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['signup.registered', 'signup.verified', 'organisation-claim.approved', 'organisation.created']));
    // A decided claim is decided: a second approval is an illegal transition.
    expect((await p.gql(APPROVE, { id: mine.id }, admin)).errors![0]!.extensions!.code).toBe('ILLEGAL_TRANSITION');
  });

  it('rejection mails the reason and creates nothing', async () => {
    const email = 'rejected@signup.example.test';
    const id = await verifiedClaim(email, CODES[1]!);
    expect((await p.gql(REJECT, { id, r: '  ' }, admin)).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await p.gql(REJECT, { id, r: '营业执照信息与申领不符' }, admin);
    expect(res.data.rejectClaim).toEqual({ status: 'REJECTED', reason: '营业执照信息与申领不符' });
    await p.idle();
    expect(mails.at(-1)!.to).toEqual([email]);
    expect(mails.at(-1)!.text).toContain('营业执照信息与申领不符');
    expect((await p.pool.query('select 1 from app_user where email = $1', [email])).rowCount).toBe(0);
    expect((await p.pool.query('select 1 from organisation where credit_code = $1', [CODES[1]])).rowCount).toBe(0);
    expect((await p.gql(LOGIN, { e: email, p: PASSWORD })).errors![0]!.extensions!.code).toBe('BAD_CREDENTIALS');
    expect((await p.gql(APPROVE, { id }, admin)).errors![0]!.extensions!.code).toBe('ILLEGAL_TRANSITION');
  });

  it('refuses to hand an existing organisation (same credit code) to a stranger', async () => {
    const first = await verifiedClaim('first-owner@signup.example.test', CODES[2]!);
    const second = await verifiedClaim('stranger@signup.example.test', CODES[2]!, '重复申领的企业');
    expect((await p.gql(APPROVE, { id: first }, admin)).data.approveClaim.status).toBe('APPROVED');
    const pending = (await p.gql(PENDING, {}, admin)).data.pendingOrganisationClaims as Array<{ id: string; existingOrganisation: { id: string } | null }>;
    expect(pending.find((c) => c.id === second)!.existingOrganisation).not.toBeNull();
    const refused = await p.gql(APPROVE, { id: second }, admin);
    expect(refused.errors![0]!.extensions!.code).toBe('ORGANISATION_EXISTS');
    expect((await p.pool.query('select 1 from app_user where email = $1', ['stranger@signup.example.test'])).rowCount).toBe(0);
    expect((await p.pool.query(`select status from organisation_claim where id = $1`, [second])).rows[0].status).toBe('PENDING');
  });

  it('answers alike whether or not the address has an account, and mails the owner instead', async () => {
    const existing = p.batch.users.find((u) => u.role === Role.ENTERPRISE)!.email;
    const before = mails.length;
    const answers = [];
    for (const email of [existing, 'brand-new@signup.example.test']) {
      const res = await signUp(email, claim(CODES[3]!));
      answers.push(JSON.stringify({ status: res.status, data: res.data, errors: res.errors }));
    }
    expect(answers[0]).toBe(answers[1]);
    await p.idle();
    // Both are sent in the background: their order is not fixed.
    const sent = mails.slice(before).sort((a, b) => (a.to[0] === existing ? -1 : b.to[0] === existing ? 1 : 0));
    expect(sent.map((m) => m.to)).toEqual([[existing], ['brand-new@signup.example.test']]);
    expect(sent[0]!.subject).toMatch(/已有账户/);
    expect(tokenFrom(sent[0]!)).toBeUndefined();
    expect(tokenFrom(sent[1]!)).toBeDefined();
    expect((await p.pool.query('select 1 from signup where email = $1', [existing])).rowCount).toBe(0);
  });

  it('refuses a form with every field problem named, and a weak password, recording nothing', async () => {
    const before = (await p.pool.query('select count(*)::int as n from signup')).rows[0].n;
    const bad = await signUp('not an address', { ...claim('91350100M000100Y44'), nameZh: ' ', businessScope: '' });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0]!.extensions as { problems: Array<{ field: string; code: string }> }).problems.map((x) => `${x.field}:${x.code}`);
    expect(fields).toEqual(['email:INVALID_EMAIL', 'claim.nameZh:REQUIRED', 'claim.businessScope:REQUIRED', 'claim.creditCode:CREDIT_CODE_CHECK_CHARACTER']);
    const weak = await signUp('weak@signup.example.test', claim(CODES[3]!), 'short');
    expect(weak.errors![0]!.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password', reasons: expect.arrayContaining(['TOO_SHORT']) });
    await p.idle();
    expect((await p.pool.query('select count(*)::int as n from signup')).rows[0].n).toBe(before);
  });

  it('refuses a verification link after 24 hours on the platform clock', async () => {
    const before = mails.length;
    await signUp('late@signup.example.test', claim(CODES[3]!));
    await p.idle();
    expect(mails.length).toBe(before + 1);
    p.clock.advance(24 * 3_600_000);
    expect((await p.gql(VERIFY, { t: tokenFrom(mails.at(-1)!)! })).errors![0]!.extensions!.code).toBe('INVALID_SIGNUP_TOKEN');
    expect((await p.pool.query('select verified_at from signup where email = $1', ['late@signup.example.test'])).rows).toEqual([{ verified_at: null }]);
  });
});
