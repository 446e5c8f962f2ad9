import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { sweepTransitions } from './transitions.js';

const ANNOUNCE = `mutation($k: RequirementChangeKind!, $d: String!, $v: String) {
  announceRequirementChange(kind: $k, titleZh: "T/CEEIA 549 换版", titleEn: "T/CEEIA 549 revised", planZh: "按新版标准补充功耗试验", transitionDeadline: $d, schemeVersion: $v) {
    id kind announcedOn transitionDeadline pending transitioned suspended } }`;
const PENDING = `{ pendingCertificateTransitions { id certificateNumber holderNameZh state transitionDeadline version } }`;

describe('requirement changes (§8.4) and missed transitions (§8.5.1(2))', () => {
  let p: TestPlatform;
  const count = async (sql: string, params: unknown[] = []) => Number((await p.pool.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.close());

  it('announces a standard revision to every holder, lets the engineer record transitions, and suspends the rest after the deadline for 12 months', async () => {
    const admin = await p.loginAs(Role.ADMIN);
    // Refusals first: nothing may be written by them.
    expect((await p.gql(ANNOUNCE, { k: 'STANDARD', d: '2026-11-25' }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'transitionDeadline' });
    expect((await p.gql(ANNOUNCE, { k: 'STANDARD', d: '2027-03-31', v: '1.2' }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schemeVersion' });
    expect((await p.gql(ANNOUNCE, { k: 'STANDARD', d: '2027-03-31' }, await p.loginAs(Role.ENGINEER))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('select count(*) n from requirement_change')).toBe(0);

    const inForce = await count(`select count(*) n from certificate where status in ('VALID', 'SUSPENDED')`);
    const holders = await count(`select count(distinct u.applicant_id) n from certificate c join certification_unit u on u.id = c.unit_id where c.status in ('VALID', 'SUSPENDED')`);
    const res = await p.gql(ANNOUNCE, { k: 'STANDARD', d: '2027-03-31' }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.announceRequirementChange).toMatchObject({ kind: 'STANDARD', announcedOn: '2026-11-25', pending: inForce, transitioned: 0, suspended: 0 });
    expect(await count(`select count(*) n from notice where kind = 'REQUIREMENT_CHANGE'`)).toBe(holders);

    // The holder sees only its own pending transitions; the engineer records one of them.
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    const own = (await p.gql(PENDING, {}, enterprise)).data.pendingCertificateTransitions;
    expect(own.length).toBeGreaterThan(1);
    expect(new Set(own.map((t: { holderNameZh: string }) => t.holderNameZh)).size).toBe(1);
    const engineer = await p.loginAs(Role.ENGINEER);
    const record = `mutation($id: ID!, $v: Int!) { recordCertificateTransition(id: $id, version: $v, note: "补充试验报告已审") { state completedOn } }`;
    expect((await p.gql(record, { id: own[0].id, v: own[0].version }, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(record, { id: own[0].id, v: own[0].version }, engineer)).data.recordCertificateTransition).toEqual({ state: 'TRANSITIONED', completedOn: '2026-11-25' });
    expect((await p.gql(record, { id: own[0].id, v: own[0].version + 1 }, engineer)).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');

    // On the deadline nothing happens; the day after, every VALID certificate still pending is suspended (S2, standard revision: 12 months).
    expect((await sweepTransitions(p.db.orm.em.fork(), new Date('2027-03-31T12:00:00+08:00'))).suspended).toEqual([]);
    p.clock.set(new Date('2027-04-01T09:00:00+08:00'));
    const validPending = await count(`select count(*) n from certificate_transition t join certificate c on c.id = t.certificate_id where t.state = 'PENDING' and c.status = 'VALID' and c.expires_on > '2027-04-01'`);
    const report = await sweepTransitions(p.db.orm.em.fork(), p.clock.now());
    expect(report.suspended).toHaveLength(validPending);
    expect(report.suspended).not.toContain(own[0].certificateNumber);
    expect(await sweepTransitions(p.db.orm.em.fork(), p.clock.now())).toEqual({ suspended: [], skipped: [] });
    const [number] = report.suspended as [string];
    await p.project();
    const last = (await p.gql(`query($n: String!) { certificate(number: $n) { status statusHistory { reasonCode cause effectiveUntil } } }`, { n: number })).data.certificate;
    expect(last.status).toBe('SUSPENDED');
    expect(last.statusHistory.at(-1)).toEqual({ reasonCode: 'S2', cause: 'STANDARD_REVISION', effectiveUntil: '2028-04-01' });
  });
});
