import { data, redirect } from "@remix-run/node";
import { config } from "../config.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import type { RuleFinding } from "../types";
import { signedIn } from "../cases/access.server";
import { postedVersion, text } from "../cases/decision-step.server";
import { parseExtension, parseVariation, type Parsed } from "./forms";
import {
  RequestCertificateExtensionMutation, RequestCertificateVariationMutation, type ExtensionVariables, type VariationVariables,
} from "./queries.server";

/** Why a posted form was refused: the API's typed answer, or `INVALID` with a local message key. */
export interface ChangeFailure {
  step: string;
  code: string;
  message: string;
  clause?: string;
  findings?: RuleFinding[];
  localKey?: string;
}

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422 };

export function fail(failure: ChangeFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

/** An API call whose typed refusal goes back to the form; anything else is thrown. */
export async function apiStep(request: Request, step: string, call: () => Promise<unknown>): Promise<ChangeFailure | null> {
  try {
    await signedIn(request, call);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    return {
      step, code: error.code, message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      findings: Array.isArray(extensions.findings) ? (extensions.findings as RuleFinding[]) : undefined,
    };
  }
}

/** Stores one file through the API's upload route with the session's token; its id, or the refusal. */
async function upload(request: Request, token: string, file: File, step: string): Promise<{ id: string } | ChangeFailure> {
  const body = new FormData();
  body.append("file", file, file.name);
  const response = await fetch(`${config.apiUrl}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body, signal: request.signal });
  const json = (await response.json().catch(() => null)) as { id?: string; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (response.status === 201 && json?.id) return { id: json.id };
  if (response.status === 401) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  const first = json?.errors?.[0];
  if (!first) throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
  return { step, code: first.extensions?.code ?? "UNKNOWN", message: first.message };
}

function invalid(step: string, parsed: Extract<Parsed<unknown>, { ok: false }>) {
  return fail({ step, code: "INVALID", message: "", localKey: parsed.key });
}

/**
 * The holder's variation or extension form: checked here first (nothing is uploaded for a form
 * that cannot be sent), then the evidence file is stored and the request filed with it.
 */
export async function submitChange(request: Request, token: string, number: string, kind: "variation" | "extension") {
  const form = await request.formData();
  const version = postedVersion(form);
  const file = form.get(kind === "variation" ? "evidence" : "productDescription");
  const parsed = kind === "variation" ? parseVariation(form) : parseExtension(form);
  if (!parsed.ok) return invalid(kind, parsed);
  if (!(file instanceof Blob) || file.size === 0) return fail({ step: kind, code: "INVALID", message: "", localKey: "change.file.required" });
  const stored = await upload(request, token, file as File, kind);
  if (!("id" in stored)) return fail(stored);
  const options = { token, request };
  const failure = kind === "variation"
    ? await apiStep(request, kind, () => graphql(RequestCertificateVariationMutation, {
        input: { ...(parsed.value as Omit<VariationVariables["input"], "number" | "certificateVersion" | "documents">), number, certificateVersion: version, documents: [{ documentId: stored.id, documentType: "VARIATION_EVIDENCE" }] },
      }, options))
    : await apiStep(request, kind, () => graphql(RequestCertificateExtensionMutation, {
        input: { ...(parsed.value as Omit<ExtensionVariables["input"], "number" | "certificateVersion" | "documents">), number, certificateVersion: version, documents: [{ documentId: stored.id, documentType: "PRODUCT_DESCRIPTION" }] },
      }, options));
  if (failure) return fail(failure);
  return redirect(`/portal/certificates/${encodeURIComponent(number)}?done=requested`);
}

export { text };
