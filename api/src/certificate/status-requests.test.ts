import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { sweepCertificateStatuses } from './certificate-status-sweep.js';

const REQUEST = 'id certificateNumber kind state requestedOn code explanation decidedOn decisionNote version';
const SUSPEND = `mutation($n: String!, $e: String!) { requestCertificateSuspension(number: $n, explanation: $e) { ${REQUEST} } }`;
const RESTORE = `mutation($n: String!, $e: String!) { requestCertificateRestoration(number: $n, explanation: $e) { ${REQUEST} } }`;
const CANCEL = `mutation($n: String!, $r: String!, $e: String!) { requestCertificateCancellation(number: $n, reasonCode: $r, explanation: $e) { ${REQUEST} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $g: Boolean!, $note: String!) { decideCertificateStatusRequest(id: $id, version: $v, grant: $g, note: $note) { ${REQUEST} } }`;
const RECORD = `query($n: String!) { certificateRecord(number: $n) { status suspendedUntil } }`;

describe('the holder’s status requests (§8.5.1(8), §8.5.2, §8.5.3)', () => {
  let p: TestPlatform;
  let numbers: string[];
  const tokens = { holder: '', decider: '', other: '' };
  const login = async () => {
    tokens.holder = await p.loginAs(Role.ENTERPRISE);
    tokens.decider = await p.loginAs(Role.DECIDER);
    tokens.other = await p.loginAs(Role.ENTERPRISE, 1);
  };
  const record = async (n: string) => (await p.gql(RECORD, { n }, tokens.decider)).data.certificateRecord;
  const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;

  beforeAll(async () => {
    p = await startTestPlatform();
    // 瓯能's VALID certificates that outlive the scenario (a year and more).
    const { rows } = await p.pool.query(
      `select c.number from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
       where c.status = 'VALID' and o.name_zh like '%瓯能%' and c.expires_on > '2028-01-31' order by c.number limit 3`);
    numbers = rows.map((r) => r.number);
    expect(numbers).toHaveLength(3);
    await login();
  });
  afterAll(() => p?.close());

  it('suspends at the holder’s request for up to 12 months, once granted; one open request at a time; only the holder asks', async () => {
    const [n] = numbers as [string];
    const filed = await p.gql(SUSPEND, { n, e: '订单式生产，淡季停产' }, tokens.holder);
    expect(filed.errors).toBeUndefined();
    expect(filed.data.requestCertificateSuspension).toMatchObject({ kind: 'SUSPENSION', state: 'PENDING', requestedOn: '2026-11-25', code: 'HOLDER_REQUEST_SEASONAL' });
    expect(code(await p.gql(SUSPEND, { n, e: '再次申请' }, tokens.holder))).toMatchObject({ code: 'CONFLICT' });
    expect(code(await p.gql(SUSPEND, { n, e: '他人申请' }, tokens.other))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await record(n)).status).toBe('VALID'); // nothing changes before the decision

    const { id, version } = filed.data.requestCertificateSuspension;
    expect(code(await p.gql(DECIDE, { id, v: version, g: true, note: '' }, tokens.holder))).toMatchObject({ code: 'FORBIDDEN' });
    const granted = await p.gql(DECIDE, { id, v: version, g: true, note: '' }, tokens.decider);
    expect(granted.data.decideCertificateStatusRequest).toMatchObject({ state: 'GRANTED', decidedOn: '2026-11-25' });
    expect(await record(n)).toEqual({ status: 'SUSPENDED', suspendedUntil: '2027-11-25' });
    expect(code(await p.gql(DECIDE, { id, v: version + 1, g: false, note: '重复' }, tokens.decider))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await p.project();
    const last = (await p.gql(`query($n: String!) { certificate(number: $n) { statusHistory { reasonCode cause publicReasonZh } } }`, { n })).data.certificate.statusHistory.at(-1);
    expect(last).toMatchObject({ reasonCode: 'S8', cause: 'HOLDER_REQUEST_SEASONAL', publicReasonZh: '应持证人 2026-11-25 的申请。' });
  });

  it('cancels at the holder’s request with C4, and refuses a reason only the certification body gives', async () => {
    const [, n] = numbers as [string, string];
    expect(code(await p.gql(CANCEL, { n, r: 'C3', e: '型号淘汰' }, tokens.holder))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
    expect(code(await p.gql(CANCEL, { n, r: 'C4', e: '  ' }, tokens.holder))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'explanation' });
    const filed = (await p.gql(CANCEL, { n, r: 'C4', e: '不再生产该系列' }, tokens.holder)).data.requestCertificateCancellation;
    const open = (await p.gql(`{ openCertificateStatusRequests { id certificateNumber } }`, {}, tokens.decider)).data.openCertificateStatusRequests;
    expect(open.map((r: { id: string }) => r.id)).toContain(filed.id);
    expect(code(await p.gql(DECIDE, { id: filed.id, v: filed.version, g: false, note: '' }, tokens.decider))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    await p.gql(DECIDE, { id: filed.id, v: filed.version, g: true, note: '' }, tokens.decider);
    expect((await record(n)).status).toBe('CANCELLED');
  });

  it('decides a restoration asked for in time even after the period; refused late, the sweep then revokes', async () => {
    const [seasonal, , n] = numbers as [string, string, string];
    // A second 12-month suspension at the holder's request, granted the same day.
    const s = (await p.gql(SUSPEND, { n, e: '季节性生产' }, tokens.holder)).data.requestCertificateSuspension;
    await p.gql(DECIDE, { id: s.id, v: s.version, g: true, note: '' }, tokens.decider);

    // On the last day of both suspensions: 瓯能 asks to restore `seasonal` only.
    p.clock.set(new Date('2027-11-25T10:00:00+08:00'));
    await login();
    const r = (await p.gql(RESTORE, { n: seasonal, e: '已恢复生产，整改完成' }, tokens.holder)).data.requestCertificateRestoration;
    expect(r).toMatchObject({ kind: 'RESTORATION', state: 'PENDING' });

    // The next day the sweep revokes `n` (no request) but waits for the decision on `seasonal`.
    p.clock.set(new Date('2027-11-26T10:00:00+08:00'));
    await login();
    const sweep = await sweepCertificateStatuses(p.db.orm.em.fork(), p.clock.now());
    expect(sweep.revoked).toContain(n);
    expect(sweep.revoked).not.toContain(seasonal);
    expect(code(await p.gql(RESTORE, { n, e: '太迟了' }, tokens.holder))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });

    // Refused: the suspension has run out, so the next sweep revokes it (§8.5.4(1)).
    const refused = await p.gql(DECIDE, { id: r.id, v: r.version, g: false, note: '现场验证不合格' }, tokens.decider);
    expect(refused.data.decideCertificateStatusRequest).toMatchObject({ state: 'REFUSED', decisionNote: '现场验证不合格' });
    expect((await record(seasonal)).status).toBe('SUSPENDED');
    expect((await sweepCertificateStatuses(p.db.orm.em.fork(), p.clock.now())).revoked).toEqual([seasonal]);
    const notices = await p.pool.query(`select kind from notice where kind like 'STATUS_REQUEST_%' or kind like 'CERTIFICATE_%' order by created_at`);
    expect(notices.rows.map((x) => x.kind)).toEqual(expect.arrayContaining(['STATUS_REQUEST_RECEIVED', 'STATUS_REQUEST_REFUSED', 'CERTIFICATE_SUSPENDED', 'CERTIFICATE_REVOKED', 'CERTIFICATE_CANCELLED']));
  });
});
