import { data, redirect } from "@remix-run/node";
import { config } from "./config.server";

/**
 * Streams the browser's multipart body to an API upload route (`/documents`, `/imports`) with the
 * session's token, never holding it whole here. The API's id on `okStatus`, or its typed refusal;
 * an expired session goes to the login form and back.
 */
export async function forwardMultipart(
  request: Request,
  token: string,
  path: string,
  okStatus: number,
): Promise<{ id: string } | { code: string; message: string }> {
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": request.headers.get("content-type") ?? "" },
      body: request.body,
      signal: request.signal,
      // A streamed request body (Node's fetch requires saying so).
      duplex: "half",
    } as RequestInit & { duplex: "half" });
  } catch (error) {
    if (request.signal.aborted) throw error;
    console.error(`[upload] API unavailable at ${config.apiUrl}${path}: ${error instanceof Error ? error.message : String(error)}`);
    throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
  }
  const body = (await response.json().catch(() => null)) as { id?: string; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (response.status === okStatus && body?.id) return { id: body.id };
  if (response.status === 401) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  const first = body?.errors?.[0];
  if (!first) throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
  return { code: first.extensions?.code ?? "UNKNOWN", message: first.message };
}
