import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { SMALL_PDF, uploadPdf } from '../../../test/support/case-steps.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { GRADING, POWER_LOSS, TT_FIELDS, caseInEvaluation, demoLabId, ok, ops, secondLab, type Tokens } from './type-test-fixtures.js';

const CONCLUDE = `mutation($caseId: ID!, $version: Int!, $report: ID) { concludeTypeTestRound(caseId: $caseId, version: $version, reportDocumentId: $report) { ${TT_FIELDS} reportDocumentId } }`;
const LIST = `{ labTypeTests { caseId caseNo caseStatus productNameZh series status round open dueOn rectificationDueOn } }`;

describe('the lab’s worklist and its test report (§4.2.3, §4.2.4), over HTTP', () => {
  let p: TestPlatform;
  let tokens: Tokens;
  let labId: string;
  let other: { labId: string; token: string };
  beforeAll(async () => {
    p = await startTestPlatform();
    tokens = { enterprise: await p.loginAs(Role.ENTERPRISE), engineer: await p.loginAs(Role.ENGINEER), lab: await p.loginAs(Role.LAB) };
    labId = await demoLabId(p);
    other = await secondLab(p, [POWER_LOSS, GRADING]);
  });
  afterAll(() => p.close());

  const download = (token: string, id: string) => request(p.app).get(`/documents/${id}`).set('authorization', `Bearer ${token}`).buffer(true)
    .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); });

  let passedCase: { id: string; caseNo: string };
  let reportId: string;

  it('the assigned lab attaches its own report when concluding; another lab cannot, nor can the lab attach another organisation’s document', async () => {
    p.clock.set(new Date('2026-03-02T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'LBA');
    let t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS, GRADING] }, tokens.engineer), 'assignTypeTestLab');
    t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-03-02' }, tokens.engineer), 'recordTypeTestFee');
    t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: c.models[0], purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-03-02', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');
    p.clock.set(new Date('2026-04-20T02:00:00Z'));
    t = ok(await p.gql(ops.results, { caseId: c.id, version: t.version, results: [
      { testItem: POWER_LOSS, designation: c.models[0], measuredValue: 18.25, limit: 22.5, unit: 'W', passed: true },
      { testItem: GRADING, designation: c.models[0], measuredValue: 1, unit: '级', passed: true, grade: '1' },
    ] }, tokens.lab), 'enterTypeTestResults');

    reportId = await uploadPdf(p, tokens.lab, '型式试验报告.pdf');
    const otherLabsReport = await uploadPdf(p, other.token, 'other.pdf');
    const applicantsDocument = await uploadPdf(p, tokens.enterprise, 'mine.pdf');
    for (const report of [otherLabsReport, applicantsDocument, 'not-a-uuid']) {
      const refused = await p.gql(CONCLUDE, { caseId: c.id, version: t.version, report }, tokens.lab);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportDocumentId' });
    }
    expect((await p.gql(CONCLUDE, { caseId: c.id, version: t.version, report: otherLabsReport }, other.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.pool.query(`select status from type_test where id = $1`, [t.id])).rows[0].status).toBe('TESTING');

    t = ok(await p.gql(CONCLUDE, { caseId: c.id, version: t.version, report: reportId }, tokens.lab), 'concludeTypeTestRound');
    expect(t).toMatchObject({ status: 'PASSED', reportDocumentId: reportId });
    const audit = await p.pool.query(`select payload->>'reportDocumentId' as report from audit_event where aggregate_id = $1 and action = 'type-test.conclude_round'`, [t.id]);
    expect(audit.rows).toEqual([{ report: reportId }]);
    passedCase = { id: c.id, caseNo: (await p.pool.query(`select case_no from certification_case where id = $1`, [c.id])).rows[0].case_no };
  });

  it('the engineer and the lab download the report; another lab and, before approval, the applicant get 404; after approval the applicant reads it', async () => {
    for (const token of [tokens.engineer, tokens.lab]) {
      const res = await download(token, reportId);
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, SMALL_PDF)).toBe(0);
    }
    expect((await download(other.token, reportId)).status).toBe(404);
    expect((await download(tokens.enterprise, reportId)).status).toBe(404);
    // §4.2.4 "认证批准后，检测机构负责给认证委托人提供一份试验报告". The decision flow has its own tests;
    // here the case is simply marked certified.
    await p.pool.query(`update certification_case set status = 'CERTIFIED' where id = $1`, [passedCase.id]);
    expect((await download(tokens.enterprise, reportId)).status).toBe(200);
    expect((await download(other.token, reportId)).status).toBe(404);
    await p.pool.query(`update certification_case set status = 'IN_EVALUATION' where id = $1`, [passedCase.id]);
  });

  it('labTypeTests lists the lab’s own type tests, open ones first with their due dates; other labs and enterprises get nothing of them', async () => {
    p.clock.set(new Date('2026-04-21T02:00:00Z'));
    const c = await caseInEvaluation(p, tokens, 'LBB');
    let t = ok(await p.gql(ops.assign, { caseId: c.id, labId, items: [POWER_LOSS] }, tokens.engineer), 'assignTypeTestLab');
    t = ok(await p.gql(ops.fee, { caseId: c.id, version: t.version, on: '2026-04-21' }, tokens.engineer), 'recordTypeTestFee');
    t = ok(await p.gql(ops.samples, { caseId: c.id, version: t.version, samples: [
      { designation: c.models[0], purpose: 'REPRESENTATIVE', count: 3, receivedOn: '2026-04-21', keyComponentConfiguration: '配置A' },
    ] }, tokens.engineer), 'recordTypeTestSamples');

    const list = (await p.gql(LIST, {}, tokens.lab)).data.labTypeTests;
    expect(list.map((r: any) => r.caseId)).toEqual([c.id, passedCase.id]);
    expect(list[0]).toMatchObject({ caseStatus: 'IN_EVALUATION', productNameZh: '塑料外壳式断路器', series: 'LBB', status: 'TESTING', round: 1, open: true, dueOn: t.dueOn });
    expect(list[0].dueOn).toMatch(/^2026-06-/);
    expect(list[1]).toMatchObject({ caseNo: passedCase.caseNo, status: 'PASSED', open: false, dueOn: null });

    expect((await p.gql(LIST, {}, other.token)).data.labTypeTests).toEqual([]);
    for (const token of [tokens.enterprise, tokens.engineer]) {
      expect((await p.gql(LIST, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await p.gql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
