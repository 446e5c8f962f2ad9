import type { CaseStatus, Role } from "../types";

export const DECISION_STEPS = ["startReview", "completeReview", "approve", "reject", "terminate"] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

/** Statuses in which the engineer may still end a case by terminating it (§6.4). */
const TERMINABLE: CaseStatus[] = ["DOCUMENT_REVIEW", "SUPPLEMENT_REQUESTED", "IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION"];

/**
 * The review and decision steps shown to a role in a case status (§6). Only what to show: the
 * API decides, e.g. that nobody who evaluated the case reviews or decides it.
 */
export function decisionSteps(status: CaseStatus, role: Role): DecisionStep[] {
  const steps: DecisionStep[] = [];
  if (role === "ENGINEER" && status === "IN_EVALUATION") steps.push("startReview");
  if (role === "REVIEWER" && status === "IN_REVIEW") steps.push("completeReview");
  if (role === "DECIDER" && status === "AWAITING_DECISION") steps.push("approve", "reject");
  if (role === "ENGINEER" && TERMINABLE.includes(status)) steps.push("terminate");
  return steps;
}

/** A termination reason of the case's rule version, as the API lists it (scheme data). */
export interface TerminationReason {
  code: string;
  clause: string | null;
  labelZh: string;
  labelEn: string;
  ends: "REFUSED" | "TERMINATED" | "WITHDRAWN";
}
