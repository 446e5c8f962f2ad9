import type { CertificateStatus, KeyComponentType, ModelStatus, Mounting, ProductType } from './enums.js';

/** A party as printed on the certificate. */
export interface PartySnapshot {
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface ModelSnapshot {
  designation: string;
  productType: ProductType;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  frameCurrent: number;
  ratedCurrents: number[];
  series: string;
  grade: string;
  status: ModelStatus;
}

export interface KeyComponentSnapshot {
  type: KeyComponentType;
  model: string | null;
  rating: string | null;
  material: string | null;
  grade: string | null;
  dimensions: string | null;
  supplier: string;
}

export interface KeyComponentConfigurationSnapshot {
  label: string;
  components: KeyComponentSnapshot[];
}

/** The §8 contents of one certificate version: the public, immutable record of what was issued. */
export interface CertificateSnapshot {
  applicant: PartySnapshot;
  manufacturer: PartySnapshot;
  factory: PartySnapshot & { factoryCode: string };
  unitName: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: ModelSnapshot[];
  keyComponentConfigurations: KeyComponentConfigurationSnapshot[];
  basis: string[];
  mode: string;
  certificationBody: PartySnapshot;
  issuedOn: string;
  expiresOn: string;
  /** Status at the moment this version was issued. */
  status: CertificateStatus;
}
