import { data, redirect } from "@remix-run/node";
import { graphql, GraphQLRequestError } from "../graphql.server";
import {
  AcceptApplicationMutation,
  CompleteDocumentReviewMutation,
  RefuseApplicationMutation,
  RequestSupplementMutation,
  ReturnApplicationMutation,
  SubmitApplicationMutation,
  SupplySupplementMutation,
  WithdrawApplicationMutation,
} from "../queries.server";
import type { RuleFinding } from "../types";
import { signedIn } from "./access.server";
import { TEXT_ARGUMENT, type ActionFailure, type CaseIntent } from "./intents";

type Call = (id: string, version: number, text: string, token: string, request: Request, form: FormData) => Promise<unknown>;

const CALLS: Record<CaseIntent, Call> = {
  submit: (id, version, _t, token, request) => graphql(SubmitApplicationMutation, { id, version }, { token, request }),
  supply: (id, version, _t, token, request) => graphql(SupplySupplementMutation, { id, version }, { token, request }),
  withdraw: (id, version, reason, token, request) => graphql(WithdrawApplicationMutation, { id, version, reason }, { token, request }),
  accept: (id, version, _t, token, request) => graphql(AcceptApplicationMutation, { id, version }, { token, request }),
  return: (id, version, reason, token, request) => graphql(ReturnApplicationMutation, { id, version, reason }, { token, request }),
  refuse: (id, version, reason, token, request) => graphql(RefuseApplicationMutation, { id, version, reason }, { token, request }),
  requestSupplement: (id, version, items, token, request) => graphql(RequestSupplementMutation, { id, version, items }, { token, request }),
  completeReview: (id, version, _t, token, request, form) => graphql(CompleteDocumentReviewMutation, { id, version, plan: planOf(form) }, { token, request }),
};

/** The plan fields of the completeReview form; the API checks them (BAD_USER_INPUT with the field). */
function planOf(form: FormData) {
  const field = (name: string) => String(form.get(name) ?? "").trim();
  return {
    feeEstimateYuan: field("plan.feeEstimateYuan"),
    sampleRequirements: field("plan.sampleRequirements"),
    contactPerson: field("plan.contactPerson"),
    labName: field("plan.labName") || null,
    notes: field("plan.notes") || null,
  };
}

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

function fail(failure: ActionFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

/**
 * Runs one posted case action (`intent`, `version`, and `reason` or `items`) with the viewer's
 * token. Success redirects back to the page (post/redirect/get); an API refusal comes back as
 * an `ActionFailure` for the form.
 */
export async function runCaseAction(request: Request, token: string, id: string, allowed: readonly CaseIntent[]) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "") as CaseIntent;
  if (!allowed.includes(intent)) throw data({ reason: "BAD_INTENT" }, { status: 400 });
  const version = Number(form.get("version"));
  if (!Number.isInteger(version)) throw data({ reason: "BAD_VERSION" }, { status: 400 });
  const text = String(form.get("text") ?? "").trim();
  if (TEXT_ARGUMENT[intent] && text === "") return fail({ intent, code: "REQUIRED", message: "", text });

  try {
    await signedIn(request, () => CALLS[intent](id, version, text, token, request, form));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return fail({
      intent,
      code: error.code,
      message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
      text,
    });
  }
  const url = new URL(request.url);
  return redirect(`${url.pathname}?done=${intent}`);
}
