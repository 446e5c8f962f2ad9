import type { RuleFinding } from "../types";

/**
 * The case actions the web has a form for, and the API command (CaseAction) each gives. Which
 * of them a page shows is the API's answer (`availableActions`: state machine × policy); the web
 * keeps only the form's shape: which intent needs a text, and under what argument name.
 */
export const CASE_INTENTS = ["submit", "supply", "withdraw", "accept", "return", "refuse", "requestSupplement", "completeReview"] as const;
export type CaseIntent = (typeof CASE_INTENTS)[number];

/** The API's CaseAction enum (api/schema.graphql). */
export type CaseAction =
  | "SUBMIT"
  | "ACCEPT"
  | "RETURN_FOR_AMENDMENT"
  | "REFUSE"
  | "REQUEST_SUPPLEMENT"
  | "SUPPLY_SUPPLEMENT"
  | "COMPLETE_DOCUMENT_REVIEW"
  | "WITHDRAW"
  | "START_REVIEW"
  | "COMPLETE_REVIEW"
  | "APPROVE"
  | "TERMINATE"
  | "REJECT";

const COMMAND_OF: Record<CaseIntent, CaseAction> = {
  submit: "SUBMIT",
  supply: "SUPPLY_SUPPLEMENT",
  withdraw: "WITHDRAW",
  accept: "ACCEPT",
  return: "RETURN_FOR_AMENDMENT",
  refuse: "REFUSE",
  requestSupplement: "REQUEST_SUPPLEMENT",
  completeReview: "COMPLETE_DOCUMENT_REVIEW",
};

/**
 * The intents of the case page among the actions the API offers the viewer, in the page's order.
 * Actions without a form here (review, decision, termination) live on the decision page.
 */
export function caseIntents(available: readonly CaseAction[]): CaseIntent[] {
  return CASE_INTENTS.filter((intent) => available.includes(COMMAND_OF[intent]));
}

/** The free text an intent needs, as the API names the argument. */
export const TEXT_ARGUMENT: Partial<Record<CaseIntent, "reason" | "items">> = {
  withdraw: "reason",
  return: "reason",
  refuse: "reason",
  requestSupplement: "items",
};

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
