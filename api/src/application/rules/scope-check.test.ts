import { describe, expect, it } from 'vitest';
import { Mounting, ProductType, currentScheme, type Scheme } from '@cqc/db';
import { checkScope, type ScopeModel } from './scope-check.js';

const acb: ScopeModel = {
  productType: ProductType.ACB, mounting: Mounting.WITHDRAWABLE, poles: 3, ratedVoltage: 400, frameCurrent: 2000, ratedCurrents: [630, 1000, 2000],
};
const mccb: ScopeModel = {
  productType: ProductType.MCCB, mounting: Mounting.FIXED, poles: 3, ratedVoltage: 690, frameCurrent: 250, ratedCurrents: [100, 160, 250],
};
const codes = (model: ScopeModel, scheme: Scheme = currentScheme) => checkScope(model, scheme).findings.map((f) => f.code);

describe('checkScope (§1)', () => {
  it('accepts a three-pole withdrawable ACB at 400 V and a three-pole fixed MCCB at 690 V', () => {
    expect(checkScope(acb, currentScheme)).toEqual({ verdict: 'IN_SCOPE', acceptable: true, findings: [] });
    expect(checkScope(mccb, currentScheme)).toEqual({ verdict: 'IN_SCOPE', acceptable: true, findings: [] });
    expect(checkScope({ ...acb, ratedVoltage: 1000 }, currentScheme).verdict).toBe('IN_SCOPE');
  });

  it('refuses a fixed ACB and a withdrawable MCCB, citing §1 and the field', () => {
    const fixedAcb = checkScope({ ...acb, mounting: Mounting.FIXED }, currentScheme);
    expect(fixedAcb.verdict).toBe('OUT_OF_SCOPE');
    expect(fixedAcb.acceptable).toBe(false);
    expect(fixedAcb.findings).toEqual([expect.objectContaining({ code: 'MOUNTING_NOT_COVERED', clause: '§1', field: 'mounting', kind: 'OUT_OF_SCOPE' })]);
    expect(fixedAcb.findings[0]?.messageZh).toContain('抽屉式');
    const withdrawableMccb = checkScope({ ...mccb, mounting: Mounting.WITHDRAWABLE }, currentScheme);
    expect(withdrawableMccb.verdict).toBe('OUT_OF_SCOPE');
    expect(withdrawableMccb.findings[0]?.messageZh).toContain('固定式');
  });

  it('refuses two-pole (and four-pole) breakers of either type', () => {
    expect(checkScope({ ...acb, poles: 2 }, currentScheme).verdict).toBe('OUT_OF_SCOPE');
    expect(codes({ ...mccb, poles: 2 })).toEqual(['POLES_NOT_COVERED']);
    expect(codes({ ...mccb, poles: 4 })).toEqual(['POLES_NOT_COVERED']);
  });

  it('accepts 1200 V flagged as by reference (参照执行)', () => {
    const result = checkScope({ ...acb, ratedVoltage: 1200 }, currentScheme);
    expect(result.verdict).toBe('REFERENCE');
    expect(result.acceptable).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'RATED_VOLTAGE_BY_REFERENCE', kind: 'REFERENCE', field: 'ratedVoltage' })]);
    expect(result.findings[0]?.messageZh).toContain('参照执行');
    expect(checkScope({ ...acb, ratedVoltage: 1500 }, currentScheme).verdict).toBe('REFERENCE');
  });

  it('refuses 1600 V', () => {
    const result = checkScope({ ...mccb, ratedVoltage: 1600 }, currentScheme);
    expect(result.verdict).toBe('OUT_OF_SCOPE');
    expect(result.findings.map((f) => f.code)).toEqual(['RATED_VOLTAGE_ABOVE_SCOPE']);
  });

  it('reports every reason at once', () => {
    expect(codes({ ...mccb, mounting: Mounting.WITHDRAWABLE, poles: 2, ratedVoltage: 1600 }))
      .toEqual(['MOUNTING_NOT_COVERED', 'POLES_NOT_COVERED', 'RATED_VOLTAGE_ABOVE_SCOPE']);
  });

  it('flags impossible ratings as bad input without calling the product out of scope', () => {
    const result = checkScope({ ...mccb, ratedCurrents: [100, 400, 0] }, currentScheme);
    expect(result.verdict).toBe('IN_SCOPE');
    expect(result.acceptable).toBe(false);
    expect(result.findings.map((f) => [f.code, f.field, f.kind])).toEqual([
      ['RATED_CURRENT_ABOVE_FRAME', 'ratedCurrents[1]', 'BAD_INPUT'],
      ['RATED_CURRENT_INVALID', 'ratedCurrents[2]', 'BAD_INPUT'],
    ]);
    expect(codes({ ...mccb, ratedCurrents: [] })).toEqual(['RATED_CURRENTS_MISSING']);
    expect(codes({ ...mccb, frameCurrent: -250 })).toEqual(['FRAME_CURRENT_INVALID']);
    expect(codes({ ...mccb, ratedVoltage: 0 })).toEqual(['RATED_VOLTAGE_INVALID']);
    expect(codes({ ...mccb, poles: 2.5 })).toEqual(['POLES_INVALID']);
  });

  it('reads the scope from the scheme: a version admitting four-pole MCCB accepts them', () => {
    const wider: Scheme = {
      ...currentScheme,
      scope: {
        ...currentScheme.scope,
        productTypes: currentScheme.scope.productTypes.map((p) => (p.productType === ProductType.MCCB ? { ...p, poles: [3, 4] } : p)),
      },
    };
    expect(checkScope({ ...mccb, poles: 4 }, wider).verdict).toBe('IN_SCOPE');
    expect(checkScope({ ...acb, poles: 4 }, wider).verdict).toBe('OUT_OF_SCOPE');
  });
});
