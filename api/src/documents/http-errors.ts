import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../errors.js';

/**
 * The document routes answer errors in the GraphQL response shape,
 * `{ errors: [{ message, extensions: { code } }] }`, so a client handles both the same way.
 * PAYLOAD_TOO_LARGE exists only here: GraphQL bodies are small and never reach it.
 */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [PAYLOAD_TOO_LARGE]: 413,
};

/** An error of the HTTP routes with a code a client may branch on. */
export class RouteError extends Error {
  constructor(
    readonly code: ErrorCode | typeof PAYLOAD_TOO_LARGE,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RouteError';
  }
}

export const badInput = (message: string, field = 'file') => new RouteError(ErrorCode.BAD_USER_INPUT, message, field);
export const tooLarge = (maxBytes: number) => new RouteError(PAYLOAD_TOO_LARGE, `The file is larger than ${maxBytes} bytes`, 'file');
export const notFound = () => new RouteError(ErrorCode.NOT_FOUND, 'No such document');

/** Sends the error as JSON; unknown errors are logged and masked, as GraphQL's formatError does. */
export function sendError(req: Request, res: Response, error: unknown): void {
  let code: string;
  let message: string;
  let field: unknown;
  if (error instanceof RouteError) {
    ({ code, message, field } = error);
  } else if (error instanceof AppError && STATUS[String(error.extensions.code)]) {
    code = String(error.extensions.code);
    message = error.message;
    field = error.extensions.field;
  } else {
    console.error(`[api] unexpected error on ${req.method} ${req.originalUrl}: ${error instanceof Error ? error.stack : String(error)}`);
    code = 'INTERNAL_SERVER_ERROR';
    message = 'Internal server error';
  }
  if (res.headersSent) {
    // Mid-download: the status line is gone; cutting the connection tells the client it failed.
    res.destroy();
    return;
  }
  // A request body we did not read to its end must not be mistaken for the next request.
  if (!req.complete) res.set('Connection', 'close');
  res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: field === undefined ? { code } : { code, field } }] });
}
