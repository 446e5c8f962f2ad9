import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory, Organisation, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments } from '../../../test/support/case-steps.js';
import { touchCaseVersion } from './case-version.js';

const HANDLING = `query($id: ID!) { certificationCase(id: $id) { id status version availableActions canChangeDocuments
  documentRequirements { code clause nameZh required mediaTypes extensions maxSizeBytes } } }`;
const PARTIES = `{ applicationParties { manufacturers { id nameZh } factories { id factoryCode operator { id } } } }`;
const CREATE = `mutation($input: ApplicationInput!) { createApplication(input: $input) { id version } }`;

function application(ids: { manufacturerId: string; factoryId: string }) {
  return {
    ...ids, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker', series: 'ONX7', frameCurrent: 250,
    models: [{ designation: 'ONX7-250S/3300', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [160, 250] }],
    keyComponentConfigurations: [{ label: '配置A', components: [{ type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '手动', supplier: '乐清市恒睿机构配件有限公司' }] }],
  };
}

describe('case handling over HTTP: available actions, document requirements, application parties', () => {
  let p: TestPlatform;
  let ouneng: Organisation;
  let tokens: Record<'enterprise' | 'enterprise2' | 'engineer' | 'reviewer', string>;
  let caseId: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    const em = p.db.orm.em.fork();
    ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const factory = await em.findOneOrFail(Factory, { operator: ouneng }, { orderBy: { factoryCode: 'asc' } });
    tokens = {
      enterprise: await p.loginAs(Role.ENTERPRISE), enterprise2: await p.loginAs(Role.ENTERPRISE, 1),
      engineer: await p.loginAs(Role.ENGINEER), reviewer: await p.loginAs(Role.REVIEWER),
    };
    const created = await p.gql(CREATE, { input: application({ manufacturerId: ouneng.id, factoryId: factory.id }) }, tokens.enterprise);
    expect(created.errors).toBeUndefined();
    caseId = created.data.createApplication.id;
  });
  afterAll(() => p.close());

  const handling = async (token: string) => (await p.gql(HANDLING, { id: caseId }, token)).data.certificationCase;

  it('answers availableActions per viewer: state machine × policy, data guards not judged', async () => {
    // A draft without documents: SUBMIT is offered; the document guard still refuses it when given.
    expect(await handling(tokens.enterprise)).toMatchObject({ availableActions: ['SUBMIT', 'WITHDRAW'], canChangeDocuments: true });
    expect(await handling(tokens.engineer)).toMatchObject({ availableActions: [], canChangeDocuments: false });
    const refused = await p.gql(`mutation($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { id } }`, { id: caseId, v: (await handling(tokens.enterprise)).version }, tokens.enterprise);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');

    const { version } = await attachRequiredDocuments(p, tokens.enterprise, caseId);
    const submitted = await p.gql(`mutation($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { availableActions } }`, { id: caseId, v: version }, tokens.enterprise);
    expect(submitted.data.submitApplication.availableActions).toEqual(['WITHDRAW']);
    expect((await handling(tokens.enterprise)).canChangeDocuments).toBe(false);
    expect((await handling(tokens.engineer)).availableActions).toEqual(['ACCEPT', 'RETURN_FOR_AMENDMENT', 'REFUSE']);
    expect((await handling(tokens.reviewer)).availableActions).toEqual([]);
    // Another enterprise does not see the case at all.
    expect(await handling(tokens.enterprise2)).toBeNull();
  });

  it('lists the §3.2 document types with what each accepts and which are required', async () => {
    const requirements = (await handling(tokens.enterprise)).documentRequirements;
    // The Liushi factory holds a valid certificate: the inspection is proposed as exempted (§2), so no questionnaire.
    expect(requirements.map((r: { code: string; required: boolean }) => [r.code, r.required])).toEqual([
      ['APPLICATION_FORM', true], ['FACTORY_QUESTIONNAIRE', false], ['AGREEMENTS', true], ['PRODUCT_DESCRIPTION', true], ['OTHER', false],
    ]);
    expect(requirements[0]).toMatchObject({ clause: '§3.2(1)', nameZh: '认证申请书', mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], extensions: ['pdf', 'jpg', 'jpeg', 'png'], maxSizeBytes: 20 * 1024 * 1024 });
  });

  it('offers an enterprise user the manufacturers and factories of its own organisation and units only; staff are refused', async () => {
    const { rows } = await p.pool.query<{ id: string }>(
      `select f.id from factory f where f.operator_id = $1 or f.id in (select factory_id from certification_unit where applicant_id = $1) order by f.factory_code`, [ouneng.id]);
    const mine = (await p.gql(PARTIES, {}, tokens.enterprise)).data.applicationParties;
    expect(mine.factories.map((f: { id: string }) => f.id)).toEqual(rows.map((r) => r.id));
    expect(mine.factories.length).toBeGreaterThanOrEqual(2);
    expect(mine.manufacturers[0]).toEqual({ id: ouneng.id, nameZh: ouneng.nameZh });

    const theirs = (await p.gql(PARTIES, {}, tokens.enterprise2)).data.applicationParties;
    const mineIds = new Set(rows.map((r) => r.id));
    expect(theirs.factories.length).toBeGreaterThan(0);
    expect(theirs.factories.filter((f: { id: string }) => mineIds.has(f.id))).toEqual([]);
    expect(theirs.manufacturers.map((m: { id: string }) => m.id)).not.toContain(ouneng.id);

    const staff = await p.gql(PARTIES, {}, tokens.engineer);
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(PARTIES, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('touchCaseVersion makes a command on the version read before a track change fail as CONFLICT', async () => {
    const before = await handling(tokens.engineer);
    await p.db.orm.em.fork().transactional((em) => touchCaseVersion(em, caseId));
    const stale = await p.gql(`mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id } }`, { id: caseId, v: before.version }, tokens.engineer);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await handling(tokens.engineer))).toMatchObject({ status: 'SUBMITTED', version: before.version + 1 });
  });
});
