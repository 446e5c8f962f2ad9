import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { uploadPdf } from '../../../test/support/case-steps.js';
import { code, ext, footprint, ops } from './change-test-support.js';

type Certificate = { number: string; version: number; currentVersionNo: number; status: string; applicant: { nameZh: string }; productNameZh: string;
  keyComponentConfigurations: Array<{ label: string; components: Array<Record<string, string | null>> }> };

describe('certificate variation over HTTP (§8.2)', () => {
  let p: TestPlatform;
  let t: Record<'enterprise' | 'other' | 'engineer' | 'decider' | 'reviewer' | 'lab', string>;
  let mine: Certificate[];

  const certificate = async (n: string): Promise<Certificate> => (await p.gql(ops.certificate, { n }, t.decider)).data.changeableCertificate;
  const count = async (sql: string, params: unknown[] = []) => Number((await p.pool.query(sql, params)).rows[0].n);
  async function login() {
    t = {
      enterprise: await p.loginAs(Role.ENTERPRISE), other: await p.loginAs(Role.ENTERPRISE, 1), engineer: await p.loginAs(Role.ENGINEER),
      decider: await p.loginAs(Role.DECIDER), reviewer: await p.loginAs(Role.REVIEWER), lab: await p.loginAs(Role.LAB),
    };
  }
  /** The first key-component configuration of a certificate with one supplier changed: a §4.3 key-component variation. */
  function newSupplier(c: Certificate, supplier: string) {
    const [first] = c.keyComponentConfigurations;
    return [{ label: first!.label, components: first!.components.map((k, i) => (i === 0 ? { ...k, supplier } : k)) }];
  }
  async function vary(c: Certificate, input: Record<string, unknown>, token = t.enterprise) {
    const documents = 'documents' in input ? input.documents : [{ documentId: await uploadPdf(p, token), documentType: 'VARIATION_EVIDENCE' }];
    return p.gql(ops.vary, { input: { number: c.number, certificateVersion: c.version, descriptionZh: '主触头供应商变更', ...input, documents } }, token);
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    await login();
    mine = ((await p.gql(ops.mine, {}, t.enterprise)).data.changeableCertificates as Certificate[])
      .filter((c) => c.status === 'VALID' && c.keyComponentConfigurations.length > 0);
  });
  afterAll(() => p?.close());

  it('lists the holder its own certificates only, with the current contents', async () => {
    const others = (await p.gql(ops.mine, {}, t.other)).data.changeableCertificates as Certificate[];
    expect(mine.length).toBeGreaterThan(2);
    expect(new Set(mine.map((c) => c.applicant.nameZh))).toEqual(new Set(['浙江瓯能电气有限公司']));
    expect(others.some((c) => mine.some((m) => m.number === c.number))).toBe(false);
    expect(code(await p.gql(ops.mine, {}, t.engineer))).toBe('FORBIDDEN');
    expect((await p.gql(ops.certificate, { n: mine[0]!.number }, t.other)).data.changeableCertificate).toBeNull();
  });

  it('changes key components only on approval: a new version with the same number and the change date, in the registry', async () => {
    const c = mine[0]!;
    const registryBefore = (await p.gql(ops.publicCertificate, { n: c.number })).data.certificate;
    const requested = await vary(c, { areas: ['KEY_COMPONENTS'], keyComponentConfigurations: newSupplier(c, '温州新触点材料有限公司') });
    expect(requested.errors).toBeUndefined();
    const r = requested.data.requestCertificateVariation;
    expect(r).toMatchObject({ kind: 'VARIATION', status: 'SUBMITTED', certificateNumber: c.number, areas: ['KEY_COMPONENTS'] });
    expect(r.documents).toEqual([expect.objectContaining({ documentType: 'VARIATION_EVIDENCE' })]);

    // Not in force while the request runs: the unit, the current version and the registry keep the certified components.
    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: true, note: '触头材料供应商变更需送样检验' } }, t.engineer)).data.assessCertificateChange;
    expect(assessed).toMatchObject({ status: 'TESTING', testingRequired: true });
    expect((await certificate(c.number)).keyComponentConfigurations).toEqual(c.keyComponentConfigurations);
    await p.project();
    expect((await p.gql(ops.publicCertificate, { n: c.number })).data.certificate).toEqual(registryBefore);

    const tested = (await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { testOutcome: 'PASSED', note: '功耗检验合格' } }, t.engineer)).data.recordCertificateChangeTests;
    expect(tested).toMatchObject({ status: 'AWAITING_DECISION', testOutcome: 'PASSED' });

    // The decision comes a week later: that is the change date printed on the reissued certificate.
    p.clock.set(new Date('2026-12-02T10:00:00+08:00'));
    await login();
    const before = await certificate(c.number);
    const approved = await p.gql(ops.approve, { id: r.id, v: tested.version, cv: before.version }, t.decider);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveCertificateChange).toMatchObject({ status: 'APPROVED', resultingVersionNo: c.currentVersionNo + 1, decidedOn: '2026-12-02' });

    const after = await certificate(c.number);
    expect(after).toMatchObject({ number: c.number, currentVersionNo: c.currentVersionNo + 1, issuedOn: '2026-12-02', status: 'VALID' });
    expect(after.keyComponentConfigurations[0]!.components[0]!.supplier).toBe('温州新触点材料有限公司');
    const { rows: [version] } = await p.pool.query(
      `select v.kind, v.issued_on::text, v.change_summary_zh, v.snapshot from certificate_version v join certificate c on c.id = v.certificate_id where c.number = $1 and v.version_no = $2`,
      [c.number, c.currentVersionNo + 1]);
    expect(version).toMatchObject({ kind: 'VARIATION', issued_on: '2026-12-02' });
    expect(version.change_summary_zh).toContain('温州新触点材料有限公司');
    expect(version.snapshot.issuedOn).toBe('2026-12-02');
    expect(version.snapshot.keyComponentConfigurations[0].components[0].supplier).toBe('温州新触点材料有限公司');
    expect(await count(`select count(*) n from outbox_event where type = 'certificate.version-issued' and aggregate_type = 'certificate' and payload->>'certificateNumber' = $1`, [c.number])).toBe(1);
    expect(await count(`select count(*) n from audit_event where aggregate_type = 'certificate-change' and aggregate_id = $1`, [r.id])).toBe(4);
    const notices = (await p.pool.query(`select kind from notice where case_id is null and body_zh like $1 and kind like 'CERTIFICATE_CHANGE_%' order by created_at`, [`%${c.number}%`])).rows.map((n) => n.kind);
    expect(notices).toEqual(['CERTIFICATE_CHANGE_RECEIVED', 'CERTIFICATE_CHANGE_ASSESSED', 'CERTIFICATE_CHANGE_TESTED', 'CERTIFICATE_CHANGE_APPROVED']);

    await p.project();
    const pub = (await p.gql(ops.publicCertificate, { n: c.number })).data.certificate;
    expect(pub).toMatchObject({ number: c.number, issuedOn: '2026-12-02', currentVersionNo: c.currentVersionNo + 1 });
    expect(pub.versions.at(-1)).toMatchObject({ kind: 'VARIATION', issuedOn: '2026-12-02', changeSummaryZh: expect.stringContaining('温州新触点材料有限公司') });
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'VARIED', fromStatus: 'VALID', toStatus: 'VALID', occurredOn: '2026-12-02', versionNo: c.currentVersionNo + 1 });
    expect(pub.keyComponentConfigurations[0].components[0].supplier).toBe('温州新触点材料有限公司');
  });

  it('confirms a content change on the documents without testing; the new version prints the new name', async () => {
    const c = mine[1]!;
    const r = (await vary(c, { areas: ['CONTENT'], applicant: { nameZh: '浙江瓯能智能电气股份有限公司' }, productNameZh: '塑壳断路器' })).data.requestCertificateVariation;
    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false } }, t.engineer)).data.assessCertificateChange;
    expect(assessed).toMatchObject({ status: 'AWAITING_DECISION', testingRequired: false, testOutcome: null });
    const approved = (await p.gql(ops.approve, { id: r.id, v: assessed.version, cv: c.version }, t.decider)).data.approveCertificateChange;
    expect(approved.status).toBe('APPROVED');
    const { rows: [v] } = await p.pool.query(`select v.change_summary_en, v.snapshot from certificate_version v join certificate c on c.id = v.certificate_id and v.version_no = c.current_version_no where c.number = $1`, [c.number]);
    expect(v.snapshot.applicant.nameZh).toBe('浙江瓯能智能电气股份有限公司');
    expect(v.snapshot.productNameZh).toBe('塑壳断路器');
    expect(v.change_summary_en).toContain('Applicant name (zh)');
    expect((await certificate(c.number)).productNameZh).toBe('塑壳断路器');
    // The public registry prints the parties as the current version states them.
    await p.project();
    const pub = (await p.gql(`query($n: String!) { certificate(number: $n) { applicant { nameZh } } }`, { n: c.number })).data.certificate;
    expect(pub.applicant.nameZh).toBe('浙江瓯能智能电气股份有限公司');
  });

  it('refuses bad requests with typed errors and writes nothing', async () => {
    const c = mine[2]!;
    const before = await footprint(p);
    const noEvidence = await vary(c, { areas: ['KEY_COMPONENTS'], keyComponentConfigurations: newSupplier(c, '某供应商'), documents: [] });
    expect(ext(noEvidence)).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'DOCUMENT_MISSING', field: 'documents' })] });
    const [config] = newSupplier(c, '某供应商');
    const incomplete = await vary(c, { areas: ['KEY_COMPONENTS'], keyComponentConfigurations: [{ label: config!.label, components: [{ type: 'MAIN_CONTACTS', supplier: '某供应商', material: 'AgW' }] }] });
    expect(ext(incomplete).code).toBe('RULE_VIOLATION');
    expect((ext(incomplete).findings as Array<{ field: string; clause: string }>).map((f) => f.field)).toEqual(
      expect.arrayContaining(['keyComponentConfigurations[0].components[0].grade', 'keyComponentConfigurations[0].components[0].dimensions']));
    const noAreas = await vary(c, { areas: [], productNameZh: '新名称' });
    expect((ext(noAreas).findings as Array<{ code: string }>).map((f) => f.code)).toEqual(['AREAS_MISSING', 'AREA_NOT_NAMED']);
    expect(code(await vary({ ...c, version: c.version + 5 }, { areas: ['CONTENT'], productNameZh: '新名称' }))).toBe('CONFLICT');
    const foreignDocument = await vary(c, { areas: ['CONTENT'], productNameZh: '新名称', documents: [{ documentId: await uploadPdf(p, t.other), documentType: 'VARIATION_EVIDENCE' }] });
    expect(ext(foreignDocument)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0].documentId' });
    expect(ext(await vary(c, { areas: ['CONTENT'], productNameZh: '新名称', descriptionZh: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'descriptionZh' });
    // Uploads are not part of the request: only the two documents above were stored.
    expect({ ...(await footprint(p)) }).toEqual(before);
  });

  it('lets only the holder request, only engineers evaluate and only deciders decide', async () => {
    const c = mine[2]!;
    const input = { areas: ['CONTENT'], productNameZh: '断路器（新）' };
    expect(code(await vary(c, input, t.other))).toBe('FORBIDDEN');
    for (const role of ['engineer', 'decider', 'reviewer', 'lab'] as const) expect(code(await vary(c, { ...input, documents: [] }, t[role]))).toBe('FORBIDDEN');
    expect(code(await p.gql(ops.vary, { input: { number: c.number, certificateVersion: c.version, areas: ['CONTENT'], descriptionZh: 'x', documents: [] } }))).toBe('UNAUTHENTICATED');

    const r = (await vary(c, input)).data.requestCertificateVariation;
    for (const token of [t.enterprise, t.decider, t.reviewer, t.other]) {
      expect(code(await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false } }, token))).toBe('FORBIDDEN');
    }
    expect((await p.gql(ops.request, { id: r.id }, t.other)).data.certificateChangeRequest).toBeNull();
    expect((await p.gql(ops.list, {}, t.other)).data.certificateChangeRequests.some((x: { id: string }) => x.id === r.id)).toBe(false);
    expect((await p.gql(ops.list, { s: 'SUBMITTED' }, t.engineer)).data.certificateChangeRequests.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await p.gql(ops.request, { id: r.id }, t.lab)).data.certificateChangeRequest).toBeNull();

    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false } }, t.engineer)).data.assessCertificateChange;
    expect(code(await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false } }, t.engineer))).toBe('CONFLICT');
    expect(code(await p.gql(ops.assess, { id: r.id, v: assessed.version, input: { testingRequired: false } }, t.engineer))).toBe('ILLEGAL_TRANSITION');
    for (const token of [t.enterprise, t.engineer, t.reviewer]) expect(code(await p.gql(ops.approve, { id: r.id, v: assessed.version, cv: c.version }, token))).toBe('FORBIDDEN');
    // A stale certificate version: someone changed the certificate since the decider read it.
    expect(code(await p.gql(ops.approve, { id: r.id, v: assessed.version, cv: c.version - 1 }, t.decider))).toBe('CONFLICT');
    // The engineer who evaluated it, later a decider, still may not decide it.
    const engineer = p.batch.users.find((u) => u.role === Role.ENGINEER)!;
    await p.pool.query(`update app_user set role = 'DECIDER' where email = $1`, [engineer.email]);
    const promoted = (await p.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: engineer.email, p: DEMO_PASSWORD })).data.login.token;
    expect(ext(await p.gql(ops.reject, { id: r.id, v: assessed.version, r: '资料不全' }, promoted))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'EVALUATOR_MAY_NOT_DECIDE' })] });
    await p.pool.query(`update app_user set role = 'ENGINEER' where email = $1`, [engineer.email]);

    const rejected = (await p.gql(ops.reject, { id: r.id, v: assessed.version, r: '变更证明文件与申请内容不符' }, t.decider)).data.rejectCertificateChange;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: '变更证明文件与申请内容不符', resultingVersionNo: null });
    expect(await certificate(c.number)).toMatchObject({ currentVersionNo: c.currentVersionNo, productNameZh: c.productNameZh });
    expect(await count(`select count(*) n from notice where kind = 'CERTIFICATE_CHANGE_REJECTED' and body_zh like $1`, [`%${c.number}%变更证明文件与申请内容不符%`])).toBe(1);
  });

  it('holds a change with on-site verification only until the visit is recorded, and refuses it when the visit failed', async () => {
    const c = mine[4]!;
    const r = (await vary(c, { areas: ['APPEARANCE'], descriptionZh: '面板外形调整' })).data.requestCertificateVariation;
    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false, onSiteVerificationRequired: true } }, t.engineer)).data.assessCertificateChange;
    expect(assessed).toMatchObject({ status: 'TESTING', testingRequired: false, onSiteVerificationRequired: true });
    expect(ext(await p.gql(ops.tests, { id: r.id, v: assessed.version, input: {} }, t.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onSiteVerificationPassed' });
    const visited = (await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { onSiteVerificationPassed: false } }, t.engineer)).data.recordCertificateChangeTests;
    expect(visited).toMatchObject({ status: 'AWAITING_DECISION', testOutcome: 'FAILED', onSiteVerificationPassed: false });
    expect(code(await p.gql(ops.approve, { id: r.id, v: visited.version, cv: c.version }, t.decider))).toBe('RULE_VIOLATION');
  });

  it('does not approve a failed test; a suspended certificate may be varied but not extended', async () => {
    const c = (await certificate(mine[3]!.number));
    const r = (await vary(c, { areas: ['KEY_COMPONENTS', 'STRUCTURE'], keyComponentConfigurations: newSupplier(c, '乐清某弹簧厂') })).data.requestCertificateVariation;
    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: true } }, t.engineer)).data.assessCertificateChange;
    const failed = (await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { testOutcome: 'FAILED', note: '功耗超标' } }, t.engineer)).data.recordCertificateChangeTests;
    const before = await footprint(p);
    expect(ext(await p.gql(ops.approve, { id: r.id, v: failed.version, cv: c.version }, t.decider))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'TEST_NOT_PASSED' })] });
    expect(await footprint(p)).toEqual(before);
    await p.gql(ops.reject, { id: r.id, v: failed.version, r: '检验不合格' }, t.decider);

    const suspend = `mutation($n: String!, $v: Int!) { suspendCertificate(number: $n, version: $v, reasonCode: "S7", causeCode: "OTHER", publicReasonZh: "名称变更未报告", publicReasonEn: "Unreported change of name") { version } }`;
    const suspended = (await p.gql(suspend, { n: c.number, v: (await certificate(c.number)).version }, t.decider)).data.suspendCertificate;
    const extension = await p.gql(ops.extend, { input: { number: c.number, certificateVersion: suspended.version, descriptionZh: '扩展', models: [], documents: [] } }, t.enterprise);
    expect(ext(extension)).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§8.3.1', status: 'SUSPENDED' });
    const variation = await vary({ ...c, version: suspended.version }, { areas: ['CONTENT'], applicant: { addressZh: '浙江省乐清市柳市镇新址路 1 号' } });
    expect(variation.data.requestCertificateVariation.status).toBe('SUBMITTED');
  });
});
