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
 * - INVALID_SIGNUP_TOKEN: a sign-up verification link that is unknown, used or expired.
 * - INVALID_INVITATION: an invitation link that cannot be used; `extensions.reason` is UNKNOWN,
 *   EXPIRED, USED or REVOKED (the holder of the link may know which).
 * - ORGANISATION_EXISTS: approving a claim whose credit code already belongs to an organisation;
 *   `extensions.organisationId` names it. Joining it takes an invitation from its own users.
 * - ACCOUNT_EXISTS: an account already has this e-mail address (told only to whoever holds a
 *   link mailed to it, or to the administrator deciding a claim).
 * - MFA_ENROLMENT_REQUIRED: a staff session without MFA may only set MFA up (auth/policy.ts).
 * - INVALID_MFA_CODE: a TOTP or recovery code that is wrong, already used, or replayed.
 * - INVALID_MFA_CHALLENGE: the sign-in's second step is unknown, used or expired: sign in again.
 * - SELF_ADMINISTRATION: an administrator tried to demote or deactivate their own account.
 * - LAST_ADMIN: the change would leave no active administrator.
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
  INVALID_SIGNUP_TOKEN = 'INVALID_SIGNUP_TOKEN',
  INVALID_INVITATION = 'INVALID_INVITATION',
  ORGANISATION_EXISTS = 'ORGANISATION_EXISTS',
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  MFA_ENROLMENT_REQUIRED = 'MFA_ENROLMENT_REQUIRED',
  INVALID_MFA_CODE = 'INVALID_MFA_CODE',
  INVALID_MFA_CHALLENGE = 'INVALID_MFA_CHALLENGE',
  SELF_ADMINISTRATION = 'SELF_ADMINISTRATION',
  LAST_ADMIN = 'LAST_ADMIN',
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
