import { designationKey, type ProductType } from '@cqc/db';
import type { RuleFinding } from './finding.js';

/** A proposed certification unit (认证单元) as the applicant composes it. */
export interface ProposedUnit {
  applicantId: string;
  manufacturerId: string;
  factoryId: string;
  models: { designation: string; productType: ProductType; series: string; frameCurrent: number }[];
}

const CLAUSE = '§3.1';

/**
 * §3.1: one unit is one factory (生产企业 at one production site), one frame current and one
 * series (same structure); a different applicant, manufacturer or factory makes a different unit.
 * The unit carries exactly one of each party, so only their presence is checked here; the models
 * are compared with the first one, which the messages name. Designations and series are
 * compared as search keys (designationKey), so `XXM-1` and `xxm 1` are one series, not a violation.
 */
export function checkUnit(unit: ProposedUnit): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const add = (code: string, field: string, messageZh: string, messageEn: string) =>
    findings.push({ code, clause: CLAUSE, field, messageZh, messageEn });

  const parties = [
    ['applicantId', '认证委托人', 'applicant'],
    ['manufacturerId', '生产者（制造商）', 'manufacturer'],
    ['factoryId', '生产企业', 'factory'],
  ] as const;
  for (const [field, zh, en] of parties) {
    if (!unit[field]?.trim()) add('PARTY_MISSING', field, `认证单元应指明${zh}。`, `The unit must name its ${en}.`);
  }

  const [first] = unit.models;
  if (!first) {
    add('UNIT_EMPTY', 'models', '认证单元应至少包含一个型号。', 'A certification unit must contain at least one model.');
    return findings;
  }

  const seen = new Map<string, number>();
  unit.models.forEach((model, i) => {
    const at = `models[${i}]`;
    const key = designationKey(model.designation ?? '');
    if (!key) {
      add('DESIGNATION_MISSING', `${at}.designation`, '型号不能为空。', 'The model designation is required.');
    } else if (seen.has(key)) {
      add('DESIGNATION_REPEATED', `${at}.designation`,
        `型号 ${model.designation} 与 models[${seen.get(key)}] 重复。`,
        `Model ${model.designation} repeats models[${seen.get(key)}].`);
    } else {
      seen.set(key, i);
    }
    if (i === 0) return;
    if (model.productType !== first.productType) {
      add('PRODUCT_TYPE_DIFFERS', `${at}.productType`,
        `同一认证单元的产品类型应相同：${model.productType} 与首个型号的 ${first.productType} 不同。`,
        `All models of a unit must be of one product type: ${model.productType} differs from the first model's ${first.productType}.`);
    }
    if (model.frameCurrent !== first.frameCurrent) {
      add('FRAME_CURRENT_DIFFERS', `${at}.frameCurrent`,
        `同一认证单元的壳架等级电流应相同：${model.frameCurrent} A 与首个型号的 ${first.frameCurrent} A 不同。`,
        `All models of a unit must share one frame current: ${model.frameCurrent} A differs from the first model's ${first.frameCurrent} A.`);
    }
    if (designationKey(model.series ?? '') !== designationKey(first.series ?? '')) {
      add('SERIES_DIFFERS', `${at}.series`,
        `同一认证单元应为同一系列（相同结构）：${model.series} 与首个型号的 ${first.series} 不同。`,
        `All models of a unit must be of one series (same structure): ${model.series} differs from the first model's ${first.series}.`);
    }
  });
  return findings;
}
