import { data } from "@remix-run/node";
import { config } from "./config.server";
import { clientAddress } from "./request-context.server";

/** A query string tagged with its result and variables types. */
export interface Document<TData, TVariables> {
  readonly query: string;
  /** Phantom field: carries the types, never set. */
  readonly __types?: (variables: TVariables) => TData;
}

export function gql<TData, TVariables = Record<string, never>>(
  query: string,
): Document<TData, TVariables> {
  return { query };
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API answered with GraphQL errors; `code` is the first error's extensions.code. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly errors: GraphQLErrorEntry[];

  constructor(errors: GraphQLErrorEntry[]) {
    super(errors.map((e) => e.message).join("; ") || "GraphQL request failed");
    this.name = "GraphQLRequestError";
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
  }
}

/**
 * The API refused for the client's public limit. Loaders rethrow it, so it also has the shape of a
 * thrown `data(…, { status: 429 })` (Remix recognises that by its fields): the page then answers
 * 429 and the ErrorBoundary shows the wait, while an action can still catch it by class or code.
 */
export class RateLimitedError extends GraphQLRequestError {
  readonly type = "DataWithResponseInit";
  readonly retryAfterSeconds: number;
  readonly data: { reason: "RATE_LIMITED"; retryAfterSeconds: number };
  readonly init: { status: number; headers: Record<string, string> };

  constructor(errors: GraphQLErrorEntry[], retryAfterHeader: string | null) {
    super(errors);
    const seconds = Number(errors[0]?.extensions?.retryAfterSeconds ?? retryAfterHeader ?? 60);
    this.retryAfterSeconds = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
    this.data = { reason: "RATE_LIMITED", retryAfterSeconds: this.retryAfterSeconds };
    this.init = { status: 429, headers: { "Retry-After": String(this.retryAfterSeconds) } };
  }
}

/** X-Forwarded-For naming the browser of the request being handled, if web/server.mjs knows it. */
export function forwardedFor(): Record<string, string> {
  const address = clientAddress();
  return address ? { "x-forwarded-for": address } : {};
}

const TIMEOUT_MS = 10_000;

/** Thrown Response-like value that route ErrorBoundaries render as "service unavailable". */
function unavailable(detail: string): never {
  console.error(`[graphql] API unavailable at ${config.graphqlUrl}: ${detail}`);
  throw data({ reason: "API_UNAVAILABLE" }, { status: 503 });
}

export interface RequestOptions {
  /** Bearer token of the signed-in user. */
  token?: string;
  /** The incoming request, so an aborted page load aborts the API call too. */
  request?: Request;
}

export async function graphql<TData, TVariables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // The API limits anonymous clients per address (docs/decisions/0008-rate-limits.md) and trusts
  // this server as a proxy: name the browser, as web/server.mjs saw it (request-context.server.ts).
  // Outside that server (vite dev) nothing is named and the API counts the request as ours.
  Object.assign(headers, forwardedFor());
  // The browser, likewise, so a sign-in's session shows the person's device in their list
  // (/account/sessions); the API believes this header only from a proxy it trusts.
  const userAgent = options.request?.headers.get("user-agent");
  if (userAgent) headers["x-client-user-agent"] = userAgent.slice(0, 512);

  const signals = [AbortSignal.timeout(TIMEOUT_MS)];
  if (options.request) signals.push(options.request.signal);

  let response: Response;
  try {
    response = await fetch(config.graphqlUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.query, variables }),
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (options.request?.signal.aborted) throw error;
    unavailable(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }

  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy error page or a server that is still starting: not a GraphQL answer.
    unavailable(`HTTP ${response.status} without a JSON body`);
  }

  if (body.errors && body.errors.length > 0) {
    if (body.errors[0]?.extensions?.code === "RATE_LIMITED") throw new RateLimitedError(body.errors, response.headers.get("retry-after"));
    throw new GraphQLRequestError(body.errors);
  }
  if (!response.ok || body.data == null) unavailable(`HTTP ${response.status} without data`);
  return body.data;
}
