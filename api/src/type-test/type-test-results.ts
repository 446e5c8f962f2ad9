import { TestItemResult, TestSamplePurpose, User, type TypeTest } from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';
import { attachableReport } from './type-test-report.js';
import { badInput, resultList, ruleViolation, type ResultInput } from './type-test-input.js';
import { runTypeTestCommand, type TypeTestContext } from './run-type-test-command.js';

/**
 * The lab's steps (§4.2.3, §4.2.4): enter results per test item and model, then conclude the
 * round. Pass/fail and grades are the lab's data; the platform only checks that the round is
 * complete and that each representative model leaves the test with one grade.
 */

export async function enterResults(ctx: TypeTestContext, caseId: string, version: number, input: ResultInput[]) {
  let results: ResultInput[] = [];
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'ENTER_RESULTS',
    command({ typeTest }) {
      results = resultList(input, { testItems: typeTest!.testItems, designations: [...new Set(typeTest!.samples.getItems().map((s) => s.designation))] });
      return { type: 'ENTER_RESULTS' };
    },
    apply({ em, typeTest, viewer, now }) {
      const t = typeTest!;
      for (const r of results) {
        const existing = t.results.getItems().find((x) => x.round === t.round && x.testItem === r.testItem && x.designation === r.designation);
        const values = { measuredValue: r.measuredValue, limit: r.limit ?? null, unit: r.unit, passed: r.passed, grade: r.grade ?? null, enteredBy: em.getReference(User, viewer.userId), enteredAt: now };
        if (existing) Object.assign(existing, values);
        else t.results.add(em.create(TestItemResult, { typeTest: t, round: t.round, testItem: r.testItem, designation: r.designation, ...values }));
      }
      return t;
    },
    payload: () => ({ results }),
  });
}

export async function concludeRound(ctx: TypeTestContext, caseId: string, version: number, reportDocumentId: string | null) {
  let passed = false;
  let grades = new Map<string, string>();
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'CONCLUDE_ROUND',
    async command({ em, typeTest }) {
      const t = typeTest!;
      const missing = missingResults(t);
      if (missing.length) throw ruleViolation(missing);
      passed = t.results.getItems().filter((r) => r.round === t.round).every((r) => r.passed);
      if (passed) {
        const graded = gradesOf(t);
        if ('findings' in graded) throw ruleViolation(graded.findings);
        grades = graded.grades;
      }
      if (reportDocumentId) await attachableReport(em, t, reportDocumentId);
      return { type: 'CONCLUDE_ROUND', passed };
    },
    apply({ found, typeTest, today }) {
      const t = typeTest!;
      if (reportDocumentId) t.reportDocumentId = reportDocumentId;
      if (passed) {
        t.completedOn = today;
        for (const model of found.unit.models.getItems()) {
          const grade = grades.get(model.designation);
          if (grade !== undefined) model.grade = grade;
        }
      }
      return t;
    },
    detail({ typeTest }, _transition, dueOn) {
      const t = typeTest!;
      if (passed) return [...grades].map(([designation, grade]) => `${designation}: ${grade}`).join('; ');
      const failures = t.results.getItems().filter((r) => r.round === t.round && !r.passed)
        .map((r) => `${r.testItem} (${r.designation}): ${r.measuredValue} ${r.unit}${r.limit !== null && r.limit !== undefined ? ` / ${r.limit} ${r.unit}` : ''}`);
      const due = dueOn('TEST_RECTIFICATION');
      return `${failures.join('; ')}${due ? ` (${due})` : ''}`;
    },
    payload: () => ({ passed, grades: Object.fromEntries(grades), reportDocumentId }),
  });
}

/**
 * Results the round still needs. The first round: every test item for every representative
 * model; a retest: every item and model that failed in the round before (CQC's retest plan may
 * ask for more, which the lab then enters as well).
 */
function missingResults(t: TypeTest): RuleFinding[] {
  const results = t.results.getItems();
  const has = (round: number, item: string, designation: string) => results.some((r) => r.round === round && r.testItem === item && r.designation === designation);
  const needed = t.round === 1
    ? [...new Set(t.samples.getItems().filter((s) => s.purpose === TestSamplePurpose.REPRESENTATIVE).map((s) => s.designation))]
      .flatMap((designation) => t.testItems.map((item) => ({ item, designation })))
    : results.filter((r) => r.round === t.round - 1 && !r.passed).map((r) => ({ item: r.testItem, designation: r.designation }));
  return needed.filter((n) => !has(t.round, n.item, n.designation)).map((n) => ({
    code: 'RESULT_MISSING', clause: '§4.2.3', field: 'results',
    messageZh: `第 ${t.round} 轮缺少型号 ${n.designation} 的检验项目“${n.item}”的结果。`,
    messageEn: `Round ${t.round} has no result for "${n.item}" on ${n.designation}.`,
  }));
}

/**
 * The grade of each model as the latest results state it (a retest's result replaces the earlier
 * one for the same item). Each representative model needs exactly one grade.
 */
function gradesOf(t: TypeTest): { grades: Map<string, string> } | { findings: RuleFinding[] } {
  const latest = new Map<string, TestItemResult>();
  for (const r of t.results.getItems()) {
    const key = `${r.testItem}\u0000${r.designation}`;
    if ((latest.get(key)?.round ?? 0) < r.round) latest.set(key, r);
  }
  const byModel = new Map<string, Set<string>>();
  for (const r of latest.values()) if (r.grade) byModel.set(r.designation, (byModel.get(r.designation) ?? new Set()).add(r.grade));
  const representative = new Set(t.samples.getItems().filter((s) => s.purpose === TestSamplePurpose.REPRESENTATIVE).map((s) => s.designation));
  const findings: RuleFinding[] = [];
  for (const designation of representative) {
    if (!byModel.has(designation)) {
      findings.push({ code: 'GRADE_MISSING', clause: '§4.2.1', field: 'results', messageZh: `型号 ${designation} 没有功耗等级结果。`, messageEn: `No power-consumption grade was reported for ${designation}.` });
    }
  }
  for (const [designation, set] of byModel) {
    if (set.size > 1) {
      findings.push({ code: 'GRADE_CONFLICT', clause: '§4.2.1', field: 'results', messageZh: `型号 ${designation} 的功耗等级结果不一致：${[...set].join('、')}。`, messageEn: `${designation} has conflicting grades: ${[...set].join(', ')}.` });
    }
  }
  return findings.length ? { findings } : { grades: new Map([...byModel].map(([d, set]) => [d, [...set][0]!])) };
}
