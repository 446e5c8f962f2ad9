import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, CertificateStatus, Organisation, Role, User } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, uploadPdf } from '../../../test/support/case-steps.js';
import { newFactory } from '../inspection/inspection-test-support.js';

const FIELDS = `id status version documents { id fileName mediaType size documentType attachedAt downloadPath } assignedEngineer { id displayName }`;
const CREATE = `mutation($input: ApplicationInput!) { createApplication(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { ${FIELDS} } }`;
const ATTACH = `mutation($caseId: ID!, $version: Int!, $documentId: ID!, $documentType: String!) {
  attachCaseDocument(caseId: $caseId, version: $version, documentId: $documentId, documentType: $documentType) { ${FIELDS} } }`;
const DETACH = `mutation($caseId: ID!, $version: Int!, $documentId: ID!) { detachCaseDocument(caseId: $caseId, version: $version, documentId: $documentId) { ${FIELDS} } }`;
const ASSIGN = `mutation($caseId: ID!, $version: Int!, $engineerId: ID!) { assignCaseEngineer(caseId: $caseId, version: $version, engineerId: $engineerId) { ${FIELDS} } }`;

describe('§3.2 documents on a case, and the engineer assigned to it, over HTTP', () => {
  let p: TestPlatform;
  let tokens: Record<'enterprise' | 'otherEnterprise' | 'engineer' | 'admin' | 'inspector', string>;
  let ouneng: string;
  let plainFactory: string;
  let certifiedFactory: string;
  let n = 0;

  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = {
      enterprise: await p.loginAs(Role.ENTERPRISE), otherEnterprise: await p.loginAs(Role.ENTERPRISE, 1), engineer: await p.loginAs(Role.ENGINEER),
      admin: await p.loginAs(Role.ADMIN), inspector: await p.loginAs(Role.INSPECTOR),
    };
    const em = p.db.orm.em.fork();
    ouneng = (await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } })).id;
    plainFactory = await newFactory(p, 'DOCS-1');
    certifiedFactory = (await em.findOneOrFail(Certificate, { status: CertificateStatus.VALID, unit: { factory: { operator: ouneng } } }, { populate: ['unit.factory'] })).unit.factory.id;
  });
  afterAll(() => p.close());

  async function draft(factoryId: string) {
    const input = {
      manufacturerId: ouneng, factoryId, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'MCCB', series: 'ONM6', frameCurrent: 250,
      models: [{ designation: `ONM6-250-${++n}`, mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }],
      keyComponentConfigurations: [{ label: 'A', components: [{ type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' }] }],
    };
    const res = await p.gql(CREATE, { input }, tokens.enterprise);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createApplication as { id: string; version: number; status: string };
  }

  it('refuses to submit without the required documents, one finding per missing type; the questionnaire only where inspection applies', async () => {
    const c = await draft(plainFactory);
    const refused = await p.gql(SUBMIT, { id: c.id, version: c.version }, tokens.enterprise);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    const findings = (refused.errors![0]!.extensions as any).findings;
    expect(findings.map((f: any) => f.field)).toEqual(['documents.APPLICATION_FORM', 'documents.FACTORY_QUESTIONNAIRE', 'documents.AGREEMENTS', 'documents.PRODUCT_DESCRIPTION']);
    expect(findings.every((f: any) => f.clause === '§3.2' && f.code === 'DOCUMENT_MISSING')).toBe(true);

    // Three of four attached: only the agreements are missing.
    const partial = await attachRequiredDocuments(p, tokens.enterprise, c.id, ['APPLICATION_FORM', 'FACTORY_QUESTIONNAIRE', 'PRODUCT_DESCRIPTION']);
    const still = await p.gql(SUBMIT, { id: c.id, version: partial.version }, tokens.enterprise);
    expect((still.errors?.[0]?.extensions as any).findings.map((f: any) => f.field)).toEqual(['documents.AGREEMENTS']);
    const complete = await attachRequiredDocuments(p, tokens.enterprise, c.id, ['AGREEMENTS']);
    const submitted = await p.gql(SUBMIT, { id: c.id, version: complete.version }, tokens.enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitApplication.status).toBe('SUBMITTED');
    expect(submitted.data.submitApplication.documents).toHaveLength(4);
    expect(submitted.data.submitApplication.documents.find((d: any) => d.documentType === 'APPLICATION_FORM')).toMatchObject({ mediaType: 'application/pdf', documentType: 'APPLICATION_FORM', downloadPath: expect.stringMatching(/^\/documents\/[0-9a-f-]{36}$/) });

    // A factory holding a valid certificate is proposed for exemption (§2): no questionnaire needed.
    const exempt = await draft(certifiedFactory);
    const missing = await p.gql(SUBMIT, { id: exempt.id, version: exempt.version }, tokens.enterprise);
    expect((missing.errors?.[0]?.extensions as any).findings.map((f: any) => f.field)).toEqual(['documents.APPLICATION_FORM', 'documents.AGREEMENTS', 'documents.PRODUCT_DESCRIPTION']);
    const ready = await attachRequiredDocuments(p, tokens.enterprise, exempt.id, ['APPLICATION_FORM', 'AGREEMENTS', 'PRODUCT_DESCRIPTION']);
    expect((await p.gql(SUBMIT, { id: exempt.id, version: ready.version }, tokens.enterprise)).data.submitApplication.status).toBe('SUBMITTED');
  });

  it('attaches and detaches only for the applicant’s own users, own unattached documents, known types and editable statuses', async () => {
    let c = await draft(plainFactory);
    const mine = await uploadPdf(p, tokens.enterprise);
    const theirs = await uploadPdf(p, tokens.otherEnterprise);
    const code = (res: any) => res.errors?.[0]?.extensions?.code;
    const field = (res: any) => res.errors?.[0]?.extensions?.field;

    expect(code(await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: mine, documentType: 'AGREEMENTS' }, tokens.otherEnterprise))).toBe('FORBIDDEN');
    expect(code(await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: mine, documentType: 'AGREEMENTS' }, tokens.engineer))).toBe('FORBIDDEN');
    const foreign = await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: theirs, documentType: 'AGREEMENTS' }, tokens.enterprise);
    expect([code(foreign), field(foreign)]).toEqual(['BAD_USER_INPUT', 'documentId']);
    const unknownType = await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: mine, documentType: 'PASSPORT' }, tokens.enterprise);
    expect([code(unknownType), field(unknownType)]).toEqual(['BAD_USER_INPUT', 'documentType']);
    expect(code(await p.gql(ATTACH, { caseId: c.id, version: c.version + 1, documentId: mine, documentType: 'AGREEMENTS' }, tokens.enterprise))).toBe('CONFLICT');

    const attached = await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: mine, documentType: 'AGREEMENTS' }, tokens.enterprise);
    expect(attached.errors).toBeUndefined();
    c = attached.data.attachCaseDocument;
    expect(c.version).toBeGreaterThan(1);
    const twice = await p.gql(ATTACH, { caseId: c.id, version: c.version, documentId: mine, documentType: 'OTHER' }, tokens.enterprise);
    expect([code(twice), field(twice)]).toEqual(['BAD_USER_INPUT', 'documentId']);
    expect(code(await p.gql(DETACH, { caseId: c.id, version: c.version, documentId: mine }, tokens.otherEnterprise))).toBe('FORBIDDEN');
    const detached = (await p.gql(DETACH, { caseId: c.id, version: c.version, documentId: mine }, tokens.enterprise)).data.detachCaseDocument;
    expect(detached.documents).toEqual([]);
    const { rows } = await p.pool.query(`select case_id, document_type, attached_at from stored_document where id = $1`, [mine]);
    expect(rows[0]).toEqual({ case_id: null, document_type: null, attached_at: null });
    const audits = await p.pool.query(`select action from audit_event where aggregate_id = $1 order by id`, [c.id]);
    expect(audits.rows.map((r) => r.action)).toEqual(['case.created', 'case.attach_document', 'case.detach_document']);

    // Once submitted, the documents are frozen until the case comes back to the applicant.
    const ready = await attachRequiredDocuments(p, tokens.enterprise, c.id);
    const submitted = (await p.gql(SUBMIT, { id: c.id, version: ready.version }, tokens.enterprise)).data.submitApplication;
    const late = await p.gql(ATTACH, { caseId: c.id, version: submitted.version, documentId: mine, documentType: 'OTHER' }, tokens.enterprise);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§3.2', status: 'SUBMITTED' });
    const frozen = await p.gql(DETACH, { caseId: c.id, version: submitted.version, documentId: submitted.documents[0].id }, tokens.enterprise);
    expect(code(frozen)).toBe('ILLEGAL_TRANSITION');
  });

  it('assigns an active engineer (engineer or admin), audits it, and lists the engineer’s own cases', async () => {
    const c = await draft(plainFactory);
    const em = p.db.orm.em.fork();
    const engineer = await em.findOneOrFail(User, { email: p.batch.users.find((u) => u.role === Role.ENGINEER)!.email });
    const inspector = await em.findOneOrFail(User, { role: Role.INSPECTOR });
    const code = (res: any) => res.errors?.[0]?.extensions?.code;

    expect(code(await p.gql(ASSIGN, { caseId: c.id, version: c.version, engineerId: engineer.id }, tokens.enterprise))).toBe('FORBIDDEN');
    expect(code(await p.gql(ASSIGN, { caseId: c.id, version: c.version, engineerId: engineer.id }, tokens.inspector))).toBe('FORBIDDEN');
    const notEngineer = await p.gql(ASSIGN, { caseId: c.id, version: c.version, engineerId: inspector.id }, tokens.admin);
    expect(notEngineer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'engineerId' });

    const list = async () => (await p.gql(`{ certificationCases(assignedToMe: true) { id assignedEngineer { id } } }`, {}, tokens.engineer)).data.certificationCases;
    expect((await list()).map((x: any) => x.id)).not.toContain(c.id);
    const assigned = await p.gql(ASSIGN, { caseId: c.id, version: c.version, engineerId: engineer.id }, tokens.admin);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignCaseEngineer.assignedEngineer).toEqual({ id: engineer.id, displayName: engineer.displayName });
    const mine = await list();
    expect(mine.map((x: any) => x.id)).toContain(c.id);
    expect(mine.every((x: any) => x.assignedEngineer?.id === engineer.id)).toBe(true);
    expect(code(await p.gql(ASSIGN, { caseId: c.id, version: c.version, engineerId: engineer.id }, tokens.engineer))).toBe('CONFLICT');

    const audit = await p.pool.query(`select actor_role, payload from audit_event where aggregate_id = $1 and action = 'case.assign_engineer'`, [c.id]);
    expect(audit.rows).toEqual([{ actor_role: 'ADMIN', payload: expect.objectContaining({ to: engineer.id }) }]);
    const outbox = await p.pool.query(`select count(*)::int as n from outbox_event where aggregate_id = $1 and type = 'case.changed'`, [c.id]);
    expect(outbox.rows[0].n).toBe(1);

    // An inactive engineer cannot be given a case.
    await p.pool.query(`update app_user set active = false where id = $1`, [engineer.id]);
    try {
      const inactive = await p.gql(ASSIGN, { caseId: c.id, version: assigned.data.assignCaseEngineer.version, engineerId: engineer.id }, tokens.admin);
      expect(inactive.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'engineerId' });
    } finally {
      await p.pool.query(`update app_user set active = true where id = $1`, [engineer.id]);
    }
  });
});
