import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { inspectionComplete } from './inspection-complete.js';
import { sweepInspections } from './inspection-sweep.js';
import { INSPECTION, ISSUE, REPORT, VERIFY, caseInEvaluation, caseView, newFactory, report, secondInspector, userId } from './inspection-test-support.js';

describe('termination by the inspection track (§5.4, §6.4)', () => {
  let p: TestPlatform;
  let enterprise: string;
  let engineer: string;
  let inspector: string;
  /** Sessions expire on the test clock: sign in again after moving it. */
  const at = async (instant: string) => {
    p.clock.set(new Date(instant));
    [enterprise, engineer, inspector] = await Promise.all([p.loginAs(Role.ENTERPRISE), p.loginAs(Role.ENGINEER), p.loginAs(Role.INSPECTOR)]);
  };
  const caseRow = async (id: string) => (await p.pool.query(`select status, end_reason_code from certification_case where id = $1`, [id])).rows[0];
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  /** A case of a new factory with the inspection task issued to the demo inspector. */
  async function tasked(code: string, designation: string, day: string) {
    const factoryId = await newFactory(p, code);
    await at(`${day}T02:00:00Z`);
    const c = await caseInEvaluation(p, { enterprise, engineer }, factoryId, designation);
    const i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    const issued = await p.gql(ISSUE, { id: i.id, version: i.version, inspectorId: await userId(p, Role.INSPECTOR), personDays: 1.5 }, engineer);
    expect(issued.errors).toBeUndefined();
    return { c, i: issued.data.issueInspectionTask };
  }

  it('terminates a case whose nonconformities are not rectified within 40 working days, once (sweep)', async () => {
    const { c, i: tasked1 } = await tasked('INSP-SWEEP-1', 'ONM9-250SW/3300', '2026-03-31');
    await at('2026-04-01T02:00:00Z'); // Wednesday
    const input = report('NONCONFORMITIES', '2026-04-01', { '6': { result: 'NONCONFORMITY' } }, [{ itemId: '6', description: '功耗测量记录未覆盖全部认证产品' }]);
    const reported = await p.gql(REPORT, { id: tasked1.id, version: tasked1.version, input }, inspector);
    expect(reported.errors).toBeUndefined();
    const i = reported.data.recordInspectionReport;
    // 40 working days from Wednesday 1 April 2026: Qingming (6 Apr) and Labour Day (1, 4, 5 May) are
    // not counted, Saturday 9 May is; the last day is Monday 1 June.
    expect(i).toMatchObject({ status: 'NONCONFORMITIES_OPEN', rectificationDueOn: '2026-06-01' });

    await at('2026-06-01T15:00:00Z'); // 23:00 in Beijing on the due date: still in time
    expect(await sweepInspections(p.db.orm.em.fork(), p.clock.now())).toEqual({ terminated: [], failed: [] });
    expect((await caseRow(c.id)).status).toBe('IN_EVALUATION');

    await at('2026-06-02T01:00:00Z');
    // Completed after the due date: CQC cannot verify it as in time; nothing written.
    const late = await p.gql(VERIFY, { id: i.id, version: i.version, ids: [i.nonconformities[0].id], rectifiedOn: '2026-06-02', note: '整改证据' }, engineer);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'RECTIFICATION_OVERDUE', clause: '§5.4' })] });

    const swept = await sweepInspections(p.db.orm.em.fork(), p.clock.now());
    expect(swept.terminated).toHaveLength(1);
    expect(swept.failed).toEqual([]);
    expect(await caseRow(c.id)).toEqual({ status: 'TERMINATED', end_reason_code: 'INSPECTION_RECTIFICATION_OVERDUE' });
    const after = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    expect(after).toMatchObject({ status: 'FAILED', caseStatus: 'TERMINATED', completedOn: '2026-06-02' });
    const view = await caseView(p, c.id, enterprise);
    expect(view.clocks.find((k: any) => k.key === 'INSPECTION_RECTIFICATION')).toMatchObject({ outcome: 'CANCELLED', stoppedOn: '2026-06-02' });
    expect(view.notices.at(-1)).toMatchObject({ kind: 'TERMINATED', bodyZh: expect.stringContaining('2026-06-01') });
    const audits = await p.pool.query(
      `select action, actor_role from audit_event where (aggregate_type = 'case' and aggregate_id = $1) or (aggregate_type = 'inspection' and aggregate_id = $2) order by id desc limit 2`, [c.id, i.id]);
    // One transaction: the case's termination and the inspection's failure, both by the platform.
    expect(audits.rows.sort((a, b) => a.action.localeCompare(b.action))).toEqual([{ action: 'case.terminate', actor_role: 'SYSTEM' }, { action: 'inspection.rectification_overdue', actor_role: 'SYSTEM' }]);

    // Idempotent: the second run finds nothing, writes nothing.
    const count = async () => (await p.pool.query(`select count(*)::int as n from audit_event`)).rows[0].n;
    const before = await count();
    await at('2026-06-03T01:00:00Z');
    expect(await sweepInspections(p.db.orm.em.fork(), p.clock.now())).toEqual({ terminated: [], failed: [] });
    expect(await count()).toBe(before);
  });

  it('terminates the case with the report when the conclusion is FAIL (§6.4), and only for the assigned inspector', async () => {
    const { c, i } = await tasked('INSP-FAIL-1', 'ONM9-250FL/3300', '2026-09-01');
    await at('2026-09-04T02:00:00Z');
    const input = report('FAIL', '2026-09-03', { '4': { result: 'NONCONFORMITY' }, '1.2)': { result: 'NOT_APPLICABLE', note: '尚未使用认证标志' } },
      [{ itemId: '4', description: '无有效的质量控制文件，生产与描述严重不一致' }]);
    const other = await secondInspector(p);
    const foreign = await p.gql(REPORT, { id: i.id, version: i.version, input }, await other.signIn());
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await caseRow(c.id)).status).toBe('IN_EVALUATION');
    const noNote = report('FAIL', '2026-09-03', { '1.2)': { result: 'NOT_APPLICABLE' } });
    expect((await p.gql(REPORT, { id: i.id, version: i.version, input: noNote }, inspector)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist[1].note' });

    const failed = await p.gql(REPORT, { id: i.id, version: i.version, input }, inspector);
    expect(failed.errors).toBeUndefined();
    expect(failed.data.recordInspectionReport).toMatchObject({ status: 'FAILED', caseStatus: 'TERMINATED', conclusion: 'FAIL', reportedOn: '2026-09-04' });
    expect(await caseRow(c.id)).toEqual({ status: 'TERMINATED', end_reason_code: 'INSPECTION_FAILED' });
    expect((await caseView(p, c.id, enterprise)).notices.at(-1)).toMatchObject({ kind: 'TERMINATED', bodyZh: expect.stringContaining('工厂检查不合格') });
    expect(await inspectionComplete(p.db.orm.em.fork(), c.id)).toBe(false);
  });
});
