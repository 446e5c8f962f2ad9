import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role, User } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { hashPassword } from '../auth/password.js';
import { AdjustableClock } from '../clock.js';
import { caseInEvaluation, newFactory } from '../inspection/inspection-test-support.js';
import { platformSweeps } from '../jobs/sweep-list.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { createApi, type Api } from '../server.js';

const ALERTS = `query($all: Boolean) { myAlerts(includeAcknowledged: $all) {
  id caseId caseNo caseStatus clockKey round clockLabelZh clause dueOn raisedOn daysOverdue clockStoppedOn acknowledgedAt emailStatus } }`;
const ACK = `mutation($id: ID!) { acknowledgeStaffAlert(id: $id) { id acknowledgedAt } }`;
const SWEEP = `mutation { runDueSweeps { results { name affected } } }`;

describe('staff alerts for overdue time limits, over HTTP in test mode', () => {
  let p: TestPlatform;
  let api: Api;
  const mails: OutgoingMail[] = [];
  /** GraphQL against the test-mode API (its sweeps are the platform's, mail recorded). */
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const req = request(api.app).post('/graphql').set('content-type', 'application/json');
    return (await (token ? req.set('authorization', `Bearer ${token}`) : req).send({ query, variables })).body;
  };
  const sweep = async () => {
    const admin = await p.loginAs(Role.ADMIN);
    const res = await gql(SWEEP, {}, admin);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data.runDueSweeps.results.map((r: { name: string; affected: number }) => [r.name, r.affected]));
  };
  const alertRows = async (caseIds: string[]) =>
    (await p.pool.query(`select recipient_id, clock_key, round, due_on::text, raised_on::text from staff_alert where certification_case_id = any($1) order by recipient_id, clock_key`, [caseIds])).rows;

  beforeAll(async () => {
    p = await startTestPlatform();
    const clock = new AdjustableClock(p.clock); // follows the fake clock: the test moves p.clock
    api = await createApi({
      orm: p.db.orm, index: p.index, clock, testMode: { clock, sweeps: platformSweeps({ mail: { send: async (m) => void mails.push(m) } }) },
      sessionPolicy: { idleMinutes: 60, absoluteHours: 12 },
      // Staff sign in with the password alone here, as on the test platform (MFA has its own tests).
      mfa: { requiredForStaff: false },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await p.close();
  });

  it('alerts the assigned engineer (or every engineer while none is) once per clock round, by e-mail, and only staff read their own', async () => {
    const em = p.db.orm.em.fork();
    const demoEngineer = await em.findOneOrFail(User, { role: Role.ENGINEER, email: { $like: 'engineer@%' } }, { populate: ['organisation'] });
    const other = em.create(User, {
      email: 'engineer2@demo.example', displayName: '孙明（认证工程师）', role: Role.ENGINEER, organisation: demoEngineer.organisation, passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    await em.flush();
    const signInOther = async () => (await gql(`mutation($e: String!, $pw: String!) { login(email: $e, password: $pw) { token } }`, { e: other.email, pw: DEMO_PASSWORD })).data.login.token as string;

    // Two cases enter evaluation on Monday 2 March 2026: the §5.3 task clock is due Thursday 5 March.
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER) };
    const assigned = await caseInEvaluation(p, tokens, await newFactory(p, 'ALERT-1'), 'ONM9-250AL/3301');
    const unassigned = await caseInEvaluation(p, tokens, await newFactory(p, 'ALERT-2'), 'ONM9-250AL/3302');
    await p.pool.query(`update certification_case set assigned_engineer_id = $2 where id = $1`, [assigned.id, demoEngineer.id]);
    await p.pool.query(`update certification_case set assigned_engineer_id = null where id = $1`, [unassigned.id]);
    const cases = [assigned.id, unassigned.id];
    const taskClocks = await p.pool.query(`select due_on::text from case_clock where certification_case_id = any($1) and key = 'INSPECTION_TASK'`, [cases]);
    expect(taskClocks.rows).toEqual([{ due_on: '2026-03-05' }, { due_on: '2026-03-05' }]);

    // 23:00 in Beijing on the due date: still in time.
    p.clock.set(new Date('2026-03-05T15:00:00Z'));
    await sweep();
    expect(await alertRows(cases)).toEqual([]);

    // The next Beijing day: overdue. Two sweeps at once still write each alert once and mail it once.
    p.clock.set(new Date('2026-03-05T17:00:00Z'));
    mails.length = 0;
    await Promise.all([sweep(), sweep()]);
    const rows = await alertRows(cases);
    const expected = [
      { recipient_id: demoEngineer.id, clock_key: 'INSPECTION_TASK', round: 1, due_on: '2026-03-05', raised_on: '2026-03-06' }, // assigned: its engineer
      { recipient_id: demoEngineer.id, clock_key: 'INSPECTION_TASK', round: 1, due_on: '2026-03-05', raised_on: '2026-03-06' }, // unassigned: every engineer
      { recipient_id: other.id, clock_key: 'INSPECTION_TASK', round: 1, due_on: '2026-03-05', raised_on: '2026-03-06' },
    ];
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(3);
    const caseNos = (await p.pool.query(`select case_no from certification_case where id = any($1)`, [cases])).rows.map((r) => r.case_no as string);
    const ours = mails.filter((m) => caseNos.some((no) => m.subject.includes(no)));
    expect(ours.map((m) => m.to.join()).sort()).toEqual([demoEngineer.email, demoEngineer.email, other.email].sort());
    expect(ours[0]!.subject).toContain('下达初始工厂检查');
    expect(ours[0]!.text).toContain('2026-03-05');

    // Again, later: nothing new, nothing mailed.
    p.clock.set(new Date('2026-03-09T02:00:00Z'));
    mails.length = 0;
    const again = await sweep();
    expect(again['alert-email']).toBe(0);
    expect(await alertRows(cases)).toHaveLength(3);
    expect(mails.filter((m) => caseNos.some((no) => m.subject.includes(no)))).toEqual([]);

    // Each engineer reads their own; days overdue are counted to today (Beijing).
    const engineer = await p.loginAs(Role.ENGINEER);
    const mine = (await gql(ALERTS, {}, engineer)).data.myAlerts.filter((a: { caseId: string }) => cases.includes(a.caseId));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ clockKey: 'INSPECTION_TASK', round: 1, clause: '§5.3', dueOn: '2026-03-05', daysOverdue: 4, clockStoppedOn: null, acknowledgedAt: null, emailStatus: 'SENT' });
    const otherToken = await signInOther();
    const theirs = (await gql(ALERTS, {}, otherToken)).data.myAlerts;
    expect(theirs.map((a: { caseId: string }) => a.caseId)).toEqual([unassigned.id]);

    // Enterprise users, labs and anonymous callers read no alerts; inspectors have none of their own.
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    expect((await gql(ALERTS, {}, enterprise)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(ALERTS, {}, await p.loginAs(Role.LAB))).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(ALERTS)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(ALERTS, {}, await p.loginAs(Role.INSPECTOR))).data.myAlerts).toEqual([]);

    // Acknowledging: one's own only; someone else's looks like none; twice keeps the first time.
    const target = mine.find((a: { caseId: string }) => a.caseId === assigned.id);
    expect((await gql(ACK, { id: target.id }, otherToken)).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await gql(ACK, { id: target.id }, enterprise)).errors[0].extensions.code).toBe('FORBIDDEN');
    const acked = (await gql(ACK, { id: target.id }, engineer)).data.acknowledgeStaffAlert;
    expect(acked.acknowledgedAt).toBe('2026-03-09T02:00:00.000Z');
    p.clock.set(new Date('2026-03-09T02:30:00Z'));
    expect((await gql(ACK, { id: target.id }, engineer)).data.acknowledgeStaffAlert.acknowledgedAt).toBe('2026-03-09T02:00:00.000Z');
    const open = (await gql(ALERTS, {}, engineer)).data.myAlerts.map((a: { id: string }) => a.id);
    expect(open).not.toContain(target.id);
    expect((await gql(ALERTS, { all: true }, engineer)).data.myAlerts.map((a: { id: string }) => a.id)).toContain(target.id);
  });
});
