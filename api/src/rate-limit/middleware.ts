import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate, type SessionPolicy } from '../auth/session-service.js';
import { bearerToken } from '../auth/token.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import type { PublicRateLimiter } from './limiter.js';
import { rateLimitedError, refuse } from './refusal.js';

/** What a resolver may still charge for the request's client; absent for exempt or signed-in callers. */
export interface RequestRateLimit {
  /** Charges a verification of `count` identifiers to the batch bucket; throws RATE_LIMITED (429). */
  chargeBatch(count: number): Promise<void>;
  /** Charges one sign-in or password-reset request to the signIn bucket; throws RATE_LIMITED (429). */
  chargeSignIn(): Promise<void>;
}

const LOCALS_KEY = 'publicRateLimit';
const VIEWER_KEY = 'authenticatedViewer';

/** The open-data exports: one stream each can run for minutes, so they have their own, small bucket. */
const EXPORT_PATH = /^\/open-data\/certificates\.(csv|jsonl)$/;

export interface RateLimitDependencies {
  limiter: PublicRateLimiter;
  orm: MikroORM;
  clock: Clock;
  sessionPolicy: SessionPolicy;
}

/**
 * Mounted on /graphql and /registry before their handlers. The client is the address Express
 * derives from the socket and X-Forwarded-For of trusted proxies (`trust proxy`, TRUST_PROXY).
 * Signed-in callers (a live session or regulator API token) are not counted: their token is
 * checked here, so a made-up token does not escape the limit, and the viewer found is left for
 * the GraphQL context (`authenticatedViewer`) so the token is not looked up twice.
 */
export function rateLimitMiddleware(deps: RateLimitDependencies): RequestHandler {
  const { limiter } = deps;
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const address = req.ip ?? req.socket.remoteAddress ?? '';
      if (limiter.isExempt(address)) return next();
      const token = bearerToken(req.headers.authorization);
      const viewer = token ? await authenticate(deps.orm.em.fork(), token, deps.clock, deps.sessionPolicy) : null;
      if (viewer) {
        res.locals[VIEWER_KEY] = viewer;
        return next();
      }

      const client = `ip:${address}`;
      const graphql = req.baseUrl === '/graphql';
      let retryAfter = await limiter.charge('public', client);
      if (retryAfter === null && !graphql && EXPORT_PATH.test(req.path)) retryAfter = await limiter.charge('export', client);
      if (retryAfter !== null) return refuse(res, graphql, retryAfter);

      const handle: RequestRateLimit = {
        async chargeBatch(count) {
          const wait = await limiter.charge('batch', client, limiter.batchCost(count));
          if (wait !== null) throw rateLimitedError(wait);
        },
        async chargeSignIn() {
          const wait = await limiter.charge('signIn', client);
          if (wait !== null) throw rateLimitedError(wait);
        },
      };
      res.locals[LOCALS_KEY] = handle;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The handle the middleware left for this response, for the GraphQL context. */
export function requestRateLimit(res: Response | undefined): RequestRateLimit | null {
  return (res?.locals[LOCALS_KEY] as RequestRateLimit | undefined) ?? null;
}

/**
 * The viewer the middleware already authenticated for this response: `undefined` when it did not
 * look (exempt address, no token), `null` is never stored (a refused token is charged instead).
 */
export function authenticatedViewer(res: Response | undefined): Viewer | undefined {
  return res?.locals[VIEWER_KEY] as Viewer | undefined;
}
