import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { invalid } from "./decision-step";
import { DECISION_STEPS, type DecisionStep } from "./decision-steps";
import { failParse, postedVersion, runStep, text } from "./decision-step.server";
import { ApproveCaseMutation, CompleteCaseReviewMutation, RejectCaseMutation, StartReviewMutation, TerminateCaseMutation } from "./decision-queries.server";

type Invalid = { ok: false; key: string };
const required = () => invalid("decision.error.required") as Invalid;

export async function runDecisionStep(request: Request, token: string, id: string) {
  const form = await request.formData();
  const step = String(form.get("step") ?? "");
  if (!(DECISION_STEPS as readonly string[]).includes(step)) throw data({ reason: "BAD_STEP" }, { status: 400 });
  const version = postedVersion(form);
  const options = { token, request };
  switch (step as DecisionStep) {
    case "startReview":
      return runStep(request, step, () => graphql(StartReviewMutation, { id, version }, options));
    case "completeReview": {
      const conclusion = text(form, "conclusion");
      if (!conclusion) return failParse(step, required());
      return runStep(request, step, () => graphql(CompleteCaseReviewMutation, { id, version, conclusion }, options));
    }
    case "approve":
      return runStep(request, step, () => graphql(ApproveCaseMutation, { id, version }, options));
    case "reject": {
      const reason = text(form, "reason");
      if (!reason) return failParse(step, required());
      return runStep(request, step, () => graphql(RejectCaseMutation, { id, version, reason }, options));
    }
    case "terminate": {
      const reasonCode = text(form, "reasonCode");
      const reason = text(form, "reason");
      if (!reasonCode || !reason) return failParse(step, required());
      return runStep(request, step, () => graphql(TerminateCaseMutation, { id, version, reasonCode, reason }, options));
    }
  }
}
