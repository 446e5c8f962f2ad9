import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { sweepCertificateStatuses } from './certificate-status-sweep.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const RECORD = 'number status suspendedUntil expiresOn holderNameZh version';
const SUSPEND = `mutation($n: String!, $v: Int!, $r: String!, $c: String!) {
  suspendCertificate(number: $n, version: $v, reasonCode: $r, causeCode: $c, publicReasonZh: "年度监督抽样不合格", publicReasonEn: "The yearly surveillance sample failed") { ${RECORD} } }`;
const PUBLIC = `query($n: String!) { certificate(number: $n) { status suspendedUntil statusHistory { kind toStatus occurredOn effectiveUntil reasonCode cause causeZh publicReasonZh } } }`;

describe('certificate status over HTTP (§8.5)', () => {
  let p: TestPlatform;
  let decider: string;
  let ownNumber: string;
  let otherNumber: string;

  /** A VALID demo certificate of 瓯能 (the ENTERPRISE demo user's organisation) or of another maker. */
  async function validCertificate(ofOuneng: boolean, skip: string[] = []): Promise<string> {
    const { rows } = await p.pool.query(
      `select c.number from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
       where c.status = 'VALID' and (o.name_zh like '%瓯能%') = $1 and not (c.number = any($2)) order by c.expires_on desc limit 1`, [ofOuneng, skip]);
    return rows[0].number;
  }
  const record = async (n: string, token = decider) => (await p.gql(`query($n: String!) { certificateRecord(number: $n) { ${RECORD} } }`, { n }, token)).data.certificateRecord;
  const count = async (sql: string, params: unknown[]) => Number((await p.pool.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    p = await startTestPlatform();
    decider = await p.loginAs(Role.DECIDER);
    ownNumber = await validCertificate(true);
    otherNumber = await validCertificate(false);
  });
  afterAll(() => p?.close());

  it('lets the decider suspend with reason and cause; the maximum follows the cause; the holder is told; the registry shows it', async () => {
    const before = await record(ownNumber);
    const res = await p.gql(SUSPEND, { n: ownNumber, v: before.version, r: 'S3', c: 'SURVEILLANCE_NONCONFORMITY' }, decider);
    expect(res.errors).toBeUndefined();
    // The fake clock stands at 2026-11-25 (Beijing): 3 months for a surveillance nonconformity.
    expect(res.data.suspendCertificate).toMatchObject({ status: 'SUSPENDED', suspendedUntil: '2027-02-25', version: before.version + 1 });
    expect(await count(`select count(*) n from notice where kind = 'CERTIFICATE_SUSPENDED' and case_id is null and body_zh like $1`, [`%${ownNumber}%2027-02-25%`])).toBe(1);
    expect(await count(`select count(*) n from audit_event where action = 'certificate.suspended' and payload->>'number' = $1`, [ownNumber])).toBe(1);
    await p.project();
    const pub = (await p.gql(PUBLIC, { n: ownNumber })).data.certificate;
    expect(pub.status).toBe('SUSPENDED');
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', toStatus: 'SUSPENDED', occurredOn: '2026-11-25', effectiveUntil: '2027-02-25', reasonCode: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY', publicReasonZh: '年度监督抽样不合格' });
    expect(pub.statusHistory.at(-1).causeZh).toBeTruthy();
  });

  it('refuses a stale version, an unknown cause and other roles, writing nothing', async () => {
    const events = () => count(`select count(*) n from certificate_status_event e join certificate c on c.id = e.certificate_id where c.number = $1`, [otherNumber]);
    const before = await events();
    const { version } = await record(otherNumber);
    const stale = await p.gql(SUSPEND, { n: otherNumber, v: version - 1, r: 'S3', c: 'SURVEILLANCE_NONCONFORMITY' }, decider);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await p.gql(SUSPEND, { n: otherNumber, v: version, r: 'S3', c: 'WEATHER' }, decider);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'causeCode', clause: '§8.5.1' });
    for (const role of [Role.ENGINEER, Role.ENTERPRISE, Role.REVIEWER]) {
      const res = await p.gql(SUSPEND, { n: otherNumber, v: version, r: 'S3', c: 'OTHER' }, await p.loginAs(role));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await p.gql(SUSPEND, { n: otherNumber, v: version, r: 'S3', c: 'OTHER' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await events()).toBe(before);
    expect((await record(otherNumber)).status).toBe('VALID');
  });

  it('shows the holder its own record and nobody else’s', async () => {
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    expect((await record(ownNumber, enterprise))?.number).toBe(ownNumber);
    // What each may do now with the suspended certificate: the holder asks, the decider decides.
    const actions = `query($n: String!) { certificateRecord(number: $n) { availableActions } }`;
    expect((await p.gql(actions, { n: ownNumber }, enterprise)).data.certificateRecord.availableActions).toEqual(['REQUEST_RESTORATION', 'REQUEST_CANCELLATION']);
    expect((await p.gql(actions, { n: ownNumber }, decider)).data.certificateRecord.availableActions).toEqual(['RESTORE', 'CANCEL', 'REVOKE']);
    expect((await p.gql(actions, { n: ownNumber }, await p.loginAs(Role.ENGINEER))).data.certificateRecord.availableActions).toEqual([]);
    expect(await record(otherNumber, enterprise)).toBeNull();
    expect((await p.gql(`{ certificateRecord(number: "${ownNumber}") { number } }`)).data.certificateRecord).toBeNull();
  });

  it('restores within the period; after it the sweep revokes (R1) once, and the registry shows the whole story', async () => {
    const number = await validCertificate(false, [otherNumber]);
    const suspended = (await p.gql(SUSPEND, { n: number, v: (await record(number)).version, r: 'S3', c: 'SURVEILLANCE_NONCONFORMITY' }, decider)).data.suspendCertificate;
    const restore = `mutation($n: String!, $v: Int!) { restoreCertificate(number: $n, version: $v, publicReasonZh: "整改验证合格", publicReasonEn: "Rectification verified") { ${RECORD} } }`;
    expect((await p.gql(restore, { n: number, v: suspended.version }, decider)).data.restoreCertificate).toMatchObject({ status: 'VALID', suspendedUntil: null });

    // 瓯能's certificate stays suspended past 2027-02-25: the next day's sweep revokes it.
    const sweep = () => sweepCertificateStatuses(p.db.orm.em.fork(), p.clock.now());
    p.clock.set(new Date('2027-02-25T12:00:00+08:00'));
    decider = await p.loginAs(Role.DECIDER); // the session of November has long expired
    expect((await record(ownNumber)).status).toBe('SUSPENDED');
    p.clock.set(new Date('2027-02-26T09:00:00+08:00'));
    decider = await p.loginAs(Role.DECIDER);
    // Demo certificates whose own suspension or validity ran out meanwhile go the same way:
    // those past expiry are cancelled (C1), since none has a renewal applied for.
    const expired = (await p.pool.query(`select number from certificate where status in ('VALID', 'SUSPENDED') and expires_on <= '2027-02-26' order by number`)).rows.map((r) => r.number);
    const first = await sweep();
    expect(expired.length).toBeGreaterThan(0);
    expect(first.cancelled).toEqual(expired);
    expect(first.revoked).toContain(ownNumber);
    expect(first.skipped).toEqual([]);
    expect((await record(ownNumber)).status).toBe('REVOKED');
    expect(await sweep()).toEqual({ revoked: [], cancelled: [], expired: [], skipped: [] });
    await p.project();
    const history = (await p.gql(PUBLIC, { n: ownNumber })).data.certificate.statusHistory;
    expect(history.slice(-2).map((e: { kind: string; reasonCode: string | null }) => [e.kind, e.reasonCode])).toEqual([['SUSPENDED', 'S3'], ['REVOKED', 'R1']]);
    expect(await count(`select count(*) n from notice where kind = 'CERTIFICATE_REVOKED' and body_zh like $1`, [`%${ownNumber}%`])).toBe(1);
  });
});
