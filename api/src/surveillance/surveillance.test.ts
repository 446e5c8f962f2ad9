import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { MANDATORY, PLAN, SAMPLE, addInspector, certificates, sweep, type CertificateRow } from './test-support.js';

const PLANS = `query($y: Int!, $n: String) { surveillancePlans(year: $y, certificateNumber: $n) { ${PLAN} } }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $i: ID!, $d: Float!, $c: Float) { assignSurveillanceVisit(id: $id, version: $v, inspectorId: $i, personDays: $d, cccPersonDays: $c) { ${PLAN} } }`;
const VISIT = `mutation($id: ID!, $v: Int!, $input: SurveillanceVisitInput!) { recordSurveillanceVisit(id: $id, version: $v, input: $input) { ${PLAN} } }`;
const VERIFY = `mutation($id: ID!, $v: Int!, $nc: ID!, $on: LocalDate!) { verifySurveillanceRectification(id: $id, version: $v, nonconformityId: $nc, rectifiedOn: $on) { ${PLAN} } }`;
const EVALUATE = `mutation($id: ID!, $v: Int!, $ok: Boolean!, $note: String!) { evaluateSurveillance(id: $id, version: $v, passed: $ok, note: $note) { ${PLAN} } }`;
const COVERAGE = `query($n: String!) { surveillanceCoverage(certificateNumber: $n) { validFrom validUntil coveredItemIds uncoveredItemIds } }`;
const PUBLIC = `query($n: String!) { certificate(number: $n) { status latestSurveillance { result date } statusHistory { kind reasonCode cause occurredOn effectiveUntil } } }`;

