import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { GRADING, POWER_LOSS, TT_FIELDS, caseInEvaluation, demoLabId, ok, ops, type Tokens } from './type-test-fixtures.js';

const FIELDS = `${TT_FIELDS} keyComponentTests { type workingDays } timeLimit { amount unit schemeAmount governedBy }`;
const RECORD = `mutation($caseId: ID!, $version: Int!, $tests: [KeyComponentTestInput!]!) { recordKeyComponentTests(caseId: $caseId, version: $version, tests: $tests) { ${FIELDS} } }`;
const FEE = `mutation($caseId: ID!, $version: Int!, $on: LocalDate!) { recordTypeTestFee(caseId: $caseId, version: $version, receivedOn: $on) { ${FIELDS} } }`;

/** The TYPE_TEST clock row as inboxes and sweeps read it. */
async function storedClock(p: TestPlatform, caseId: string) {
  const { rows } = await p.pool.query(`select to_char(due_on, 'YYYY-MM-DD') as due_on, limit_amount from case_clock where certification_case_id = $1 and key = 'TYPE_TEST'`, [caseId]);
  return rows[0];
}

describe('§4.2.3: the longest key-component test governs the type-test time limit, over HTTP', () => {
  let p: TestPlatform;
  let tokens: Tokens;
  let labId: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    labId = await demoLabId(p);
  });
  afterAll(() => p.close());

  /** A case whose type test is assigned and whose samples arrived on 16 March 2026. */
  async function assignedWithSamples(series: string) {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, series);
    const t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
    p.clock.set(new Date('2026-03-17T02:00:00Z'));
    const s = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: c.models[0], purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-16', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    return { id: c.id, version: s.version as number };
  }

  it('moves the due date from 40 to 55 working days while the test runs, and back to 40 when no key-component test is longer', async () => {
    const c = await assignedWithSamples('KCA');
    let t = ok(await p.gql(FEE, { caseId: c.id, version: c.version, on: '2026-03-16' }, tokens.engineer), 'recordTypeTestFee');
    expect(t).toMatchObject({ status: 'TESTING', dueOn: '2026-05-14', keyComponentTests: [], timeLimit: { amount: 40, unit: 'WORKING_DAYS', schemeAmount: 40, governedBy: null } });

    // The main contacts need a 55-working-day test: 15 more working days after 14 May end on Thursday 4 June.
    t = ok(await p.gql(RECORD, { caseId: c.id, version: t.version, tests: [{ type: 'MAIN_CONTACTS', workingDays: 55 }] }, tokens.engineer), 'recordKeyComponentTests');
    expect(t).toMatchObject({ status: 'TESTING', dueOn: '2026-06-04', keyComponentTests: [{ type: 'MAIN_CONTACTS', workingDays: 55 }], timeLimit: { amount: 55, schemeAmount: 40, governedBy: 'MAIN_CONTACTS' } });
    expect(await storedClock(p, c.id)).toEqual({ due_on: '2026-06-04', limit_amount: 55 });
    const kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    expect(kase.clocks.find((k: any) => k.key === 'TYPE_TEST')).toMatchObject({ startedOn: '2026-03-16', dueOn: '2026-06-04', overdue: false });

    // Exactly 40 does not exceed the whole-product test ("超过"): the scheme's 40 govern again.
    t = ok(await p.gql(RECORD, { caseId: c.id, version: t.version, tests: [{ type: 'MAIN_CONTACTS', workingDays: 40 }] }, tokens.engineer), 'recordKeyComponentTests');
    expect(t).toMatchObject({ dueOn: '2026-05-14', timeLimit: { amount: 40, governedBy: null } });
    expect(await storedClock(p, c.id)).toEqual({ due_on: '2026-05-14', limit_amount: null });

    const audits = await p.pool.query(`select action, actor_role, reason from audit_event where aggregate_type = 'type-test' and aggregate_id = $1 and action = 'type-test.record_key_component_tests' order by id`, [t.id]);
    expect(audits.rows.map((r) => `${r.actor_role}: ${r.reason}`)).toEqual(['ENGINEER: 55 WORKING_DAYS (MAIN_CONTACTS), due 2026-06-04', 'ENGINEER: 40 WORKING_DAYS, due 2026-05-14']);
    const outbox = await p.pool.query(`select count(*)::int as n from outbox_event where type = 'type-test.changed' and aggregate_id = $1`, [t.id]);
    expect(outbox.rows[0].n).toBe(5);
  });

  it('a key-component test recorded before the clock starts sets its limit when it starts', async () => {
    const c = await assignedWithSamples('KCB');
    let t = ok(await p.gql(RECORD, { caseId: c.id, version: c.version, tests: [{ type: 'MAIN_CONTACTS', workingDays: 55 }] }, tokens.engineer), 'recordKeyComponentTests');
    expect(t).toMatchObject({ status: 'AWAITING_SAMPLES', dueOn: null, timeLimit: { amount: 55 } });
    t = ok(await p.gql(FEE, { caseId: c.id, version: t.version, on: '2026-03-16' }, tokens.engineer), 'recordTypeTestFee');
    expect(t).toMatchObject({ status: 'TESTING', dueOn: '2026-06-04' });
    expect(await storedClock(p, c.id)).toEqual({ due_on: '2026-06-04', limit_amount: 55 });
  });

  it('refuses bad input and other roles with typed errors, writing nothing', async () => {
    const c = await assignedWithSamples('KCC');
    const count = async () => (await p.pool.query(`select count(*)::int as n from audit_event where action = 'type-test.record_key_component_tests'`)).rows[0].n;
    const before = await count();
    const refusals: Array<[unknown[], string]> = [
      // An Annex 1 component this MCCB unit does not declare.
      [[{ type: 'DRAWER_BASE', workingDays: 50 }], 'tests[0].type'],
      [[{ type: 'MAIN_CONTACTS', workingDays: 0 }], 'tests[0].workingDays'],
      [[{ type: 'MAIN_CONTACTS', workingDays: -5 }], 'tests[0].workingDays'],
      [[{ type: 'MAIN_CONTACTS', workingDays: 50 }, { type: 'MAIN_CONTACTS', workingDays: 60 }], 'tests[1].type'],
    ];
    for (const [tests, field] of refusals) {
      const res = await p.gql(RECORD, { caseId: c.id, version: c.version, tests }, tokens.engineer);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // Not an Annex 1 type at all: refused by the schema's enum before anything runs.
    const unknown = await p.gql(RECORD, { caseId: c.id, version: c.version, tests: [{ type: 'GEARBOX', workingDays: 50 }] }, tokens.engineer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const token of [tokens.lab, tokens.enterprise]) {
      const res = await p.gql(RECORD, { caseId: c.id, version: c.version, tests: [{ type: 'MAIN_CONTACTS', workingDays: 50 }] }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
    expect((await p.gql(`query($caseId: ID!) { typeTest(caseId: $caseId) { ${FIELDS} } }`, { caseId: c.id }, tokens.engineer)).data.typeTest).toMatchObject({ version: c.version, keyComponentTests: [] });
  });
});
