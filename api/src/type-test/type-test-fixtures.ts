import { DEMO_PASSWORD, Factory, Lab, Organisation, OrganisationKind, Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import type { TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';

/** Test helpers for the type-test track over HTTP (used by the *.test.ts files beside it). */

export const POWER_LOSS = '低压断路器 功率损耗测定（T/CEEIA 549-2021）';
export const GRADING = '低压断路器 功耗等级评定（T/CEEIA 549-2021）';
export const TEMPERATURE_RISE = '低压断路器 温升试验（GB/T 14048.2-2020 第8.3.3.3条）';

export const TT_FIELDS = `id caseId status round version startsOn samplesReceivedOn feeReceivedOn completedOn dueOn rectificationDueOn testItems
  lab { id cmaCertificateNo } samples { round designation purpose count receivedOn keyComponentConfiguration }
  results { round testItem designation measuredValue limit unit passed grade }`;

export const CASE_FIELDS = `id status version endReason models { designation grade }
  clocks { key round startedOn dueOn stoppedOn outcome paused overdue } notices { kind bodyZh }`;

const caseAct = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${CASE_FIELDS} } }`;

export const ops = {
  assign: `mutation($caseId: ID!, $labId: ID!, $items: [String!]!, $version: Int) { assignTypeTestLab(caseId: $caseId, labId: $labId, testItems: $items, version: $version) { ${TT_FIELDS} } }`,
  samples: `mutation($caseId: ID!, $version: Int!, $samples: [TestSampleInput!]!) { recordTypeTestSamples(caseId: $caseId, version: $version, samples: $samples) { ${TT_FIELDS} } }`,
  fee: `mutation($caseId: ID!, $version: Int!, $on: LocalDate!) { recordTypeTestFee(caseId: $caseId, version: $version, receivedOn: $on) { ${TT_FIELDS} } }`,
  results: `mutation($caseId: ID!, $version: Int!, $results: [TestItemResultInput!]!) { enterTypeTestResults(caseId: $caseId, version: $version, results: $results) { ${TT_FIELDS} } }`,
  conclude: `mutation($caseId: ID!, $version: Int!) { concludeTypeTestRound(caseId: $caseId, version: $version) { ${TT_FIELDS} } }`,
  retest: `mutation($caseId: ID!, $version: Int!) { startTypeTestRetest(caseId: $caseId, version: $version) { ${TT_FIELDS} } }`,
  read: `query($caseId: ID!) { typeTest(caseId: $caseId) { ${TT_FIELDS} } }`,
  readCase: `query($id: ID!) { certificationCase(id: $id) { ${CASE_FIELDS} } }`,
};

export interface Tokens { enterprise: string; engineer: string; lab: string }

/** An application of 浙江瓯能 (two models, one configuration) driven to IN_EVALUATION. */
export async function caseInEvaluation(p: TestPlatform, tokens: Tokens, series: string): Promise<{ id: string; models: string[] }> {
  const em = p.db.orm.em.fork();
  const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
  const factory = await em.findOneOrFail(Factory, { operator: ouneng });
  const models = [`${series}-250S/3300`, `${series}-250H/3300`];
  const input = {
    manufacturerId: ouneng.id, factoryId: factory.id, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker',
    series, frameCurrent: 250,
    models: models.map((designation) => ({ designation, mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [160, 250] })),
    keyComponentConfigurations: [{ label: '配置A', components: [{ type: 'MAIN_CONTACTS', material: '银碳化钨', grade: 'AgWC12', dimensions: '12×8×2.5 mm', supplier: '苏州科铂电工合金有限公司' }] }],
  };
  const created = await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${CASE_FIELDS} } }`, { input }, tokens.enterprise);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  let c = created.data.createApplication;
  c = { ...c, ...(await attachRequiredDocuments(p, tokens.enterprise, c.id)) };
  for (const [name, token] of [['submitApplication', tokens.enterprise], ['acceptApplication', tokens.engineer], ['completeDocumentReview', tokens.engineer]] as const) {
    const res = name === 'completeDocumentReview'
      ? await p.gql(completeDocumentReviewWith(CASE_FIELDS), { id: c.id, version: c.version, plan: testPlan() }, token)
      : await p.gql(caseAct(name), { id: c.id, version: c.version }, token);
    if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    c = res.data[name];
  }
  return { id: c.id, models };
}

/**
 * A type test that passes: the demo lab assigned, samples and fee received on 2 March 2026,
 * results entered on 1 April 2026 (the platform clock is set), the round concluded by the lab.
 * Returns the conclusion as the API answered it.
 */
export async function passTypeTest(p: TestPlatform, tokens: Tokens, c: { id: string; models: string[] }): Promise<{ status: string; version: number }> {
  const [representative, other] = c.models as [string, string];
  let t = ok(await p.gql(ops.assign, { caseId: c.id, labId: await demoLabId(p), items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
  t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
    { designation: representative, purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-02', keyComponentConfiguration: '配置A' },
    { designation: other, purpose: 'DIFFERENCE', count: 1, receivedOn: '2026-03-02', keyComponentConfiguration: '配置A' },
  ] }, tokens.engineer), 'recordTypeTestSamples');
  t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-02' }, tokens.engineer), 'recordTypeTestFee');
  p.clock.set(new Date('2026-04-01T02:00:00Z'));
  t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
    { testItem: POWER_LOSS, designation: representative, measuredValue: 18.2, limit: 22.5, unit: 'W', passed: true },
    { testItem: GRADING, designation: representative, measuredValue: 1, unit: '级', passed: true, grade: '1' },
    { testItem: POWER_LOSS, designation: other, measuredValue: 20.4, limit: 22.5, unit: 'W', passed: true, grade: '2' },
  ] }, tokens.lab), 'enterTypeTestResults');
  return ok(await p.gql(ops.conclude, { caseId: c.id, version: t.version }, tokens.lab), 'concludeTypeTestRound');
}

export async function demoLabId(p: TestPlatform): Promise<string> {
  return (await p.db.orm.em.fork().findOneOrFail(Lab, { cmaCertificateNo: { $like: 'DEMO-CMA%' } })).id;
}

/** A second lab with its own LAB user, made through the ORM; returns the lab id and a token. */
export async function secondLab(p: TestPlatform, cmaScope: string[]): Promise<{ labId: string; token: string }> {
  const em = p.db.orm.em.fork();
  const organisation = em.create(Organisation, {
    kind: OrganisationKind.LAB, nameZh: '浙江测试二号检验有限公司', nameEn: 'Second Test Lab', addressZh: '测试地址', addressEn: 'Test address', creditCode: null,
  });
  const lab = em.create(Lab, { organisation, cmaCertificateNo: 'TEST-CMA-2', cmaScope });
  const email = 'lab2@demo.cqc-breakers.test';
  em.create(User, { email, displayName: '第二检测机构用户', role: Role.LAB, organisation, passwordHash: await hashPassword(DEMO_PASSWORD) });
  await em.flush();
  const res = await p.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
  return { labId: lab.id, token: res.data.login.token };
}

/** Unwraps a mutation's data, failing with its errors. */
export function ok<T = any>(res: { data: any; errors?: unknown[] }, name: string): T {
  if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}
