import { AsyncLocalStorage } from "node:async_hooks";

/** What web/server.mjs knows about the request being handled that Remix's Request does not carry. */
export interface RequestContext {
  /** The browser's address: the socket's peer, or the client named by a trusted proxy (WEB_TRUST_PROXY). */
  clientAddress: string;
}

/**
 * The key under which web/server.mjs puts its AsyncLocalStorage on globalThis: the server and
 * the built app are separate module graphs (the build is imported at runtime), so a shared
 * well-known symbol is the only handle both see. Keep in sync with server.mjs.
 */
const KEY = Symbol.for("cqc.web.requestContext");

type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> };

/**
 * Why AsyncLocalStorage and not Remix's `context` argument: the address must reach every API
 * call (graphql.server.ts, api-proxy.server.ts) and those are made from ~60 loaders and actions
 * through helpers that receive only the Request. Threading `context` through all of them is a
 * large, error-prone edit; the server runs each request's handler inside `storage.run()`, so
 * every await below it sees the same store. The loaders also get `context.clientAddress`.
 */
export function requestContext(): RequestContext | undefined {
  return (globalThis as Holder)[KEY]?.getStore();
}

/** The browser's address for the request being handled, or null outside web/server.mjs (vite dev). */
export function clientAddress(): string | null {
  return requestContext()?.clientAddress ?? null;
}
