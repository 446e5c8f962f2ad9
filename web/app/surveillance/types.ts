// Shapes of the surveillance documents (§7): plans, visits, samples, and the scheme data the forms offer.
import type { MessageKey } from "../i18n";
import type { ProductType, RuleFinding } from "../types";

export type SurveillanceStatus = "PLANNED" | "RECTIFYING" | "VISITED" | "PASSED" | "FAILED";
export const SURVEILLANCE_STATUSES: SurveillanceStatus[] = ["PLANNED", "RECTIFYING", "VISITED", "PASSED", "FAILED"];
export type SamplePurpose = "SURVEILLANCE" | "RESAMPLE" | "RETEST";
export const SAMPLE_PURPOSES: SamplePurpose[] = ["SURVEILLANCE", "RESAMPLE", "RETEST"];
export type SampleStatus = "UNAVAILABLE" | "TAKEN" | "LAB_CONTACTED" | "RECEIVED" | "PASSED" | "FAILED";

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface Nonconformity {
  id: string;
  itemId: string;
  description: string;
  raisedOn: string;
  dueOn: string;
  rectifiedOn: string | null;
  overdue: boolean;
}

export interface Visit {
  visitedOn: string;
  recordedBy: PersonRef | null;
  checkedItemIds: string[];
  conformityModels: string[];
  witnessTests: Array<{ modelDesignation: string; description: string; passed: boolean }>;
  passed: boolean;
  note: string | null;
  nonconformities: Nonconformity[];
}

export interface Plan {
  id: string;
  certificateNumber: string;
  holderNameZh: string;
  factoryCode: string;
  factoryNameZh: string;
  productType: ProductType;
  year: number;
  kind: "ANNUAL" | "EXTRA";
  trigger: string | null;
  triggerNote: string | null;
  dueOn: string;
  status: SurveillanceStatus;
  inspector: PersonRef | null;
  plannedOn: string | null;
  personDays: number | null;
  cccPersonDays: number | null;
  visit: Visit | null;
  failureReason: string | null;
  concludedOn: string | null;
  version: number;
}

export interface Sample {
  id: string;
  planId: string;
  factoryCode: string;
  factoryNameZh: string;
  productType: ProductType;
  year: number;
  purpose: SamplePurpose;
  status: SampleStatus;
  certificateNumber: string | null;
  modelDesignation: string | null;
  ratedCurrent: number | null;
  labNameZh: string | null;
  recordedOn: string;
  contactDueOn: string | null;
  contactedOn: string | null;
  contactLate: boolean;
  receivedOn: string | null;
  resultDueOn: string | null;
  resultOn: string | null;
  resultNote: string | null;
  resampleDueOn: string | null;
  retestDueOn: string | null;
  outcome: string | null;
  version: number;
}

export interface SampleWarning {
  code: string;
  clause: string;
  messageZh: string;
  messageEn: string;
}

export interface CodeRef {
  code: string;
  clause: string;
  zh: string;
  en: string;
}

export interface Reference {
  items: Array<{ id: string; parent: string | null; titleZh: string; titleEn: string; mandatory: boolean }>;
  conformityItems: CodeRef[];
  extraVisitTriggers: CodeRef[];
  minConformityModels: number;
}

export interface CertifiedModelRef {
  designation: string;
  status: "IN_SCOPE" | "WITHDRAWN";
  ratedCurrents: number[];
}

export type FormValues = Record<string, string | string[]>;

/** Why a posted form was refused: the form's own check (`INVALID`, `problems` by field) or the API's typed answer. */
export interface FormFailure {
  intent: string;
  /** Which of several same-intent forms on a page (a sample's, a nonconformity's id). */
  target: string;
  code: string;
  message: string;
  clause?: string;
  field?: string;
  findings?: RuleFinding[];
  values: FormValues;
  problems: Record<string, MessageKey>;
}
