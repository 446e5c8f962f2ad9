import { describe, expect, it } from 'vitest';
import { CertificateChangeArea, CertificateStatus, KeyComponentType, ModelStatus, Mounting, ProductType, currentScheme, type CertificateSnapshot } from '@cqc/db';
import { applyVariation, checkVariation, describeVariation } from './variation-proposal.js';
import { applyExtension, describeExtension } from './extension-proposal.js';

const party = (name: string) => ({ nameZh: name, nameEn: `${name} Co.`, addressZh: '乐清', addressEn: 'Yueqing' });
const SNAPSHOT: CertificateSnapshot = {
  applicant: party('甲'), manufacturer: party('乙'), factory: { ...party('丙'), factoryCode: 'F1' }, unitName: 'ONM1 断路器 250A',
  productType: ProductType.MCCB, productNameZh: '断路器', productNameEn: 'MCCB', series: 'ONM1', frameCurrent: 250,
  models: [{ designation: 'ONM1-250', productType: ProductType.MCCB, mounting: Mounting.FIXED, poles: 3, ratedVoltage: 400, frameCurrent: 250, ratedCurrents: [250], series: 'ONM1', grade: '2', status: ModelStatus.IN_SCOPE }],
  keyComponentConfigurations: [{ label: 'A', components: [{ type: KeyComponentType.MAIN_CONTACT_SPRING, model: null, rating: null, material: '65Mn', grade: 'GB', dimensions: null, supplier: '旧厂' }] }],
  basis: ['CQC31-462280-2024'], mode: '型式试验', certificationBody: party('CQC'), issuedOn: '2025-01-01', expiresOn: '2030-01-01', status: CertificateStatus.VALID,
};
const ISSUE = { issuedOn: '2026-12-02', expiresOn: '2030-01-01', status: CertificateStatus.VALID };

describe('variation and extension contents (§8.2, §8.3)', () => {
  it('builds the new version from the current one and says what changed, attribute by attribute', () => {
    const proposal = {
      applicant: { nameZh: '甲新' }, productNameZh: '塑壳断路器',
      keyComponentConfigurations: [{ label: 'A', components: [{ ...SNAPSHOT.keyComponentConfigurations[0]!.components[0]!, supplier: '新厂' }] }],
    };
    expect(checkVariation([CertificateChangeArea.CONTENT, CertificateChangeArea.KEY_COMPONENTS], proposal, SNAPSHOT, currentScheme)).toEqual([]);
    const after = applyVariation(SNAPSHOT, proposal, ISSUE);
    expect(after).toMatchObject({ applicant: { nameZh: '甲新', nameEn: '甲 Co.' }, productNameZh: '塑壳断路器', unitName: 'ONM1 塑壳断路器 250A', issuedOn: '2026-12-02' });
    expect(after.models).toEqual(SNAPSHOT.models);
    expect(describeVariation(SNAPSHOT, after, currentScheme).map((l) => l.zh)).toEqual([
      '认证委托人名称：甲 → 甲新', '产品名称：断路器 → 塑壳断路器', '关键元器件配置「A」主触头弹簧：supplier 旧厂 → 新厂',
    ]);
  });

  it('refuses a change that changes nothing, or data for an area not named', () => {
    const same = { keyComponentConfigurations: SNAPSHOT.keyComponentConfigurations };
    expect(checkVariation([CertificateChangeArea.KEY_COMPONENTS], same, SNAPSHOT, currentScheme).map((f) => f.code)).toEqual(['UNCHANGED']);
    expect(checkVariation([CertificateChangeArea.DESIGN], { applicant: { nameZh: '甲' } }, SNAPSHOT, currentScheme).map((f) => f.code)).toEqual(['AREA_NOT_NAMED', 'UNCHANGED']);
  });

  it('adds the extension models with their tested grades and names the basis', () => {
    const model = { designation: 'ONM1-250H', mounting: Mounting.FIXED, poles: 3, ratedVoltage: 400, ratedCurrents: [200, 250], series: 'ONM1', frameCurrent: 250 };
    const tests = [{ designation: 'ONM1-250H', items: '功率损耗', passed: true, grade: '1' }];
    const after = applyExtension(SNAPSHOT, [model], tests, ISSUE);
    expect(after.models.map((m) => [m.designation, m.grade])).toEqual([['ONM1-250', '2'], ['ONM1-250H', '1']]);
    expect(describeExtension([model], tests, 'ONM1-250').map((l) => l.en)).toEqual(['Models added: ONM1-250H (grade 1)', 'Basis: representative model ONM1-250']);
  });
});
