import { InspectionChecklistKind, InspectionConclusion, InspectionItemResult, type Label, type Scheme } from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';
import { AppError, ErrorCode } from '../errors.js';

/** One item an initial inspection must cover, as the scheme defines it (identifier and title only). */
export interface InitialChecklistItem {
  id: string;
  kind: InspectionChecklistKind;
  /** The rule clause the item comes from (`5.2.1`, `5.2.2 1)`, `5.2.4`). */
  clause: string;
  position: number;
  title: Label;
  titleIsPlaceholder: boolean;
}

/**
 * Every item of the initial inspection: all CQC/F002-2009 items (§5.2.1) and every conformity
 * point (§5.2.2, §5.2.4). §5.2.3 makes both checks cover everything applied for, so each item is
 * required here; the surveillance flag (`mandatoryEverySurveillance`, §7.1.3) does not apply to
 * the initial inspection. Requirements the rule disapplies are answered NOT_APPLICABLE with a note.
 */
export function initialChecklist(scheme: Scheme): InitialChecklistItem[] {
  const { qaCapability, productConformity } = scheme.checklists;
  const qa = qaCapability.items.map((i) => ({
    id: i.id, kind: InspectionChecklistKind.QA_CAPABILITY, clause: qaCapability.clause, title: i.title, titleIsPlaceholder: i.titleIsPlaceholder,
  }));
  const conformity = productConformity.map((i) => ({
    id: i.id, kind: InspectionChecklistKind.PRODUCT_CONFORMITY, clause: i.clause, title: i.text, titleIsPlaceholder: false,
  }));
  return [...qa, ...conformity].map((item, position) => ({ ...item, position }));
}

export interface ChecklistEntryInput {
  itemId: string;
  result: InspectionItemResult;
  note?: string | null;
}

export interface NonconformityInput {
  itemId: string;
  description: string;
}

export interface InspectionReportInput {
  visitOn: string;
  conclusion: InspectionConclusion;
  summary: string;
  internalNote?: string | null;
  checklist: ChecklistEntryInput[];
  nonconformities: NonconformityInput[];
}

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * Checks a report against the scheme's checklist and §5.4: malformed entries are BAD_USER_INPUT
 * (with the field); a missing item or a conclusion that contradicts the results is a
 * RULE_VIOLATION listing every finding. Returns the checklist items by id.
 */
export function validateReport(scheme: Scheme, input: InspectionReportInput): Map<string, InitialChecklistItem> {
  const items = new Map(initialChecklist(scheme).map((i) => [i.id, i]));
  if (!input.summary.trim()) throw bad('summary', 'The report needs a conclusion text');
  const seen = new Set<string>();
  input.checklist.forEach((entry, n) => {
    if (!items.has(entry.itemId)) throw bad(`checklist[${n}].itemId`, `${entry.itemId} is not an item of the scheme's checklist`);
    if (seen.has(entry.itemId)) throw bad(`checklist[${n}].itemId`, `${entry.itemId} is listed twice`);
    seen.add(entry.itemId);
    if (entry.result === InspectionItemResult.NOT_APPLICABLE && !entry.note?.trim()) {
      throw bad(`checklist[${n}].note`, `Say why ${entry.itemId} does not apply`);
    }
  });
  const nonconforming = new Set(input.checklist.filter((e) => e.result === InspectionItemResult.NONCONFORMITY).map((e) => e.itemId));
  input.nonconformities.forEach((nc, n) => {
    if (!nonconforming.has(nc.itemId)) throw bad(`nonconformities[${n}].itemId`, `${nc.itemId} is not an item found nonconforming in the checklist`);
    if (!nc.description.trim()) throw bad(`nonconformities[${n}].description`, 'Describe the nonconformity');
  });

  const findings: RuleFinding[] = [];
  for (const item of items.values()) {
    if (seen.has(item.id)) continue;
    findings.push({
      code: 'CHECKLIST_ITEM_MISSING', clause: `§${item.clause}`, field: 'checklist',
      messageZh: `检查表缺少 ${item.title.zh}（${item.id}）的检查结果。`,
      messageEn: `The checklist has no result for ${item.title.en} (${item.id}).`,
    });
  }
  const described = new Set(input.nonconformities.map((nc) => nc.itemId));
  for (const itemId of nonconforming) {
    if (described.has(itemId)) continue;
    findings.push({
      code: 'NONCONFORMITY_NOT_DESCRIBED', clause: '§5.4', field: 'nonconformities',
      messageZh: `检查项 ${itemId} 判为不符合，但未列出不符合项。`, messageEn: `Item ${itemId} is marked nonconforming but no nonconformity is listed for it.`,
    });
  }
  if (input.conclusion === InspectionConclusion.PASS && nonconforming.size > 0) {
    findings.push({
      code: 'PASS_WITH_NONCONFORMITIES', clause: '§5.4', field: 'conclusion',
      messageZh: '存在不符合项时，检查结论不能为通过。', messageEn: 'The conclusion cannot be PASS while nonconformities are found.',
    });
  }
  if (input.conclusion === InspectionConclusion.NONCONFORMITIES && nonconforming.size === 0) {
    findings.push({
      code: 'NO_NONCONFORMITIES', clause: '§5.4', field: 'conclusion',
      messageZh: '结论为存在不符合项，但检查表中没有不符合的检查项。', messageEn: 'The conclusion is NONCONFORMITIES but no checklist item is nonconforming.',
    });
  }
  if (findings.length > 0) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
  return items;
}
