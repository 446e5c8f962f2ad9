import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory, Organisation, Role, User } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';

const FIELDS = `id caseNo status version endReason clocks { key outcome stoppedOn } notices { kind }`;
const act = (name: string, args = '') => `mutation($id: ID!, $version: Int!${args ? ', $text: String!' : ''}) { ${name}(id: $id, version: $version${args ? `, ${args}: $text` : ''}) { ${FIELDS} } }`;

describe('review and decision (§6) over HTTP', () => {
  let p: TestPlatform;
  let tokens: Record<'enterprise' | 'engineer' | 'reviewer' | 'decider', string>;
  let ids: { manufacturerId: string; factoryId: string };
  let designation = 0;

  beforeAll(async () => {
    p = await startTestPlatform();
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    ids = { manufacturerId: ouneng.id, factoryId: (await em.findOneOrFail(Factory, { operator: ouneng })).id };
    tokens = {
      enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER),
      reviewer: await p.loginAs(Role.REVIEWER), decider: await p.loginAs(Role.DECIDER),
    };
  });
  afterAll(() => p.close());

  /**
   * A case whose evaluation is done: driven through acceptance over HTTP, then — because the
   * test and inspection tracks are exercised by their own tests — its models graded and its
   * status set to IN_REVIEW directly in the database.
   */
  async function caseInReview() {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const input = {
      ...ids, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker', series: 'ONM8', frameCurrent: 400,
      models: [{ designation: `ONM8-400-${++designation}`, mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [315, 400] }],
      keyComponentConfigurations: [{ label: 'A', components: [{ type: 'MAIN_CONTACTS', material: '银碳化钨', grade: 'AgWC12', dimensions: '12×8', supplier: '苏州科铂电工合金有限公司' }] }],
    };
    let c = (await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${FIELDS} } }`, { input }, tokens.enterprise)).data.createApplication;
    c = { ...c, ...(await attachRequiredDocuments(p, tokens.enterprise, c.id)) };
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, tokens.enterprise)).data.submitApplication;
    c = (await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer)).data.acceptApplication;
    c = (await p.gql(completeDocumentReviewWith(FIELDS), { id: c.id, version: c.version, plan: testPlan() }, tokens.engineer)).data.completeDocumentReview;
    await p.pool.query(`update product_model set grade = '1' where unit_id = (select unit_id from certification_case where id = $1)`, [c.id]);
    const { rows } = await p.pool.query(`update certification_case set status = 'IN_REVIEW', version = version + 1 where id = $1 returning version`, [c.id]);
    return { ...c, status: 'IN_REVIEW', version: rows[0].version as number };
  }

  it('refuses to start the review while the evaluation tracks are incomplete', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const input = {
      ...ids, productType: 'MCCB', productNameZh: '塑料外壳式断路器', productNameEn: 'MCCB', series: 'ONM7', frameCurrent: 125,
      models: [{ designation: 'ONM7-125', mounting: 'FIXED', poles: 3, ratedVoltage: 400, ratedCurrents: [125] }],
      keyComponentConfigurations: [{ label: 'A', components: [{ type: 'MAIN_CONTACTS', material: 'Ag', grade: 'AgC', dimensions: '8×6', supplier: 'S' }] }],
    };
    let c = (await p.gql(`mutation($input: ApplicationInput!) { createApplication(input: $input) { ${FIELDS} } }`, { input }, tokens.enterprise)).data.createApplication;
    c = { ...c, ...(await attachRequiredDocuments(p, tokens.enterprise, c.id)) };
    c = (await p.gql(act('submitApplication'), { id: c.id, version: c.version }, tokens.enterprise)).data.submitApplication;
    c = (await p.gql(act('acceptApplication'), { id: c.id, version: c.version }, tokens.engineer)).data.acceptApplication;
    c = (await p.gql(completeDocumentReviewWith(FIELDS), { id: c.id, version: c.version, plan: testPlan() }, tokens.engineer)).data.completeDocumentReview;
    const res = await p.gql(act('startReview'), { id: c.id, version: c.version }, tokens.engineer);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'EVALUATION_INCOMPLETE', clause: '§6.1' })] });
  });

  it('reviews, approves and issues a certificate that appears in the public registry', async () => {
    let c = await caseInReview();
    c = (await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: c.version, text: '资料、检测、检查结论均符合认证要求' }, tokens.reviewer)).data.completeReview;
    expect(c.status).toBe('AWAITING_DECISION');
    const approved = await p.gql(act('approveCase'), { id: c.id, version: c.version }, tokens.decider);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveCase.status).toBe('CERTIFIED');
    expect(approved.data.approveCase.notices.map((n: any) => n.kind)).toContain('APPROVED');

    const { rows } = await p.pool.query(`select c.number, c.status, c.first_issued_on::text, c.expires_on::text, v.version_no, v.snapshot
      from certificate c join certificate_version v on v.certificate_id = c.id
      where c.unit_id = (select unit_id from certification_case where id = $1)`, [c.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'VALID', first_issued_on: '2026-03-02', expires_on: '2031-03-02', version_no: 0 });
    expect(rows[0].number).toMatch(/^CQC26\d{9}$/);
    expect(rows[0].snapshot.models[0]).toMatchObject({ grade: '1' });

    await p.project();
    const pub = await p.gql(`query($n: String!) { certificate(number: $n) { number status models { designation grade } statusHistory { kind } } }`, { n: rows[0].number });
    expect(pub.data.certificate).toMatchObject({ number: rows[0].number, status: 'VALID', statusHistory: [{ kind: 'ISSUED' }] });
  });

  it('numbers certificates after the highest number of the year, imported ones included', async () => {
    const before = await p.pool.query(`select max(number) as n from certificate where number like 'CQC26%'`);
    let c = await caseInReview();
    c = (await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: c.version, text: '符合' }, tokens.reviewer)).data.completeReview;
    await p.gql(act('approveCase'), { id: c.id, version: c.version }, tokens.decider);
    const after = await p.pool.query(`select max(number) as n from certificate where number like 'CQC26%'`);
    expect(Number(after.rows[0].n.slice(5))).toBe(Number(before.rows[0].n.slice(5)) + 1);
  });

  it('keeps anyone who evaluated the case from reviewing or deciding it', async () => {
    const c = await caseInReview();
    const reviewer = await p.db.orm.em.fork().findOneOrFail(User, { role: Role.REVIEWER });
    // The reviewer handled this case as an engineer before a change of role.
    await p.pool.query(`insert into audit_event (occurred_at, actor_id, actor_role, action, aggregate_type, aggregate_id, payload)
      values (now(), $1, 'ENGINEER', 'case.accept', 'case', $2, '{}')`, [reviewer.id, c.id]);
    const res = await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: c.version, text: '符合' }, tokens.reviewer);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'EVALUATOR_MAY_NOT_DECIDE' })] });
  });

  it('issues no certificate while a party is listed as dishonest (§3.2), and lets the decider reject instead', async () => {
    let c = await caseInReview();
    c = (await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: c.version, text: '符合' }, tokens.reviewer)).data.completeReview;
    await p.pool.query(`update organisation set credit_status = 'DISHONEST' where id = $1`, [ids.manufacturerId]);
    try {
      const res = await p.gql(act('approveCase'), { id: c.id, version: c.version }, tokens.decider);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: expect.arrayContaining([expect.objectContaining({ code: 'DISHONEST', clause: '§3.2', field: 'manufacturer' })]) });
      const count = await p.pool.query(`select count(*)::int as n from certificate where unit_id = (select unit_id from certification_case where id = $1)`, [c.id]);
      expect(count.rows[0].n).toBe(0);
      const rejected = await p.gql(act('rejectCase', 'reason'), { id: c.id, version: c.version, text: '生产者存在失信情况' }, tokens.decider);
      expect(rejected.data.rejectCase).toMatchObject({ status: 'TERMINATED', endReason: '生产者存在失信情况' });
    } finally {
      await p.pool.query(`update organisation set credit_status = 'NONE' where id = $1`, [ids.manufacturerId]);
    }
  });

  it('makes exactly one decision when two deciders act at once', async () => {
    let c = await caseInReview();
    c = (await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: c.version, text: '符合' }, tokens.reviewer)).data.completeReview;
    const second = await p.loginAs(Role.DECIDER);
    const results = await Promise.all([
      p.gql(act('approveCase'), { id: c.id, version: c.version }, tokens.decider),
      p.gql(act('rejectCase', 'reason'), { id: c.id, version: c.version, text: '不批准' }, second),
    ]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const decisions = await p.pool.query(`select count(*)::int as n from audit_event where aggregate_id = $1 and action in ('case.approve', 'case.reject')`, [c.id]);
    expect(decisions.rows[0].n).toBe(1);
  });
});
