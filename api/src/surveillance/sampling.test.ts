import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { DEADLINE_SWEEPS } from '../jobs/sweep-list.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { SAMPLE, certificates, sweep, type CertificateRow } from './test-support.js';

const TAKE = `mutation($input: SurveillanceSampleInput!) { recordSurveillanceSample(input: $input) { sample { ${SAMPLE} } warnings { code clause messageZh } } }`;
const CONTACT = `mutation($id: ID!, $v: Int!) { recordSampleLabContact(id: $id, version: $v) { ${SAMPLE} } }`;
const RECEIVED = `mutation($id: ID!, $v: Int!) { recordSampleReceived(id: $id, version: $v) { ${SAMPLE} } }`;
const RESULT = `mutation($id: ID!, $v: Int!, $ok: Boolean!, $note: String!) { enterSurveillanceSampleResult(id: $id, version: $v, passed: $ok, note: $note) { ${SAMPLE} } }`;
const PUBLIC = `query($n: String!) { certificate(number: $n) { status models { designation status withdrawnOn } statusHistory { kind reasonCode cause modelDesignation occurredOn } } }`;

describe('surveillance sampling over HTTP (§7.2) and its consequences (§7.3, §8.5)', () => {
  let p: TestPlatform;
  let engineer: string;
  let labToken: string;
  let labId: string;
  let rows: CertificateRow[];
  let warned: CertificateRow;
  let failNoRetest: CertificateRow;
  let failRetest: CertificateRow;
  let noSample: CertificateRow;
  let noResample: CertificateRow;
  const planId = async (n: string, year = 2026) =>
    (await p.pool.query(`select s.id from surveillance_plan s join certificate c on c.id = s.certificate_id where c.number = $1 and s.year = $2 and s.seq = 0`, [n, year])).rows[0].id;
  const take = async (row: CertificateRow, extra: Record<string, unknown> = {}, year = 2026) => p.gql(TAKE, {
    input: { planId: await planId(row.number, year), purpose: 'SURVEILLANCE', available: true, modelDesignation: row.models[0], ratedCurrent: row.ratings[0], labId, ...extra },
  }, engineer);
  /** Drawn, received by the lab, and concluded. */
  async function tested(row: CertificateRow, passed: boolean, extra: Record<string, unknown> = {}) {
    const sample = (await take(row, extra)).data.recordSurveillanceSample.sample;
    const received = (await p.gql(RECEIVED, { id: sample.id, v: sample.version }, labToken)).data.recordSampleReceived;
    return (await p.gql(RESULT, { id: sample.id, v: received.version, ok: passed, note: passed ? '' : '功耗超过 2 级限值' }, labToken)).data.enterSurveillanceSampleResult;
  }
  const publicRecord = async (n: string) => (await p.gql(PUBLIC, { n })).data.certificate;

  beforeAll(async () => {
    p = await startTestPlatform();
    engineer = await p.loginAs(Role.ENGINEER);
    labToken = await p.loginAs(Role.LAB);
    labId = (await p.pool.query(`select l.id from lab l join app_user u on u.organisation_id = l.organisation_id where u.role = 'LAB' limit 1`)).rows[0].id;
    await p.gql(`mutation { a: planSurveillanceYear(year: 2026) b: planSurveillanceYear(year: 2027) }`, {}, engineer);
    rows = await certificates(p);
    warned = rows.find((r) => r.holder.includes('瓯能'))!;
    const rest = rows.filter((r) => r !== warned);
    failNoRetest = rest.find((r) => r.models.length >= 2)!;
    const others = rest.filter((r) => r !== failNoRetest);
    [failRetest, noSample, noResample] = [others[0]!, others[1]!, others[2]!];
    // The retest case covers a certificate whose scope holds one model: withdraw its other models first.
    await p.pool.query(`update product_model set status = 'WITHDRAWN', withdrawn_on = '2026-01-01' where designation = any($1) and unit_id = (select unit_id from certificate where number = $2)`, [failRetest.models.slice(1), failRetest.number]);
  });
  afterAll(() => p?.close());

  it('draws one sample per factory and design type a year, warns (does not refuse) when the rating repeats, and runs the 10-day and 30-working-day clocks', async () => {
    const first = await take(warned);
    expect(first.errors).toBeUndefined();
    const sample = first.data.recordSurveillanceSample.sample;
    expect(first.data.recordSurveillanceSample.warnings).toEqual([]);
    // 10 日 (§7.2) are calendar days.
    expect(sample).toMatchObject({ status: 'TAKEN', purpose: 'SURVEILLANCE', year: 2026, contactDueOn: '2026-12-05', ratedCurrent: warned.ratings[0] });
    const again = await take(warned);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [{ code: 'ONE_SAMPLE_PER_DESIGN_TYPE', clause: '§7.2' }] });
    const next = await take(warned, {}, 2027);
    expect(next.data.recordSurveillanceSample.warnings).toMatchObject([{ code: 'SAME_RATING_AS_LAST', clause: '§7.2' }]);
    expect(next.data.recordSurveillanceSample.sample.status).toBe('TAKEN');

    expect((await p.gql(CONTACT, { id: sample.id, v: sample.version }, await p.loginAs(Role.ENTERPRISE, 1))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(CONTACT, { id: sample.id, v: sample.version }, labToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const contacted = (await p.gql(CONTACT, { id: sample.id, v: sample.version }, await p.loginAs(Role.ENTERPRISE))).data.recordSampleLabContact;
    expect(contacted).toMatchObject({ status: 'LAB_CONTACTED', contactedOn: '2026-11-25', contactLate: false });
    expect((await p.gql(RECEIVED, { id: sample.id, v: contacted.version }, engineer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const received = (await p.gql(RECEIVED, { id: sample.id, v: contacted.version }, labToken)).data.recordSampleReceived;
    const calendar = await loadWorkingDayCalendar(p.db.orm.em.fork());
    expect(received).toMatchObject({ status: 'RECEIVED', receivedOn: '2026-11-25', resultDueOn: calendar.addWorkingDays('2026-11-25', 30) });
    const mine = (await p.gql(`{ surveillanceSamples(year: 2026) { id labNameZh } }`, {}, labToken)).data.surveillanceSamples;
    expect(mine.map((s: { id: string }) => s.id)).toContain(sample.id);
    const holderView = (await p.gql(`{ surveillanceSamples(year: 2026) { id certificateNumber } }`, {}, await p.loginAs(Role.ENTERPRISE, 1))).data.surveillanceSamples;
    expect(holderView.map((s: { id: string }) => s.id)).not.toContain(sample.id);
  });

  it('fails the year on a failed sample: S3 suspension, and 3 months to rectify and retest', async () => {
    const failed = await tested(failNoRetest, false);
    expect(failed).toMatchObject({ status: 'FAILED', retestDueOn: '2027-02-25', outcome: null });
    const plan = (await p.pool.query(`select status, failure_reason from surveillance_plan where id = $1`, [failed.planId])).rows[0];
    expect(plan).toEqual({ status: 'FAILED', failure_reason: 'SAMPLE_FAILED' });
    await p.project();
    const pub = await publicRecord(failNoRetest.number);
    expect(pub.status).toBe('SUSPENDED');
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', reasonCode: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY' });
    // The holder was told when the sample was taken (lab, 10 days) and when it failed (3 months to retest).
    const notices = (await p.pool.query(`select kind, body_zh from notice where kind in ('SAMPLE_TAKEN', 'SAMPLE_FAILED') and body_zh like $1 order by created_at`, [`%${failNoRetest.number}%`])).rows;
    expect(notices.map((n) => n.kind)).toEqual(['SAMPLE_TAKEN', 'SAMPLE_FAILED']);
    expect(notices[1].body_zh).toContain('2027-02-25');
  });

  it('withdraws a model whose retest fails and revokes the certificate left with no model (R10)', async () => {
    const failed = await tested(failRetest, false);
    const model = failRetest.models[0];
    const wrongModel = await p.gql(TAKE, { input: { planId: failed.planId, purpose: 'RETEST', available: true, modelDesignation: 'OTHER', ratedCurrent: failRetest.ratings[0], labId } }, engineer);
    expect(wrongModel.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modelDesignation' });
    const retest = (await p.gql(TAKE, { input: { planId: failed.planId, purpose: 'RETEST', available: true, modelDesignation: model, ratedCurrent: failRetest.ratings[0], labId } }, engineer)).data.recordSurveillanceSample;
    expect(retest.warnings).toEqual([]);
    const received = (await p.gql(RECEIVED, { id: retest.sample.id, v: retest.sample.version }, labToken)).data.recordSampleReceived;
    await p.gql(RESULT, { id: retest.sample.id, v: received.version, ok: false, note: '复检仍不合格' }, labToken);
    await p.project();
    const pub = await publicRecord(failRetest.number);
    expect(pub.status).toBe('REVOKED');
    expect(pub.models.find((m: { designation: string }) => m.designation === model)).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-11-25' });
    expect(pub.statusHistory.slice(-2).map((e: { kind: string; reasonCode: string | null; modelDesignation: string | null }) => [e.kind, e.reasonCode, e.modelDesignation]))
      .toEqual([['MODEL_WITHDRAWN', null, model], ['REVOKED', 'R10', null]]);
    expect((await p.pool.query(`select outcome from surveillance_sample where id = $1`, [failed.id])).rows[0].outcome).toBe('MODEL_WITHDRAWN');
  });

  it('suspends the factory’s certificates of that design type (S5) when the resample finds no sample either', async () => {
    const none = (await take(noSample, { available: false, modelDesignation: null, ratedCurrent: null, labId: null })).data.recordSurveillanceSample.sample;
    // 60 日 (§7.2) are calendar days.
    expect(none).toMatchObject({ status: 'UNAVAILABLE', resampleDueOn: '2027-01-24' });
    const resample = await p.gql(TAKE, { input: { planId: none.planId, purpose: 'RESAMPLE', available: false } }, engineer);
    expect(resample.data.recordSurveillanceSample.sample).toMatchObject({ purpose: 'RESAMPLE', status: 'UNAVAILABLE', outcome: 'CERTIFICATES_SUSPENDED' });
    await p.project();
    const pub = await publicRecord(noSample.number);
    expect(pub.status).toBe('SUSPENDED');
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', reasonCode: 'S5', cause: 'NO_SAMPLE_AVAILABLE' });
    await take(noResample, { available: false, modelDesignation: null, ratedCurrent: null, labId: null });
  });

  it('runs every surveillance deadline sweep idempotently: the second run at the same time does nothing', async () => {
    p.clock.set(new Date('2027-02-26T09:00:00+08:00'));
    const names = DEADLINE_SWEEPS.map((s) => s.name).filter((n) => n.startsWith('surveillance-'));
    expect(names).toEqual(['surveillance-plans', 'surveillance-rectification', 'surveillance-year-failure', 'surveillance-no-sample', 'surveillance-failed-model']);
    const first: Record<string, number> = {};
    for (const n of names) first[n] = (await sweep(p, n)).affected;
    expect(first['surveillance-no-sample']).toBe(1);
    expect(first['surveillance-failed-model']).toBe(1);
    for (const n of names) expect((await sweep(p, n)).affected, n).toBe(0);
    await p.project();
    expect((await publicRecord(noResample.number)).statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', reasonCode: 'S5', occurredOn: '2027-02-26' });
    const withdrawn = await publicRecord(failNoRetest.number);
    expect(withdrawn.status).toBe('SUSPENDED');
    expect(withdrawn.models.find((m: { designation: string }) => m.designation === failNoRetest.models[0])).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2027-02-26' });
    expect(withdrawn.statusHistory.at(-1)).toMatchObject({ kind: 'MODEL_WITHDRAWN', modelDesignation: failNoRetest.models[0] });
  });
});
