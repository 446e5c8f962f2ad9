import http from 'node:http';
import type { Express } from 'express';

/**
 * The HTTP server an Express app runs on in production (`pnpm start`, the bench): Node creates
 * each request and response with the app's own prototypes (`http.createServer`'s
 * `IncomingMessage` and `ServerResponse` options), so Express's per-request
 * `Object.setPrototypeOf(req, app.request)` finds the prototype already set and does nothing.
 *
 * Why (docs/decisions/0017-express-prototypes.md): on Node 20, changing the prototype of every
 * request and response halves what a bare http server answers and makes V8 keep ~6 kB of each
 * request into the old generation, so full collections (pauses of 7–35 ms) ran every few
 * seconds under load. Requests served by another server (supertest's) still work: Express sets
 * the same prototypes on them, the slow way.
 */
export function createHttpServer(app: Express): http.Server {
  const { Request, Response } = bornPrototypes(app);
  return http.createServer({ IncomingMessage: Request, ServerResponse: Response as typeof http.ServerResponse }, app);
}

/** Listens on `port` and `host`; resolves once listening. */
export function listen(app: Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

interface Classes {
  Request: typeof http.IncomingMessage;
  Response: new (req: http.IncomingMessage) => http.ServerResponse;
}

const classesOf = new WeakMap<Express, Classes>();

/**
 * Request and response classes whose prototypes take the place of `app.request` and
 * `app.response`: the same chain (Express's request and response, then Node's) and the same own
 * property (`app`). Made once per app, so a second server shares them.
 */
function bornPrototypes(app: Express): Classes {
  const made = classesOf.get(app);
  if (made) return made;
  class Request extends http.IncomingMessage {}
  class Response extends http.ServerResponse {}
  adopt(Request.prototype, app.request);
  adopt(Response.prototype, app.response);
  app.request = Request.prototype as unknown as Express['request'];
  app.response = Response.prototype as unknown as Express['response'];
  const classes = { Request, Response };
  classesOf.set(app, classes);
  return classes;
}

/** Makes `target` stand in for Express's per-app prototype `appPrototype`. */
function adopt(target: object, appPrototype: object): void {
  Object.setPrototypeOf(target, Object.getPrototypeOf(appPrototype));
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(appPrototype));
}
