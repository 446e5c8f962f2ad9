import type { KeyComponentType, TestSamplePurpose } from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { AppError, ErrorCode } from '../errors.js';

/** Samples as the engineer records them on receipt (§4.1). */
export interface SampleInput {
  designation: string;
  purpose: TestSamplePurpose;
  count: number;
  receivedOn: string;
  keyComponentConfiguration: string;
}

/** One result as the lab reports it; limit, pass/fail and grade are the lab's, never derived. */
export interface ResultInput {
  testItem: string;
  designation: string;
  measuredValue: number;
  limit?: number | null;
  unit: string;
  passed: boolean;
  grade?: string | null;
}

export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function ruleViolation(findings: RuleFinding[]): AppError {
  return new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
}

/** A receipt date: a real date, not after today (Beijing), since it records something that happened. */
export function receiptDate(field: string, value: string, today: string): string {
  if (!isIsoDate(value)) throw badInput(field, `${field} must be a date (YYYY-MM-DD)`);
  if (value > today) throw badInput(field, `${field} cannot be in the future`);
  return value;
}

export function text(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, `${field} must not be empty`);
  return trimmed;
}

/** Test items as listed for an assignment: non-empty, trimmed, no repeats. */
export function testItemList(items: string[]): string[] {
  if (items.length === 0) throw badInput('testItems', 'List the test items the lab must cover');
  const trimmed = items.map((item, i) => text(`testItems[${i}]`, item));
  const repeated = trimmed.findIndex((item, i) => trimmed.indexOf(item) !== i);
  if (repeated >= 0) throw badInput(`testItems[${repeated}]`, `${trimmed[repeated]} is listed twice`);
  return trimmed;
}

/** §4.1.1: every test item must lie within the lab's CMA accreditation scope. */
export function cmaScopeFindings(items: string[], cmaScope: readonly string[]): RuleFinding[] {
  return items.flatMap((item, i) => (cmaScope.includes(item) ? [] : [{
    code: 'OUTSIDE_CMA_SCOPE', clause: '§4.1.1', field: `testItems[${i}]`,
    messageZh: `检测机构的 CMA 资质认定能力附表不包含检验项目“${item}”。`,
    messageEn: `The lab's CMA accreditation scope does not cover the test item "${item}".`,
  }]));
}

export function sampleList(samples: SampleInput[], unit: { designations: string[]; configurations: string[] }, today: string): SampleInput[] {
  if (samples.length === 0) throw badInput('samples', 'Record at least one sample');
  return samples.map((s, i) => {
    const designation = text(`samples[${i}].designation`, s.designation);
    if (!unit.designations.includes(designation)) throw badInput(`samples[${i}].designation`, `${designation} is not a model of the unit`);
    const configuration = text(`samples[${i}].keyComponentConfiguration`, s.keyComponentConfiguration);
    if (!unit.configurations.includes(configuration)) {
      throw badInput(`samples[${i}].keyComponentConfiguration`, `${configuration} is not a key-component configuration of the unit`);
    }
    if (!Number.isInteger(s.count) || s.count < 1) throw badInput(`samples[${i}].count`, 'count must be a whole number of at least 1');
    return { designation, purpose: s.purpose, count: s.count, receivedOn: receiptDate(`samples[${i}].receivedOn`, s.receivedOn, today), keyComponentConfiguration: configuration };
  });
}

export function resultList(results: ResultInput[], track: { testItems: string[]; designations: string[] }): ResultInput[] {
  if (results.length === 0) throw badInput('results', 'Enter at least one result');
  const seen = new Set<string>();
  return results.map((r, i) => {
    const testItem = text(`results[${i}].testItem`, r.testItem);
    if (!track.testItems.includes(testItem)) throw badInput(`results[${i}].testItem`, `${testItem} is not a test item of this type test`);
    const designation = text(`results[${i}].designation`, r.designation);
    if (!track.designations.includes(designation)) throw badInput(`results[${i}].designation`, `No samples of ${designation} were received`);
    const key = `${testItem}\u0000${designation}`;
    if (seen.has(key)) throw badInput(`results[${i}]`, `${testItem} for ${designation} is entered twice`);
    seen.add(key);
    if (!Number.isFinite(r.measuredValue)) throw badInput(`results[${i}].measuredValue`, 'measuredValue must be a number');
    if (r.limit !== undefined && r.limit !== null && !Number.isFinite(r.limit)) throw badInput(`results[${i}].limit`, 'limit must be a number');
    const grade = r.grade?.trim() || null;
    return { testItem, designation, measuredValue: r.measuredValue, limit: r.limit ?? null, unit: text(`results[${i}].unit`, r.unit), passed: r.passed, grade };
  });
}

/** A key-component test as the engineer records it (§4.2.3). */
export interface KeyComponentTestInput {
  type: string;
  workingDays: number;
}

/**
 * The key-component tests of a type test: each an Annex 1 type of the scheme that the unit
 * declares (§3.2(4), §4.3), listed once, lasting a whole number of working days ≥ 1. An empty
 * list clears them.
 */
export function keyComponentTestList(
  tests: KeyComponentTestInput[], known: { schemeTypes: readonly string[]; declared: readonly string[] },
): Array<{ type: KeyComponentType; workingDays: number }> {
  const seen = new Set<string>();
  return tests.map((t, i) => {
    if (!known.schemeTypes.includes(t.type)) throw badInput(`tests[${i}].type`, `${t.type} is not a key component of the scheme (Annex 1)`);
    if (!known.declared.includes(t.type)) throw badInput(`tests[${i}].type`, `The unit declares no ${t.type} among its key components`);
    if (seen.has(t.type)) throw badInput(`tests[${i}].type`, `${t.type} is listed twice`);
    seen.add(t.type);
    if (!Number.isInteger(t.workingDays) || t.workingDays < 1) throw badInput(`tests[${i}].workingDays`, 'workingDays must be a whole number of at least 1');
    return { type: t.type as KeyComponentType, workingDays: t.workingDays };
  });
}
