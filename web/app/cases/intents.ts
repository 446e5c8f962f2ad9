import type { CaseStatus, Role, RuleFinding } from "../types";

/**
 * The case actions the web offers, and in which status each is shown. This only decides what to
 * hide: the API's state machine and policy decide what is allowed, and their errors are shown.
 */
export const APPLICANT_INTENTS = ["submit", "supply", "withdraw"] as const;
export const ENGINEER_INTENTS = ["accept", "return", "refuse", "requestSupplement", "completeReview"] as const;
export type ApplicantIntent = (typeof APPLICANT_INTENTS)[number];
export type EngineerIntent = (typeof ENGINEER_INTENTS)[number];
export type CaseIntent = ApplicantIntent | EngineerIntent;

const OPEN: CaseStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "DOCUMENT_REVIEW", "SUPPLEMENT_REQUESTED", "IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION"];

const SHOWN_IN: Record<CaseIntent, CaseStatus[]> = {
  submit: ["DRAFT", "RETURNED"],
  supply: ["SUPPLEMENT_REQUESTED"],
  withdraw: OPEN,
  accept: ["SUBMITTED"],
  return: ["SUBMITTED"],
  refuse: ["SUBMITTED"],
  requestSupplement: ["DOCUMENT_REVIEW"],
  completeReview: ["DOCUMENT_REVIEW"],
};

/** The free text an intent needs, as the API names the argument. */
export const TEXT_ARGUMENT: Partial<Record<CaseIntent, "reason" | "items">> = {
  withdraw: "reason",
  return: "reason",
  refuse: "reason",
  requestSupplement: "items",
};

export function isOpen(status: CaseStatus): boolean {
  return OPEN.includes(status);
}

export function applicantIntents(status: CaseStatus): ApplicantIntent[] {
  return APPLICANT_INTENTS.filter((intent) => SHOWN_IN[intent].includes(status));
}

/** Acceptance and document review are the engineer's (HANDLE_ACCEPTANCE); other staff only read. */
export function engineerIntents(status: CaseStatus, role: Role): EngineerIntent[] {
  if (role !== "ENGINEER") return [];
  return ENGINEER_INTENTS.filter((intent) => SHOWN_IN[intent].includes(status));
}

/** Why an action did not happen, shown at the form that asked for it. */
export interface ActionFailure {
  intent: CaseIntent;
  code: string;
  message: string;
  clause?: string;
  findings?: RuleFinding[];
  /** The text the user typed, so a failed form keeps it. */
  text?: string;
}
