import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments } from '../../../test/support/case-steps.js';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { GRADING, POWER_LOSS, caseInEvaluation, demoLabId, ok, ops, type Tokens } from '../type-test/type-test-fixtures.js';

const ORG_FIELDS = 'id kind nameZh nameEn creditCode creditStatus creditSource creditCheckedOn version';
const ORGS = `query($kind: OrganisationKind, $q: String) { organisations(kind: $kind, query: $q) { ${ORG_FIELDS} } }`;
const SET_CREDIT = `mutation($id: ID!, $version: Int!, $status: CreditStatus!, $source: String, $on: LocalDate!) {
  setOrganisationCredit(organisationId: $id, version: $version, status: $status, source: $source, checkedOn: $on) { ${ORG_FIELDS} } }`;
const LABS = '{ labs { id nameZh cmaCertificateNo cmaScope version } }';
const CREATE_LAB = `mutation($input: LabInput!) { createLab(input: $input) { id nameZh cmaCertificateNo cmaScope version } }`;
const UPDATE_SCOPE = `mutation($id: ID!, $version: Int!, $no: String!, $scope: [String!]!) {
  updateLabScope(labId: $id, version: $version, cmaCertificateNo: $no, cmaScope: $scope) { id cmaCertificateNo cmaScope version } }`;
