import type { Role } from '@cqc/db';

/** The authenticated caller, as every authorization decision sees it. */
export interface Viewer {
  /** The user; for a regulator API token, the user who created it (so audit trails name a person). */
  userId: string;
  role: Role;
  organisationId: string;
  /** The login session; null when the caller authenticated with an API token. */
  sessionId: string | null;
  /** Set when the caller authenticated with a regulator API token instead of a session. */
  apiTokenId?: string;
  /** A staff session opened without MFA while MFA is required: it may only enrol (auth/policy.ts). */
  mfaEnrolmentRequired?: boolean;
}
