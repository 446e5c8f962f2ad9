import { ModelStatus, surveillancePersonDays, type ProductModel, type Scheme } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';

export interface RuleFinding {
  code: string;
  clause: string;
  field: string;
  messageZh: string;
  messageEn: string;
}

export interface VisitInput {
  checkedItemIds: string[];
  conformityModels: string[];
  witnessTests: { modelDesignation: string; description: string; passed: boolean }[];
  nonconformities: { itemId: string; description: string }[];
  passed: boolean;
  note: string | null;
}

function violation(findings: RuleFinding[]): never {
  throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
}

/**
 * §7.1.2: 1 person-day alone; combined with the breaker's CCC surveillance, that visit's
 * person-days + 0.5. Both from the scheme's effort data; any other value is refused.
 */
export function checkSurveillanceEffort(scheme: Scheme, personDays: number, cccPersonDays: number | null): void {
  if (cccPersonDays !== null && !(Number.isFinite(cccPersonDays) && cccPersonDays > 0)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'The CCC visit’s person-days must be a positive number', { field: 'cccPersonDays' });
  }
  const expected = surveillancePersonDays(scheme, cccPersonDays ?? undefined);
  if (Math.abs(personDays - expected) > 1e-9) {
    const { clause } = scheme.effort.surveillance;
    violation([{
      code: 'SURVEILLANCE_EFFORT', clause: `§${clause}`, field: 'personDays',
      messageZh: cccPersonDays === null ? `监督检查人日数为 ${expected} 人·日。` : `与 CCC 监督同步进行时，人日数为 CCC 的 ${cccPersonDays} 人·日加 ${scheme.effort.surveillance.addedToCccPersonDays}，即 ${expected} 人·日。`,
      messageEn: cccPersonDays === null ? `Surveillance effort is ${expected} person-day(s).` : `Combined with the CCC visit of ${cccPersonDays} person-days, the effort is ${expected} person-days.`,
    }]);
  }
}

/**
 * §7.1.3: the mandatory CQC/F002-2009 items every time, at least one model's conformity check
 * (§7.1.3.1), witness tests and findings only on the certificate's models and the scheme's items.
 */
export function checkVisit(scheme: Scheme, models: ProductModel[], input: VisitInput): void {
  const qa = scheme.checklists.qaCapability.items;
  const qaIds = new Set(qa.map((i) => i.id));
  const findingIds = new Set([...qaIds, ...scheme.checklists.productConformity.map((i) => i.id)]);
  const unknown = input.checkedItemIds.filter((id) => !qaIds.has(id));
  if (unknown.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown CQC/F002-2009 items: ${unknown.join(', ')}`, { field: 'checkedItemIds' });
  const inScope = new Set(models.filter((m) => m.status === ModelStatus.IN_SCOPE).map((m) => m.designation));
  const foreign = [...input.conformityModels, ...input.witnessTests.map((w) => w.modelDesignation)].filter((d) => !inScope.has(d));
  if (foreign.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, `Not a model in the certificate’s scope: ${[...new Set(foreign)].join(', ')}`, { field: 'conformityModels' });
  const badFinding = input.nonconformities.find((n) => !findingIds.has(n.itemId) || !n.description.trim());
  if (badFinding) throw new AppError(ErrorCode.BAD_USER_INPUT, `A nonconformity needs a checklist item and a description (${badFinding.itemId})`, { field: 'nonconformities' });

  const findings: RuleFinding[] = [];
  const checked = new Set(input.checkedItemIds);
  const missing = qa.filter((i) => i.mandatoryEverySurveillance && !checked.has(i.id)).map((i) => i.id);
  if (missing.length > 0) {
    findings.push({
      code: 'MANDATORY_ITEM_MISSING', clause: '§7.1.3', field: 'checkedItemIds',
      messageZh: `每次监督检查的必查项目未检查：${missing.join('、')}。`, messageEn: `Items mandatory at every visit were not checked: ${missing.join(', ')}.`,
    });
  }
  const min = scheme.checklists.surveillance.minConformityModelsPerVisit;
  if (new Set(input.conformityModels).size < min) {
    findings.push({
      code: 'CONFORMITY_CHECK_MISSING', clause: '§7.1.3.1', field: 'conformityModels',
      messageZh: `应至少抽取 ${min} 个规格型号做一致性检查。`, messageEn: `At least ${min} model(s) must get the conformity check.`,
    });
  }
  if (findings.length > 0) violation(findings);
}

/** §7.1.3: the items still to be covered within the certificate's validity. */
export function uncoveredItems(scheme: Scheme, checkedSoFar: Iterable<string>): string[] {
  const covered = new Set(checkedSoFar);
  return scheme.checklists.qaCapability.items.filter((i) => !covered.has(i.id)).map((i) => i.id);
}
