import { data, redirect } from "@remix-run/node";
import { GraphQLRequestError } from "../graphql.server";
import type { Failure } from "../components/ApiFailure";
import type { RuleFinding } from "../types";
import { signedIn } from "./access.server";

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

/** What a case-handling form (assignment, fee) shows when its post is refused. */
export type HandlingFailure = Failure & { field?: string };

export function failHandling(failure: HandlingFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

/**
 * Runs one case-handling post and goes back to the case page (post/redirect/get, `?done=<what>`);
 * an API refusal comes back as a failure for the form that posted (it posts with a fetcher).
 */
export async function runHandling(request: Request, caseId: string, what: string, call: () => Promise<unknown>) {
  try {
    await signedIn(request, call);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return failHandling({
      code: error.code,
      message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      field: typeof extensions.field === "string" ? extensions.field : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
    });
  }
  return redirect(`/workbench/cases/${caseId}?done=${what}`);
}

/** The posted `version` (optimistic locking); a form without one is a bad request. */
export function postedVersion(form: FormData): number {
  const version = Number(form.get("version"));
  if (!Number.isInteger(version)) throw data({ reason: "BAD_VERSION" }, { status: 400 });
  return version;
}
