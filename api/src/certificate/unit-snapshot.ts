import type { CertificateSnapshot, CertificateStatus, CertificationUnit, Scheme } from '@cqc/db';
import { ModelStatus } from '@cqc/db';

/**
 * The §8 contents of a certificate version, taken from the certification unit as it stands
 * (loaded with applicant, manufacturer, factory, models and key components).
 */
export function unitSnapshot(unit: CertificationUnit, scheme: Scheme, issue: { issuedOn: string; expiresOn: string; status: CertificateStatus }): CertificateSnapshot {
  const party = (o: { nameZh: string; nameEn: string; addressZh: string; addressEn: string }) => ({
    nameZh: o.nameZh, nameEn: o.nameEn, addressZh: o.addressZh, addressEn: o.addressEn,
  });
  return {
    applicant: party(unit.applicant),
    manufacturer: party(unit.manufacturer),
    factory: { ...party(unit.factory), factoryCode: unit.factory.factoryCode },
    unitName: `${unit.series} ${unit.productNameZh} ${unit.frameCurrent}A`,
    productType: unit.productType,
    productNameZh: unit.productNameZh,
    productNameEn: unit.productNameEn,
    series: unit.series,
    frameCurrent: unit.frameCurrent,
    models: unit.models.getItems().map((m) => ({
      designation: m.designation, productType: m.productType, mounting: m.mounting, poles: m.poles,
      ratedVoltage: m.ratedVoltage, frameCurrent: m.frameCurrent, ratedCurrents: [...m.ratedCurrents], series: m.series,
      grade: m.grade ?? '', status: m.status ?? ModelStatus.IN_SCOPE,
    })),
    keyComponentConfigurations: unit.keyComponentConfigurations.getItems().map((c) => ({
      label: c.label,
      components: c.components.getItems().map((k) => ({
        type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null,
        grade: k.grade ?? null, dimensions: k.dimensions ?? null, supplier: k.supplier,
      })),
    })),
    basis: scheme.basis,
    mode: scheme.mode.zh,
    certificationBody: { nameZh: scheme.certificationBody.zh, nameEn: scheme.certificationBody.en, addressZh: '北京市海淀区', addressEn: 'Haidian District, Beijing' },
    issuedOn: issue.issuedOn,
    expiresOn: issue.expiresOn,
    status: issue.status,
  };
}
