import { describe, expect, it } from "vitest";
import { caseIntents } from "./intents";

describe("the case page's intents among the API's available actions", () => {
  it("shows a form for each offered action the page has one for, in the page's order", () => {
    expect(caseIntents(["WITHDRAW", "SUBMIT"])).toEqual(["submit", "withdraw"]);
    expect(caseIntents(["ACCEPT", "RETURN_FOR_AMENDMENT", "REFUSE"])).toEqual(["accept", "return", "refuse"]);
    expect(caseIntents(["REQUEST_SUPPLEMENT", "COMPLETE_DOCUMENT_REVIEW", "TERMINATE"])).toEqual(["requestSupplement", "completeReview"]);
  });

  it("leaves review and decision to the decision page", () => {
    expect(caseIntents(["START_REVIEW", "COMPLETE_REVIEW", "APPROVE", "REJECT", "TERMINATE"])).toEqual([]);
    expect(caseIntents([])).toEqual([]);
  });
});
