import type { Role } from '@cqc/db';

/** The authenticated caller, as every authorization decision sees it. */
export interface Viewer {
  userId: string;
  role: Role;
  organisationId: string;
  sessionId: string;
}
