import { describe, expect, it } from 'vitest';
import { ProductType } from '@cqc/db';
import { checkUnit, type ProposedUnit } from './unit-check.js';

const model = (designation: string, over: Partial<ProposedUnit['models'][number]> = {}) =>
  ({ designation, productType: ProductType.MCCB, series: 'XXM1', frameCurrent: 250, ...over });
const unit = (models: ProposedUnit['models']): ProposedUnit => ({ applicantId: 'a1', manufacturerId: 'm1', factoryId: 'f1', models });
const summary = (u: ProposedUnit) => checkUnit(u).map((f) => [f.code, f.field]);

describe('checkUnit (§3.1)', () => {
  it('accepts models of one factory, frame current and series', () => {
    expect(checkUnit(unit([model('XXM1-250S'), model('XXM1-250H'), model('XXM1-250L')]))).toEqual([]);
  });

  it('treats differently written spellings of one series as one series', () => {
    expect(checkUnit(unit([model('XXM1-250S'), model('XXM1-250H', { series: 'xxm 1' })]))).toEqual([]);
  });

  it('refuses an empty unit', () => {
    expect(summary(unit([]))).toEqual([['UNIT_EMPTY', 'models']]);
  });

  it('names each model whose frame current, series or product type differs from the first', () => {
    const findings = checkUnit(unit([
      model('XXM1-250S'),
      model('XXM1-250H'),
      model('XXM1-400S', { frameCurrent: 400 }),
      model('XXM2-250S', { series: 'XXM2' }),
      model('XXW1-2000', { productType: ProductType.ACB }),
    ]));
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['FRAME_CURRENT_DIFFERS', 'models[2].frameCurrent'],
      ['SERIES_DIFFERS', 'models[3].series'],
      ['PRODUCT_TYPE_DIFFERS', 'models[4].productType'],
    ]);
    expect(findings.every((f) => f.clause === '§3.1')).toBe(true);
    expect(findings[0]?.messageZh).toContain('壳架等级电流');
  });

  it('refuses repeated designations, compared as search keys', () => {
    expect(summary(unit([model('XXM1-250S'), model('XXM1-250H'), model('xxm1 250s')]))).toEqual([['DESIGNATION_REPEATED', 'models[2].designation']]);
    expect(summary(unit([model('XXM1-250S'), model(' - ')]))).toEqual([['DESIGNATION_MISSING', 'models[1].designation']]);
  });

  it('requires the applicant, manufacturer and factory', () => {
    expect(summary({ ...unit([model('XXM1-250S')]), manufacturerId: '', factoryId: ' ' })).toEqual([
      ['PARTY_MISSING', 'manufacturerId'],
      ['PARTY_MISSING', 'factoryId'],
    ]);
  });
});
