import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { uploadPdf } from '../../../test/support/case-steps.js';

const FIELDS = `id certificateNumber certificateStatus state inForce methods { code zh } positions { code } designDocument { id downloadPath }
  note requestedOn approvalNumber decidedOn decisionNote version`;
const APPLY = `mutation($input: MarkApprovalInput!) { applyForMarkApproval(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $a: Boolean!, $note: String!) { decideMarkApproval(id: $id, version: $v, approve: $a, note: $note) { ${FIELDS} } }`;
const LIST = `query($n: String) { markApprovals(number: $n) { ${FIELDS} } }`;
const ORDER = `mutation($n: String!, $q: Int!) { orderStandardMarks(number: $n, quantity: $q, note: "首批") { certificateNumber quantity orderedOn note } }`;
const ORDERS = `query($n: String) { markOrders(number: $n) { certificateNumber quantity orderedOn } }`;
const SUSPEND = `mutation($n: String!, $v: Int!) { suspendCertificate(number: $n, version: $v, reasonCode: "S4", causeCode: "OTHER",
  publicReasonZh: "标志使用需调查", publicReasonEn: "Mark use under investigation") { status } }`;

type Result = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const ext = (res: Result) => res.errors?.[0]?.extensions ?? {};

describe('marks (§10): mark-usage approvals and standard-mark orders', () => {
  let p: TestPlatform;
  let numbers: string[];
  let notValid: string;
  let t: { holder: string; other: string; engineer: string; decider: string };
  const count = async (table: string) => Number((await p.pool.query(`select count(*) n from ${table}`)).rows[0].n);
  const footprint = async () => Promise.all(['mark_approval', 'mark_order', 'notice', 'audit_event', 'outbox_event'].map(count));
  const input = (n: string, extra: Record<string, unknown> = {}) => ({ number: n, methods: ['PRINTED_OR_MOULDED'], positions: ['NAMEPLATE', 'PACKAGING'], undistortedDeclared: true, ...extra });

  beforeAll(async () => {
    p = await startTestPlatform();
    const { rows } = await p.pool.query(
      `select c.number, c.status from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
       where o.name_zh like '%瓯能%' order by c.number`);
    numbers = rows.filter((r) => r.status === 'VALID').map((r) => r.number);
    notValid = rows.find((r) => r.status !== 'VALID')?.number;
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    expect(notValid).toBeDefined();
    t = {
      holder: await p.loginAs(Role.ENTERPRISE), other: await p.loginAs(Role.ENTERPRISE, 1),
      engineer: await p.loginAs(Role.ENGINEER), decider: await p.loginAs(Role.DECIDER),
    };
  });
  afterAll(() => p?.close());

  it('applies with a design, approves with a number and date, notifies, and voids the approval on read once the certificate is not in force', async () => {
    const [n] = numbers as [string];
    const rules = (await p.gql(`{ markRules { applicationMethods { code } positions { code zh } standardMarksMethod styleRequirementZh } }`, {}, t.holder)).data.markRules;
    expect(rules.positions.map((x: { code: string }) => x.code)).toEqual(['PRODUCT', 'NAMEPLATE', 'MANUAL', 'PACKAGING', 'ACCOMPANYING_DOCUMENTS', 'ADVERTISING']);
    expect(rules.styleRequirementZh).toBe('不允许使用变形标志。');

    const design = await uploadPdf(p, t.holder, 'mark-design.pdf');
    const filed = await p.gql(APPLY, { input: input(n, { designDocumentId: design, positions: ['PACKAGING', 'NAMEPLATE'], note: '铭牌激光打印' }) }, t.holder);
    expect(filed.errors).toBeUndefined();
    const a = filed.data.applyForMarkApproval;
    // Positions are kept in the scheme's order, whatever order they were given in.
    expect(a).toMatchObject({ state: 'PENDING', inForce: false, requestedOn: '2026-11-25', approvalNumber: null, positions: [{ code: 'NAMEPLATE' }, { code: 'PACKAGING' }], designDocument: { id: design } });
    expect(ext(await p.gql(APPLY, { input: input(n) }, t.holder))).toMatchObject({ code: 'CONFLICT' });
    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, a: true, note: '' }, t.holder))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, a: true, note: '' }, t.decider))).toMatchObject({ code: 'FORBIDDEN' });

    const approved = (await p.gql(DECIDE, { id: a.id, v: a.version, a: true, note: '' }, t.engineer)).data.decideMarkApproval;
    expect(approved).toMatchObject({ state: 'APPROVED', inForce: true, approvalNumber: `${n}-BZ01`, decidedOn: '2026-11-25' });
    expect(ext(await p.gql(DECIDE, { id: a.id, v: approved.version, a: false, note: '再议' }, t.engineer))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    const notices = await p.pool.query(`select kind, body_zh from notice where kind like 'MARK_%' order by created_at`);
    expect(notices.rows.map((r) => r.kind)).toEqual(['MARK_APPROVAL_RECEIVED', 'MARK_APPROVAL_GRANTED']);
    expect(notices.rows[1].body_zh).toContain(`${n}-BZ01`);
    const audit = await p.pool.query(`select action from audit_event where aggregate_type = 'mark-approval' order by occurred_at`);
    expect(audit.rows.map((r) => r.action)).toEqual(['mark-approval.requested', 'mark-approval.approved']);
    expect(Number((await p.pool.query(`select count(*) n from outbox_event where type = 'mark.changed'`)).rows[0].n)).toBe(2);

    // The holder and staff see it; another enterprise sees nothing of it.
    expect((await p.gql(LIST, { n }, t.holder)).data.markApprovals).toHaveLength(1);
    expect((await p.gql(LIST, {}, t.other)).data.markApprovals).toEqual([]);
    expect(ext(await p.gql(`query($id: ID!) { markApproval(id: $id) { id } }`, { id: a.id }, t.other))).toMatchObject({ code: 'NOT_FOUND' });

    // Suspended: the approval is no longer in force (computed on read, no sweep).
    const version = (await p.gql(`query($n: String!) { certificateRecord(number: $n) { version } }`, { n }, t.decider)).data.certificateRecord.version;
    expect((await p.gql(SUSPEND, { n, v: version }, t.decider)).data.suspendCertificate.status).toBe('SUSPENDED');
    expect((await p.gql(LIST, { n }, t.holder)).data.markApprovals[0]).toMatchObject({ state: 'APPROVED', inForce: false, certificateStatus: 'SUSPENDED' });
    expect(ext(await p.gql(APPLY, { input: input(n) }, t.holder))).toMatchObject({ code: 'ILLEGAL_TRANSITION', clause: '§10.2' });
  });

  it('refuses bad applications and decisions with typed errors and writes nothing', async () => {
    const [, n] = numbers as [string, string];
    const before = await footprint();
    expect(ext(await p.gql(APPLY, { input: input(notValid) }, t.holder))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(ext(await p.gql(APPLY, { input: input(n) }, t.other))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(APPLY, { input: input(n) }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const violation = ext(await p.gql(APPLY, { input: input(n, { methods: [], positions: ['ROOF'], undistortedDeclared: false }) }, t.holder));
    expect(violation.code).toBe('RULE_VIOLATION');
    expect((violation.findings as Array<{ field: string; clause: string }>).map((f) => [f.field, f.clause])).toEqual([['methods', '§10.2'], ['positions', '§10.2'], ['undistortedDeclared', '§10.1']]);
    const othersDocument = await uploadPdf(p, t.other);
    expect(ext(await p.gql(APPLY, { input: input(n, { designDocumentId: othersDocument }) }, t.holder))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'designDocumentId' });
    expect(await footprint()).toEqual(before);

    const a = (await p.gql(APPLY, { input: input(n, { methods: ['STANDARD_MARKS'], positions: ['ADVERTISING'] }) }, t.holder)).data.applyForMarkApproval;
    const after = await footprint();
    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version, a: false, note: ' ' }, t.engineer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(ext(await p.gql(DECIDE, { id: a.id, v: a.version + 1, a: false, note: '过期' }, t.engineer))).toMatchObject({ code: 'CONFLICT' });
    expect(ext(await p.gql(DECIDE, { id: 'nope', v: 1, a: false, note: 'x' }, t.engineer))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await footprint()).toEqual(after);
    const refused = (await p.gql(DECIDE, { id: a.id, v: a.version, a: false, note: '宣传材料样稿中标志比例变形' }, t.engineer)).data.decideMarkApproval;
    expect(refused).toMatchObject({ state: 'REFUSED', inForce: false, approvalNumber: null, decisionNote: '宣传材料样稿中标志比例变形' });
    const notice = await p.pool.query(`select body_zh from notice where kind = 'MARK_APPROVAL_REFUSED'`);
    expect(notice.rows[0].body_zh).toContain('标志比例变形');
  });

  it('records standard-mark orders with quantity and date, for the holder’s own certificate in force', async () => {
    const [, , n] = numbers as [string, string, string];
    const before = await footprint();
    expect(ext(await p.gql(ORDER, { n, q: 0 }, t.holder))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(ext(await p.gql(ORDER, { n, q: 500 }, t.other))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(ORDER, { n, q: 500 }, t.engineer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await p.gql(ORDER, { n: notValid, q: 500 }, t.holder))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(await footprint()).toEqual(before);
    expect((await p.gql(ORDER, { n, q: 500 }, t.holder)).data.orderStandardMarks).toEqual({ certificateNumber: n, quantity: 500, orderedOn: '2026-11-25', note: '首批' });
    expect((await p.gql(ORDERS, { n }, t.engineer)).data.markOrders).toEqual([{ certificateNumber: n, quantity: 500, orderedOn: '2026-11-25' }]);
    expect((await p.gql(ORDERS, {}, t.other)).data.markOrders).toEqual([]);
    expect((await p.pool.query(`select count(*) n from notice where kind = 'MARK_ORDER_RECORDED'`)).rows[0].n).toBe('1');
  });
});
