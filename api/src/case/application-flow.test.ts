import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditStatus, Factory, Organisation, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';

const CASE_FIELDS = `id caseNo status version referenceVoltage endReason
  applicant { nameZh } models { designation grade }
  clocks { key round startedOn dueOn stoppedOn outcome paused overdue clause }
  notices { kind clause titleZh bodyZh }`;
const CREATE = `mutation($input: ApplicationInput!) { createApplication(input: $input) { ${CASE_FIELDS} } }`;
const act = (name: string, extra = '') =>
  `mutation($id: ID!, $version: Int!${extra ? `, $text: String!` : ''}) { ${name}(id: $id, version: $version${extra ? `, ${extra}: $text` : ''}) { ${CASE_FIELDS} } }`;

/** A complete, in-scope MCCB application of 浙江瓯能 (the demo ENTERPRISE user's organisation). */
function application(ids: { manufacturerId: string; factoryId: string }, models = [{ designation: 'ONM9-250S/3300', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [160, 200, 250] }]) {
  return {
    ...ids, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker', series: 'ONM9', frameCurrent: 250,
    models,
    keyComponentConfigurations: [{
      label: '配置A',
      components: [
        { type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' },
        { type: 'MAIN_CONTACTS', material: '银碳化钨', grade: 'AgWC12', dimensions: '12×8×2.5 mm', supplier: '苏州科铂电工合金有限公司' },
        { type: 'THERMAL_MAGNETIC_TRIP_UNIT', material: '热双金属', grade: '5J1580', supplier: '上海敏热双金属材料有限公司' },
      ],
    }],
  };
}

describe('an application through acceptance and document review (§3.3–§3.4) over HTTP', () => {
  let p: TestPlatform;
  let ids: { manufacturerId: string; factoryId: string };
  let enterprise: string;
  let engineer: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const factory = await em.findOneOrFail(Factory, { operator: ouneng });
    ids = { manufacturerId: ouneng.id, factoryId: factory.id };
    enterprise = await p.loginAs(Role.ENTERPRISE);
    engineer = await p.loginAs(Role.ENGINEER);
  });
  afterAll(() => p.close());

  it('runs submit → return → resubmit → accept → supplement → review complete, with clocks on working days and notices', async () => {
    // Friday 2026-02-13: the next days are the Saturday make-up day (14th) and the Spring Festival.
    p.clock.set(new Date('2026-02-13T02:00:00Z'));
    const created = await p.gql(CREATE, { input: application(ids) }, enterprise);
    expect(created.errors).toBeUndefined();
    let c = created.data.createApplication;
    expect(c).toMatchObject({ status: 'DRAFT', caseNo: expect.stringMatching(/^A2026-\d{6}$/), referenceVoltage: false });

    c = { ...c, ...(await attachRequiredDocuments(p, enterprise, c.id)) };
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, enterprise)).data.submitApplication;
    expect(c.status).toBe('SUBMITTED');
    // Two working days after Friday 13 Feb 2026: Saturday 14 (make-up day) and, after the holiday, Tuesday 24.
    expect(c.clocks).toEqual([expect.objectContaining({ key: 'ACCEPTANCE_DECISION', round: 1, startedOn: '2026-02-13', dueOn: '2026-02-24', clause: '§3.3', overdue: false })]);

    p.clock.set(new Date('2026-02-14T02:00:00Z'));
    c = (await p.gql(act('returnApplication', 'reason'), { id: c.id, version: c.version, text: '协议书缺少生产企业盖章' }, engineer)).data.returnApplication;
    expect(c.status).toBe('RETURNED');
    expect(c.notices.map((n: any) => n.kind)).toEqual(['SUBMISSION_RECEIVED', 'RETURNED']);
    expect(c.notices[1].bodyZh).toContain('协议书缺少生产企业盖章');

    p.clock.set(new Date('2026-02-24T02:00:00Z'));
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, enterprise)).data.submitApplication;
    c = (await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, engineer)).data.acceptApplication;
    expect(c.status).toBe('DOCUMENT_REVIEW');
    const review = c.clocks.find((k: any) => k.key === 'DOCUMENT_REVIEW');
    // Five working days: 25, 26, 27 Feb, Saturday 28 Feb (a make-up working day), 2 Mar.
    expect(review).toMatchObject({ startedOn: '2026-02-24', dueOn: '2026-03-02' });

    // Two working days later a supplement is requested; the applicant answers a week later.
    p.clock.set(new Date('2026-02-26T02:00:00Z'));
    c = (await p.gql(act('requestSupplement', 'items'), { id: c.id, version: c.version, text: '补充总装图' }, engineer)).data.requestSupplement;
    expect(c.clocks.find((k: any) => k.key === 'DOCUMENT_REVIEW')).toMatchObject({ paused: true, overdue: false });
    p.clock.set(new Date('2026-03-05T02:00:00Z'));
    const seen = (await p.gql(`query($id: ID!) { certificationCase(id: $id) { clocks { key paused overdue } } }`, { id: c.id }, engineer)).data.certificationCase;
    expect(seen.clocks.find((k: any) => k.key === 'DOCUMENT_REVIEW')).toMatchObject({ paused: true, overdue: false });
    c = (await p.gql(act('supplySupplement'), { id: c.id, version: c.version }, enterprise)).data.supplySupplement;
    // With 27 Feb – 5 Mar not counted (the make-up Saturday included): 25, 26 Feb, then 6, 9, 10 Mar.
    expect(c.clocks.find((k: any) => k.key === 'DOCUMENT_REVIEW')).toMatchObject({ dueOn: '2026-03-10', paused: false });

    c = (await p.gql(completeDocumentReviewWith(CASE_FIELDS), { id: c.id, version: c.version, plan: testPlan() }, engineer)).data.completeDocumentReview;
    expect(c.status).toBe('IN_EVALUATION');
    // The plan and the payment notice go out in the same instant (their order is not defined).
    expect(c.notices.map((n: any) => n.kind).slice(0, 5)).toEqual(['SUBMISSION_RECEIVED', 'RETURNED', 'SUBMISSION_RECEIVED', 'ACCEPTED', 'SUPPLEMENT_REQUESTED']);
    expect(c.notices.map((n: any) => n.kind).slice(5).sort()).toEqual(['PAYMENT_NOTICE', 'PLAN_ISSUED']);

    const audits = await p.pool.query(`select action, from_state, to_state from audit_event where aggregate_type = 'case' and aggregate_id = $1 order by id`, [c.id]);
    const attached = Array(4).fill('case.attach_document');
    expect(audits.rows.map((r) => r.action)).toEqual(['case.created', ...attached, 'case.submit', 'case.return_for_amendment', 'case.submit', 'case.accept', 'case.request_supplement', 'case.supply_supplement', 'case.complete_document_review']);
    const outbox = await p.pool.query(`select count(*)::int as n from outbox_event where aggregate_id = $1`, [c.id]);
    expect(outbox.rows[0].n).toBe(12);
  });

  it('answers malformed ids as unknown, never as a server error', async () => {
    expect((await p.gql(`{ certificationCase(id: "not-a-uuid") { id } }`, {}, engineer)).data.certificationCase).toBeNull();
    const act1 = await p.gql(act('acceptApplication'), { id: 'not-a-uuid', version: 1 }, engineer);
    expect(act1.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const create = await p.gql(CREATE, { input: { ...application(ids), factoryId: 'F330382011' } }, enterprise);
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'factoryId' });
  });

  it('refuses an illegal transition with a typed code and writes nothing', async () => {
    const c = (await p.gql(CREATE, { input: application(ids, [{ designation: 'ONM9-250H/3300', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }]) }, enterprise)).data.createApplication;
    const before = await p.pool.query(`select count(*)::int as n from audit_event`);
    const res = await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, engineer);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§3.3', status: 'DRAFT' });
    expect((await p.pool.query(`select count(*)::int as n from audit_event`)).rows[0].n).toBe(before.rows[0].n);
  });

  it('lets exactly one of two engineers acting on the same version win (optimistic locking)', async () => {
    let c = (await p.gql(CREATE, { input: application(ids, [{ designation: 'ONM9-250M/3300', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }]) }, enterprise)).data.createApplication;
    c = { ...c, ...(await attachRequiredDocuments(p, enterprise, c.id)) };
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, enterprise)).data.submitApplication;
    const [a, b] = await Promise.all([
      p.gql(act('acceptApplication'), { id: c.id, version: c.version }, engineer),
      p.gql(act('refuseApplication', 'reason'), { id: c.id, version: c.version, text: '不在范围内' }, engineer),
    ]);
    const outcomes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const audits = await p.pool.query(`select count(*)::int as n from audit_event where aggregate_id = $1 and action in ('case.accept', 'case.refuse')`, [c.id]);
    expect(audits.rows[0].n).toBe(1);
  });

  it('refuses out-of-scope models with findings per field, and flags 1000–1500 V', async () => {
    const bad = await p.gql(CREATE, { input: application(ids, [
      { designation: 'ONM9-A', mounting: 'WITHDRAWABLE', poles: 3, ratedVoltage: 400, ratedCurrents: [250] },
      { designation: 'ONM9-B', mounting: 'FIXED', poles: 2, ratedVoltage: 400, ratedCurrents: [250] },
      { designation: 'ONM9-C', mounting: 'FIXED', poles: 3, ratedVoltage: 1600, ratedCurrents: [250] },
    ]) }, enterprise);
    expect(bad.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    const fields = (bad.errors?.[0]?.extensions as any).findings.map((f: any) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['models[0].mounting', 'models[1].poles', 'models[2].ratedVoltage']));

    const reference = await p.gql(CREATE, { input: application(ids, [{ designation: 'ONM9-1200', mounting: 'FIXED', poles: 3, ratedVoltage: 1200, ratedCurrents: [250] }]) }, enterprise);
    expect(reference.errors).toBeUndefined();
    expect(reference.data.createApplication.referenceVoltage).toBe(true);
  });

  it('refuses a unit that breaks §3.1 (no model, or one model twice), writing nothing', async () => {
    const before = await p.pool.query(`select count(*)::int as n from certification_case`);
    const empty = await p.gql(CREATE, { input: application(ids, []) }, enterprise);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: expect.arrayContaining([expect.objectContaining({ code: 'UNIT_EMPTY', clause: '§3.1', field: 'models' })]) });
    const twice = await p.gql(CREATE, { input: application(ids, [
      { designation: 'ONM9-400S', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] },
      { designation: 'onm9 400s', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] },
    ]) }, enterprise);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: expect.arrayContaining([expect.objectContaining({ code: 'DESIGNATION_REPEATED', clause: '§3.1', field: 'models[1].designation' })]) });
    expect((await p.pool.query(`select count(*)::int as n from certification_case`)).rows[0].n).toBe(before.rows[0].n);
  });

  it('does not accept a case whose manufacturer is listed as seriously dishonest (§3.3)', async () => {
    let c = (await p.gql(CREATE, { input: application(ids, [{ designation: 'ONM9-SD', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }]) }, enterprise)).data.createApplication;
    c = { ...c, ...(await attachRequiredDocuments(p, enterprise, c.id)) };
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, enterprise)).data.submitApplication;
    await p.pool.query(`update organisation set credit_status = $1 where id = $2`, [CreditStatus.SERIOUSLY_DISHONEST, ids.manufacturerId]);
    try {
      const res = await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, engineer);
      expect(res.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('§3.3');
      const refused = await p.gql(act('refuseApplication', 'reason'), { id: c.id, version: c.version, text: '生产者列入严重失信主体名录' }, engineer);
      expect(refused.data.refuseApplication.status).toBe('REFUSED');
    } finally {
      await p.pool.query(`update organisation set credit_status = 'NONE' where id = $1`, [ids.manufacturerId]);
    }
  });

  it('shows an enterprise user only its own organisation’s cases, and lets no other role act for the applicant', async () => {
    const other = await p.loginAs(Role.ENTERPRISE, 1);
    const mine = (await p.gql(`{ certificationCases { id } }`, {}, enterprise)).data.certificationCases;
    expect(mine.length).toBeGreaterThan(0);
    expect((await p.gql(`{ certificationCases { id } }`, {}, other)).data.certificationCases).toEqual([]);
    expect((await p.gql(`query($id: ID!) { certificationCase(id: $id) { id } }`, { id: mine[0].id }, other)).data.certificationCase).toBeNull();
    const c = (await p.gql(`query($id: ID!) { certificationCase(id: $id) { id version status } }`, { id: mine[0].id }, enterprise)).data.certificationCase;
    const foreign = await p.gql(act('withdrawApplication', 'reason'), { id: c.id, version: c.version, text: 'x' }, other);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byEngineer = await p.gql(act('submitApplication'), { id: c.id, version: c.version }, engineer);
    expect(byEngineer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await p.gql(`{ certificationCases { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