const PUBLISH = `mutation($year: Int!, $days: [CalendarDayInput!]!, $on: LocalDate) { publishCalendarYear(year: $year, days: $days, publishedOn: $on) { year source publishedOn } }`;
const YEARS = '{ calendarYears { year source publishedOn } }';
const ACT = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { id status version } }`;

const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.code;
const field = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.field;

describe('reference data maintained by the administrator, over HTTP', () => {
  let p: TestPlatform;
  let admin: string;
  let tokens: Tokens;
  const audits = async (action: string) => Number((await p.pool.query('select count(*) from audit_event where action = $1', [action])).rows[0].count);

  beforeAll(async () => {
    p = await startTestPlatform();
    admin = await p.loginAs(Role.ADMIN);
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
  });
  afterAll(() => p.close());

  it('refuses every reference-data operation to other roles and to anonymous callers', async () => {
    for (const token of [tokens.enterprise, tokens.engineer, tokens.lab]) {
      expect(code(await p.gql(ORGS, {}, token))).toBe('FORBIDDEN');
      expect(code(await p.gql(YEARS, {}, token))).toBe('FORBIDDEN');
      expect(code(await p.gql(PUBLISH, { year: 2027, days: [{ date: '2027-02-08', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival' }] }, token))).toBe('FORBIDDEN');
      expect(code(await p.gql(CREATE_LAB, { input: { nameZh: 'x', addressZh: 'x', cmaCertificateNo: 'X', cmaScope: ['x'] } }, token))).toBe('FORBIDDEN');
    }
    const org = ok(await p.gql(ORGS, { q: '瓯能' }, admin), 'organisations')[0];
    expect(code(await p.gql(SET_CREDIT, { id: org.id, version: org.version, status: 'DISHONEST', source: '信用中国', on: '2026-11-20' }, tokens.engineer))).toBe('FORBIDDEN');
    expect(code(await p.gql(SET_CREDIT, { id: org.id, version: org.version, status: 'DISHONEST', source: '信用中国', on: '2026-11-20' }))).toBe('UNAUTHENTICATED');
    // Labs: engineers read the list to assign a lab; LAB users do not.
    expect(code(await p.gql(LABS, {}, tokens.lab))).toBe('FORBIDDEN');
    expect(ok(await p.gql(LABS, {}, tokens.engineer), 'labs').length).toBeGreaterThan(0);
    expect(await audits('organisation.credit-set')).toBe(0);
  });

  it('records a credit standing that the acceptance guard then applies (§3.3), refusing bad input with nothing written', async () => {
    const [ouneng] = ok(await p.gql(ORGS, { kind: 'ENTERPRISE', q: '瓯能' }, admin), 'organisations');
    expect(ouneng).toMatchObject({ kind: 'ENTERPRISE', creditStatus: 'NONE' });
    const bad = [
      [{ status: 'DISHONEST', source: '  ', on: '2026-11-20' }, 'source'],
      [{ status: 'SERIOUSLY_DISHONEST', source: '信用中国', on: '2026-11-26' }, 'checkedOn'],
    ] as const;
    for (const [vars, at] of bad) {
      const res = await p.gql(SET_CREDIT, { id: ouneng.id, version: ouneng.version, ...vars }, admin);
      expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', at]);
    }
    expect(code(await p.gql(SET_CREDIT, { id: ouneng.id, version: ouneng.version + 1, status: 'DISHONEST', source: 'x', on: '2026-11-20' }, admin))).toBe('CONFLICT');
    expect((await p.pool.query('select credit_status, credit_source from organisation where id = $1', [ouneng.id])).rows[0]).toEqual({ credit_status: 'NONE', credit_source: null });
    expect(await audits('organisation.credit-set')).toBe(0);

    // A case submitted before the listing is found out at acceptance.
    const c = await submittedCase(p, tokens, ouneng.id);
    const set = ok(await p.gql(SET_CREDIT, { id: ouneng.id, version: ouneng.version, status: 'SERIOUSLY_DISHONEST', source: '信用中国 严重失信主体名单', on: '2026-11-25' }, admin), 'setOrganisationCredit');
    expect(set).toMatchObject({ creditStatus: 'SERIOUSLY_DISHONEST', creditSource: '信用中国 严重失信主体名单', creditCheckedOn: '2026-11-25', version: ouneng.version + 1 });
    expect(await audits('organisation.credit-set')).toBe(1);
    const refused = await p.gql(ACT('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer);
    expect(code(refused)).toBe('RULE_VIOLATION');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('§3.3');

    const cleared = ok(await p.gql(SET_CREDIT, { id: ouneng.id, version: set.version, status: 'NONE', source: null, on: '2026-11-25' }, admin), 'setOrganisationCredit');
    expect(cleared).toMatchObject({ creditStatus: 'NONE', creditSource: null });
    expect(ok(await p.gql(ACT('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer), 'acceptApplication').status).toBe('DOCUMENT_REVIEW');
  });

  it('creates a lab and changes a CMA scope, which lab assignment then uses (§4.1.1)', async () => {
    const before = await audits('lab.created');
    for (const [scope, at] of [[[], 'cmaScope'], [['温升', ' '], 'cmaScope[1]'], [['温升', ' 温升 '], 'cmaScope[1]']] as const) {
      const res = await p.gql(CREATE_LAB, { input: { nameZh: '新检验所', addressZh: '杭州', cmaCertificateNo: 'CMA-NEW', cmaScope: scope } }, admin);
      expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', at]);
    }
    expect(field(await p.gql(CREATE_LAB, { input: { nameZh: '新检验所', addressZh: '杭州', creditCode: '123', cmaCertificateNo: 'CMA-NEW', cmaScope: ['温升'] } }, admin))).toBe('creditCode');
    expect(await audits('lab.created')).toBe(before);
    const created = ok(await p.gql(CREATE_LAB, { input: { nameZh: ' 新检验所 ', addressZh: '杭州', cmaCertificateNo: 'CMA-NEW', cmaScope: [` ${POWER_LOSS} `, GRADING] } }, admin), 'createLab');
    expect(created).toMatchObject({ nameZh: '新检验所', cmaCertificateNo: 'CMA-NEW', cmaScope: [POWER_LOSS, GRADING] });
    expect(await audits('lab.created')).toBe(before + 1);
    expect(ok(await p.gql(LABS, {}, admin), 'labs').map((l: any) => l.id)).toContain(created.id);

    const labId = await demoLabId(p);
    const lab = ok(await p.gql(LABS, {}, admin), 'labs').find((l: any) => l.id === labId);
    expect(lab.cmaScope).toContain(GRADING);
    const narrowed = ok(await p.gql(UPDATE_SCOPE, { id: labId, version: lab.version, no: lab.cmaCertificateNo, scope: lab.cmaScope.filter((s: string) => s !== GRADING) }, admin), 'updateLabScope');
    expect(narrowed.cmaScope).not.toContain(GRADING);
    expect(narrowed.version).toBe(lab.version + 1);
    expect(code(await p.gql(UPDATE_SCOPE, { id: labId, version: lab.version, no: lab.cmaCertificateNo, scope: lab.cmaScope }, admin))).toBe('CONFLICT');

    p.clock.set(new Date('2026-11-25T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'ADM1');
    const refused = await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer);
    expect(code(refused)).toBe('RULE_VIOLATION');
    expect(ok(await p.gql(ops.assign, { caseId: c.id, labId: created.id, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab').lab.id).toBe(created.id);
  });

  it('publishes 2027 with a make-up working day on a Sunday, used in due dates, and refuses 2026 again', async () => {
    const years = ok(await p.gql(YEARS, {}, admin), 'calendarYears');
    expect(years).toContainEqual({ year: 2026, source: 'LIBRARY', publishedOn: null });
    expect(years.map((y: any) => y.year)).not.toContain(2027);

    const wrong = await p.gql(PUBLISH, { year: 2027, days: [
      { date: '2027-02-08', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival' },
      { date: '2027-02-09', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Make-up working day' },
      { date: '2027-13-01', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival' },
    ] }, admin);
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect((wrong.errors?.[0]?.extensions as any).problems.map((x: any) => x.field)).toEqual(['days[1].kind', 'days[2].date']);
    expect((await p.pool.query(`select count(*) from calendar_day where date >= '2027-01-01'`)).rows[0].count).toBe('0');

    // Sunday 7 February 2027 is worked; the Spring Festival holiday is Monday 8 – Friday 12.
    const festival = ['08', '09', '10', '11', '12'].map((d) => ({ date: `2027-02-${d}`, kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival' }));
    const published = ok(await p.gql(PUBLISH, { year: 2027, on: '2026-11-20', days: [{ date: '2027-02-07', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up working day' }, ...festival] }, admin), 'publishCalendarYear');
    expect(published).toEqual({ year: 2027, source: 'ADMIN', publishedOn: '2026-11-20' });
    expect(ok(await p.gql('{ calendarDays(year: 2027) { date kind source } }', {}, admin), 'calendarDays')[0]).toEqual({ date: '2027-02-07', kind: 'WORKDAY', source: 'ADMIN' });

    const calendar = await loadWorkingDayCalendar(p.db.orm.em.fork());
    expect(calendar.isCovered(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-02-07')).toBe(true);
    // From Friday 5 Feb: Sunday 7 is the first working day, then Monday 15 after the holiday.
    expect(calendar.addWorkingDays('2027-02-05', 1)).toBe('2027-02-07');
    expect(calendar.addWorkingDays('2027-02-05', 2)).toBe('2027-02-15');

    const again = await p.gql(PUBLISH, { year: 2026, days: [{ date: '2026-12-27', kind: 'WORKDAY', nameZh: '调休', nameEn: 'Make-up day' }] }, admin);
    expect([code(again), field(again)]).toEqual(['BAD_USER_INPUT', 'year']);
    expect(await audits('calendar.year-published')).toBe(1);
  });
});

/** An application of the given manufacturer (浙江瓯能, the demo enterprise's own), submitted. */
async function submittedCase(p: TestPlatform, tokens: Tokens, manufacturerId: string) {
  const { Factory } = await import('@cqc/db');
  const factory = await p.db.orm.em.fork().findOneOrFail(Factory, { operator: manufacturerId });
  const input = {
    manufacturerId, factoryId: factory.id, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker', series: 'ADM0', frameCurrent: 250,
    models: [{ designation: 'ADM0-250S/3300', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [250] }],
    keyComponentConfigurations: [{ label: '配置A', components: [{ type: 'MAIN_CONTACTS', material: '银碳化钨', grade: 'AgWC12', dimensions: '12×8×2.5 mm', supplier: '苏州科铂电工合金有限公司' }] }],
  };
  const created = ok(await p.gql('mutation($input: ApplicationInput!) { createApplication(input: $input) { id version } }', { input }, tokens.enterprise), 'createApplication');
  const ready = await attachRequiredDocuments(p, tokens.enterprise, created.id);
  return ok(await p.gql(ACT('submitApplication'), { id: created.id, version: ready.version }, tokens.enterprise), 'submitApplication');
}
