// Shapes of the variation (§8.2) and extension (§8.3) documents, as the API returns them.
import type { CertificateStatus, KeyComponentType, LocalDate, ModelStatus, Mounting, ProductType } from "../types";

export type ChangeKind = "VARIATION" | "EXTENSION";
export type ChangeStatus = "SUBMITTED" | "TESTING" | "AWAITING_DECISION" | "APPROVED" | "REJECTED";
export const CHANGE_AREAS = ["CONTENT", "DESIGN", "STRUCTURE", "APPEARANCE", "KEY_COMPONENTS"] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];
export type TestOutcome = "PASSED" | "FAILED";

export interface ChangeParty {
  nameZh: string | null;
  nameEn: string | null;
  addressZh: string | null;
  addressEn: string | null;
}

export interface ChangeKeyComponent {
  type: KeyComponentType;
  model: string | null;
  rating: string | null;
  material: string | null;
  grade: string | null;
  dimensions: string | null;
  supplier: string;
}

export interface ChangeConfiguration {
  label: string;
  components: ChangeKeyComponent[];
}

export interface ChangeModel {
  designation: string;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  frameCurrent: number;
  ratedCurrents: number[];
  series: string;
  grade: string | null;
  status: ModelStatus | null;
}

export interface ChangeableCertificate {
  number: string;
  status: CertificateStatus;
  version: number;
  currentVersionNo: number;
  issuedOn: LocalDate;
  expiresOn: LocalDate;
  holderNameZh: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  applicant: ChangeParty;
  models: ChangeModel[];
  keyComponentConfigurations: ChangeConfiguration[];
}

export interface ChangeRequest {
  id: string;
  kind: ChangeKind;
  status: ChangeStatus;
  certificateNumber: string;
  holderNameZh: string;
  areas: ChangeArea[];
  descriptionZh: string;
  descriptionEn: string;
  requestedOn: LocalDate;
  basedOnVersionNo: number;
  testingRequired: boolean | null;
  representativeModel: string | null;
  onSiteVerificationRequired: boolean | null;
  assessmentNote: string;
  testOutcome: TestOutcome | null;
  testNote: string;
  supplementaryTests: Array<{ designation: string; items: string; passed: boolean; grade: string | null }>;
  onSiteVerificationPassed: boolean | null;
  decidedOn: LocalDate | null;
  decisionReason: string;
  resultingVersionNo: number | null;
  version: number;
  proposal: {
    applicant: ChangeParty | null;
    productNameZh: string | null;
    productNameEn: string | null;
    keyComponentConfigurations: ChangeConfiguration[];
    models: ChangeModel[];
  };
  documents: Array<{ id: string; fileName: string; documentType: string }>;
}

export type ChangeRequestSummary = Pick<ChangeRequest, "id" | "kind" | "status" | "certificateNumber" | "holderNameZh" | "requestedOn" | "resultingVersionNo">;
