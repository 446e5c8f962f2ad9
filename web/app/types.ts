// Hand-written TypeScript shapes of the API contract (the parts the web reads).
// Scalars: DateTimeISO and LocalDate ("YYYY-MM-DD") arrive as strings.

export const CERTIFICATE_STATUSES = ["VALID", "SUSPENDED", "REVOKED", "CANCELLED", "EXPIRED"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const PRODUCT_TYPES = ["ACB", "MCCB"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export type Mounting = "WITHDRAWABLE" | "FIXED";
export type ModelStatus = "IN_SCOPE" | "WITHDRAWN";
export type Role =
  | "ENTERPRISE"
  | "ENGINEER"
  | "INSPECTOR"
  | "LAB"
  | "REVIEWER"
  | "DECIDER"
  | "ADMIN"
  | "REGULATOR";
export type KeyComponentType =
  | "OPERATING_MECHANISM"
  | "DRAWER_BASE"
  | "MAIN_CONTACTS"
  | "MAIN_CONTACT_SPRING"
  | "THERMAL_MAGNETIC_TRIP_UNIT"
  | "BREAKER_TERMINALS"
  | "DRAWER_BASE_TERMINALS"
  | "FLEXIBLE_CONNECTION";
export type CertificateVersionKind = "FIRST_ISSUE" | "VARIATION" | "EXTENSION" | "RENEWAL";
export type StatusEventKind =
  | "ISSUED"
  | "SUSPENDED"
  | "RESTORED"
  | "VARIED"
  | "EXTENDED"
  | "RENEWED"
  | "MODEL_WITHDRAWN"
  | "EXPIRED"
  | "CANCELLED"
  | "REVOKED";

export type DateTimeISO = string;
export type LocalDate = string;

export interface CertificateFilter {
  status?: CertificateStatus[];
  productType?: ProductType[];
  frameCurrent?: number[];
  organisationId?: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface NamePair {
  nameZh: string;
  nameEn: string;
}

export interface Party extends NamePair {
  id: string;
  addressZh: string;
  addressEn: string;
}

export interface FactorySite extends Party {
  factoryCode: string;
}

export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: NamePair & { id: string };
}

/** What one search result shows. */
export interface CertificateSummary {
  number: string;
  status: CertificateStatus;
  suspendedUntil: LocalDate | null;
  applicant: NamePair;
  manufacturer: NamePair;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  expiresOn: LocalDate;
  models: { designation: string; status: ModelStatus }[];
}

export interface CertificateConnection {
  totalCount: number;
  edges: { cursor: string; node: CertificateSummary }[];
  pageInfo: PageInfo;
}

export interface CertifiedModel {
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
  withdrawnOn: LocalDate | null;
}

export interface KeyComponent {
  type: KeyComponentType;
  typeZh: string;
  typeEn: string;
  model: string | null;
  rating: string | null;
  material: string | null;
  grade: string | null;
  dimensions: string | null;
  supplier: string;
}

export interface KeyComponentConfiguration {
  label: string;
  components: KeyComponent[];
}

export interface StatusHistoryEntry {
  seq: number;
  kind: StatusEventKind;
  fromStatus: CertificateStatus | null;
  toStatus: CertificateStatus;
  occurredOn: LocalDate;
  effectiveUntil: LocalDate | null;
  reasonCode: string | null;
  reasonZh: string | null;
  reasonEn: string | null;
  publicReasonZh: string;
  publicReasonEn: string;
  modelDesignation: string | null;
  versionNo: number | null;
}

export interface CertificateVersion {
  versionNo: number;
  kind: CertificateVersionKind;
  issuedOn: LocalDate;
  changeSummaryZh: string;
  changeSummaryEn: string;
}

export interface CertificateDetail {
  number: string;
  status: CertificateStatus;
  statusChangedAt: DateTimeISO;
  suspendedUntil: LocalDate | null;
  applicant: Party;
  manufacturer: Party;
  factory: FactorySite;
  unitName: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: CertifiedModel[];
  keyComponentConfigurations: KeyComponentConfiguration[];
  basis: string[];
  modeZh: string;
  modeEn: string;
  certificationBody: NamePair;
  firstIssuedOn: LocalDate;
  issuedOn: LocalDate;
  expiresOn: LocalDate;
  currentVersionNo: number;
  statusHistory: StatusHistoryEntry[];
  versions: CertificateVersion[];
  latestSurveillance: { result: string; date: LocalDate } | null;
  isDemo: boolean;
}
