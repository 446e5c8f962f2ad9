import { data, redirect } from "@remix-run/node";
import { signedIn } from "../cases/access.server";
import type { Failure } from "../components/ApiFailure";
import { config } from "../config.server";
import { GraphQLRequestError } from "../graphql.server";
import type { RuleFinding } from "../types";

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

/** A refused post, with the form it came from (`intent`, `target` row) so the page shows it there. */
export interface PostFailure extends Failure {
  intent: string;
  target: string;
}

/**
 * Sends one posted form of the mark or appeal pages: the API's typed refusal comes back to the
 * form; success redirects back (post/redirect/get, `?done=<intent>`).
 */
export async function send(request: Request, at: { intent: string; target: string }, call: () => Promise<unknown>) {
  try {
    await signedIn(request, call);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    const failure: PostFailure = {
      ...at, code: error.code, message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
    };
    return data({ failure }, { status: STATUS[failure.code] ?? 400 });
  }
  const url = new URL(request.url);
  url.searchParams.set("done", at.intent);
  return redirect(`${url.pathname}?${url.searchParams.toString()}`);
}

/** A posted text field, trimmed; absent is empty. */
export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}

/**
 * Stores an attached file (if one was chosen) through the API's upload route with the session's
 * token: its id, null when no file was chosen, or the refusal to show on the form.
 */
export async function uploadIfGiven(request: Request, token: string, file: FormDataEntryValue | null): Promise<{ id: string | null } | { code: string; message: string }> {
  if (!(file instanceof File) || file.size === 0) return { id: null };
  const body = new FormData();
  body.append("file", file, file.name);
  const response = await fetch(`${config.apiUrl}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body, signal: request.signal });
  const json = (await response.json().catch(() => null)) as { id?: string; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (response.status === 201 && json?.id) return { id: json.id };
  if (response.status === 401) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  const first = json?.errors?.[0];
  if (!first) throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
  return { code: first.extensions?.code ?? "UNKNOWN", message: first.message };
}

/** The refusal of an upload, as a failure of the form it came with. */
export function uploadRefused(at: { intent: string; target: string }, refusal: { code: string; message: string }) {
  const failure: PostFailure = { ...at, code: refusal.code, message: refusal.message };
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}
