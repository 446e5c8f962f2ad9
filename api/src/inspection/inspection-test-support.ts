import { DEMO_PASSWORD, Factory, Organisation, Role, User, type InspectionConclusion } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import type { TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';

/** Test helpers for the inspection track over HTTP (not a test file itself). */

export const INSPECTION_FIELDS = `id caseId caseNo caseStatus status version openedOn proposedCertificateNumber exemptionAccepted exemptionReason
  coveringCertificateNumber exemptionDecidedOn inspector { id displayName } personDays taskIssuedOn plannedFrom plannedTo visitOn reportedOn conclusion summary
  internalNote completedOn taskDueOn reportDueOn rectificationDueOn verificationInspector { id displayName } verificationPlannedOn
  checklist { itemId checklist clause result note }
  nonconformities { id itemId clause description raisedOn rectifiedOn verifiedOn verifiedBy { displayName } verificationMethod }`;

export const INSPECTION = `query($caseId: ID!) { factoryInspection(caseId: $caseId) { ${INSPECTION_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $version: Int!, $accept: Boolean!, $reason: String!) {
  decideInspectionExemption(id: $id, version: $version, accept: $accept, reason: $reason) { ${INSPECTION_FIELDS} } }`;
export const ISSUE = `mutation($id: ID!, $version: Int!, $inspectorId: ID!, $personDays: Float!, $plannedFrom: LocalDate, $plannedTo: LocalDate) {
  issueInspectionTask(id: $id, version: $version, inspectorId: $inspectorId, personDays: $personDays, plannedFrom: $plannedFrom, plannedTo: $plannedTo) { ${INSPECTION_FIELDS} } }`;
export const CHANGE = `mutation($id: ID!, $version: Int!, $inspectorId: ID!, $personDays: Float!, $plannedFrom: LocalDate, $plannedTo: LocalDate, $reason: String!) {
  changeInspectionTask(id: $id, version: $version, inspectorId: $inspectorId, personDays: $personDays, plannedFrom: $plannedFrom, plannedTo: $plannedTo, reason: $reason) {
    ${INSPECTION_FIELDS} } }`;
export const ARRANGE = `mutation($id: ID!, $version: Int!, $inspectorId: ID!, $plannedOn: LocalDate!) {
  arrangeOnSiteVerification(id: $id, version: $version, inspectorId: $inspectorId, plannedOn: $plannedOn) { ${INSPECTION_FIELDS} } }`;
export const VERIFY_ON_SITE = `mutation($id: ID!, $version: Int!, $ids: [ID!]!, $rectifiedOn: LocalDate!, $note: String!) {
  verifyInspectionRectification(id: $id, version: $version, nonconformityIds: $ids, rectifiedOn: $rectifiedOn, note: $note, method: ON_SITE) { ${INSPECTION_FIELDS} } }`;
export const REPORT = `mutation($id: ID!, $version: Int!, $input: InspectionReportInput!) {
  recordInspectionReport(id: $id, version: $version, input: $input) { ${INSPECTION_FIELDS} } }`;
export const VERIFY = `mutation($id: ID!, $version: Int!, $ids: [ID!]!, $rectifiedOn: LocalDate!, $note: String!) {
  verifyInspectionRectification(id: $id, version: $version, nonconformityIds: $ids, rectifiedOn: $rectifiedOn, note: $note) { ${INSPECTION_FIELDS} } }`;

const CASE_FIELDS = 'id version status clocks { key round startedOn dueOn stoppedOn outcome } notices { kind bodyZh }';
const act = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${CASE_FIELDS} } }`;

/** Every checklist item of the demo scheme, CONFORMS unless overridden. */
export const QA_ITEMS = ['1', '1.2)', '1.3)', '2', '3', '4', '5', '6', '7', '8', '9'];
export const CONFORMITY_ITEMS = ['5.2.2-1', '5.2.2-2', '5.2.2-3', '5.2.4'];

export function report(conclusion: `${InspectionConclusion}`, visitOn: string, overrides: Record<string, { result: string; note?: string }> = {}, nonconformities: { itemId: string; description: string }[] = []) {
  return {
    visitOn, conclusion, summary: conclusion === 'PASS' ? '质量保证能力和产品一致性符合要求' : '发现不符合项', internalNote: '检查组内部备注：企业配合良好',
    checklist: [...QA_ITEMS, ...CONFORMITY_ITEMS].map((itemId) => ({ itemId, result: 'CONFORMS', ...overrides[itemId] })),
    nonconformities,
  };
}

/** A new factory of 瓯能 that holds no certificate, made through the ORM. */
export async function newFactory(p: TestPlatform, code: string): Promise<string> {
  const em = p.db.orm.em.fork();
  const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
  const factory = em.create(Factory, {
    operator: ouneng, factoryCode: code, nameZh: `浙江瓯能电气有限公司${code}工厂`, nameEn: `Zhejiang Ouneng ${code} plant`,
    addressZh: '浙江省乐清市柳市镇', addressEn: 'Liushi, Yueqing, Zhejiang',
  });
  await em.flush();
  return factory.id;
}

/** A second inspector of the certification body; `signIn` gives a fresh token (sessions follow the test clock). */
export async function secondInspector(p: TestPlatform): Promise<{ id: string; signIn: () => Promise<string> }> {
  const em = p.db.orm.em.fork();
  const first = await em.findOneOrFail(User, { role: Role.INSPECTOR }, { populate: ['organisation'] });
  const user = em.create(User, {
    email: 'inspector2@demo.example', displayName: '钱思远（检查员）', role: Role.INSPECTOR, organisation: first.organisation,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  await em.flush();
  const signIn = async () => {
    const res = await p.gql(`mutation($e: String!, $pw: String!) { login(email: $e, password: $pw) { token } }`, { e: user.email, pw: DEMO_PASSWORD });
    return res.data.login.token as string;
  };
  return { id: user.id, signIn };
}

export async function userId(p: TestPlatform, role: Role): Promise<string> {
  return (await p.db.orm.em.fork().findOneOrFail(User, { role }, { orderBy: { email: 'asc' } })).id;
}

/**
 * An MCCB application of 瓯能 for `factoryId`, driven to IN_EVALUATION on the clock's current
 * day (create → submit → accept → document review complete), as application-flow.test.ts does.
 */
export async function caseInEvaluation(p: TestPlatform, tokens: { enterprise: string; engineer: string }, factoryId: string, designation: string) {
  const em = p.db.orm.em.fork();
  const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
  const input = {
    manufacturerId: ouneng.id, factoryId, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker',
    series: 'ONM9', frameCurrent: 250,
    models: [{ designation, mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }],
    keyComponentConfigurations: [{
      label: '配置A',
      components: [{ type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' }],
    }],
  };
  const created = await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${CASE_FIELDS} } }`, { input }, tokens.enterprise);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  let c = created.data.createApplication;
  c = { ...c, ...(await attachRequiredDocuments(p, tokens.enterprise, c.id)) };
  c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, tokens.enterprise)).data.submitApplication;
  c = (await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer)).data.acceptApplication;
  const done = await p.gql(completeDocumentReviewWith(CASE_FIELDS), { id: c.id, version: c.version, plan: testPlan() }, tokens.engineer);
  if (done.errors) throw new Error(JSON.stringify(done.errors));
  return done.data.completeDocumentReview as { id: string; version: number; status: string };
}

export async function caseView(p: TestPlatform, caseId: string, token: string) {
  return (await p.gql(`query($id: ID!) { certificationCase(id: $id) { ${CASE_FIELDS} } }`, { id: caseId }, token)).data.certificationCase;
}
