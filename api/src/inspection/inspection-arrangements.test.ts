import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, CertificateStatus, Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { deliverPendingNotices } from '../mail/notice-mailer.js';
import {
  ARRANGE, CHANGE, DECIDE, INSPECTION, ISSUE, REPORT, VERIFY_ON_SITE, caseInEvaluation, caseView, newFactory, report, secondInspector, userId,
} from './inspection-test-support.js';

describe('inspection task notices, rearranged tasks and on-site verification (§5.3, §5.4) over HTTP', () => {
  let p: TestPlatform;
  let enterprise: string;
  let engineer: string;
  let inspector: string;
  const at = async (instant: string) => {
    p.clock.set(new Date(instant));
    [enterprise, engineer, inspector] = await Promise.all([p.loginAs(Role.ENTERPRISE), p.loginAs(Role.ENGINEER), p.loginAs(Role.INSPECTOR)]);
  };
  const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;
  const notices = async (caseId: string) => (await caseView(p, caseId, enterprise)).notices as Array<{ kind: string; bodyZh: string }>;
  const audits = async (inspectionId: string) =>
    (await p.pool.query(`select action, reason, payload from audit_event where aggregate_type = 'inspection' and aggregate_id = $1 order by id`, [inspectionId])).rows;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('tells the applicant who inspects, when and for how long; a rearranged task moves the right to report; on-site verification by the inspector sent', async () => {
    const factoryId = await newFactory(p, 'INSP-ARR-1');
    await at('2026-03-02T02:00:00Z'); // Monday
    const c = await caseInEvaluation(p, { enterprise, engineer }, factoryId, 'ONM9-250AR/3300');
    let i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    const first = await userId(p, Role.INSPECTOR);
    const second = await secondInspector(p);

    await at('2026-03-03T02:00:00Z');
    // §5.4: ten working days from Tuesday 3 March is Tuesday 17 March; visiting later is refused.
    const base = { id: i.id, version: i.version, inspectorId: first, personDays: 2 };
    expect(code(await p.gql(ISSUE, { ...base, plannedFrom: '2026-03-16', plannedTo: '2026-03-18' }, engineer))).toMatchObject({
      code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'VISIT_AFTER_REPORT_DUE', clause: '§5.4', field: 'plannedTo' })],
    });
    expect(code(await p.gql(ISSUE, { ...base, plannedFrom: '2026-03-10' }, engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedTo' });
    expect(code(await p.gql(ISSUE, { ...base, plannedFrom: '2026-03-02', plannedTo: '2026-03-02' }, engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedFrom' });
    expect((await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection.status).toBe('AWAITING_TASK');
    expect(await notices(c.id)).not.toContainEqual(expect.objectContaining({ kind: 'INSPECTION_TASK_ISSUED' }));

    const issued = await p.gql(ISSUE, { ...base, plannedFrom: '2026-03-10', plannedTo: '2026-03-11' }, engineer);
    expect(issued.errors).toBeUndefined();
    i = issued.data.issueInspectionTask;
    expect(i).toMatchObject({ status: 'TASK_ISSUED', plannedFrom: '2026-03-10', plannedTo: '2026-03-11', reportDueOn: '2026-03-17', inspector: { id: first } });
    const taskNotice = (await notices(c.id)).find((n) => n.kind === 'INSPECTION_TASK_ISSUED')!;
    expect(taskNotice.bodyZh).toContain('2026-03-10 – 2026-03-11');
    expect(taskNotice.bodyZh).toContain('2 人·日');
    expect(taskNotice.bodyZh).toContain('2026-03-17');
    expect(taskNotice.bodyZh).toContain(i.inspector.displayName);
    // E-mailed through the notice outbox, like every notice.
    const mails: OutgoingMail[] = [];
    await deliverPendingNotices(p.db.orm, { send: async (m) => void mails.push(m) }, p.clock.now());
    expect(mails.some((m) => m.subject.startsWith('初始工厂检查任务已下达') && m.text.includes('2026-03-10'))).toBe(true);

    // Rearranging: engineer only, within §5.3 and the running §5.4 limit, with a reason, and a real change.
    await at('2026-03-09T02:00:00Z');
    const move = { id: i.id, version: i.version, inspectorId: second.id, personDays: 1.5, plannedFrom: '2026-03-12', plannedTo: '2026-03-12', reason: '原检查员回避（与企业存在利害关系）' };
    expect(code(await p.gql(CHANGE, move, enterprise))?.code).toBe('FORBIDDEN');
    expect(code(await p.gql(CHANGE, move, inspector))?.code).toBe('FORBIDDEN');
    expect(code(await p.gql(CHANGE, { ...move, personDays: 2.5 }, engineer))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ clause: '§5.3' })] });
    expect(code(await p.gql(CHANGE, { ...move, plannedTo: '2026-03-18' }, engineer))).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'VISIT_AFTER_REPORT_DUE' })] });
    expect(code(await p.gql(CHANGE, { ...move, reason: ' ' }, engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const same = { ...move, inspectorId: first, personDays: 2, plannedFrom: '2026-03-10', plannedTo: '2026-03-11' };
    expect(code(await p.gql(CHANGE, same, engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectorId' });
    expect(code(await p.gql(CHANGE, { ...move, version: i.version - 1 }, engineer))?.code).toBe('CONFLICT');
    const changed = await p.gql(CHANGE, move, engineer);
    expect(changed.errors).toBeUndefined();
    i = changed.data.changeInspectionTask;
    // The §5.4 limit keeps running from the original task.
    expect(i).toMatchObject({ status: 'TASK_ISSUED', personDays: 1.5, plannedFrom: '2026-03-12', plannedTo: '2026-03-12', reportDueOn: '2026-03-17', inspector: { id: second.id } });
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_TASK_CHANGED', bodyZh: expect.stringContaining('钱思远') });
    const changeAudit = (await audits(i.id)).find((a) => a.action === 'inspection.task_changed');
    expect(changeAudit).toMatchObject({ reason: move.reason, payload: { before: { inspectorId: first, personDays: 2 }, after: { inspectorId: second.id, personDays: 1.5 } } });
    const outbox = await p.pool.query(`select type from outbox_event where aggregate_id = $1 order by id`, [i.id]);
    expect(outbox.rows.map((r) => r.type)).toEqual(['inspection.status-changed', 'inspection.status-changed', 'inspection.changed']);

    // The old inspector lost the right to report, the new one has it.
    await at('2026-03-13T02:00:00Z');
    const secondToken = await second.signIn();
    const input = report('NONCONFORMITIES', '2026-03-12', { '5': { result: 'NONCONFORMITY' } }, [{ itemId: '5', description: '采购控制记录不全' }]);
    expect(code(await p.gql(REPORT, { id: i.id, version: i.version, input }, inspector))?.code).toBe('FORBIDDEN');
    const reported = await p.gql(REPORT, { id: i.id, version: i.version, input }, secondToken);
    expect(reported.errors).toBeUndefined();
    i = reported.data.recordInspectionReport;
    expect(i.rectificationDueOn).toBe('2026-05-13');
    expect(code(await p.gql(CHANGE, { ...move, version: i.version, personDays: 2 }, engineer))).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'NONCONFORMITIES_OPEN' });

    // §5.4 on-site verification: arranged by the engineer within the rectification limit, recorded by the inspector sent.
    const ncIds = [i.nonconformities[0].id];
    const onSite = { id: i.id, version: i.version, ids: ncIds, rectifiedOn: '2026-04-10', note: '现场验证：采购记录已补齐' };
    await at('2026-04-13T02:00:00Z');
    expect(code(await p.gql(VERIFY_ON_SITE, onSite, inspector))).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§5.4' });
    const arrange = { id: i.id, version: i.version, inspectorId: first, plannedOn: '2026-04-15' };
    expect(code(await p.gql(ARRANGE, arrange, enterprise))?.code).toBe('FORBIDDEN');
    expect(code(await p.gql(ARRANGE, { ...arrange, plannedOn: '2026-05-14' }, engineer))).toMatchObject({
      code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'VERIFICATION_AFTER_RECTIFICATION_DUE', clause: '§5.4' })],
    });
    expect(code(await p.gql(ARRANGE, { ...arrange, inspectorId: await userId(p, Role.REVIEWER) }, engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectorId' });
    const arranged = await p.gql(ARRANGE, arrange, engineer);
    expect(arranged.errors).toBeUndefined();
    i = arranged.data.arrangeOnSiteVerification;
    expect(i).toMatchObject({ status: 'NONCONFORMITIES_OPEN', verificationInspector: { id: first }, verificationPlannedOn: '2026-04-15' });
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_VERIFICATION_ARRANGED', bodyZh: expect.stringContaining('2026-04-15') });

    await at('2026-04-15T02:00:00Z');
    const onSiteNow = { ...onSite, version: i.version };
    expect(code(await p.gql(VERIFY_ON_SITE, onSiteNow, await second.signIn()))?.code).toBe('FORBIDDEN'); // the task's inspector was not sent
    expect(code(await p.gql(VERIFY_ON_SITE, onSiteNow, engineer))?.code).toBe('FORBIDDEN');
    const verified = await p.gql(VERIFY_ON_SITE, onSiteNow, inspector);
    expect(verified.errors).toBeUndefined();
    expect(verified.data.verifyInspectionRectification).toMatchObject({
      status: 'PASSED', nonconformities: [expect.objectContaining({ verificationMethod: 'ON_SITE', verifiedOn: '2026-04-15', rectifiedOn: '2026-04-10' })],
    });
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_PASSED', bodyZh: expect.stringContaining('现场验证') });
  });

  it('tells the applicant when the exemption is refused, when the task has no planned days yet, and when the inspection passes', async () => {
    const held = await p.db.orm.em.fork().findOneOrFail(Certificate, { status: CertificateStatus.VALID }, { populate: ['unit.factory'], orderBy: { number: 'asc' } });
    await at('2026-06-01T02:00:00Z');
    const c = await caseInEvaluation(p, { enterprise, engineer }, held.unit.factory.id, 'ONM9-250RQ/3300');
    let i = (await p.gql(INSPECTION, { caseId: c.id }, engineer)).data.factoryInspection;
    expect(i.status).toBe('PROPOSED_EXEMPTION');
    i = (await p.gql(DECIDE, { id: i.id, version: i.version, accept: false, reason: '新增生产线，需现场检查' }, engineer)).data.decideInspectionExemption;
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_REQUIRED', bodyZh: expect.stringContaining('新增生产线') });
    // The demo inspector (userId would now find the second inspector the first test added).
    const demoInspector = p.batch.users.find((u) => u.role === Role.INSPECTOR)!.email;
    const inspectorId = (await p.pool.query(`select id from app_user where email = $1`, [demoInspector])).rows[0].id;
    i = (await p.gql(ISSUE, { id: i.id, version: i.version, inspectorId, personDays: 1 }, engineer)).data.issueInspectionTask;
    expect(i).toMatchObject({ plannedFrom: null, plannedTo: null });
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_TASK_ISSUED', bodyZh: expect.stringContaining('另行商定') });
    await at('2026-06-04T02:00:00Z');
    const passed = await p.gql(REPORT, { id: i.id, version: i.version, input: report('PASS', '2026-06-03') }, inspector);
    expect(passed.data.recordInspectionReport.status).toBe('PASSED');
    expect((await notices(c.id)).at(-1)).toMatchObject({ kind: 'INSPECTION_PASSED', bodyZh: expect.stringContaining('质量保证能力和产品一致性符合要求') });
  });
});
