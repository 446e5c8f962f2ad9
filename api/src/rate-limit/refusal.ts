import type { Response } from 'express';
import { AppError, ErrorCode } from '../errors.js';

function message(retryAfterSeconds: number): string {
  return `Too many requests from this address: try again in ${retryAfterSeconds} s (请求过于频繁，请 ${retryAfterSeconds} 秒后再试)`;
}

/** A refusal inside a GraphQL operation (the batch bucket): HTTP 429 with Retry-After, via Apollo's `http` extension. */
export function rateLimitedError(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, message(retryAfterSeconds), {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
}

/** A refusal before the request is handled: GraphQL's error shape on /graphql, a plain one on /registry. */
export function refuse(res: Response, graphql: boolean, retryAfterSeconds: number): void {
  const error = { code: ErrorCode.RATE_LIMITED, message: message(retryAfterSeconds), retryAfterSeconds };
  res.status(429).set('Retry-After', String(retryAfterSeconds));
  if (graphql) {
    res.json({ errors: [{ message: error.message, extensions: { code: error.code, retryAfterSeconds } }] });
  } else {
    res.json({ error });
  }
}
