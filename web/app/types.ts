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
  /** Staff who must set up two-factor authentication before anything else (sent to /account/mfa). */
  mfaEnrolmentRequired: boolean;
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
  cause: string | null;
  causeZh: string | null;
  causeEn: string | null;
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

// ——— Certification cases (认证委托): the portal and the workbench ———

export const CASE_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "REFUSED",
  "DOCUMENT_REVIEW",
  "SUPPLEMENT_REQUESTED",
  "IN_EVALUATION",
  "IN_REVIEW",
  "AWAITING_DECISION",
  "CERTIFIED",
  "TERMINATED",
  "WITHDRAWN",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const KEY_COMPONENT_TYPES = [
  "OPERATING_MECHANISM",
  "DRAWER_BASE",
  "MAIN_CONTACTS",
  "MAIN_CONTACT_SPRING",
  "THERMAL_MAGNETIC_TRIP_UNIT",
  "BREAKER_TERMINALS",
  "DRAWER_BASE_TERMINALS",
  "FLEXIBLE_CONNECTION",
] as const satisfies readonly KeyComponentType[];

export const MOUNTINGS = ["WITHDRAWABLE", "FIXED"] as const satisfies readonly Mounting[];

export type ClockOutcome = "MET" | "CANCELLED";

export interface CaseClock {
  key: string;
  labelZh: string;
  labelEn: string;
  clause: string;
  round: number;
  startedOn: LocalDate;
  dueOn: LocalDate | null;
  stoppedOn: LocalDate | null;
  outcome: ClockOutcome | null;
  paused: boolean;
  overdue: boolean;
}

export interface CaseNotice {
  id: string;
  kind: string;
  clause: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  createdAt: DateTimeISO;
}

export interface CaseModel {
  designation: string;
  productType: ProductType;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  frameCurrent: number;
  ratedCurrents: number[];
  grade: string | null;
}

export interface CaseKeyComponent {
  type: KeyComponentType;
  model: string | null;
  rating: string | null;
  material: string | null;
  grade: string | null;
  dimensions: string | null;
  supplier: string;
}

/** What a list row shows (portal list and workbench inbox). */
export interface CaseSummary {
  id: string;
  caseNo: string;
  status: CaseStatus;
  statusChangedAt: DateTimeISO;
  applicant: NamePair & { id: string };
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  clocks: CaseClock[];
}

export interface CaseDetail extends CaseSummary {
  version: number;
  schemeId: string;
  schemeVersion: string;
  manufacturer: NamePair & { id: string };
  factory: NamePair & { id: string; factoryCode: string };
  models: CaseModel[];
  keyComponentConfigurations: { label: string; components: CaseKeyComponent[] }[];
  referenceVoltage: boolean;
  submittedAt: DateTimeISO | null;
  endReason: string | null;
  notices: CaseNotice[];
  assignedEngineer: CaseEngineer | null;
  plan: CasePlanFee | null;
  renewal: CaseRenewal | null;
}

/** §9: the certificate a recertification case renews, and its time limits. */
export interface CaseRenewal {
  certificateNumber: string;
  appliedOn: string;
  dueOn: string;
  late: boolean;
  completionDueOn: string;
  treatedAsNew: boolean;
}

/** The engineer handling a case. */
export interface CaseEngineer {
  id: string;
  displayName: string;
}

/** The §6.3 certification fee of a case's plan (§3.4): estimate, payment notice day, payment day. */
export interface CasePlanFee {
  feeEstimateYuan: string;
  issuedOn: string;
  feePaidOn: string | null;
}

export interface ApplicationModelInput {
  designation: string;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  ratedCurrents: number[];
}

export interface KeyComponentInput {
  type: KeyComponentType;
  model: string | null;
  rating: string | null;
  material: string | null;
  grade: string | null;
  dimensions: string | null;
  supplier: string;
}

export interface ApplicationInput {
  manufacturerId: string;
  factoryId: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: ApplicationModelInput[];
  keyComponentConfigurations: { label: string; components: KeyComponentInput[] }[];
}

/** One RULE_VIOLATION finding as the API sends it in `extensions.findings`. */
export interface RuleFinding {
  code?: string;
  field: string;
  clause: string;
  messageZh: string;
  messageEn: string;
}
