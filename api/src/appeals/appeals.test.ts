import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory, Organisation, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, uploadPdf } from '../../../test/support/case-steps.js';

const FIELDS = `id reference kind state caseNo certificateNumber subject filedOn acknowledgedOn investigationStartedOn investigationNote
  closedOn outcomeNote documents { id downloadPath } version`;
const FILE = `mutation($input: AppealInput!) { fileAppeal(input: $input) { ${FIELDS} } }`;
const ACK = `mutation($id: ID!, $v: Int!) { acknowledgeAppeal(id: $id, version: $v, note: "已登记") { ${FIELDS} } }`;
const INVESTIGATE = `mutation($id: ID!, $v: Int!, $note: String!) { investigateAppeal(id: $id, version: $v, note: $note) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $u: Boolean!, $r: String!) { decideAppeal(id: $id, version: $v, upheld: $u, reason: $r) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawAppeal(id: $id, version: $v, reason: "已与 CQC 沟通解决") { ${FIELDS} } }`;
const CASE = `id caseNo status version`;

type Result = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const ext = (res: Result) => res.errors?.[0]?.extensions ?? {};

describe('appeals, complaints and disputes (§13)', () => {
  let p: TestPlatform;
  let t: { holder: string; other: string; engineer: string; decider: string; admin: string };
  let refusedCaseNo: string;
  let draftCaseNo: string;
  let certificates: string[];
  let othersCertificate: string;
  const footprint = async () => Promise.all(['appeal', 'appeal_document', 'notice', 'audit_event', 'outbox_event']
    .map(async (table) => Number((await p.pool.query(`select count(*) n from ${table}`)).rows[0].n)));
  // Sessions lapse after 60 idle minutes of the fake clock: sign in again after moving it.
  const login = async () => {
    t = {
      holder: await p.loginAs(Role.ENTERPRISE), other: await p.loginAs(Role.ENTERPRISE, 1), engineer: await p.loginAs(Role.ENGINEER),
      decider: await p.loginAs(Role.DECIDER), admin: await p.loginAs(Role.ADMIN),
    };
  };
  const file = (input: Record<string, unknown>, token = t.holder) => p.gql(FILE, { input: { kind: 'APPEAL', subject: '对决定有异议', text: '理由见附件', ...input } }, token);

  beforeAll(async () => {
    p = await startTestPlatform();
    await login();
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const factory = await em.findOneOrFail(Factory, { operator: ouneng });
    const create = async (designation: string) => (await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${CASE} } }`, { input: {
      manufacturerId: ouneng.id, factoryId: factory.id, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker',
      series: 'ONM9', frameCurrent: 250, models: [{ designation, mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }],
      keyComponentConfigurations: [{ label: '配置A', components: [{ type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' }] }],
    } }, t.holder)).data.createApplication;
    // A case the engineer did not accept (§3.3): a decision the applicant may appeal.
    let c = await create('ONM9-AP1');
    c = { ...c, ...(await attachRequiredDocuments(p, t.holder, c.id)) };
    c = (await p.gql(`mutation($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${CASE} } }`, { id: c.id, v: c.version }, t.holder)).data.submitApplication;
    c = (await p.gql(`mutation($id: ID!, $v: Int!) { refuseApplication(id: $id, version: $v, reason: "资料不全且无法补正") { ${CASE} } }`, { id: c.id, v: c.version }, t.engineer)).data.refuseApplication;
    expect(c.status).toBe('REFUSED');
    refusedCaseNo = c.caseNo;
    draftCaseNo = (await create('ONM9-AP2')).caseNo;
    const { rows } = await p.pool.query(`select c.number, o.name_zh from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
      where c.status = 'VALID' order by c.number`);
    certificates = rows.filter((r) => r.name_zh.includes('瓯能')).map((r) => r.number);
    othersCertificate = rows.find((r) => !r.name_zh.includes('瓯能')).number;
  });
  afterAll(() => p?.close());

  it('files an appeal against a case decision, registers, investigates and decides it, with a notice at each step', async () => {
    const evidence = await uploadPdf(p, t.holder, 'evidence.pdf');
    const filed = await file({ caseNo: refusedCaseNo, documentIds: [evidence] });
    expect(filed.errors).toBeUndefined();
    let a = filed.data.fileAppeal;
    expect(a).toMatchObject({ reference: 'AP2026-0001', kind: 'APPEAL', state: 'FILED', caseNo: refusedCaseNo, filedOn: '2026-11-25', documents: [{ id: evidence }] });

    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, u: true, r: '成立' }, t.decider))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(ext(await p.gql(ACK, { id: a.id, v: a.version }, t.engineer))).toMatchObject({ code: 'FORBIDDEN' });
    p.clock.set(new Date('2026-11-26T10:00:00+08:00'));
    await login();
    a = (await p.gql(ACK, { id: a.id, v: a.version }, t.admin)).data.acknowledgeAppeal;
    expect(a).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedOn: '2026-11-26' });
    expect(ext(await p.gql(INVESTIGATE, { id: a.id, v: a.version, note: ' ' }, t.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    a = (await p.gql(INVESTIGATE, { id: a.id, v: a.version, note: '复核受理评审记录' }, t.admin)).data.investigateAppeal;
    expect(a).toMatchObject({ state: 'UNDER_INVESTIGATION', investigationNote: '复核受理评审记录' });

    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, u: true, r: '成立' }, t.admin))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, u: true, r: '' }, t.decider))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    // The decider took no part in the refusal: the engineer did.
    a = (await p.gql(DECIDE, { id: a.id, v: a.version, u: true, r: '补正资料可受理，重新受理' }, t.decider)).data.decideAppeal;
    expect(a).toMatchObject({ state: 'UPHELD', closedOn: '2026-11-26', outcomeNote: '补正资料可受理，重新受理' });
    expect(ext(await p.gql(WITHDRAW, { id: a.id, v: a.version }, t.holder))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });

    const notices = await p.pool.query(`select kind from notice where kind like 'APPEAL_%' order by created_at`);
    expect(notices.rows.map((r) => r.kind)).toEqual(['APPEAL_FILED', 'APPEAL_ACKNOWLEDGED', 'APPEAL_UNDER_INVESTIGATION', 'APPEAL_UPHELD']);
    const audit = await p.pool.query(`select action, actor_role from audit_event where aggregate_type = 'appeal' order by occurred_at`);
    expect(audit.rows.map((r) => r.action)).toEqual(['appeal.filed', 'appeal.acknowledge', 'appeal.investigate', 'appeal.decide']);
    expect(Number((await p.pool.query(`select count(*) n from outbox_event where type = 'appeal.changed'`)).rows[0].n)).toBe(4);

    // The holder follows it; another enterprise sees nothing of it.
    expect((await p.gql(`{ appeals { reference state } }`, {}, t.holder)).data.appeals).toEqual([{ reference: 'AP2026-0001', state: 'UPHELD' }]);
    expect((await p.gql(`{ appeals { reference } }`, {}, t.other)).data.appeals).toEqual([]);
    expect(ext(await p.gql(`query($id: ID!) { appeal(id: $id) { id } }`, { id: a.id }, t.other))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a decider who acted on the certificate from deciding the appeal against it; the holder may withdraw', async () => {
    await login();
    const [n] = certificates as [string];
    const version = (await p.gql(`query($n: String!) { certificateRecord(number: $n) { version } }`, { n }, t.decider)).data.certificateRecord.version;
    const suspended = await p.gql(`mutation($n: String!, $v: Int!) { suspendCertificate(number: $n, version: $v, reasonCode: "S4", causeCode: "OTHER",
      publicReasonZh: "标志使用需调查", publicReasonEn: "Mark use under investigation") { status } }`, { n, v: version }, t.decider);
    expect(suspended.data.suspendCertificate.status).toBe('SUSPENDED');
    let a = (await file({ certificateNumber: n, subject: '对暂停决定有异议' })).data.fileAppeal;
    a = (await p.gql(ACK, { id: a.id, v: a.version }, t.admin)).data.acknowledgeAppeal;
    a = (await p.gql(INVESTIGATE, { id: a.id, v: a.version, note: '核查标志使用情况' }, t.admin)).data.investigateAppeal;
    const before = await footprint();
    const refused = ext(await p.gql(DECIDE, { id: a.id, v: a.version, u: false, r: '维持暂停' }, t.decider));
    expect(refused).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'DECIDER_INVOLVED', clause: '§13' })] });
    expect(await footprint()).toEqual(before);
    expect(ext(await p.gql(WITHDRAW, { id: a.id, v: a.version }, t.other))).toMatchObject({ code: 'FORBIDDEN' });
    a = (await p.gql(WITHDRAW, { id: a.id, v: a.version }, t.holder)).data.withdrawAppeal;
    expect(a).toMatchObject({ state: 'WITHDRAWN', outcomeNote: '已与 CQC 沟通解决', certificateNumber: n });
    expect((await p.pool.query(`select count(*) n from notice where kind = 'APPEAL_WITHDRAWN'`)).rows[0].n).toBe('1');
  });

  it('refuses filings that break the rules with typed errors and writes nothing; complaints and disputes need no decision', async () => {
    await login();
    const othersDocument = await uploadPdf(p, t.other);
    const before = await footprint();
    expect(ext(await file({}))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'APPEAL_NEEDS_DECISION', field: 'caseNo' })] });
    expect(ext(await file({ caseNo: draftCaseNo }))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'CASE_NOT_DECIDED' })] });
    expect(ext(await file({ certificateNumber: othersCertificate }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await file({ caseNo: refusedCaseNo, certificateNumber: certificates[1] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateNumber' });
    expect(ext(await file({ caseNo: 'A2099-000000' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseNo' });
    expect(ext(await file({ kind: 'COMPLAINT', subject: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect(ext(await file({ kind: 'COMPLAINT', documentIds: [othersDocument] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentIds[0]' });
    expect(ext(await file({ kind: 'COMPLAINT' }, t.engineer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(FILE, { input: { kind: 'COMPLAINT', subject: 's', text: 't' } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await footprint()).toEqual(before);

    const complaint = (await file({ kind: 'COMPLAINT', subject: '检查员未按约定时间到场', text: '详见说明' })).data.fileAppeal;
    expect(complaint).toMatchObject({ kind: 'COMPLAINT', state: 'FILED', caseNo: null, certificateNumber: null, reference: 'AP2026-0003' });
    const dispute = (await file({ kind: 'DISPUTE', certificateNumber: certificates[1], subject: '对检测结果存在技术争议' })).data.fileAppeal;
    expect(dispute).toMatchObject({ kind: 'DISPUTE', certificateNumber: certificates[1] });
    const open = (await p.gql(`query { appeals(state: FILED) { reference } }`, {}, t.admin)).data.appeals;
    expect(open.map((x: { reference: string }) => x.reference)).toEqual([dispute.reference, complaint.reference]);
  });
});
