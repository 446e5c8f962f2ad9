import type { EntityManager } from '@mikro-orm/postgresql';
import { UserMfa } from '@cqc/db';

/**
 * Whether the user signs in with a second factor: the password rules then ask for 8 characters
 * instead of 15 (auth/password-rules.ts `passwordPolicy`), as NIST SP 800-63B-4 allows.
 */
export async function hasMfa(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(UserMfa, { user: userId, enabledAt: { $ne: null } })) > 0;
}
