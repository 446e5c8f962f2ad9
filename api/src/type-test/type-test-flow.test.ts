import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { typeTestComplete } from './type-test-complete.js';
import { GRADING, POWER_LOSS, TEMPERATURE_RISE, caseInEvaluation, demoLabId, ok, ops, secondLab, type Tokens } from './type-test-fixtures.js';

describe('type test (§4) from lab assignment to PASSED, over HTTP', () => {
  let p: TestPlatform;
  let tokens: Tokens;
  let labId: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    labId = await demoLabId(p);
  });
  afterAll(() => p.close());

  it('starts the 40 working days on the configured event, grades the models and starts the certificate-issue clock', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'TTA');
    const [representative, other] = c.models as [string, string];
    let t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
    expect(t).toMatchObject({ status: 'AWAITING_SAMPLES', round: 1, startsOn: 'SAMPLES_AND_FEE_RECEIVED', testItems: [POWER_LOSS, GRADING] });

    // Samples arrive on Thursday 12 March; the default configuration waits for the fee as well.
    p.clock.set(new Date('2026-03-12T02:00:00Z'));
    t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: representative, purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-12', keyComponentConfiguration: '配置A' },
      { designation: other, purpose: 'DIFFERENCE', count: 1, receivedOn: '2026-03-12', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    expect(t).toMatchObject({ status: 'AWAITING_SAMPLES', samplesReceivedOn: '2026-03-12', dueOn: null });

    // The fee arrives on Monday 16 March: 40 working days from then, leaving out Qingming (Mon 6 Apr)
    // and Labour Day (1, 4, 5 May) and counting the make-up Saturday 9 May, end on Thursday 14 May.
    p.clock.set(new Date('2026-03-17T02:00:00Z'));
    t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-16' }, tokens.engineer), 'recordTypeTestFee');
    expect(t).toMatchObject({ status: 'TESTING', feeReceivedOn: '2026-03-16', dueOn: '2026-05-14' });
    let kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    expect(kase.clocks.find((k: any) => k.key === 'TYPE_TEST')).toMatchObject({ startedOn: '2026-03-16', dueOn: '2026-05-14', stoppedOn: null });

    // The applicant reads the test, but cannot enter results; nor can the engineer.
    expect((await p.gql(ops.read, { caseId: c.id }, tokens.enterprise)).data.typeTest).toMatchObject({ status: 'TESTING' });
    const results = [
      { testItem: POWER_LOSS, designation: representative, measuredValue: 18.25, limit: 22.5, unit: 'W', passed: true },
      { testItem: GRADING, designation: representative, measuredValue: 1, unit: '级', passed: true, grade: '1' },
      { testItem: POWER_LOSS, designation: other, measuredValue: 21.1, limit: 22.5, unit: 'W', passed: true, grade: '2' },
    ];
    for (const token of [tokens.enterprise, tokens.engineer]) {
      const refused = await p.gql(ops.results, { caseId: c.id, version: t.version, results }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    p.clock.set(new Date('2026-04-20T02:00:00Z'));
    t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results }, tokens.lab), 'enterTypeTestResults');
    expect(t.results).toHaveLength(3);
    expect(t.results.find((r: any) => r.designation === representative && r.testItem === POWER_LOSS)).toMatchObject({ measuredValue: 18.25, limit: 22.5, unit: 'W', passed: true, grade: null });
    expect(await typeTestComplete(p.db.orm.em.fork(), c.id)).toBe(false);

    t = ok(await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab), 'concludeTypeTestRound');
    expect(t).toMatchObject({ status: 'PASSED', completedOn: '2026-04-20', dueOn: null });
    expect(await typeTestComplete(p.db.orm.em.fork(), c.id)).toBe(true);

    kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    expect(kase.status).toBe('IN_EVALUATION');
    expect(kase.models).toEqual(expect.arrayContaining([{ designation: representative, grade: '1' }, { designation: other, grade: '2' }]));
    expect(kase.clocks.find((k: any) => k.key === 'TYPE_TEST')).toMatchObject({ stoppedOn: '2026-04-20', outcome: 'MET' });
    // §6.3: 30 calendar days from the completed test.
    expect(kase.clocks.find((k: any) => k.key === 'CERTIFICATE_ISSUE')).toMatchObject({ startedOn: '2026-04-20', dueOn: '2026-05-20', stoppedOn: null, paused: false });
    expect(kase.notices.at(-1)).toMatchObject({ kind: 'TYPE_TEST_PASSED' });
    expect(kase.notices.at(-1).bodyZh).toContain(`${representative}: 1`);

    const audits = await p.pool.query(`select action, actor_role from audit_event where aggregate_type = 'type-test' and aggregate_id = $1 order by id`, [t.id]);
    expect(audits.rows.map((r) => `${r.action} ${r.actor_role}`)).toEqual([
      'type-test.assign_lab ENGINEER', 'type-test.record_samples ENGINEER', 'type-test.record_fee ENGINEER', 'type-test.enter_results LAB', 'type-test.conclude_round LAB',
    ]);
    const outbox = await p.pool.query(`select count(*)::int as n from outbox_event where type = 'type-test.changed' and aggregate_id = $1`, [t.id]);
    expect(outbox.rows[0].n).toBe(5);
  });

  it('refuses a lab whose CMA scope misses a test item, and writes nothing', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'TTB');
    const narrow = await secondLab(p, [POWER_LOSS]);
    const res = await p.gql(ops.assign, { caseId: c.id, labId: narrow.labId, items: [POWER_LOSS, TEMPERATURE_RISE] }, tokens.engineer);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'OUTSIDE_CMA_SCOPE', clause: '§4.1.1', field: 'testItems[1]' })],
    });
    const empty = await p.gql(ops.assign, { caseId: c.id, labId: narrow.labId, items: [] }, tokens.engineer);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'testItems' });
    expect((await p.pool.query(`select count(*)::int as n from type_test where certification_case_id = $1`, [c.id])).rows[0].n).toBe(0);
    expect((await p.gql(ops.read, { caseId: c.id }, tokens.engineer)).data.typeTest).toBeNull();

    // The LAB user of that other lab can neither read nor act on a test assigned to the demo lab.
    const t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS] }, tokens.engineer), 'assignTypeTestLab');
    const fee = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-02' }, tokens.engineer), 'recordTypeTestFee');
    const samples = ok(await p.gql(ops.samples, { caseId: c.id, version: fee.version, samples: [
      { designation: c.models[0], purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-02', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    expect(samples.status).toBe('TESTING');
    expect((await p.gql(ops.read, { caseId: c.id }, narrow.token)).data.typeTest).toBeNull();
    const foreign = await p.gql(ops.results, { caseId: c.id, version: samples.version, results: [
      { testItem: POWER_LOSS, designation: c.models[0], measuredValue: 1, unit: 'W', passed: true, grade: '1' },
    ] }, narrow.token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(ops.conclude, { caseId: c.id, version: samples.version }, narrow.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The assigned lab may not conclude before every required result is in.
    const early = await p.gql(ops.conclude, { caseId: c.id, version: samples.version }, tokens.lab);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'RESULT_MISSING' })] });
    // A stale version is a CONFLICT.
    const stale = await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
      { testItem: POWER_LOSS, designation: c.models[0], measuredValue: 1, unit: 'W', passed: true, grade: '1' },
    ] }, tokens.lab);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
