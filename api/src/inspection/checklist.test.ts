import { describe, expect, it } from 'vitest';
import { InspectionConclusion, InspectionItemResult, currentScheme } from '@cqc/db';
import { initialChecklist, validateReport, type InspectionReportInput } from './checklist.js';
import { checkPersonDays } from './inspection-task.js';

const everyItem = () => initialChecklist(currentScheme).map((i) => ({ itemId: i.id, result: InspectionItemResult.CONFORMS }));
const base = (over: Partial<InspectionReportInput> = {}): InspectionReportInput => ({
  visitOn: '2026-03-13', conclusion: InspectionConclusion.PASS, summary: '符合', checklist: everyItem(), nonconformities: [], ...over,
});
const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error: any) {
    return { code: error.extensions.code, field: error.extensions.field, findings: error.extensions.findings?.map((f: any) => f.code) };
  }
};

describe('the initial inspection checklist (scheme data)', () => {
  it('holds every CQC/F002-2009 item and every conformity point, identifiers only', () => {
    const items = initialChecklist(currentScheme);
    expect(items.map((i) => i.id)).toEqual(['1', '1.2)', '1.3)', '2', '3', '4', '5', '6', '7', '8', '9', '5.2.2-1', '5.2.2-2', '5.2.2-3', '5.2.4']);
    expect(items.filter((i) => i.kind === 'QA_CAPABILITY').every((i) => i.titleIsPlaceholder && i.clause === '5.2.1')).toBe(true);
  });

  it('accepts a complete PASS report and refuses what contradicts it', () => {
    expect(codeOf(() => validateReport(currentScheme, base()))).toBeNull();
    expect(codeOf(() => validateReport(currentScheme, base({ checklist: everyItem().slice(1) })))).toMatchObject({ code: 'RULE_VIOLATION', findings: ['CHECKLIST_ITEM_MISSING'] });
    expect(codeOf(() => validateReport(currentScheme, base({ checklist: [...everyItem(), { itemId: '10', result: InspectionItemResult.CONFORMS }] })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist[15].itemId' });
    expect(codeOf(() => validateReport(currentScheme, base({ checklist: [...everyItem(), everyItem()[0]!] })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist[15].itemId' });
    const nonconforming = everyItem().map((e) => (e.itemId === '5' ? { ...e, result: InspectionItemResult.NONCONFORMITY } : e));
    expect(codeOf(() => validateReport(currentScheme, base({ checklist: nonconforming })))).toMatchObject({ findings: ['NONCONFORMITY_NOT_DESCRIBED', 'PASS_WITH_NONCONFORMITIES'] });
    expect(codeOf(() => validateReport(currentScheme, base({ conclusion: InspectionConclusion.NONCONFORMITIES })))).toMatchObject({ findings: ['NO_NONCONFORMITIES'] });
    expect(codeOf(() => validateReport(currentScheme, base({ nonconformities: [{ itemId: '5', description: 'x' }] })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nonconformities[0].itemId' });
    expect(codeOf(() => validateReport(currentScheme, base({
      conclusion: InspectionConclusion.NONCONFORMITIES, checklist: nonconforming, nonconformities: [{ itemId: '5', description: '记录不全' }],
    })))).toBeNull();
  });

  it('keeps the on-site effort within the scheme’s 1–2 person-days (§5.3)', () => {
    for (const ok of [1, 1.5, 2]) expect(codeOf(() => checkPersonDays(currentScheme, ok))).toBeNull();
    expect(codeOf(() => checkPersonDays(currentScheme, 2.5))).toMatchObject({ code: 'RULE_VIOLATION', findings: ['PERSON_DAYS_ABOVE_MAX'] });
    expect(codeOf(() => checkPersonDays(currentScheme, 0.5))).toMatchObject({ code: 'RULE_VIOLATION', findings: ['PERSON_DAYS_BELOW_MIN'] });
    expect(codeOf(() => checkPersonDays(currentScheme, 1.25))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personDays' });
  });
});
