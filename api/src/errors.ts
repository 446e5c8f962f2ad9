import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Every error a client may branch on. The code travels as `extensions.code`.
 * - BAD_CREDENTIALS: e-mail or password wrong, or the account is inactive (one code for all, so
 *   a caller cannot learn which accounts exist).
 * - UNAUTHENTICATED: the operation needs a signed-in caller; the token is missing, unknown,
 *   revoked or expired.
 * - FORBIDDEN: signed in, but the role or organisation may not do this.
 * - BAD_USER_INPUT: an argument is out of range or malformed; `extensions.field` names it.
 * - NOT_FOUND: the thing addressed does not exist (or is not visible to the caller).
 * - ILLEGAL_TRANSITION: the rule does not allow this action in the current status;
 *   `extensions.clause` names the clause, `extensions.status` the current status.
 * - RULE_VIOLATION: the action is allowed now, but its content breaks a clause (scope §1,
 *   unit §3.1, credit §3.2/§3.3 …); `extensions.findings` lists each with field and clause.
 * - CONFLICT: someone changed the record since the caller read it (optimistic locking); reload.
 * - RATE_LIMITED: a public limit is used up (HTTP 429); `extensions.retryAfterSeconds` says when
 *   to try again (api/src/rate-limit).
 * - TOO_MANY_ATTEMPTS: sign-in to this e-mail address is locked after repeated failures (HTTP
 *   429), whether or not an account has it; `extensions.retryAfterSeconds` says when to try again.
 * - INVALID_RESET_TOKEN: a password-reset link that is unknown, used, replaced or expired.
 * - WEAK_PASSWORD: a new password breaks the password rules; `extensions.field` names the field,
 *   `extensions.reasons` lists every rule broken (auth/password-rules.ts `PasswordProblem`),
 *   `extensions.minLength` / `maxLength` give the bounds.
 */
export enum ErrorCode {
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  RULE_VIOLATION = 'RULE_VIOLATION',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_RESET_TOKEN = 'INVALID_RESET_TOKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Codes that are safe to show as they are; anything else is masked. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Maps errors to what clients see: typed errors pass, unknown ones become a generic
 * INTERNAL_SERVER_ERROR so that no stack, SQL or schema detail leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (PASS_THROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  reportUnexpected(error);
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function reportUnexpected(error: unknown): void {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  console.error(`[api] unexpected error: ${original instanceof Error ? original.stack : String(original)}`);
}
