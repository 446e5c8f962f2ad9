import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory, Organisation, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';
import { GRADING, POWER_LOSS, caseInEvaluation, demoLabId, ok, ops, type Tokens } from '../type-test/type-test-fixtures.js';

const FIELDS = `id status version clocks { key startedOn dueOn stoppedOn paused } notices { kind clause bodyZh bodyEn }
  plan { feeEstimateYuan sampleRequirements labId labName contactPerson notes issuedOn feePaidOn }`;
const PAY = `mutation($caseId: ID!, $version: Int!, $paidOn: LocalDate!) { recordFeePayment(caseId: $caseId, version: $version, paidOn: $paidOn) { ${FIELDS} } }`;
const READ = `query($id: ID!) { certificationCase(id: $id) { ${FIELDS} } }`;
const act = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${FIELDS} } }`;

describe('the certification plan (§3.4) and the fee payment (§6.3), over HTTP', () => {
  let p: TestPlatform;
  let tokens: Tokens;
  let labId: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    labId = await demoLabId(p);
  });
  afterAll(() => p.close());
  const read = async (id: string) => (await p.gql(READ, { id }, tokens.engineer)).data.certificationCase;

  it('refuses to complete the document review without a well-formed plan, then stores it and sends the plan and payment notices', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const factory = await em.findOneOrFail(Factory, { operator: ouneng });
    const input = {
      manufacturerId: ouneng.id, factoryId: factory.id, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'MCCB', series: 'ONM5', frameCurrent: 250,
      models: [{ designation: 'ONM5-250', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }],
      keyComponentConfigurations: [{ label: 'A', components: [{ type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' }] }],
    };
    let c = ok(await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${FIELDS} } }`, { input }, tokens.enterprise), 'createApplication');
    c = { ...c, ...(await attachRequiredDocuments(p, tokens.enterprise, c.id)) };
    c = ok(await p.gql(act('submitApplication'), { id: c.id, version: c.version }, tokens.enterprise), 'submitApplication');
    c = ok(await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer), 'acceptApplication');

    const review = completeDocumentReviewWith(FIELDS);
    for (const [plan, field] of [
      [testPlan('12,800'), 'plan.feeEstimateYuan'], [testPlan('0'), 'plan.feeEstimateYuan'], [testPlan('1.234'), 'plan.feeEstimateYuan'],
      [{ ...testPlan(), contactPerson: ' ' }, 'plan.contactPerson'], [{ ...testPlan(), labId: '00000000-0000-0000-0000-000000000000' }, 'plan.labId'],
    ] as const) {
      const res = await p.gql(review, { id: c.id, version: c.version, plan }, tokens.engineer);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const withoutPlan = await p.gql(act('completeDocumentReview'), { id: c.id, version: c.version }, tokens.engineer);
    expect(withoutPlan.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await read(c.id)).status).toBe('DOCUMENT_REVIEW');
    expect((await p.pool.query(`select count(*)::int as n from certification_plan`)).rows[0].n).toBe(0);

    c = ok(await p.gql(review, { id: c.id, version: c.version, plan: { ...testPlan('12800.5'), labId, notes: '样品随附说明书' } }, tokens.engineer), 'completeDocumentReview');
    expect(c.status).toBe('IN_EVALUATION');
    expect(c.plan).toMatchObject({
      feeEstimateYuan: '12800.50', sampleRequirements: testPlan().sampleRequirements, labId, labName: expect.any(String), contactPerson: '王工',
      notes: '样品随附说明书', issuedOn: '2026-03-02', feePaidOn: null,
    });
    const plan = c.notices.find((n: any) => n.kind === 'PLAN_ISSUED');
    const payment = c.notices.find((n: any) => n.kind === 'PAYMENT_NOTICE');
    expect(plan.bodyZh).toContain('预估认证费用：12800.50 元');
    expect(plan.bodyEn).toContain('CNY 12800.50');
    expect(payment).toMatchObject({ clause: '§6.3' });
    expect(payment.bodyZh).toContain('12800.50 元');
    const { rows } = await p.pool.query(`select fee_estimate_yuan, issued_on::text, lab_id from certification_plan where certification_case_id = $1`, [c.id]);
    expect(rows).toEqual([{ fee_estimate_yuan: '12800.50', issued_on: '2026-03-02', lab_id: labId }]);
    // The applicant sees the plan too.
    expect((await p.gql(READ, { id: c.id }, tokens.enterprise)).data.certificationCase.plan.feeEstimateYuan).toBe('12800.50');
  });

  it('leaves the time to pay out of the certificate issue limit when the fee is paid after the test completed', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'FEE');
    const [representative, other] = c.models as [string, string];
    let t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
    p.clock.set(new Date('2026-03-12T02:00:00Z'));
    t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: representative, purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-12', keyComponentConfiguration: '配置A' },
      { designation: other, purpose: 'DIFFERENCE', count: 1, receivedOn: '2026-03-12', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-12' }, tokens.engineer), 'recordTypeTestFee');
    p.clock.set(new Date('2026-04-20T02:00:00Z'));
    t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
      { testItem: POWER_LOSS, designation: representative, measuredValue: 18.25, limit: 22.5, unit: 'W', passed: true },
      { testItem: GRADING, designation: representative, measuredValue: 1, unit: '级', passed: true, grade: '1' },
      { testItem: POWER_LOSS, designation: other, measuredValue: 21.1, limit: 22.5, unit: 'W', passed: true, grade: '2' },
    ] }, tokens.lab), 'enterTypeTestResults');
    ok(await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab), 'concludeTypeTestRound');
    let kase = await read(c.id);
    expect(kase.clocks.find((k: any) => k.key === 'CERTIFICATE_ISSUE')).toMatchObject({ startedOn: '2026-04-20', dueOn: '2026-05-20', stoppedOn: null });

    p.clock.set(new Date('2026-05-06T02:00:00Z'));
    const code = (res: any) => res.errors?.[0]?.extensions;
    expect(code(await p.gql(PAY, { caseId: c.id, version: kase.version, paidOn: '2026-04-30' }, tokens.enterprise))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await p.gql(PAY, { caseId: c.id, version: kase.version, paidOn: '2026-05-07' }, tokens.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });
    expect(code(await p.gql(PAY, { caseId: c.id, version: kase.version, paidOn: '2026-03-01' }, tokens.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });

    // Notice on 2 March, test complete on 20 April, paid on 30 April: 21–30 April are not counted,
    // so the 30 calendar days end on 30 May instead of 20 May.
    kase = ok(await p.gql(PAY, { caseId: c.id, version: kase.version, paidOn: '2026-04-30' }, tokens.engineer), 'recordFeePayment');
    expect(kase.plan.feePaidOn).toBe('2026-04-30');
    expect(kase.clocks.find((k: any) => k.key === 'CERTIFICATE_ISSUE')).toMatchObject({ startedOn: '2026-04-20', dueOn: '2026-05-30', stoppedOn: null, paused: false });
    const { rows } = await p.pool.query(`select pauses, due_on::text from case_clock where certification_case_id = $1 and key = 'CERTIFICATE_ISSUE'`, [c.id]);
    expect(rows).toEqual([{ pauses: [{ from: '2026-04-20', to: '2026-04-30', reason: 'FEE_PAYMENT' }], due_on: '2026-05-30' }]);
    expect(code(await p.gql(PAY, { caseId: c.id, version: kase.version, paidOn: '2026-05-01' }, tokens.engineer))).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§6.3' });
    const audit = await p.pool.query(`select payload from audit_event where aggregate_id = $1 and action = 'case.record_fee_payment'`, [c.id]);
    expect(audit.rows[0].payload).toMatchObject({ paidOn: '2026-04-30', pausedClocks: ['CERTIFICATE_ISSUE'] });
  });

  it('pauses nothing when the fee is paid before the test completes', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'FEE2');
    p.clock.set(new Date('2026-03-09T02:00:00Z'));
    const before = await read(c.id);
    const paid = ok(await p.gql(PAY, { caseId: c.id, version: before.version, paidOn: '2026-03-05' }, tokens.engineer), 'recordFeePayment');
    expect(paid.plan.feePaidOn).toBe('2026-03-05');
    expect(paid.clocks.find((k: any) => k.key === 'CERTIFICATE_ISSUE')).toBeUndefined();
    const { rows } = await p.pool.query(`select count(*)::int as n from case_clock where certification_case_id = $1 and pauses::text like '%FEE_PAYMENT%'`, [c.id]);
    expect(rows[0].n).toBe(0);
  });
});
