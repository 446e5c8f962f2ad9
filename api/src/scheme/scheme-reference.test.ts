import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, currentScheme } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { caseInEvaluation, ok } from '../type-test/type-test-fixtures.js';

const SCHEME = `query($id: String, $version: String) { scheme(id: $id, version: $version) {
  id version current terminationReasons { code clause labelZh labelEn ends } documentTypes { code clause labelZh requirement } } }`;
const ENGINEERS = `{ engineers { id displayName } }`;
const TERMINATE = `mutation($id: ID!, $version: Int!, $code: String!, $reason: String!) {
  terminateCase(id: $id, version: $version, reasonCode: $code, reason: $reason) { id status version endReason } }`;

describe('reference data for case handling over HTTP: the scheme’s lists and the engineers', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('gives signed-in users the termination reasons and document types of the current or a named scheme version', async () => {
    const reviewer = await p.loginAs(Role.REVIEWER);
    const current = (await p.gql(SCHEME, {}, reviewer)).data.scheme;
    expect(current).toMatchObject({ id: currentScheme.id, version: currentScheme.version, current: true });
    expect(current.terminationReasons.map((r: { code: string }) => r.code)).toEqual(currentScheme.terminationReasons.map((r) => r.code));
    expect(current.terminationReasons).toContainEqual({ code: 'TEST_FAILED', clause: '6.4', labelZh: '产品检验不合格，终止认证', labelEn: 'Type test failed; certification terminated', ends: 'TERMINATED' });
    expect(current.terminationReasons.find((r: { code: string }) => r.code === 'APPLICANT_WITHDREW')).toMatchObject({ clause: null, ends: 'WITHDRAWN' });
    expect(current.documentTypes).toContainEqual(expect.objectContaining({ code: 'APPLICATION_FORM', requirement: 'ALWAYS' }));

    const named = await p.gql(SCHEME, { id: currentScheme.id, version: currentScheme.version }, await p.loginAs(Role.ENTERPRISE));
    expect(named.data.scheme.terminationReasons).toEqual(current.terminationReasons);
    expect((await p.gql(SCHEME, { id: currentScheme.id, version: '0.0' }, reviewer)).data.scheme).toBeNull();
    expect((await p.gql(SCHEME, { id: currentScheme.id }, reviewer)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    expect((await p.gql(SCHEME, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists active engineers to engineers and administrators only', async () => {
    const list = (await p.gql(ENGINEERS, {}, await p.loginAs(Role.ENGINEER))).data.engineers;
    const { rows } = await p.pool.query(`select id, display_name as "displayName" from app_user where role = 'ENGINEER' and active order by display_name`);
    expect(rows.length).toBeGreaterThan(0);
    expect(list).toEqual(rows);
    expect((await p.gql(ENGINEERS, {}, await p.loginAs(Role.ADMIN))).data.engineers).toEqual(rows);
    for (const role of [Role.REVIEWER, Role.ENTERPRISE]) {
      expect((await p.gql(ENGINEERS, {}, await p.loginAs(role))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('terminates with a listed reason code and refuses one that does not end a case as TERMINATED', async () => {
    const tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'SCH');
    const { version } = (await p.gql(`query($id: ID!) { certificationCase(id: $id) { version } }`, { id: c.id }, tokens.engineer)).data.certificationCase;
    const withdrew = await p.gql(TERMINATE, { id: c.id, version, code: 'APPLICANT_WITHDREW', reason: '撤回' }, tokens.engineer);
    expect(withdrew.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
    const ended = ok(await p.gql(TERMINATE, { id: c.id, version, code: 'TEST_FAILED', reason: '功耗超出限值' }, tokens.engineer), 'terminateCase');
    expect(ended).toMatchObject({ status: 'TERMINATED', endReason: '功耗超出限值' });
    const { rows } = await p.pool.query(`select end_reason_code from certification_case where id = $1`, [c.id]);
    expect(rows[0].end_reason_code).toBe('TEST_FAILED');
  });
});
