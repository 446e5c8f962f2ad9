import { config } from "../config.server";
import { forwardedFor } from "../graphql.server";

const PASSED_ON = ["content-type", "content-disposition", "cache-control", "x-content-type-options"];

/**
 * Serves one public /registry/... resource of the API from the web app's own origin: the body
 * is streamed through untouched (PDF bytes, signed JSON), with the API's status and the headers
 * a download needs. The API stays the only place that renders or signs anything.
 */
export async function proxyRegistry(request: Request, path: string): Promise<Response> {
  const headers: Record<string, string> = { accept: request.headers.get("accept") ?? "*/*" };
  // The API's per-client limits see the browser's address (as web/server.mjs saw it), not ours.
  Object.assign(headers, forwardedFor());
  let upstream: Response;
  try {
    upstream = await fetch(`${config.apiUrl}/registry${path}`, { headers, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    console.error(`[registry] API unavailable at ${config.apiUrl}: ${error instanceof Error ? error.message : String(error)}`);
    return new Response("Service unavailable", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  const retryAfter = upstream.headers.get("retry-after");
  if (retryAfter) out.set("retry-after", retryAfter);
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
