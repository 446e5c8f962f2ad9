import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { attachRequiredDocuments, completeDocumentReviewWith, testPlan } from '../../../test/support/case-steps.js';
import { DEADLINE_SWEEPS } from '../jobs/sweep-list.js';

const FIELDS = `id caseNo status version notices { kind } renewal { certificateNumber appliedOn dueOn late completionDueOn treatedAsNew } certificateNumber`;
const APPLY = `mutation($n: String!) { applyForRecertification(number: $n) { ${FIELDS} } }`;
const act = (name: string, arg = '') => `mutation($id: ID!, $version: Int!${arg ? ', $text: String!' : ''}) { ${name}(id: $id, version: $version${arg ? `, ${arg}: $text` : ''}) { ${FIELDS} } }`;
const PUBLIC = `query($n: String!) { certificate(number: $n) { number status expiresOn statusHistory { kind reasonCode } } }`;

describe('recertification (§9) over HTTP', () => {
  let p: TestPlatform;
  const tokens = {} as Record<'enterprise' | 'enterprise2' | 'engineer' | 'reviewer' | 'decider', string>;
  /** 瓯能's VALID certificates, one per scenario. */
  let own: string[];

  const at = async (iso: string) => {
    p.clock.set(new Date(iso));
    // Sessions expire after 60 idle minutes of the fake clock.
    Object.assign(tokens, {
      enterprise: await p.loginAs(Role.ENTERPRISE), enterprise2: await p.loginAs(Role.ENTERPRISE, 1), engineer: await p.loginAs(Role.ENGINEER),
      reviewer: await p.loginAs(Role.REVIEWER), decider: await p.loginAs(Role.DECIDER),
    });
  };
  const sweep = (name: string) => DEADLINE_SWEEPS.find((s) => s.name === name)!.run(p.db.orm, p.clock.now());
  const row = async (number: string) => (await p.pool.query(`select status, expires_on::text, current_version_no, unit_id from certificate where number = $1`, [number])).rows[0];
  const setExpiry = (number: string, on: string) => p.pool.query(`update certificate set expires_on = $2 where number = $1`, [number, on]);

  /** Submits, accepts and reviews the documents of a renewal over HTTP; the evaluation tracks have their own tests. */
  async function throughDocumentReview(c: { id: string; version: number }) {
    let version = (await attachRequiredDocuments(p, tokens.enterprise, c.id)).version;
    version = (await p.gql(act('submitApplication'), { id: c.id, version }, tokens.enterprise)).data.submitApplication.version;
    version = (await p.gql(act('acceptApplication'), { id: c.id, version }, tokens.engineer)).data.acceptApplication.version;
    const reviewed = await p.gql(completeDocumentReviewWith(FIELDS), { id: c.id, version, plan: testPlan() }, tokens.engineer);
    expect(reviewed.errors).toBeUndefined();
    return reviewed.data.completeDocumentReview;
  }

  /** Then, as review-decision.test.ts does, the models graded and the case put in review; reviewed and approved over HTTP. */
  async function approve(c: { id: string }) {
    await p.pool.query(`update product_model set grade = '1' where unit_id = (select unit_id from certification_case where id = $1)`, [c.id]);
    const { rows } = await p.pool.query(`update certification_case set status = 'IN_REVIEW', version = version + 1 where id = $1 returning version`, [c.id]);
    const reviewed = (await p.gql(act('completeReview', 'conclusion'), { id: c.id, version: rows[0].version, text: '复审资料、检测、检查结论符合要求' }, tokens.reviewer)).data.completeReview;
    const approved = await p.gql(act('approveCase'), { id: c.id, version: reviewed.version }, tokens.decider);
    expect(approved.errors).toBeUndefined();
    return approved.data.approveCase;
  }

  const inspectionOf = async (caseId: string) =>
    (await p.pool.query(`select status, exemption_reason, covering_certificate_number from factory_inspection where certification_case_id = $1`, [caseId])).rows[0];

  beforeAll(async () => {
    p = await startTestPlatform();
    await at('2026-11-25T10:00:00+08:00');
    own = (await p.pool.query(`select c.number from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
      where o.name_zh like '%瓯能%' and c.status = 'VALID' order by c.number`)).rows.map((r) => r.number);
    expect(own.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(() => p.close());

  it('opens a DRAFT renewal copying the unit, flags a late one, allows one at a time, and refuses other holders', async () => {
    const [onTime, late] = own;
    await setExpiry(onTime!, '2027-08-31');
    await setExpiry(late!, '2027-03-31');
    const cases = async () => Number((await p.pool.query(`select count(*) n from certification_case`)).rows[0].n);
    const before = await cases();
    const other = await p.gql(APPLY, { n: onTime }, tokens.enterprise2);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await cases()).toBe(before);

    const a = await p.gql(APPLY, { n: onTime }, tokens.enterprise);
    expect(a.errors).toBeUndefined();
    expect(a.data.applyForRecertification).toMatchObject({
      status: 'DRAFT', renewal: { certificateNumber: onTime, appliedOn: '2026-11-25', dueOn: '2027-02-28', late: false, completionDueOn: '2027-11-30', treatedAsNew: false },
    });
    expect(a.data.applyForRecertification.notices.map((n: { kind: string }) => n.kind)).toEqual(['RECERTIFICATION_APPLIED']);
    // The same models in scope and key components as the certificate's unit.
    const { rows: [copy] } = await p.pool.query(`select
      (select array_agg(designation order by designation) from product_model m join certificate c on c.unit_id = m.unit_id where c.number = $1 and m.status = 'IN_SCOPE') cert,
      (select array_agg(designation order by designation) from product_model m join certification_case k on k.unit_id = m.unit_id where k.id = $2) renewal,
      (select count(*) from key_component_configuration x join certificate c on c.unit_id = x.unit_id where c.number = $1) cert_kc,
      (select count(*) from key_component_configuration x join certification_case k on k.unit_id = x.unit_id where k.id = $2) renewal_kc`, [onTime, a.data.applyForRecertification.id]);
    expect(copy.renewal).toEqual(copy.cert);
    expect(copy.renewal_kc).toBe(copy.cert_kc);

    const again = await p.gql(APPLY, { n: onTime }, tokens.enterprise);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', findings: [expect.objectContaining({ code: 'RENEWAL_RUNNING', clause: '§9' })] });

    const b = (await p.gql(APPLY, { n: late }, tokens.enterprise)).data.applyForRecertification;
    expect(b.renewal).toMatchObject({ late: true, dueOn: '2026-09-30' });
    expect(b.notices.map((n: { kind: string }) => n.kind)).toEqual(['RECERTIFICATION_APPLIED_LATE']);

    // It is a case: the holder's case list shows it; the certificate page's query too.
    const list = (await p.gql(`{ certificationCases { id } }`, {}, tokens.enterprise)).data.certificationCases.map((c: { id: string }) => c.id);
    expect(list).toEqual(expect.arrayContaining([a.data.applyForRecertification.id, b.id]));
    const info = (await p.gql(`query($n: String!) { recertification(number: $n) { canApply dueOn running { caseNo late } } }`, { n: late }, tokens.enterprise)).data.recertification;
    expect(info).toMatchObject({ canApply: false, dueOn: '2026-09-30', running: { caseNo: b.caseNo, late: true } });
    expect((await p.gql(`query($n: String!) { recertification(number: $n) { canApply } }`, { n: late }, tokens.enterprise2)).data.recertification).toBeNull();
  });

  it('accepts a passed surveillance from the last 12 months instead of the factory inspection; an older one needs a full inspection', async () => {
    const [recent, old] = [own[0]!, own[2]!];
    await setExpiry(old, '2027-07-31');
    const plan = (number: string, concludedOn: string) => p.pool.query(`insert into surveillance_plan
      (id, created_at, certificate_id, factory_id, year, seq, kind, due_on, status, visited_on, visit_passed, concluded_on, checked_item_ids, conformity_models, witness_tests, version)
      select gen_random_uuid(), now(), c.id, u.factory_id, extract(year from $2::date)::int, 0, 'ANNUAL', $2::date, 'PASSED', $2::date, true, $2::date, '{}', '{}', '[]', 1
      from certificate c join certification_unit u on u.id = c.unit_id where c.number = $1`, [number, concludedOn]);
    await plan(recent, '2026-06-15');
    await plan(old, '2025-10-01');
    const recentCase = (await p.gql(`{ certificationCases { id version status renewal { certificateNumber } } }`, {}, tokens.enterprise)).data.certificationCases
      .find((c: { renewal: { certificateNumber: string } | null }) => c.renewal?.certificateNumber === recent);
    const oldCase = (await p.gql(APPLY, { n: old }, tokens.enterprise)).data.applyForRecertification;

    const exempted = await throughDocumentReview(recentCase);
    expect(exempted.status).toBe('IN_EVALUATION');
    expect(exempted.notices.map((n: { kind: string }) => n.kind)).toContain('RECERTIFICATION_INSPECTION_REPLACED');
    expect(await inspectionOf(recentCase.id)).toMatchObject({ status: 'EXEMPTED', covering_certificate_number: recent, exemption_reason: expect.stringContaining('2026-06-15') });

    const full = await throughDocumentReview(oldCase);
    expect(full.notices.map((n: { kind: string }) => n.kind)).toContain('RECERTIFICATION_FULL_INSPECTION');
    expect(await inspectionOf(oldCase.id)).toMatchObject({ status: 'AWAITING_TASK', covering_certificate_number: null });
  });

  it('expires with a renewal applied for, cancels without (C1); renews under the same number; after 3 months cancels (C5) and issues a new number', async () => {
    const [renewed, lapsed, none] = [own[3]!, own[4]!, own[5]!];
    for (const n of [renewed, lapsed, none]) await setExpiry(n, '2026-12-10');
    const renewedCase = (await p.gql(APPLY, { n: renewed }, tokens.enterprise)).data.applyForRecertification;
    const lapsedCase = (await p.gql(APPLY, { n: lapsed }, tokens.enterprise)).data.applyForRecertification;
    expect(renewedCase.renewal).toMatchObject({ late: true, completionDueOn: '2027-03-10' });

    await at('2026-12-10T08:00:00+08:00');
    const swept = await sweep('certificate-status');
    expect(swept.affected).toBeGreaterThanOrEqual(3);
    expect((await row(renewed)).status).toBe('EXPIRED');
    expect((await row(lapsed)).status).toBe('EXPIRED');
    expect((await row(none)).status).toBe('CANCELLED');
    await p.project();
    expect((await p.gql(PUBLIC, { n: renewed })).data.certificate).toMatchObject({ status: 'EXPIRED', statusHistory: expect.arrayContaining([{ kind: 'EXPIRED', reasonCode: null }]) });
    expect((await p.gql(PUBLIC, { n: none })).data.certificate.statusHistory.at(-1)).toEqual({ kind: 'CANCELLED', reasonCode: 'C1' });
    expect(Number((await p.pool.query(`select count(*) n from notice where kind = 'CERTIFICATE_EXPIRED' and body_zh like $1`, [`%${renewed}%`])).rows[0].n)).toBe(1);
    // The holder cannot apply again once expired.
    expect((await p.gql(APPLY, { n: none }, tokens.enterprise)).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');

    // Renewed within 3 months: the same number, a RENEWAL version, VALID for 5 years from the renewal.
    await at('2027-01-20T10:00:00+08:00');
    await throughDocumentReview(renewedCase);
    const before = await row(renewed);
    const approved = await approve(renewedCase);
    expect(approved).toMatchObject({ status: 'CERTIFIED', certificateNumber: renewed });
    const after = await row(renewed);
    expect(after).toMatchObject({ status: 'VALID', expires_on: '2032-01-20', current_version_no: before.current_version_no + 1 });
    const { rows: [version] } = await p.pool.query(`select v.kind from certificate_version v join certificate c on c.id = v.certificate_id where c.number = $1 and v.version_no = $2`, [renewed, after.current_version_no]);
    expect(version.kind).toBe('RENEWAL');
    expect((await p.pool.query(`select count(*) n from outbox_event where type = 'certificate.version-issued' and payload->>'certificateNumber' = $1`, [renewed])).rows[0].n).toBe('1');
    await p.project();
    expect((await p.gql(PUBLIC, { n: renewed })).data.certificate).toMatchObject({ status: 'VALID', expiresOn: '2032-01-20' });
    expect((await p.gql(PUBLIC, { n: renewed })).data.certificate.statusHistory.at(-1)).toEqual({ kind: 'RENEWED', reasonCode: null });

    // Not completed by 2027-03-10: cancelled (C5) the day after; the renewal goes on as a new application.
    await at('2027-03-10T10:00:00+08:00');
    expect((await sweep('recertification')).affected).toBeGreaterThanOrEqual(0);
    expect((await row(lapsed)).status).toBe('EXPIRED');
    await at('2027-03-11T08:00:00+08:00');
    await sweep('recertification');
    expect((await row(lapsed)).status).toBe('CANCELLED');
    expect((await sweep('recertification')).affected).toBe(0);
    const asNew = (await p.gql(`query($id: ID!) { certificationCase(id: $id) { ${FIELDS} } }`, { id: lapsedCase.id }, tokens.enterprise)).data.certificationCase;
    expect(asNew.renewal).toMatchObject({ treatedAsNew: true });
    expect(asNew.notices.map((n: { kind: string }) => n.kind)).toContain('RECERTIFICATION_TREATED_AS_NEW');
    await p.project();
    expect((await p.gql(PUBLIC, { n: lapsed })).data.certificate.statusHistory.at(-1)).toEqual({ kind: 'CANCELLED', reasonCode: 'C5' });

    await throughDocumentReview(lapsedCase);
    const issued = await approve(lapsedCase);
    expect(issued.status).toBe('CERTIFIED');
    expect(issued.certificateNumber).toMatch(/^CQC27\d{9}$/);
    expect(issued.certificateNumber).not.toBe(lapsed);
    expect((await row(lapsed)).status).toBe('CANCELLED');
    expect(await row(issued.certificateNumber)).toMatchObject({ status: 'VALID', expires_on: '2032-03-11', current_version_no: 0 });
  });
});
