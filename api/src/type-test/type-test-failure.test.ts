import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { sweepTypeTests } from './type-test-sweep.js';
import { GRADING, POWER_LOSS, caseInEvaluation, demoLabId, ok, ops, type Tokens } from './type-test-fixtures.js';

describe('a failed type test (§4.2.3): notice, rectification within 6 months, retest or termination', () => {
  let p: TestPlatform;
  let tokens: Tokens;
  let labId: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    labId = await demoLabId(p);
  });
  afterAll(() => p.close());

  /** A case whose first round failed on Friday 20 March 2026 (power loss above the limit). */
  async function failedOnMarch20(series: string) {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, series);
    const model = c.models[0]!;
    let t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
    t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: model, purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-02', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-02' }, tokens.engineer), 'recordTypeTestFee');
    p.clock.set(new Date('2026-03-20T02:00:00Z'));
    t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
      { testItem: POWER_LOSS, designation: model, measuredValue: 24.8, limit: 22.5, unit: 'W', passed: false },
      { testItem: GRADING, designation: model, measuredValue: 2, unit: '级', passed: true, grade: '2' },
    ] }, tokens.lab), 'enterTypeTestResults');
    t = ok(await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab), 'concludeTypeTestRound');
    return { c, model, t };
  }

  it('notifies the applicant the same day, pauses the 40 days, and after a passing retest completes the test', async () => {
    const { c, model, t: failed } = await failedOnMarch20('TTC');
    expect(failed).toMatchObject({ status: 'FAILED', round: 1, dueOn: null, rectificationDueOn: '2026-09-20' });
    let kase = (await p.gql(ops.readCase, { id: c.id }, tokens.enterprise)).data.certificationCase;
    const clock = (key: string) => kase.clocks.find((k: any) => k.key === key);
    expect(clock('TYPE_TEST')).toMatchObject({ stoppedOn: null, paused: true, overdue: false });
    expect(clock('TEST_FAILURE_NOTICE')).toMatchObject({ startedOn: '2026-03-20', stoppedOn: '2026-03-20', outcome: 'MET' });
    expect(clock('TEST_RECTIFICATION')).toMatchObject({ startedOn: '2026-03-20', dueOn: '2026-09-20', stoppedOn: null });
    const notice = kase.notices.at(-1);
    expect(notice.kind).toBe('TEST_FAILED');
    expect(notice.bodyZh).toContain(POWER_LOSS);
    expect(notice.bodyZh).toContain('24.8 W / 22.5 W');
    expect(notice.bodyZh).toContain('2026-09-20');

    // No results while the applicant rectifies; retest samples arrive, then the engineer starts round 2.
    const early = await p.gql(ops.results, { caseId: c.id, version: failed.version, results: [
      { testItem: POWER_LOSS, designation: model, measuredValue: 20, limit: 22.5, unit: 'W', passed: true },
    ] }, tokens.lab);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§4.2.3', status: 'FAILED' });
    p.clock.set(new Date('2026-04-10T02:00:00Z'));
    let t = ok(await p.gql(ops.samples, { caseId: c.id, version: failed.version, samples: [
      { designation: model, purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-04-10', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    expect(t.samples.map((s: any) => s.round)).toEqual([1, 2]);
    expect(t.samplesReceivedOn).toBe('2026-03-02');
    t = ok(await p.gql(ops.retest, { caseId: c.id, version: t.version }, tokens.engineer), 'startTypeTestRetest');
    expect(t).toMatchObject({ status: 'TESTING', round: 2 });
    const incomplete = await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab);
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'RESULT_MISSING' })] });

    p.clock.set(new Date('2026-04-20T02:00:00Z'));
    t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
      { testItem: POWER_LOSS, designation: model, measuredValue: 20.4, limit: 22.5, unit: 'W', passed: true },
    ] }, tokens.lab), 'enterTypeTestResults');
    t = ok(await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab), 'concludeTypeTestRound');
    expect(t).toMatchObject({ status: 'PASSED', round: 2, completedOn: '2026-04-20', rectificationDueOn: null });

    kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    expect(kase.models.find((m: any) => m.designation === model).grade).toBe('2');
    expect(clock('TEST_RECTIFICATION')).toMatchObject({ stoppedOn: '2026-04-20', outcome: 'MET' });
    expect(clock('TYPE_TEST')).toMatchObject({ stoppedOn: '2026-04-20', outcome: 'MET', paused: false });
    expect(clock('CERTIFICATE_ISSUE')).toMatchObject({ startedOn: '2026-04-20', dueOn: '2026-05-20', stoppedOn: null });
    expect(kase.notices.map((n: any) => n.kind).slice(-2)).toEqual(['TEST_FAILED', 'TYPE_TEST_PASSED']);
    expect((await p.gql(ops.retest, { caseId: c.id, version: t.version }, tokens.engineer)).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
  });

  it('terminates the case when the 6 months run out (sweep, idempotent)', async () => {
    const { c } = await failedOnMarch20('TTD');
    // On the due date itself the time is not yet up.
    p.clock.set(new Date('2026-09-20T15:00:00Z'));
    expect((await sweepTypeTests(p.db.orm.em.fork(), p.clock.now())).terminated).not.toContain(c.id);
    expect((await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase.status).toBe('IN_EVALUATION');

    p.clock.set(new Date('2026-09-21T02:00:00Z'));
    const first = await sweepTypeTests(p.db.orm.em.fork(), p.clock.now());
    expect(first.terminated).toEqual([c.id]);
    const kase = (await p.gql(ops.readCase, { id: c.id }, tokens.enterprise)).data.certificationCase;
    expect(kase.status).toBe('TERMINATED');
    expect(kase.endReason).toContain('6 个月');
    expect(kase.notices.at(-1).kind).toBe('TERMINATED');
    expect(kase.clocks.filter((k: any) => k.stoppedOn === null)).toEqual([]);
    const { rows } = await p.pool.query(`select action, actor_role from audit_event where aggregate_type = 'case' and aggregate_id = $1 order by id desc limit 1`, [c.id]);
    expect(rows[0]).toEqual({ action: 'case.terminate', actor_role: 'SYSTEM' });
    const code = await p.pool.query(`select end_reason_code from certification_case where id = $1`, [c.id]);
    expect(code.rows[0].end_reason_code).toBe('TEST_RECTIFICATION_OVERDUE');

    const audits = (await p.pool.query(`select count(*)::int as n from audit_event`)).rows[0].n;
    expect(await sweepTypeTests(p.db.orm.em.fork(), p.clock.now())).toEqual({ terminated: [], skipped: [] });
    expect((await p.pool.query(`select count(*)::int as n from audit_event`)).rows[0].n).toBe(audits);
    // A terminated case's type test accepts nothing more.
    const t = (await p.gql(ops.read, { caseId: c.id }, tokens.engineer)).data.typeTest;
    expect((await p.gql(ops.retest, { caseId: c.id, version: t.version }, tokens.engineer)).errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });
});
