import type {
  KeyComponentType,
  Mounting,
  OrganisationKind,
  ProductType,
  Role,
} from '../entities/enums.js';

/**
 * The input of the import service: certificates from another system, or the demo data. Records
 * refer to each other by `key` (any string unique within a batch, stable across re-runs).
 */
export interface ImportBatch {
  /** Marks everything imported as demonstration data. */
  demo: boolean;
  organisations: ImportOrganisation[];
  factories: ImportFactory[];
  labs: ImportLab[];
  users: ImportUser[];
  certificates: ImportCertificate[];
}

export interface ImportOrganisation {
  key: string;
  kind: OrganisationKind;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  creditCode: string | null;
}

export interface ImportFactory {
  key: string;
  operatorKey: string;
  factoryCode: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface ImportLab {
  organisationKey: string;
  cmaCertificateNo: string;
  cmaScope: string[];
}

export interface ImportUser {
  email: string;
  displayName: string;
  role: Role;
  organisationKey: string;
  password: string;
}

export interface ImportModel {
  designation: string;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  ratedCurrents: number[];
  grade: string;
}

export interface ImportKeyComponent {
  type: KeyComponentType;
  model?: string;
  rating?: string;
  material?: string;
  grade?: string;
  dimensions?: string;
  supplier: string;
}

export interface ImportKeyComponentConfiguration {
  label: string;
  components: ImportKeyComponent[];
}

/** What happened to a certificate after its first issue, oldest first. */
export type ImportHistoryEntry =
  | { kind: 'SUSPENDED'; on: string; reasonCode: string; cause: string; until: string; publicReasonZh: string; publicReasonEn: string }
  | { kind: 'RESTORED'; on: string; publicReasonZh: string; publicReasonEn: string }
  | {
      kind: 'VARIED';
      on: string;
      changeSummaryZh: string;
      changeSummaryEn: string;
      /** Replaces the model list when given. */
      models?: ImportModel[];
      /** Replaces the key-component configurations when given. */
      keyComponentConfigurations?: ImportKeyComponentConfiguration[];
    }
  | { kind: 'EXTENDED'; on: string; changeSummaryZh: string; changeSummaryEn: string; addModels: ImportModel[] }
  | { kind: 'MODEL_WITHDRAWN'; on: string; designation: string; publicReasonZh: string; publicReasonEn: string }
  | { kind: 'EXPIRED'; on: string }
  | { kind: 'CANCELLED'; on: string; reasonCode: string; publicReasonZh: string; publicReasonEn: string }
  | { kind: 'REVOKED'; on: string; reasonCode: string; publicReasonZh: string; publicReasonEn: string };

export interface ImportCertificate {
  /** `CQC` + 2-digit year + 9 digits. */
  number: string;
  applicantKey: string;
  manufacturerKey: string;
  factoryKey: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: ImportModel[];
  keyComponentConfigurations: ImportKeyComponentConfiguration[];
  /** ISO date of first issue; expiry is first issue + the scheme's validity. */
  firstIssuedOn: string;
  history: ImportHistoryEntry[];
}
