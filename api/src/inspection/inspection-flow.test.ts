import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, CertificateStatus, Organisation, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { inspectionComplete } from './inspection-complete.js';
import {
  DECIDE, INSPECTION, ISSUE, REPORT, VERIFY, caseInEvaluation, caseView, newFactory, report, secondInspector, userId,
} from './inspection-test-support.js';

describe('the initial factory inspection (§2, §5) over HTTP', () => {
  let p: TestPlatform;
  let enterprise: string;
  let engineer: string;
  let inspector: string;
  /** Sessions expire on the test clock: sign in again after moving it. */
  const at = async (instant: string) => {
    p.clock.set(new Date(instant));
    [enterprise, engineer, inspector] = await Promise.all([p.loginAs(Role.ENTERPRISE), p.loginAs(Role.ENGINEER), p.loginAs(Role.INSPECTOR)]);
  };
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('proposes exemption for a factory holding a valid certificate (§2, §5.1); the engineer accepts it', async () => {
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const held = await em.findOneOrFail(Certificate, { status: CertificateStatus.VALID, unit: { factory: { operator: ouneng } } }, { populate: ['unit.factory'] });
    const factoryId = held.unit.factory.id;
    await at('2026-03-02T02:00:00Z'); // Monday
    const c = await caseInEvaluation(p, { enterprise, engineer }, factoryId, 'ONM9-250EX/3300');

    let i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    expect(i).toMatchObject({ status: 'PROPOSED_EXEMPTION', openedOn: '2026-03-02', taskDueOn: '2026-03-05', exemptionAccepted: null });
    const valid = await p.pool.query(
      `select c.number from certificate c join certification_unit u on u.id = c.unit_id where u.factory_id = $1 and c.status = 'VALID'`, [factoryId]);
    expect(valid.rows.map((r) => r.number)).toContain(i.proposedCertificateNumber);

    // The applicant reads the track but cannot decide it.
    expect((await p.gql(INSPECTION, { caseId: c.id }, enterprise)).data.factoryInspection.status).toBe('PROPOSED_EXEMPTION');
    const foreign = await p.gql(DECIDE, { id: i.id, version: i.version, accept: true, reason: 'x' }, enterprise);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await inspectionComplete(p.db.orm.em.fork(), c.id)).toBe(false);

    await at('2026-03-03T02:00:00Z');
    const decided = await p.gql(DECIDE, { id: i.id, version: i.version, accept: true, reason: '同一工厂界定码下持有有效证书，可覆盖' }, engineer);
    expect(decided.errors).toBeUndefined();
    i = decided.data.decideInspectionExemption;
    expect(i).toMatchObject({ status: 'EXEMPTED', exemptionAccepted: true, coveringCertificateNumber: i.proposedCertificateNumber, exemptionDecidedOn: '2026-03-03', completedOn: '2026-03-03' });
    const clocks = (await caseView(p, c.id, engineer)).clocks;
    expect(clocks.find((k: any) => k.key === 'INSPECTION_TASK')).toMatchObject({ stoppedOn: '2026-03-03', outcome: 'CANCELLED' });
    expect(await inspectionComplete(p.db.orm.em.fork(), c.id)).toBe(true);
    expect((await caseView(p, c.id, enterprise)).notices.at(-1)).toMatchObject({ kind: 'INSPECTION_EXEMPTED', bodyZh: expect.stringContaining(i.coveringCertificateNumber) });

    // Stale version: a typed conflict, nothing written.
    const again = await p.gql(DECIDE, { id: i.id, version: i.version - 1, accept: false, reason: '重复' }, engineer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const audits = await p.pool.query(`select action, to_state, payload ->> 'caseId' as case_id from audit_event where aggregate_type = 'inspection' and aggregate_id = $1 order by id`, [i.id]);
    expect(audits.rows).toEqual([
      { action: 'inspection.opened', to_state: 'PROPOSED_EXEMPTION', case_id: c.id },
      { action: 'inspection.exemption_decided', to_state: 'EXEMPTED', case_id: c.id },
    ]);
    const outbox = await p.pool.query(`select count(*)::int as n from outbox_event where type = 'inspection.status-changed' and aggregate_id = $1`, [i.id]);
    expect(outbox.rows[0].n).toBe(2);
  });

  it('leaves the inspection to be tasked when the engineer rejects the proposal, the §5.3 clock still running', async () => {
    const em = p.db.orm.em.fork();
    const held = await em.findOneOrFail(Certificate, { status: CertificateStatus.VALID }, { populate: ['unit.factory'], orderBy: { number: 'desc' } });
    await at('2026-05-06T02:00:00Z');
    const c = await caseInEvaluation(p, { enterprise, engineer }, held.unit.factory.id, 'ONM9-250RJ/3300');
    const i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    expect(i.status).toBe('PROPOSED_EXEMPTION');
    expect((await p.gql(DECIDE, { id: i.id, version: i.version, accept: false, reason: ' ' }, engineer)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = (await p.gql(DECIDE, { id: i.id, version: i.version, accept: false, reason: '申请产品涉及新的生产线，需现场检查' }, engineer)).data.decideInspectionExemption;
    // 7, 8 May and Saturday 9 May, a make-up working day.
    expect(rejected).toMatchObject({ status: 'AWAITING_TASK', exemptionAccepted: false, coveringCertificateNumber: null, taskDueOn: '2026-05-09' });
    expect((await caseView(p, c.id, engineer)).clocks.find((k: any) => k.key === 'INSPECTION_TASK')).toMatchObject({ stoppedOn: null });
  });

  it('runs task → report with a nonconformity → verified rectification ⇒ PASSED, for a factory without a certificate', async () => {
    const factoryId = await newFactory(p, 'INSP-FLOW-1');
    await at('2026-03-02T02:00:00Z');
    const c = await caseInEvaluation(p, { enterprise, engineer }, factoryId, 'ONM9-250NP/3300');
    let i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    // No proposal; §5.3: three working days from the documents (Tue 3, Wed 4, Thu 5 March 2026).
    expect(i).toMatchObject({ status: 'AWAITING_TASK', proposedCertificateNumber: null, taskDueOn: '2026-03-05' });
    expect((await p.gql(DECIDE, { id: i.id, version: i.version, accept: true, reason: 'x' }, engineer)).errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'AWAITING_TASK' });

    await at('2026-03-04T02:00:00Z');
    const inspectorId = await userId(p, Role.INSPECTOR);
    for (const personDays of [3, 0.5, 2.5]) {
      const refused = await p.gql(ISSUE, { id: i.id, version: i.version, inspectorId, personDays }, engineer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ clause: '§5.3', field: 'personDays' })] });
    }
    const notInspector = await p.gql(ISSUE, { id: i.id, version: i.version, inspectorId: await userId(p, Role.REVIEWER), personDays: 2 }, engineer);
    expect(notInspector.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectorId' });
    const issued = await p.gql(ISSUE, { id: i.id, version: i.version, inspectorId, personDays: 2 }, engineer);
    expect(issued.errors).toBeUndefined();
    i = issued.data.issueInspectionTask;
    // §5.4: ten working days from the task (5, 6, 9–13, 16–18 March).
    expect(i).toMatchObject({ status: 'TASK_ISSUED', personDays: 2, taskIssuedOn: '2026-03-04', reportDueOn: '2026-03-18', inspector: { id: inspectorId } });

    // Only the assigned inspector records: not another inspector, not the engineer.
    await at('2026-03-16T02:00:00Z');
    const other = await secondInspector(p);
    let otherToken = await other.signIn();
    const findings = [{ itemId: '5.2.2-3', description: '动触头材料牌号与关键元器件清单不一致' }];
    const withFinding = report('NONCONFORMITIES', '2026-03-13', { '5.2.2-3': { result: 'NONCONFORMITY' } }, findings);
    expect((await p.gql(REPORT, { id: i.id, version: i.version, input: withFinding }, otherToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(REPORT, { id: i.id, version: i.version, input: withFinding }, engineer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A mandatory item missing (CQC/F002-2009 item 9) is refused, nothing written.
    const missing = { ...withFinding, checklist: withFinding.checklist.filter((e) => e.itemId !== '9') };
    const refused = await p.gql(REPORT, { id: i.id, version: i.version, input: missing }, inspector);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'CHECKLIST_ITEM_MISSING', clause: '§5.2.1' })] });
    const passWithFinding = { ...withFinding, conclusion: 'PASS' };
    expect((await p.gql(REPORT, { id: i.id, version: i.version, input: passWithFinding }, inspector)).errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    expect((await p.pool.query(`select count(*)::int as n from inspection_checklist_result where inspection_id = $1`, [i.id])).rows[0].n).toBe(0);

    const reported = await p.gql(REPORT, { id: i.id, version: i.version, input: withFinding }, inspector);
    expect(reported.errors).toBeUndefined();
    i = reported.data.recordInspectionReport;
    // §5.4: 40 working days from 16 March 2026, past Qingming (6 Apr) and Labour Day (1–5 May, Saturday 9 May worked).
    expect(i).toMatchObject({ status: 'NONCONFORMITIES_OPEN', visitOn: '2026-03-13', reportedOn: '2026-03-16', rectificationDueOn: '2026-05-14', conclusion: 'NONCONFORMITIES' });
    expect(i.nonconformities).toEqual([expect.objectContaining({ itemId: '5.2.2-3', clause: '§5.2.2 3)', raisedOn: '2026-03-16', rectifiedOn: null })]);
    expect(i.checklist.find((e: any) => e.itemId === '5.2.2-3')).toMatchObject({ result: 'NONCONFORMITY', checklist: 'PRODUCT_CONFORMITY' });
    const notice = (await caseView(p, c.id, enterprise)).notices.find((n: any) => n.kind === 'INSPECTION_FINDINGS');
    expect(notice.bodyZh).toContain('2026-05-14');
    expect(notice.bodyZh).toContain('动触头材料牌号');
    // The applicant sees the findings, not the inspectors' internal note.
    const seen = (await p.gql(INSPECTION, { caseId: c.id }, enterprise)).data.factoryInspection;
    expect(seen).toMatchObject({ internalNote: null, nonconformities: [expect.objectContaining({ description: findings[0]!.description })] });
    expect(i.internalNote).toContain('内部备注');

    await at('2026-04-20T02:00:00Z');
    otherToken = await other.signIn();
    const ncId = i.nonconformities[0].id;
    const verifyArgs = { id: i.id, version: i.version, ids: [ncId], rectifiedOn: '2026-04-17', note: '现场验证：已更换为清单所列牌号' };
    expect((await p.gql(VERIFY, verifyArgs, otherToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(VERIFY, verifyArgs, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const verified = await p.gql(VERIFY, verifyArgs, engineer);
    expect(verified.errors).toBeUndefined();
    i = verified.data.verifyInspectionRectification;
    expect(i).toMatchObject({ status: 'PASSED', completedOn: '2026-04-20' });
    expect(i.nonconformities[0]).toMatchObject({ rectifiedOn: '2026-04-17', verifiedOn: '2026-04-20', verificationMethod: 'DOCUMENTS', verifiedBy: { displayName: expect.stringContaining('工程师') } });
    const clocks = (await caseView(p, c.id, engineer)).clocks;
    expect(clocks.filter((k: any) => k.key.startsWith('INSPECTION_')).map((k: any) => [k.key, k.outcome, k.stoppedOn])).toEqual([
      ['INSPECTION_TASK', 'MET', '2026-03-04'], ['INSPECTION_REPORT', 'MET', '2026-03-16'], ['INSPECTION_RECTIFICATION', 'MET', '2026-04-20'],
    ]);
    expect(await inspectionComplete(p.db.orm.em.fork(), c.id)).toBe(true);
  });
});
