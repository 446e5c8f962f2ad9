import { data, redirect } from "@remix-run/node";
import { signedIn } from "../cases/access.server";
import { GraphQLRequestError } from "../graphql.server";
import type { RuleFinding } from "../types";
import type { Parsed } from "./forms";
import type { FormFailure } from "./types";

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

export function fail(failure: FormFailure) {
  return data({ failure, warnings: null, done: null }, { status: STATUS[failure.code] ?? 400 });
}

/** The posted form's intent, target (which row) and version; a form without an intent is a bad request. */
export function posted(form: FormData, allowed: readonly string[]) {
  const intent = String(form.get("intent") ?? "");
  if (!allowed.includes(intent)) throw data({ reason: "BAD_INTENT" }, { status: 400 });
  const version = Number(form.get("version") ?? "0");
  if (!Number.isInteger(version)) throw data({ reason: "BAD_FORM" }, { status: 400 });
  return { intent, target: String(form.get("target") ?? ""), version };
}

/**
 * Sends one parsed form: a form that cannot be read comes back at once; the API's typed refusal
 * comes back with what was typed; success redirects back (post/redirect/get, `?done=<intent>`),
 * unless `keep` turns the answer into something the page must show (e.g. the sample's warnings).
 */
export async function submit<T, R>(
  request: Request, at: { intent: string; target: string }, parsed: Parsed<T>, call: (input: T) => Promise<R>,
  keep?: (result: R) => { warnings: unknown[] } | null,
) {
  if (!parsed.ok) return fail({ ...at, code: "INVALID", message: "", values: parsed.values, problems: parsed.problems });
  let result: R;
  try {
    result = await signedIn(request, () => call(parsed.input));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return fail({
      ...at, code: error.code, message: error.errors[0]?.message ?? error.message, values: parsed.values, problems: {},
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      field: typeof extensions.field === "string" ? extensions.field : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
    });
  }
  const kept = keep?.(result);
  if (kept && kept.warnings.length > 0) return data({ failure: null, warnings: kept.warnings, done: at.intent });
  const url = new URL(request.url);
  url.searchParams.set("done", at.intent);
  return redirect(`${url.pathname}?${url.searchParams.toString()}`);
}
