import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { totpCode } from './totp.js';

/**
 * TOTP MFA over GraphQL on a real database, with the platform's fake clock (codes are made for
 * the clock's time, and the clock moves instead of the test waiting). MFA is required for staff
 * here, as in production.
 */
const PASSWORD = 'a long passphrase for mfa tests';
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token mfaRequired mfaChallenge mfaChallengeExpiresAt viewer { mfaEnrolmentRequired } } }`;
const COMPLETE = `mutation($c: String!, $code: String!) { completeMfaLogin(challenge: $c, code: $code) { token mfaRequired viewer { email mfaEnrolmentRequired } } }`;
const BEGIN = `mutation { beginMfaEnrolment { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation($code: String!) { confirmMfaEnrolment(code: $code) { codes } }`;
const REGENERATE = `mutation($code: String!) { regenerateRecoveryCodes(code: $code) { codes } }`;
const DISABLE = `mutation($code: String!) { disableMfa(code: $code) }`;
const STATUS = `{ myMfa { enabled enrolmentPending recoveryCodesLeft required canDisable } }`;
const ME = `{ me { email mfaEnrolmentRequired } }`;
const STEP = 30_000;

describe('TOTP multi-factor authentication', () => {
  let p: TestPlatform;
  let serial = 0;

  beforeAll(async () => {
    p = await startTestPlatform({ mfaRequiredForStaff: true });
  });
  afterAll(async () => {
    await p.close();
  });

  const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

  /** A fresh account of the role (demo organisation of that role), so tests share no throttle or MFA state. */
  async function newUser(role: Role): Promise<string> {
    const em = p.db.orm.em.fork();
    const demo = await em.findOneOrFail(User, { email: p.batch.users.find((u) => u.role === role)!.email });
    const user = em.create(User, { email: `mfa-${role.toLowerCase()}-${++serial}@example.test`, displayName: `MFA ${serial}`, role, organisation: demo.organisation, passwordHash: await hashPassword(PASSWORD) });
    await em.flush();
    return user.email;
  }

  async function login(email: string) {
    const res = await p.gql(LOGIN, { e: email, p: PASSWORD });
    expect(res.errors).toBeUndefined();
    return res.data.login;
  }

  /** Signs in (a session limited to enrolment for staff), enrols, and returns the secret, codes and token. */
  async function enrolled(role: Role) {
    const email = await newUser(role);
    const { token } = await login(email);
    const begun = await p.gql(BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const secret = begun.data.beginMfaEnrolment.secret as string;
    const confirmed = await p.gql(CONFIRM, { code: totpCode(secret, p.clock.now()) }, token);
    expect(confirmed.errors).toBeUndefined();
    p.clock.advance(STEP); // the enrolment code's step is spent
    return { email, secret, token: token as string, recoveryCodes: confirmed.data.confirmMfaEnrolment.codes as string[] };
  }

  async function challenge(email: string): Promise<string> {
    const first = await login(email);
    expect(first).toMatchObject({ token: null, mfaRequired: true, viewer: null });
    return first.mfaChallenge;
  }

  describe('enforcement by role', () => {
    it('limits staff without MFA to enrolment: everything else is MFA_ENROLMENT_REQUIRED; public reads stay open', async () => {
      for (const role of [Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ADMIN]) {
        const token = await p.loginAs(role);
        expect((await p.gql(ME, {}, token)).data.me.mfaEnrolmentRequired).toBe(true);
        expect(code(await p.gql(`{ myAlerts { id } }`, {}, token))).toBe('MFA_ENROLMENT_REQUIRED');
        expect(code(await p.gql(`{ certificationCases { id } }`, {}, token))).toBe('MFA_ENROLMENT_REQUIRED');
        expect(code(await p.gql(`{ scheme { __typename } }`, {}, token))).toBe('MFA_ENROLMENT_REQUIRED');
        expect((await p.gql(STATUS, {}, token)).data.myMfa).toMatchObject({ enabled: false, required: true, canDisable: false });
        expect((await p.gql(`{ registryInfo { demoData } }`, {}, token)).errors).toBeUndefined();
      }
    });

    it('leaves enterprise, lab and regulator users free to work without MFA', async () => {
      for (const role of [Role.ENTERPRISE, Role.LAB, Role.REGULATOR]) {
        const { token, viewer } = await login(await newUser(role));
        expect(viewer.mfaEnrolmentRequired).toBe(false);
        expect((await p.gql(STATUS, {}, token)).data.myMfa).toMatchObject({ enabled: false, required: false });
      }
      const enterprise = (await login(await newUser(Role.ENTERPRISE))).token;
      expect((await p.gql(`{ certificationCases { id } }`, {}, enterprise)).errors).toBeUndefined();
    });

    it('lifts the limit on the enrolling session once the first code is confirmed, and ends the other sessions', async () => {
      const email = await newUser(Role.ENGINEER);
      const other = (await login(email)).token;
      const { token } = await login(email);
      expect(code(await p.gql(`{ myAlerts { id } }`, {}, token))).toBe('MFA_ENROLMENT_REQUIRED');
      const secret = (await p.gql(BEGIN, {}, token)).data.beginMfaEnrolment.secret;
      expect(code(await p.gql(CONFIRM, { code: '000000' === totpCode(secret, p.clock.now()) ? '111111' : '000000' }, token))).toBe('INVALID_MFA_CODE');
      const confirmed = await p.gql(CONFIRM, { code: totpCode(secret, p.clock.now()) }, token);
      expect(confirmed.data.confirmMfaEnrolment.codes).toHaveLength(10);
      expect(new Set(confirmed.data.confirmMfaEnrolment.codes).size).toBe(10);
      expect((await p.gql(`{ myAlerts { id } }`, {}, token)).errors).toBeUndefined();
      expect((await p.gql(ME, {}, other)).data.me).toBeNull();
      const audit = await p.pool.query(`select action from audit_event where aggregate_type = 'user' and aggregate_id = (select id::text from app_user where email = $1) order by chain_seq`, [email]);
      expect(audit.rows.map((r) => r.action)).toEqual(['mfa.enrolment-begun', 'mfa.enabled']);
    });

    it('refuses to let staff turn MFA off (FORBIDDEN) while enterprise users may', async () => {
      const staff = await enrolled(Role.DECIDER);
      expect(code(await p.gql(DISABLE, { code: totpCode(staff.secret, p.clock.now()) }, staff.token))).toBe('FORBIDDEN');
      const enterprise = await enrolled(Role.ENTERPRISE);
      expect((await p.gql(STATUS, {}, enterprise.token)).data.myMfa).toMatchObject({ enabled: true, canDisable: true, recoveryCodesLeft: 10 });
      expect((await p.gql(DISABLE, { code: totpCode(enterprise.secret, p.clock.now()) }, enterprise.token)).data.disableMfa).toBe(true);
      expect((await p.gql(STATUS, {}, enterprise.token)).data.myMfa).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
      expect(await login(enterprise.email)).toMatchObject({ mfaRequired: false, token: expect.any(String) });
    });
  });

  describe('sign-in with a second step', () => {
    it('gives no session for the password alone, and a session for the challenge with a current code', async () => {
      const user = await enrolled(Role.ADMIN);
      const first = await login(user.email);
      expect(first.mfaChallengeExpiresAt).toBe(new Date(p.clock.now().getTime() + 5 * 60_000).toISOString());
      const done = await p.gql(COMPLETE, { c: first.mfaChallenge, code: totpCode(user.secret, p.clock.now()) });
      expect(done.data.completeMfaLogin).toMatchObject({ token: expect.any(String), mfaRequired: false, viewer: { email: user.email, mfaEnrolmentRequired: false } });
      expect((await p.gql(`{ myAlerts { id } }`, {}, done.data.completeMfaLogin.token)).errors).toBeUndefined();
    });

    it('accepts the codes of the neighbouring steps and refuses older ones and wrong ones', async () => {
      const user = await enrolled(Role.ENTERPRISE);
      p.clock.advance(2 * STEP); // past the step the enrolment spent
      const now = p.clock.now();
      const at = (steps: number) => totpCode(user.secret, new Date(now.getTime() + steps * STEP));
      // A wrong code leaves the challenge usable: the user may type again.
      const c = await challenge(user.email);
      expect(code(await p.gql(COMPLETE, { c, code: at(-2) }))).toBe('INVALID_MFA_CODE');
      expect(code(await p.gql(COMPLETE, { c, code: 'abcdef' }))).toBe('INVALID_MFA_CODE');
      expect((await p.gql(COMPLETE, { c, code: at(-1) })).data.completeMfaLogin.token).toEqual(expect.any(String));
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: at(1) })).data.completeMfaLogin.token).toEqual(expect.any(String));
    });

    it('refuses a code used once already, even within its window (replay)', async () => {
      const user = await enrolled(Role.INSPECTOR);
      const current = totpCode(user.secret, p.clock.now());
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: current })).data.completeMfaLogin.token).toEqual(expect.any(String));
      p.clock.advance(10_000); // same step
      expect(code(await p.gql(COMPLETE, { c: await challenge(user.email), code: current }))).toBe('INVALID_MFA_CODE');
      p.clock.advance(STEP);
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: totpCode(user.secret, p.clock.now()) })).data.completeMfaLogin.token).toEqual(expect.any(String));
    });

    it('takes each recovery code once, in any case and with or without dashes', async () => {
      const user = await enrolled(Role.ENTERPRISE);
      const [first, second] = user.recoveryCodes;
      expect(first).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: first })).data.completeMfaLogin.token).toEqual(expect.any(String));
      expect(code(await p.gql(COMPLETE, { c: await challenge(user.email), code: first }))).toBe('INVALID_MFA_CODE');
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: second!.replace(/-/g, '').toLowerCase() })).data.completeMfaLogin.token).toEqual(expect.any(String));
      expect((await p.gql(STATUS, {}, user.token)).data.myMfa.recoveryCodesLeft).toBe(8);
      const audit = await p.pool.query(`select count(*)::int as n from audit_event where action = 'mfa.recovery-code-used' and aggregate_id = (select id::text from app_user where email = $1)`, [user.email]);
      expect(audit.rows[0].n).toBe(2);
    });

    it('replaces every recovery code on regeneration', async () => {
      const user = await enrolled(Role.REVIEWER);
      const fresh = (await p.gql(REGENERATE, { code: totpCode(user.secret, p.clock.now()) }, user.token)).data.regenerateRecoveryCodes.codes;
      expect(fresh).toHaveLength(10);
      expect(code(await p.gql(COMPLETE, { c: await challenge(user.email), code: user.recoveryCodes[0] }))).toBe('INVALID_MFA_CODE');
      expect((await p.gql(COMPLETE, { c: await challenge(user.email), code: fresh[0] })).data.completeMfaLogin.token).toEqual(expect.any(String));
    });

    it('lets a challenge work once and for five minutes only', async () => {
      const user = await enrolled(Role.ENTERPRISE);
      const once = await challenge(user.email);
      expect((await p.gql(COMPLETE, { c: once, code: totpCode(user.secret, p.clock.now()) })).data.completeMfaLogin.token).toEqual(expect.any(String));
      p.clock.advance(STEP);
      expect(code(await p.gql(COMPLETE, { c: once, code: totpCode(user.secret, p.clock.now()) }))).toBe('INVALID_MFA_CHALLENGE');

      const late = await challenge(user.email);
      p.clock.advance(5 * 60_000);
      expect(code(await p.gql(COMPLETE, { c: late, code: totpCode(user.secret, p.clock.now()) }))).toBe('INVALID_MFA_CHALLENGE');
      expect(code(await p.gql(COMPLETE, { c: 'x'.repeat(43), code: totpCode(user.secret, p.clock.now()) }))).toBe('INVALID_MFA_CHALLENGE');
    });

    it('counts wrong codes against the sign-in throttle, which the right password does not reset', async () => {
      const user = await enrolled(Role.ENGINEER);
      const wrong = totpCode(user.secret, new Date(p.clock.now().getTime() + 10 * STEP));
      // Password (counted, not cleared) then a wrong code, twice over, then a fifth attempt: locked.
      for (let i = 0; i < 2; i++) expect(code(await p.gql(COMPLETE, { c: await challenge(user.email), code: wrong }))).toBe('INVALID_MFA_CODE');
      const c = await challenge(user.email);
      expect(code(await p.gql(COMPLETE, { c, code: totpCode(user.secret, p.clock.now()) }))).toBe('TOO_MANY_ATTEMPTS');
    });

    it('keeps the secret encrypted in the database and never returns it after enrolment', async () => {
      const user = await enrolled(Role.ENTERPRISE);
      const row = await p.pool.query(`select secret_ciphertext from user_mfa where user_id = (select id from app_user where email = $1)`, [user.email]);
      expect(row.rows[0].secret_ciphertext).toMatch(/^v1\./);
      expect(row.rows[0].secret_ciphertext).not.toContain(user.secret);
      expect(code(await p.gql(BEGIN, {}, user.token))).toBe('ILLEGAL_TRANSITION');
    });
  });
});
