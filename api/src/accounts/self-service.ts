import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../errors.js';

/**
 * The caller of a self-service operation (own sessions, own password), in a session of their own.
 * An API token is refused: a leaked token must not be able to end its owner's sessions or take
 * the account over by changing the password.
 */
export function sessionViewer(viewer: Viewer | null, operation: Operation.MANAGE_OWN_SESSIONS | Operation.CHANGE_OWN_PASSWORD): Viewer & { sessionId: string } {
  const caller = authorizeViewer(viewer, operation);
  if (caller.apiTokenId || !caller.sessionId) throw new AppError(ErrorCode.FORBIDDEN, 'Sign in as a person to do this');
  return { ...caller, sessionId: caller.sessionId };
}