describe('surveillance over HTTP (§7.1, §7.3)', () => {
  let p: TestPlatform;
  let engineer: string;
  let inspector: string;
  let inspectorId: string;
  let own: CertificateRow;
  let other: CertificateRow;
  const plan = async (n: string, year = 2026, token = engineer) => (await p.gql(PLANS, { y: year, n }, token)).data.surveillancePlans.find((s: { kind: string }) => s.kind === 'ANNUAL');
  const visit = (row: CertificateRow, extra: Record<string, unknown> = {}) => ({
    checkedItemIds: [...MANDATORY, '2'], conformityModels: [row.models[0]], witnessTests: [{ modelDesignation: row.models[0], description: '功耗测量', passed: true }],
    nonconformities: [], passed: true, note: null, ...extra,
  });

  beforeAll(async () => {
    p = await startTestPlatform();
    engineer = await p.loginAs(Role.ENGINEER);
    inspector = await p.loginAs(Role.INSPECTOR);
    inspectorId = (await p.pool.query(`select id from app_user where role = 'INSPECTOR' order by email limit 1`)).rows[0].id;
    const rows = await certificates(p);
    own = rows.find((r) => r.holder.includes('瓯能'))!;
    other = rows.find((r) => !r.holder.includes('瓯能'))!;
  });
  afterAll(() => p?.close());

  it('plans a year once per certificate, the first in the year after certification; the holder sees only its own', async () => {
    const first = await sweep(p, 'surveillance-plans');
    expect(first.affected).toBeGreaterThan(0);
    expect((await sweep(p, 'surveillance-plans')).affected).toBe(0);
    expect((await p.gql(`mutation { planSurveillanceYear(year: 2026) }`, {}, engineer)).data.planSurveillanceYear).toBe(0);
    const ownPlan = await plan(own.number);
    expect(ownPlan).toMatchObject({ kind: 'ANNUAL', year: 2026, dueOn: '2026-12-31', status: 'PLANNED' });
    // Certified in 2026 ⇒ nothing in 2026, the first surveillance in 2027.
    const fresh = (await p.pool.query(`select number from certificate where status = 'VALID' and first_issued_on >= '2026-01-01' limit 1`)).rows[0]?.number;
    if (fresh) {
      expect(await plan(fresh)).toBeUndefined();
      expect((await p.gql(`mutation { planSurveillanceYear(year: 2027) }`, {}, engineer)).data.planSurveillanceYear).toBeGreaterThan(0);
      expect(await plan(fresh, 2027)).toMatchObject({ year: 2027, kind: 'ANNUAL' });
    }
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    const seen = (await p.gql(PLANS, { y: 2026 }, enterprise)).data.surveillancePlans;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s: { holderNameZh: string }) => s.holderNameZh.includes('瓯能'))).toBe(true);
    expect((await p.gql(PLANS, { y: 2026 }, await p.loginAs(Role.LAB))).data.surveillancePlans).toEqual([]);
    expect((await p.gql(PLANS, { y: 2026 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const planTwice = await p.gql(`mutation { planSurveillanceYear(year: 2026) }`, {}, enterprise);
    expect(planTwice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('offers the forms the scheme’s items, the mandatory ones marked, and the §7.1.1 triggers', async () => {
    const q = `{ surveillanceReference { items { id mandatory } conformityItems { code } extraVisitTriggers { code clause } minConformityModels } }`;
    const ref = (await p.gql(q, {}, inspector)).data.surveillanceReference;
    expect(ref.items.filter((i: { mandatory: boolean }) => i.mandatory).map((i: { id: string }) => i.id)).toEqual(MANDATORY);
    expect(ref.extraVisitTriggers.map((t: { code: string }) => t.code)).toEqual(['SERIOUS_QUALITY_PROBLEM', 'CONFORMITY_DOUBT', 'ORGANISATIONAL_CHANGE']);
    expect(ref.conformityItems.map((c: { code: string }) => c.code)).toContain('5.2.4');
    expect(ref.minConformityModels).toBe(1);
    expect((await p.gql(q)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('schedules an extra visit only for a §7.1.1 trigger, with its reason', async () => {
    const q = `mutation($n: String!, $t: String!) { scheduleExtraSurveillance(certificateNumber: $n, trigger: $t, note: "用户投诉经查实", dueOn: "2026-12-20") { ${PLAN} } }`;
    expect((await p.gql(q, { n: other.number, t: 'WEATHER' }, engineer)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trigger' });
    const res = await p.gql(q, { n: other.number, t: 'SERIOUS_QUALITY_PROBLEM' }, engineer);
    expect(res.data.scheduleExtraSurveillance).toMatchObject({ kind: 'EXTRA', trigger: 'SERIOUS_QUALITY_PROBLEM', triggerNote: '用户投诉经查实', status: 'PLANNED', year: 2026 });
    expect((await p.gql(q, { n: other.number, t: 'CONFORMITY_DOUBT' }, inspector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes the effort from the scheme: 1 person-day, or the CCC visit’s + 0.5; anything else is refused and nothing written', async () => {
    const p0 = await plan(own.number);
    for (const [d, c] of [[1.5, null], [2, 2], [1, 1]] as const) {
      const res = await p.gql(ASSIGN, { id: p0.id, v: p0.version, i: inspectorId, d, c }, engineer);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [{ code: 'SURVEILLANCE_EFFORT', clause: '§7.1.2', field: 'personDays' }] });
    }
    expect((await plan(own.number)).version).toBe(p0.version);
    const combined = await p.gql(ASSIGN, { id: p0.id, v: p0.version, i: inspectorId, d: 2.5, c: 2 }, engineer);
    expect(combined.data.assignSurveillanceVisit).toMatchObject({ personDays: 2.5, cccPersonDays: 2, inspector: { id: inspectorId } });
    const alone = await plan(other.number);
    expect((await p.gql(ASSIGN, { id: alone.id, v: alone.version, i: inspectorId, d: 1, c: null }, engineer)).data.assignSurveillanceVisit.personDays).toBe(1);
  });

  it('lets only the assigned inspector record a visit with every mandatory item and a conformity check', async () => {
    const p0 = await plan(own.number);
    const second = await addInspector(p);
    expect((await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(own) }, second)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(own) }, engineer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(own, { checkedItemIds: ['4', '5', '6'], conformityModels: [] }) }, inspector);
    expect(bad.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    expect((bad.errors?.[0]?.extensions as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(['MANDATORY_ITEM_MISSING', 'CONFORMITY_CHECK_MISSING']);
    const foreign = await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(own, { conformityModels: ['NOT-A-MODEL'] }) }, inspector);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conformityModels' });
    expect((await plan(own.number)).status).toBe('PLANNED');

    const res = await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(own, { nonconformities: [{ itemId: '5', description: '功耗定期测量记录不全' }] }) }, inspector);
    expect(res.errors).toBeUndefined();
    // 60 天 (§7.1.4) are calendar days: 2026-11-25 + 60 = 2027-01-24.
    expect(res.data.recordSurveillanceVisit).toMatchObject({ status: 'RECTIFYING', visit: { visitedOn: '2026-11-25', passed: true, nonconformities: [{ itemId: '5', dueOn: '2027-01-24', rectifiedOn: null, overdue: false }] } });
    const coverage = (await p.gql(COVERAGE, { n: own.number }, engineer)).data.surveillanceCoverage;
    expect(coverage.coveredItemIds).toEqual(['1.2)', '1.3)', '2', '4', '5', '6', '9']);
    expect(coverage.uncoveredItemIds).toEqual(['1', '3', '7', '8']);
    expect((await p.gql(COVERAGE, { n: own.number }, await p.loginAs(Role.ENTERPRISE, 1))).data.surveillanceCoverage).toBeNull();
  });

  it('passes a year only with the visit rectified and the year’s sample passed; the registry shows the result and date', async () => {
    const p0 = await plan(other.number);
    const visited = (await p.gql(VISIT, { id: p0.id, v: p0.version, input: visit(other, { nonconformities: [{ itemId: '5.2.4', description: '缺少功耗测量记录' }] }) }, inspector)).data.recordSurveillanceVisit;
    const nc = visited.visit.nonconformities[0];
    expect((await p.gql(VERIFY, { id: p0.id, v: visited.version, nc: nc.id, on: '2026-11-26' }, engineer)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectifiedOn' });
    const rectified = (await p.gql(VERIFY, { id: p0.id, v: visited.version, nc: nc.id, on: '2026-11-25' }, engineer)).data.verifySurveillanceRectification;
    expect(rectified.status).toBe('VISITED');
    const early = await p.gql(EVALUATE, { id: p0.id, v: rectified.version, ok: true, note: '' }, engineer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [{ code: 'SAMPLE_RESULT_MISSING' }] });

    const lab = (await p.pool.query(`select l.id from lab l limit 1`)).rows[0].id;
    const labToken = await p.loginAs(Role.LAB);
    const taken = await p.gql(`mutation($input: SurveillanceSampleInput!) { recordSurveillanceSample(input: $input) { sample { ${SAMPLE} } warnings { code } } }`,
      { input: { planId: p0.id, purpose: 'SURVEILLANCE', available: true, modelDesignation: other.models[0], ratedCurrent: other.ratings[0], labId: lab } }, engineer);
    const sample = taken.data.recordSurveillanceSample.sample;
    const received = (await p.gql(`mutation($id: ID!, $v: Int!) { recordSampleReceived(id: $id, version: $v) { ${SAMPLE} } }`, { id: sample.id, v: sample.version }, labToken)).data.recordSampleReceived;
    await p.gql(`mutation($id: ID!, $v: Int!) { enterSurveillanceSampleResult(id: $id, version: $v, passed: true, note: "") { status } }`, { id: sample.id, v: received.version }, labToken);

    const passed = await p.gql(EVALUATE, { id: p0.id, v: rectified.version, ok: true, note: '年度监督合格' }, engineer);
    expect(passed.data.evaluateSurveillance).toMatchObject({ status: 'PASSED', concludedOn: '2026-11-25' });
    expect((await p.gql(EVALUATE, { id: p0.id, v: passed.data.evaluateSurveillance.version, ok: true, note: '' }, engineer)).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
    await p.project();
    expect((await p.gql(PUBLIC, { n: other.number })).data.certificate).toMatchObject({ status: 'VALID', latestSurveillance: { result: 'PASSED', date: '2026-11-25' } });
    // The holder was told of the visit, of its nonconformity with the 60-day deadline, and of the pass.
    const kinds = (await p.pool.query(`select kind from notice where kind like 'SURVEILLANCE_%' and body_zh like $1 order by created_at`, [`%${other.number}%`])).rows.map((r) => r.kind);
    expect(kinds).toEqual(['SURVEILLANCE_SCHEDULED', 'SURVEILLANCE_NONCONFORMITIES', 'SURVEILLANCE_PASSED']);
  });

  it('fails the year when a nonconformity is not rectified within 60 days, suspends with S3 once, and shows it publicly', async () => {
    p.clock.set(new Date('2027-01-24T12:00:00+08:00'));
    expect((await sweep(p, 'surveillance-rectification')).affected).toBe(0);
    p.clock.set(new Date('2027-01-25T09:00:00+08:00'));
    expect((await sweep(p, 'surveillance-rectification')).affected).toBe(1);
    expect((await sweep(p, 'surveillance-rectification')).affected).toBe(0);
    expect((await sweep(p, 'surveillance-year-failure')).affected).toBe(1);
    expect((await sweep(p, 'surveillance-year-failure')).affected).toBe(0);
    engineer = await p.loginAs(Role.ENGINEER);
    expect(await plan(own.number)).toMatchObject({ status: 'FAILED', failureReason: 'NONCONFORMITY_NOT_RECTIFIED', concludedOn: '2027-01-25' });
    await p.project();
    const pub = (await p.gql(PUBLIC, { n: own.number })).data.certificate;
    expect(pub).toMatchObject({ status: 'SUSPENDED', latestSurveillance: { result: 'FAILED', date: '2027-01-25' } });
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', reasonCode: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY', occurredOn: '2027-01-25', effectiveUntil: '2027-04-25' });
    const events = await p.pool.query(`select count(*)::int n from certificate_status_event e join certificate c on c.id = e.certificate_id where c.number = $1 and e.kind = 'SUSPENDED'`, [own.number]);
    expect(events.rows[0].n).toBe(1);
    expect((await p.pool.query(`select count(*)::int n from audit_event where action = 'surveillance.failed'`)).rows[0].n).toBe(1);
  });
});
