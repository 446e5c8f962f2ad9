// The production server of the web app (`pnpm start`, scripts/src/start.ts, the browser tests):
// what `remix-serve` did — compression, static assets, request log, PORT/HOST — plus the one thing
// it cannot do: tell the app the browser's address, so the API's per-client limits
// (docs/decisions/0008-rate-limits.md) count browsers and not this server.
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";

const BUILD = new URL("./build/server/index.js", import.meta.url);
const CLIENT = new URL("./build/client/", import.meta.url).pathname;
const ASSETS = new URL("./build/client/assets/", import.meta.url).pathname;

process.env.NODE_ENV = process.env.NODE_ENV ?? "production";

/**
 * Proxies in front of this server whose X-Forwarded-For names the browser (Express `trust proxy`:
 * `loopback`, addresses, CIDRs). Default none: the browser's address is the socket's peer, and a
 * header sent by the browser itself is never believed.
 */
function trustProxy(spec) {
  const value = (spec ?? "").trim();
  return value === "" || value === "none" ? false : value;
}

const build = await import(BUILD.href);
installGlobals({ nativeFetch: build.future.v3_singleFetch });

/**
 * One store per request, read by app/request-context.server.ts through this well-known symbol
 * (the build is a separate module graph): the app's API client forwards the address from there
 * without every loader passing it along.
 */
const storage = new AsyncLocalStorage();
globalThis[Symbol.for("cqc.web.requestContext")] = storage;

const trusted = trustProxy(process.env.WEB_TRUST_PROXY);
const clientAddress = (req) => (trusted ? req.ip : req.socket.remoteAddress) ?? "";

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trusted);
app.use(compression());
// Vite fingerprints everything under /assets: cache it for good. Other build files (favicon…) for an hour.
app.use("/assets", express.static(ASSETS, { immutable: true, maxAge: "1y" }));
app.use(express.static(CLIENT, { maxAge: "1h" }));
app.use(morgan("tiny"));

const remix = createRequestHandler({
  build,
  mode: process.env.NODE_ENV,
  getLoadContext: (req) => ({ clientAddress: clientAddress(req) }),
});
app.all("*", (req, res, next) => storage.run({ clientAddress: clientAddress(req) }, () => remix(req, res, next)));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const server = app.listen(port, host, () => {
  console.log(`[web] http://${host ?? "localhost"}:${port}`);
});

// Finish the requests in flight, then exit; connections still open after 5 s are cut.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close((error) => {
      if (error) console.error(error);
      process.exit(error ? 1 : 0);
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  });
}
