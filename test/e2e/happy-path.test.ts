import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { caseInEvaluation, ok, ops, passTypeTest } from '../../api/src/type-test/type-test-fixtures.js';
import { DECIDE, INSPECTION } from '../../api/src/inspection/inspection-test-support.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

const CASE = `id status version notices { kind } clocks { key outcome }`;
const act = (name: string, arg = '') => `mutation($id: ID!, $version: Int!${arg ? ', $text: String!' : ''}) { ${name}(id: $id, version: $version${arg ? `, ${arg}: $text` : ''}) { ${CASE} } }`;

/**
 * The whole rule §3–§6 over HTTP, every step by the role the rule gives it: application,
 * acceptance, document review with the plan, type test by the lab, the factory inspection
 * exempted (§2: the factory already holds a valid certificate), review, decision, certificate —
 * and the certificate in the public registry.
 */
describe('from application to certificate (happy path over HTTP)', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('issues a certificate that the public registry shows with grades and key components', async () => {
    const tokens = {
      enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB),
      reviewer: await p.loginAs(Role.REVIEWER), decider: await p.loginAs(Role.DECIDER),
    };
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'HPX');
    const [representative, other] = c.models as [string, string];

    // Type test (§4): lab assigned, samples and fee received, results entered and concluded by the lab.
    expect(await passTypeTest(p, tokens, c)).toMatchObject({ status: 'PASSED' });

    // Factory inspection (§2, §5.1): proposed for exemption, accepted by the engineer.
    const inspection = (await p.gql(INSPECTION, { caseId: c.id }, tokens.engineer)).data.factoryInspection;
    expect(inspection.status).toBe('PROPOSED_EXEMPTION');
    const exempted = ok(await p.gql(DECIDE, { id: inspection.id, version: inspection.version, accept: true, reason: '同一工厂界定码下持有有效证书' }, tokens.engineer), 'decideInspectionExemption');
    expect(exempted.status).toBe('EXEMPTED');

    // Review and decision (§6) by people who did not evaluate the case.
    let kase = (await p.gql(ops.readCase, { id: c.id }, tokens.engineer)).data.certificationCase;
    kase = ok(await p.gql(act('startReview'), { id: c.id, version: kase.version }, tokens.engineer), 'startReview');
    kase = ok(await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: kase.version, text: '申请资料、检测和工厂检查（免除）均符合要求' }, tokens.reviewer), 'completeReview');
    p.clock.set(new Date('2026-04-10T02:00:00Z'));
    kase = ok(await p.gql(act('approveCase'), { id: c.id, version: kase.version }, tokens.decider), 'approveCase');
    expect(kase.status).toBe('CERTIFIED');
    expect(kase.notices.map((n: { kind: string }) => n.kind)).toContain('APPROVED');
    // §6.3: issued 9 days after the test completed, within the 30 days; the clock was met.
    expect(kase.clocks.find((k: { key: string }) => k.key === 'CERTIFICATE_ISSUE')).toMatchObject({ outcome: 'MET' });

    // The public registry shows it, with the grades of the type test.
    await p.project();
    const { rows } = await p.pool.query(`select number from certificate where unit_id = (select unit_id from certification_case where id = $1)`, [c.id]);
    const pub = await p.gql(`query($n: String!) { certificate(number: $n) {
      number status firstIssuedOn expiresOn models { designation grade } keyComponentConfigurations { components { supplier } } } }`, { n: rows[0].number });
    expect(pub.data.certificate).toMatchObject({
      number: expect.stringMatching(/^CQC26\d{9}$/), status: 'VALID', firstIssuedOn: '2026-04-10', expiresOn: '2031-04-10',
      models: expect.arrayContaining([{ designation: representative, grade: '1' }, { designation: other, grade: '2' }]),
      keyComponentConfigurations: [{ components: [{ supplier: '苏州科铂电工合金有限公司' }] }],
    });
  });
});
