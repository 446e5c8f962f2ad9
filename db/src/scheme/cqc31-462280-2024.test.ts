import { describe, expect, it } from 'vitest';
import { Mounting, ProductType } from '../entities/enums.js';
import { SUSPENSION_CAUSE_MAX_MONTHS } from '../seed/demo/certificates.js';
import { suspensionMaxMonths } from './causes.js';
import { CQC31_462280_2024 as scheme } from './cqc31-462280-2024.js';
import { TIME_LIMIT_KEYS, surveillancePersonDays, timeLimit, withTypeTestStart, type TimeLimitKey, type TimeUnit } from './time-limits.js';
import { schemeProblems } from './validate.js';

/** RULES.md part L, row by row: key, clause, amount, unit, direction, start, consequence. */
const PART_L: [TimeLimitKey, string, number, TimeUnit, 'AFTER' | 'BEFORE', string][] = [
  ['ACCEPTANCE_DECISION', '3.3', 2, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['DOCUMENT_REVIEW', '3.3', 5, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['TYPE_TEST', '4.2.3', 40, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['TEST_FAILURE_NOTICE', '4.2.3', 1, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['TEST_RECTIFICATION', '4.2.3', 6, 'MONTHS', 'AFTER', 'TERMINATE_CASE'],
  ['INSPECTION_TASK', '5.3', 3, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['INSPECTION_REPORT', '5.4', 10, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['INSPECTION_RECTIFICATION', '5.4', 40, 'WORKING_DAYS', 'AFTER', 'TERMINATE_CASE'],
  ['CERTIFICATE_ISSUE', '6.3', 30, 'CALENDAR_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['SURVEILLANCE_INTERVAL', '7.1.1', 1, 'YEARS', 'AFTER', 'FLAG_OVERDUE'],
  ['SURVEILLANCE_RECTIFICATION', '7.1.4', 60, 'CALENDAR_DAYS', 'AFTER', 'FAIL_SURVEILLANCE'],
  ['SAMPLE_LAB_CONTACT', '7.2', 10, 'CALENDAR_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['SAMPLE_TEST', '7.2', 30, 'WORKING_DAYS', 'AFTER', 'FLAG_OVERDUE'],
  ['RESAMPLE', '7.2', 60, 'CALENDAR_DAYS', 'AFTER', 'SUSPEND'],
  ['SAMPLE_FAILURE_RECTIFICATION', '7.2', 3, 'MONTHS', 'AFTER', 'REVOKE_MODEL'],
  ['CERTIFICATE_VALIDITY', '8.1', 5, 'YEARS', 'AFTER', 'EXPIRE_CERTIFICATE'],
  ['SUSPENSION_MAX_EXTENDED', '8.5.1.1', 12, 'MONTHS', 'AFTER', 'REVOKE_CERTIFICATE'],
  ['SUSPENSION_MAX_DEFAULT', '8.5.1.1', 3, 'MONTHS', 'AFTER', 'REVOKE_CERTIFICATE'],
  ['RECERTIFICATION_APPLICATION', '9', 6, 'MONTHS', 'BEFORE', 'FLAG_LATE'],
  ['RECERTIFICATION_COMPLETION', '9', 3, 'MONTHS', 'AFTER', 'TREAT_AS_NEW_APPLICATION'],
  ['SURVEILLANCE_RESULT_ACCEPTANCE', '9', 12, 'MONTHS', 'AFTER', 'REQUIRE_FULL_INSPECTION'],
];

describe('CQC31-462280-2024 v1.2 as data', () => {
  it('is consistent', () => {
    expect(schemeProblems(scheme)).toEqual([]);
  });

  it('has every time limit of RULES.md part L with its amount, unit and consequence', () => {
    expect(Object.keys(scheme.timeLimits).sort()).toEqual([...TIME_LIMIT_KEYS].sort());
    expect(PART_L.map(([key]) => key).sort()).toEqual([...TIME_LIMIT_KEYS].sort());
    for (const [key, clause, amount, unit, direction, onExpiry] of PART_L) {
      expect(timeLimit(scheme, key), key).toMatchObject({ key, clause, amount, unit, direction, onExpiry });
    }
  });

  it('excludes the applicant amendment, fee payment and failure-handling time where the source says so', () => {
    expect(scheme.timeLimits.DOCUMENT_REVIEW.pausedBy).toContain('APPLICANT_AMENDMENT');
    expect(scheme.timeLimits.CERTIFICATE_ISSUE.pausedBy).toEqual(['FEE_PAYMENT']);
    expect(scheme.timeLimits.TYPE_TEST.pausedBy).toEqual(['TEST_FAILURE_HANDLING']);
    expect(scheme.timeLimits.TYPE_TEST.extendedByLongest).toBe('KEY_COMPONENT_TEST');
  });

  it('lets the type-test clock start on samples, fee or both ("和/或") and refuses anything else', () => {
    expect(scheme.timeLimits.TYPE_TEST.startOptions).toEqual(['SAMPLES_RECEIVED', 'FEE_RECEIVED', 'SAMPLES_AND_FEE_RECEIVED']);
    const onSamples = withTypeTestStart(scheme, 'SAMPLES_RECEIVED');
    expect(onSamples.timeLimits.TYPE_TEST.startsOn).toBe('SAMPLES_RECEIVED');
    expect(scheme.timeLimits.TYPE_TEST.startsOn).toBe('SAMPLES_AND_FEE_RECEIVED');
    const narrowed = { ...scheme, timeLimits: { ...scheme.timeLimits, TYPE_TEST: { ...scheme.timeLimits.TYPE_TEST, startOptions: ['FEE_RECEIVED' as const] } } };
    expect(() => withTypeTestStart(narrowed, 'SAMPLES_RECEIVED')).toThrow(/not an allowed start/);
  });

  it('keeps certificateValidityYears equal to the validity time limit', () => {
    expect(scheme.certificateValidityYears).toBe(5);
    expect(scheme.timeLimits.CERTIFICATE_VALIDITY.amount).toBe(5);
  });

  it('sets on-site effort: initial 1–2 person-days, surveillance 1 or CCC + 0.5', () => {
    expect(scheme.effort.initialInspection).toMatchObject({ minPersonDays: 1, maxPersonDays: 2 });
    expect(surveillancePersonDays(scheme)).toBe(1);
    expect(surveillancePersonDays(scheme, 2)).toBe(2.5);
  });

  it('covers three-pole withdrawable ACB and fixed MCCB up to AC 1000 V, by reference to 1500 V', () => {
    expect(scheme.scope.productTypes.map((p) => [p.productType, p.mountings, p.poles])).toEqual([
      [ProductType.ACB, [Mounting.WITHDRAWABLE], [3]],
      [ProductType.MCCB, [Mounting.FIXED], [3]],
    ]);
    expect(scheme.scope).toMatchObject({ voltageKind: 'AC', maxRatedVoltage: 1000, referenceMaxRatedVoltage: 1500 });
  });

  it('has unique reason codes S1–S9, C1–C5, R1–R10', () => {
    const codes = [...scheme.suspensionReasons, ...scheme.cancellationReasons, ...scheme.revocationReasons].map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(scheme.suspensionReasons.map((r) => r.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
    expect(scheme.cancellationReasons.map((r) => r.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(scheme.revocationReasons.map((r) => r.code)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10']);
  });

  it('gives suspensions 12 months for a holder request, a standard revision or a relocation, 3 otherwise', () => {
    expect(suspensionMaxMonths(scheme, 'HOLDER_REQUEST_SEASONAL')).toBe(12);
    expect(suspensionMaxMonths(scheme, 'STANDARD_REVISION')).toBe(12);
    expect(suspensionMaxMonths(scheme, 'FACTORY_RELOCATION')).toBe(12);
    expect(suspensionMaxMonths(scheme, 'RULE_CHANGE')).toBe(3);
    expect(suspensionMaxMonths(scheme, 'SURVEILLANCE_NONCONFORMITY')).toBe(3);
    expect(suspensionMaxMonths(scheme, 'OTHER')).toBe(3);
    expect(() => suspensionMaxMonths(scheme, 'NOPE')).toThrow(/unknown suspension cause/);
  });

  it('knows every suspension cause the demo data uses, with the same maximum', () => {
    for (const [cause, months] of Object.entries(SUSPENSION_CAUSE_MAX_MONTHS)) expect(suspensionMaxMonths(scheme, cause), cause).toBe(months);
  });

  it('names how a case can end, each with its clause', () => {
    const byCode = Object.fromEntries(scheme.terminationReasons.map((r) => [r.code, r]));
    expect(byCode.TEST_FAILED).toMatchObject({ clause: '6.4', ends: 'TERMINATED' });
    expect(byCode.TEST_RECTIFICATION_OVERDUE).toMatchObject({ clause: '4.2.3', ends: 'TERMINATED' });
    expect(byCode.INSPECTION_FAILED).toMatchObject({ clause: '6.4', ends: 'TERMINATED' });
    expect(byCode.INSPECTION_RECTIFICATION_OVERDUE).toMatchObject({ clause: '5.4', ends: 'TERMINATED' });
    expect(byCode.NOT_APPROVED).toMatchObject({ clause: '6.2', ends: 'TERMINATED' });
    expect(byCode.SERIOUSLY_DISHONEST).toMatchObject({ clause: '3.3', ends: 'REFUSED' });
    expect(byCode.APPLICANT_WITHDREW).toMatchObject({ clause: null, ends: 'WITHDRAWN' });
  });

  it('lists the §3.2 documents (1)–(6) with when each is required', () => {
    expect(scheme.documentTypes.map((d) => [d.code, d.clause, d.requirement])).toEqual([
      ['APPLICATION_FORM', '3.2(1)', 'ALWAYS'],
      ['FACTORY_QUESTIONNAIRE', '3.2(2)', 'WHEN_INSPECTION_APPLIES'],
      ['AGREEMENTS', '3.2(3)', 'ALWAYS'],
      ['PRODUCT_DESCRIPTION', '3.2(4)', 'ALWAYS'],
      ['VARIATION_EVIDENCE', '3.2(5)', 'FOR_VARIATION'],
      ['OTHER', '3.2(6)', 'OPTIONAL'],
    ]);
    for (const d of scheme.documentTypes) {
      expect(d.zh && d.en, d.code).toBeTruthy();
      expect(d.formats, d.code).toContain('PDF');
    }
    expect(scheme.documentTypes.find((d) => d.code === 'PRODUCT_DESCRIPTION')?.contents).toHaveLength(7);
  });

  it('marks CQC/F002-2009 items 4, 5, 6, 9 and 1\'s 2) and 3) mandatory at every surveillance, with placeholder titles only', () => {
    const items = scheme.checklists.qaCapability.items;
    expect(items.map((i) => i.id)).toEqual(['1', '1.2)', '1.3)', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(items.filter((i) => i.mandatoryEverySurveillance).map((i) => i.id)).toEqual(['1.2)', '1.3)', '4', '5', '6', '9']);
    for (const i of items) {
      expect(i.titleIsPlaceholder, i.id).toBe(true);
      expect(i.title.zh, i.id).toMatch(/^CQC\/F002-2009 第/);
    }
    expect(scheme.checklists.qaCapability.coverAllWithinValidity).toBe(true);
    expect(scheme.checklists.qaCapability.notApplicable.map((n) => n.text.zh)).toContain('例行检验要求不适用');
  });

  it('quotes the product-conformity points of §5.2.2 and the power-consumption records of §5.2.4', () => {
    expect(scheme.checklists.productConformity.map((i) => i.clause)).toEqual(['5.2.2 1)', '5.2.2 2)', '5.2.2 3)', '5.2.4']);
    expect(scheme.checklists.productConformity[0]?.text.zh).toBe('认证产品的标识应与产品检测及认证机构确认的产品描述上所标明的信息一致');
  });

  it('reports problems in a broken variant', () => {
    const { SAMPLE_TEST: _dropped, ...rest } = scheme.timeLimits;
    const broken = {
      ...scheme,
      timeLimits: rest as typeof scheme.timeLimits,
      cancellationReasons: [...scheme.cancellationReasons, { code: 'S1', clause: 'x', zh: 'x', en: 'x' }],
    };
    expect(schemeProblems(broken)).toEqual(expect.arrayContaining([
      'time limit SAMPLE_TEST is missing',
      'reason code S1 is used more than once',
    ]));
  });
});
