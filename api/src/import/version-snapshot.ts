import type { CertificateSnapshot, ImportCertificate, Scheme } from '@cqc/db';
import { modelStatus, type ReplayedVersion } from './replay-history.js';

interface PartyNames {
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

/** The three parties a version's snapshot names (§8: applicant, manufacturer, factory). */
export interface SnapshotParties {
  applicant: PartyNames;
  manufacturer: PartyNames;
  factory: PartyNames & { factoryCode: string };
}

/**
 * The immutable snapshot of one replayed certificate version. The import service and the bench
 * data generator both build versions with it, so generated certificates read exactly like
 * imported ones.
 */
export function versionSnapshot(
  input: ImportCertificate, v: ReplayedVersion, parties: SnapshotParties, expiresOn: string, scheme: Scheme,
): CertificateSnapshot {
  const party = (o: PartyNames) => ({ nameZh: o.nameZh, nameEn: o.nameEn, addressZh: o.addressZh, addressEn: o.addressEn });
  const f = parties.factory;
  return {
    applicant: party(parties.applicant),
    manufacturer: party(parties.manufacturer),
    factory: { ...party(f), factoryCode: f.factoryCode },
    unitName: `${input.series} ${input.productNameZh} ${input.frameCurrent}A`,
    productType: input.productType,
    productNameZh: input.productNameZh,
    productNameEn: input.productNameEn,
    series: input.series,
    frameCurrent: input.frameCurrent,
    models: v.models.map((m) => ({
      designation: m.designation, productType: input.productType, mounting: m.mounting, poles: m.poles,
      ratedVoltage: m.ratedVoltage, frameCurrent: input.frameCurrent, ratedCurrents: m.ratedCurrents,
      series: input.series, grade: m.grade, status: modelStatus(v.withdrawn, m.designation),
    })),
    keyComponentConfigurations: v.keyComponentConfigurations.map((c) => ({
      label: c.label,
      components: c.components.map((k) => ({
        type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null,
        grade: k.grade ?? null, dimensions: k.dimensions ?? null, supplier: k.supplier,
      })),
    })),
    basis: scheme.basis,
    mode: scheme.mode.zh,
    certificationBody: { nameZh: scheme.certificationBody.zh, nameEn: scheme.certificationBody.en, addressZh: '北京市海淀区', addressEn: 'Haidian District, Beijing' },
    issuedOn: v.issuedOn,
    expiresOn,
    status: v.status,
  };
}
