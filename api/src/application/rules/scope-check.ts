import type { Mounting, ProductType, Scheme } from '@cqc/db';
import type { RuleFinding } from './finding.js';

/** The ratings of a product model that decide whether the rule covers it (§1). */
export interface ScopeModel {
  productType: ProductType;
  mounting: Mounting;
  poles: number;
  /** Ue, V AC. */
  ratedVoltage: number;
  /** Inm, A. */
  frameCurrent: number;
  /** In values covered by the model, A. */
  ratedCurrents: number[];
}

export type ScopeVerdict = 'IN_SCOPE' | 'REFERENCE' | 'OUT_OF_SCOPE';

export interface ScopeFinding extends RuleFinding {
  /** OUT_OF_SCOPE refuses, REFERENCE flags (参照执行), BAD_INPUT asks for a correction. */
  kind: 'OUT_OF_SCOPE' | 'REFERENCE' | 'BAD_INPUT';
}

export interface ScopeResult {
  verdict: ScopeVerdict;
  /** False when the verdict is OUT_OF_SCOPE or the ratings cannot be right (BAD_INPUT). */
  acceptable: boolean;
  findings: ScopeFinding[];
}

const MOUNTING_ZH: Record<string, string> = { WITHDRAWABLE: '抽屉式', FIXED: '固定式' };

/**
 * Whether the scheme's scope covers a model: product type, mounting, poles and rated voltage
 * are read from `scheme.scope`, never hard-coded, so a revised scope is a data change. Every
 * finding is reported, not just the first, so the applicant can fix the form in one pass.
 */
export function checkScope(model: ScopeModel, scheme: Scheme): ScopeResult {
  const scope = scheme.scope;
  const clause = `§${scope.clause}`;
  const findings: ScopeFinding[] = [];
  const add = (kind: ScopeFinding['kind'], code: string, field: string, messageZh: string, messageEn: string) =>
    findings.push({ kind, code, clause, field, messageZh, messageEn });

  const typeScope = scope.productTypes.find((p) => p.productType === model.productType);
  if (!typeScope) {
    const covered = scope.productTypes.map((p) => p.productType).join(', ');
    add('OUT_OF_SCOPE', 'PRODUCT_TYPE_NOT_COVERED', 'productType',
      `本规则仅适用于 ${covered}，不适用于 ${model.productType}。`,
      `The rule covers only ${covered}, not ${model.productType}.`);
  } else {
    if (!typeScope.mountings.includes(model.mounting)) {
      const allowed = typeScope.mountings.map((m) => MOUNTING_ZH[m] ?? m).join('、');
      add('OUT_OF_SCOPE', 'MOUNTING_NOT_COVERED', 'mounting',
        `${typeScope.label.zh}（${model.productType}）仅${allowed}在本规则范围内，${MOUNTING_ZH[model.mounting] ?? model.mounting}不适用。`,
        `Only the ${typeScope.mountings.map((m) => m.toLowerCase()).join(' or ')} ${model.productType} is in scope, not the ${String(model.mounting).toLowerCase()} one.`);
    }
    if (!Number.isInteger(model.poles) || model.poles < 1) {
      add('BAD_INPUT', 'POLES_INVALID', 'poles', '极数应为正整数。', 'The number of poles must be a positive whole number.');
    } else if (!typeScope.poles.includes(model.poles)) {
      const allowed = typeScope.poles.join('/');
      add('OUT_OF_SCOPE', 'POLES_NOT_COVERED', 'poles',
        `本规则适用于 ${allowed} 极${typeScope.label.zh}，不适用于 ${model.poles} 极产品。`,
        `The rule covers ${allowed}-pole ${model.productType}, not ${model.poles}-pole products.`);
    }
  }

  checkVoltage(model.ratedVoltage, scheme, add);
  checkRatings(model, add);

  const verdict: ScopeVerdict = findings.some((f) => f.kind === 'OUT_OF_SCOPE') ? 'OUT_OF_SCOPE'
    : findings.some((f) => f.kind === 'REFERENCE') ? 'REFERENCE' : 'IN_SCOPE';
  return { verdict, acceptable: verdict !== 'OUT_OF_SCOPE' && !findings.some((f) => f.kind === 'BAD_INPUT'), findings };
}

type Add = (kind: ScopeFinding['kind'], code: string, field: string, messageZh: string, messageEn: string) => void;

function checkVoltage(voltage: number, scheme: Scheme, add: Add): void {
  const { maxRatedVoltage: max, referenceMaxRatedVoltage: referenceMax } = scheme.scope;
  if (!Number.isFinite(voltage) || voltage <= 0) {
    add('BAD_INPUT', 'RATED_VOLTAGE_INVALID', 'ratedVoltage', '额定电压应为正数（交流 V）。', 'The rated voltage must be a positive number (V AC).');
  } else if (voltage > referenceMax) {
    add('OUT_OF_SCOPE', 'RATED_VOLTAGE_ABOVE_SCOPE', 'ratedVoltage',
      `额定电压 AC ${voltage} V 超过 AC ${referenceMax} V，不在本规则范围内。`,
      `A rated voltage of AC ${voltage} V exceeds AC ${referenceMax} V and is outside the rule's scope.`);
  } else if (voltage > max) {
    add('REFERENCE', 'RATED_VOLTAGE_BY_REFERENCE', 'ratedVoltage',
      `额定电压 AC ${voltage} V 高于 AC ${max} V 但不超过 AC ${referenceMax} V，参照执行。`,
      `A rated voltage of AC ${voltage} V is above AC ${max} V but not above AC ${referenceMax} V: certified by reference (参照执行).`);
  }
}

function checkRatings(model: ScopeModel, add: Add): void {
  const frameValid = Number.isFinite(model.frameCurrent) && model.frameCurrent > 0;
  if (!frameValid) {
    add('BAD_INPUT', 'FRAME_CURRENT_INVALID', 'frameCurrent', '壳架等级电流应为正数（A）。', 'The frame current must be a positive number (A).');
  }
  if (model.ratedCurrents.length === 0) {
    add('BAD_INPUT', 'RATED_CURRENTS_MISSING', 'ratedCurrents', '应至少给出一个额定电流。', 'At least one rated current is required.');
  }
  model.ratedCurrents.forEach((current, i) => {
    const field = `ratedCurrents[${i}]`;
    if (!Number.isFinite(current) || current <= 0) {
      add('BAD_INPUT', 'RATED_CURRENT_INVALID', field, '额定电流应为正数（A）。', 'A rated current must be a positive number (A).');
    } else if (frameValid && current > model.frameCurrent) {
      add('BAD_INPUT', 'RATED_CURRENT_ABOVE_FRAME', field,
        `额定电流 ${current} A 不应超过壳架等级电流 ${model.frameCurrent} A。`,
        `A rated current of ${current} A cannot exceed the frame current of ${model.frameCurrent} A.`);
    }
  });
}
