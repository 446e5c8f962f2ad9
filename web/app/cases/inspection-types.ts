// Hand-written shapes of the initial factory inspection part of the API contract (§2, §5).
import type { CaseStatus, LocalDate } from "../types";

export type InspectionStatus = "PROPOSED_EXEMPTION" | "AWAITING_TASK" | "EXEMPTED" | "TASK_ISSUED" | "NONCONFORMITIES_OPEN" | "PASSED" | "FAILED";
export const INSPECTION_CONCLUSIONS = ["PASS", "NONCONFORMITIES", "FAIL"] as const;
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];
export const INSPECTION_ITEM_RESULTS = ["CONFORMS", "NONCONFORMITY", "NOT_APPLICABLE"] as const;
export type InspectionItemResult = (typeof INSPECTION_ITEM_RESULTS)[number];

export type VerificationMethod = "DOCUMENTS" | "ON_SITE";

/** What the engineer sets when issuing or rearranging a task (§5.3); planned days both or neither. */
export interface TaskInput {
  inspectorId: string;
  personDays: number;
  plannedFrom: LocalDate | null;
  plannedTo: LocalDate | null;
}

export interface InspectionStaff {
  id: string;
  displayName: string;
}

export interface InspectionChecklistItem {
  itemId: string;
  checklist: "QA_CAPABILITY" | "PRODUCT_CONFORMITY";
  clause: string;
  titleZh: string;
  titleEn: string;
  titleIsPlaceholder: boolean;
  result: InspectionItemResult | null;
  note: string | null;
}

export interface InspectionNonconformity {
  id: string;
  itemId: string;
  clause: string;
  description: string;
  raisedOn: LocalDate;
  rectifiedOn: LocalDate | null;
  verifiedOn: LocalDate | null;
  verifiedBy: InspectionStaff | null;
  verificationNote: string | null;
  verificationMethod: VerificationMethod | null;
}

export interface FactoryInspection {
  id: string;
  caseId: string;
  caseNo: string;
  caseStatus: CaseStatus;
  status: InspectionStatus;
  version: number;
  openedOn: LocalDate;
  proposedCertificateNumber: string | null;
  exemptionAccepted: boolean | null;
  exemptionReason: string | null;
  coveringCertificateNumber: string | null;
  exemptionDecidedOn: LocalDate | null;
  exemptionDecidedBy: InspectionStaff | null;
  inspector: InspectionStaff | null;
  personDays: number | null;
  taskIssuedOn: LocalDate | null;
  plannedFrom: LocalDate | null;
  plannedTo: LocalDate | null;
  verificationInspector: InspectionStaff | null;
  verificationPlannedOn: LocalDate | null;
  visitOn: LocalDate | null;
  reportedOn: LocalDate | null;
  conclusion: InspectionConclusion | null;
  summary: string | null;
  internalNote: string | null;
  completedOn: LocalDate | null;
  taskDueOn: LocalDate | null;
  reportDueOn: LocalDate | null;
  rectificationDueOn: LocalDate | null;
  checklist: InspectionChecklistItem[];
  nonconformities: InspectionNonconformity[];
}

export interface InspectionReportInput {
  visitOn: LocalDate;
  conclusion: InspectionConclusion;
  summary: string;
  internalNote: string | null;
  checklist: { itemId: string; result: InspectionItemResult; note: string | null }[];
  nonconformities: { itemId: string; description: string }[];
}
