import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { uploadPdf } from '../../../test/support/case-steps.js';
import { code, ext, footprint, ops } from './change-test-support.js';

type Model = { designation: string; mounting: string; poles: number; ratedVoltage: number; frameCurrent: number; ratedCurrents: number[]; series: string; grade: string | null; status: string };
type Certificate = { number: string; version: number; currentVersionNo: number; status: string; series: string; frameCurrent: number; models: Model[] };

describe('certificate extension over HTTP (§8.3)', () => {
  let p: TestPlatform;
  let t: Record<'enterprise' | 'engineer' | 'decider', string>;
  let c: Certificate;

  const certificate = async (n: string): Promise<Certificate> => (await p.gql(ops.certificate, { n }, t.decider)).data.changeableCertificate;
  /** A model like the certified ones, with a new designation. */
  const like = (m: Model, designation: string, changes: Partial<Model> = {}) => ({
    designation, mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage, ratedCurrents: m.ratedCurrents, series: m.series, frameCurrent: m.frameCurrent, ...changes,
  });
  async function extend(models: unknown[], documentType = 'PRODUCT_DESCRIPTION', version = c.version) {
    const documents = [{ documentId: await uploadPdf(p, t.enterprise), documentType }];
    return p.gql(ops.extend, { input: { number: c.number, certificateVersion: version, descriptionZh: '增加同系列型号', models, documents } }, t.enterprise);
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    t = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), decider: await p.loginAs(Role.DECIDER) };
    const mine = (await p.gql(ops.mine, {}, t.enterprise)).data.changeableCertificates as Certificate[];
    c = mine.find((x) => x.status === 'VALID' && x.models.length > 0)!;
  });
  afterAll(() => p?.close());

  it('refuses models outside the unit (§3.1) or the scope (§1), and a request without the product description, writing nothing', async () => {
    const [m] = c.models;
    const before = await footprint(p);
    const outside = await extend([
      like(m!, `${m!.designation}-X1`, { frameCurrent: m!.frameCurrent * 2, ratedCurrents: [m!.frameCurrent * 2] }),
      like(m!, m!.designation),
      like(m!, `${m!.designation}-X2`, { series: 'ZZZ9' }),
      like(m!, `${m!.designation}-X3`, { poles: 4 }),
    ]);
    expect(code(outside)).toBe('RULE_VIOLATION');
    const found = (ext(outside).findings as Array<{ code: string; field: string; clause: string }>).map((f) => `${f.code} ${f.field} ${f.clause}`);
    expect(found).toEqual(expect.arrayContaining([
      'FRAME_CURRENT_DIFFERS models[0].frameCurrent §3.1',
      'DESIGNATION_REPEATED models[1].designation §3.1',
      'SERIES_DIFFERS models[2].series §3.1',
      'POLES_NOT_COVERED models[3].poles §1',
    ]));
    const noDescription = await extend([like(m!, `${m!.designation}-X4`)], 'OTHER');
    expect(ext(noDescription)).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'DOCUMENT_MISSING' })] });
    expect(ext(await extend([]))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'MODELS_MISSING' })] });
    expect(await footprint(p)).toEqual(before);
  });

  it('tests the differences against the representative model, verifies on site, and adds the models with their grades on approval', async () => {
    const [m] = c.models;
    const added = [`${m!.designation}-E1`, `${m!.designation}-E2`];
    const r = (await extend(added.map((d) => like(m!, d)))).data.requestCertificateExtension;
    expect(r).toMatchObject({ kind: 'EXTENSION', status: 'SUBMITTED' });
    expect(r.proposal.models.map((x: Model) => x.designation)).toEqual(added);

    // §8.3: supplementary tests are not optional, and the basis is a certified model.
    expect(ext(await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: false, representativeModel: m!.designation } }, t.engineer)))
      .toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'SUPPLEMENTARY_TESTS_REQUIRED', clause: '§8.3.1' })] });
    expect(ext(await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: true, representativeModel: added[0] } }, t.engineer)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'representativeModel' });
    const assessed = (await p.gql(ops.assess, { id: r.id, v: r.version, input: { testingRequired: true, representativeModel: m!.designation, onSiteVerificationRequired: true, note: '以全项型式试验代表型号为基础' } }, t.engineer)).data.assessCertificateChange;
    expect(assessed).toMatchObject({ status: 'TESTING', representativeModel: m!.designation, onSiteVerificationRequired: true });

    const tests = added.map((d, i) => ({ designation: d, items: '功率损耗（差异项）', passed: true, grade: String(i + 1) }));
    expect(ext(await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { supplementaryTests: tests } }, t.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onSiteVerificationPassed' });
    expect(ext(await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { supplementaryTests: tests.slice(0, 1), onSiteVerificationPassed: true } }, t.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supplementaryTests' });
    expect(ext(await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { supplementaryTests: [{ ...tests[0], grade: null }, tests[1]], onSiteVerificationPassed: true } }, t.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supplementaryTests[0].grade' });
    const tested = (await p.gql(ops.tests, { id: r.id, v: assessed.version, input: { supplementaryTests: tests, onSiteVerificationPassed: true, note: '现场验证符合' } }, t.engineer)).data.recordCertificateChangeTests;
    expect(tested).toMatchObject({ status: 'AWAITING_DECISION', testOutcome: 'PASSED', onSiteVerificationPassed: true });
    expect(tested.supplementaryTests).toEqual(tests);

    // Not certified before approval: neither the unit nor the registry lists the models.
    await p.project();
    expect((await p.gql(ops.publicCertificate, { n: c.number })).data.certificate.models.map((x: Model) => x.designation)).not.toContain(added[0]);
    expect(Number((await p.pool.query(`select count(*) n from product_model where designation = any($1)`, [added])).rows[0].n)).toBe(0);

    const approved = (await p.gql(ops.approve, { id: r.id, v: tested.version, cv: c.version }, t.decider)).data.approveCertificateChange;
    expect(approved).toMatchObject({ status: 'APPROVED', resultingVersionNo: c.currentVersionNo + 1 });
    const after = await certificate(c.number);
    expect(after.currentVersionNo).toBe(c.currentVersionNo + 1);
    expect(after.models.filter((x) => added.includes(x.designation)).map((x) => [x.designation, x.grade, x.status])).toEqual([[added[0], '1', 'IN_SCOPE'], [added[1], '2', 'IN_SCOPE']]);

    await p.project();
    const pub = (await p.gql(ops.publicCertificate, { n: c.number })).data.certificate;
    expect(pub.models.filter((x: Model) => added.includes(x.designation)).map((x: Model) => x.grade)).toEqual(['1', '2']);
    expect(pub.versions.at(-1)).toMatchObject({ kind: 'EXTENSION', issuedOn: '2026-11-25', changeSummaryZh: expect.stringContaining(`扩展评价基础：代表型号 ${m!.designation}`) });
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'EXTENDED', versionNo: c.currentVersionNo + 1 });
    const notices = (await p.pool.query(`select kind from notice where kind like 'CERTIFICATE_CHANGE_%' and body_zh like $1 order by created_at`, [`%${c.number}%`])).rows.map((n) => n.kind);
    expect(notices).toEqual(['CERTIFICATE_CHANGE_RECEIVED', 'CERTIFICATE_CHANGE_ASSESSED', 'CERTIFICATE_CHANGE_TESTED', 'CERTIFICATE_CHANGE_APPROVED']);
  });

  it('refuses a second extension by the same models once they are certified', async () => {
    const now = await certificate(c.number);
    const [m] = now.models;
    const again = await extend([like(m!, now.models.at(-1)!.designation)], 'PRODUCT_DESCRIPTION', now.version);
    expect(ext(again)).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'DESIGNATION_REPEATED', field: 'models[0].designation' })] });
  });
});
