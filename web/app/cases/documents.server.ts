import { data, redirect } from "@remix-run/node";
import { config } from "../config.server";
import { forwardMultipart } from "../forward-multipart.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { AttachCaseDocumentMutation, DetachCaseDocumentMutation } from "../queries.server";
import { signedIn } from "./access.server";
import type { DocumentFailure } from "./case-page-types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCUMENT_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;


/** A multipart post is an upload; everything else on the case page is a case action. */
export function isUpload(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

function fail(failure: DocumentFailure, status: number) {
  return data({ documentFailure: failure }, { status });
}

/**
 * An upload from the case page: the browser's multipart body is streamed to the API's
 * `POST /documents` as it arrives (never held whole here), with the session's token; the stored
 * document is then attached to the case under its §3.2 type. The type and the case version ride
 * in the form's URL, so nothing of the body has to be read before forwarding it. The API's
 * refusals (type, size, status, version) come back for the control that sent the file.
 */
export async function runDocumentUpload(request: Request, token: string, caseId: string) {
  const url = new URL(request.url);
  const documentType = url.searchParams.get("documentType") ?? "";
  const version = Number(url.searchParams.get("version"));
  if (!DOCUMENT_TYPE.test(documentType) || !Number.isInteger(version)) throw data({ reason: "BAD_UPLOAD" }, { status: 400 });

  const uploaded = await forwardUpload(request, token);
  if ("code" in uploaded) return fail({ documentType, ...uploaded }, uploaded.code === "PAYLOAD_TOO_LARGE" ? 413 : 400);
  try {
    await signedIn(request, () => graphql(AttachCaseDocumentMutation, { caseId, version, documentId: uploaded.id, documentType }, { token, request }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const clause = error.errors[0]?.extensions?.clause;
    return fail({ documentType, code: error.code, message: error.errors[0]?.message ?? error.message, clause: typeof clause === "string" ? clause : undefined }, 400);
  }
  return redirect(`${url.pathname}?done=attach#documents`);
}

/** A post that takes a document off the case: `?detachDocument=<id>&documentType=<code>&version=<n>`. */
export function isDetach(request: Request): boolean {
  return new URL(request.url).searchParams.has("detachDocument");
}

/** Takes a document off the case again (it stays uploaded); a refusal is shown at its type. */
export async function runDocumentDetach(request: Request, token: string, caseId: string) {
  const url = new URL(request.url);
  const documentId = url.searchParams.get("detachDocument") ?? "";
  const documentType = url.searchParams.get("documentType") ?? "";
  const version = Number(url.searchParams.get("version"));
  if (!UUID.test(documentId) || !DOCUMENT_TYPE.test(documentType) || !Number.isInteger(version)) throw data({ reason: "BAD_DETACH" }, { status: 400 });
  try {
    await signedIn(request, () => graphql(DetachCaseDocumentMutation, { caseId, version, documentId }, { token, request }));
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const clause = error.errors[0]?.extensions?.clause;
    return fail({ documentType, code: error.code, message: error.errors[0]?.message ?? error.message, clause: typeof clause === "string" ? clause : undefined }, 400);
  }
  return redirect(`${url.pathname}?done=detach#documents`);
}

/** Streams the request body to the API's document upload route; its id, or its typed refusal. */
export function forwardUpload(request: Request, token: string): Promise<{ id: string } | { code: string; message: string }> {
  return forwardMultipart(request, token, "/documents", 201);
}

/** Headers passed on with a download; the API's own safety headers are set again here. */
const PASSED = ["content-type", "content-length", "content-disposition"];

/**
 * A document download through the web app: the API answers with the session's token, and the
 * file streams back with the API's type and name. The browser never holds the API token.
 */
export async function proxyDownload(request: Request, token: string, documentId: string): Promise<Response> {
  if (!UUID.test(documentId)) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}/documents/${documentId}`, { headers: { authorization: `Bearer ${token}` }, signal: request.signal });
  } catch (error) {
    if (request.signal.aborted) throw error;
    console.error(`[documents] API unavailable at ${config.apiUrl}: ${error instanceof Error ? error.message : String(error)}`);
    throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
  }
  if (response.status === 401) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw data({ reason: response.status === 403 ? "FORBIDDEN" : "NOT_FOUND" }, { status: response.status === 403 ? 403 : 404 });
  }
  const headers = new Headers();
  for (const name of PASSED) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("x-content-type-options", "nosniff");
  headers.set("cache-control", "private, no-store");
  headers.set("content-security-policy", "default-src 'none'; sandbox");
  return new Response(response.body, { status: 200, headers });
}
