import { describe, expect, it } from "vitest";
import { decisionSteps } from "./decision-steps";

describe("review and decision steps shown", () => {
  it("follow the role and the case status (§6)", () => {
    expect(decisionSteps("IN_EVALUATION", "ENGINEER")).toEqual(["startReview", "terminate"]);
    expect(decisionSteps("IN_REVIEW", "REVIEWER")).toEqual(["completeReview"]);
    expect(decisionSteps("AWAITING_DECISION", "DECIDER")).toEqual(["approve", "reject"]);
    expect(decisionSteps("AWAITING_DECISION", "ENGINEER")).toEqual(["terminate"]);
  });

  it("offer nothing once the case has ended, nor to other roles", () => {
    expect(decisionSteps("CERTIFIED", "ENGINEER")).toEqual([]);
    expect(decisionSteps("TERMINATED", "DECIDER")).toEqual([]);
    expect(decisionSteps("IN_REVIEW", "DECIDER")).toEqual([]);
    expect(decisionSteps("AWAITING_DECISION", "LAB")).toEqual([]);
  });
});
