import { data, redirect } from "@remix-run/node";
import { signedIn } from "../cases/access.server";
import { postedVersion } from "../cases/decision-step.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { readStatusForm, type StatusInput, type StatusIntent } from "./forms";
import {
  CancelCertificateMutation, DecideCertificateStatusRequestMutation, RequestCertificateCancellationMutation,
  RequestCertificateRestorationMutation, RequestCertificateSuspensionMutation, RestoreCertificateMutation,
  RevokeCertificateMutation, SuspendCertificateMutation,
} from "./queries.server";
import type { StatusFailure } from "./types";


const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

function fail(failure: StatusFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

function call(input: StatusInput, number: string, version: number, options: { token: string; request: Request }): Promise<unknown> {
  switch (input.intent) {
    case "suspend": {
      const { intent: _, ...rest } = input;
      return graphql(SuspendCertificateMutation, { number, version, ...rest }, options);
    }
    case "restore":
      return graphql(RestoreCertificateMutation, { number, version, publicReasonZh: input.publicReasonZh, publicReasonEn: input.publicReasonEn }, options);
    case "cancel":
    case "revoke": {
      const variables = { number, version, reasonCode: input.reasonCode, publicReasonZh: input.publicReasonZh, publicReasonEn: input.publicReasonEn };
      return input.intent === "cancel" ? graphql(CancelCertificateMutation, variables, options) : graphql(RevokeCertificateMutation, variables, options);
    }
    case "decide":
      return graphql(DecideCertificateStatusRequestMutation, { id: input.requestId, version, grant: input.grant, note: input.note }, options);
    case "requestSuspension":
      return graphql(RequestCertificateSuspensionMutation, { number, explanation: input.explanation }, options);
    case "requestRestoration":
      return graphql(RequestCertificateRestorationMutation, { number, explanation: input.explanation }, options);
    case "requestCancellation":
      return graphql(RequestCertificateCancellationMutation, { number, reasonCode: input.reasonCode, explanation: input.explanation }, options);
  }
}

/** Holders' requests carry no version: the API allows one open request per certificate instead. */
const VERSIONED = new Set<StatusIntent>(["suspend", "restore", "cancel", "revoke", "decide"]);

/**
 * Handles one posted status form of `number` among the `allowed` intents: success redirects back
 * (post/redirect/get, `?done=<intent>`); a refusal comes back to the form with what was typed.
 */
export async function runStatusForm(request: Request, token: string, number: string, allowed: readonly StatusIntent[]) {
  const form = await request.formData();
  const read = readStatusForm(form, allowed);
  const requestId = String(form.get("requestId") ?? "") || undefined;
  if (!read.ok) {
    if (!read.intent) throw data({ reason: "BAD_INTENT" }, { status: 400 });
    return fail({ intent: read.intent, requestId, code: "INVALID", message: "", values: read.values, problems: read.problems });
  }
  const version = VERSIONED.has(read.input.intent) ? postedVersion(form) : 0;
  try {
    await signedIn(request, () => call(read.input, number, version, { token, request }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return fail({
      intent: read.input.intent, requestId, code: error.code, message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      field: typeof extensions.field === "string" ? extensions.field : undefined,
      values: read.values, problems: {},
    });
  }
  const done = read.input.intent.startsWith("request") ? "request" : read.input.intent;
  return redirect(`${new URL(request.url).pathname}?done=${done}`);
}
