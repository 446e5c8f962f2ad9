import { data, redirect } from "@remix-run/node";
import { GraphQLRequestError } from "../graphql.server";
import type { RuleFinding } from "../types";
import { signedIn } from "./access.server";
import type { Parsed, StepFailure } from "./decision-step";

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

export function failStep(failure: StepFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

/** A form that could not be read: shown at the form, the API is not asked. */
export function failParse(step: string, parsed: Extract<Parsed<unknown>, { ok: false }>) {
  return failStep({ step, code: "INVALID", message: "", problem: { key: parsed.key, vars: parsed.vars } });
}

/**
 * Runs one posted step with the viewer's token. Success redirects back to the page
 * (post/redirect/get, `?done=<step>`); an API refusal comes back as a `StepFailure` for the form.
 */
export async function runStep(request: Request, step: string, call: () => Promise<unknown>) {
  try {
    await signedIn(request, call);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return failStep({
      step,
      code: error.code,
      message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
    });
  }
  const url = new URL(request.url);
  return redirect(`${url.pathname}?done=${step}`);
}

/** The posted `version` (optimistic locking); a form without one is a bad request. */
export function postedVersion(form: FormData): number {
  const version = Number(form.get("version"));
  if (!Number.isInteger(version)) throw data({ reason: "BAD_VERSION" }, { status: 400 });
  return version;
}

export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}
