import { Role } from '@cqc/db';
import { generateMfaKey, type MfaKey } from './secret-box.js';

/**
 * How MFA applies on this platform (issue 6 point 3): TOTP is required for certification-body
 * staff and optional for everyone else.
 *
 * `requiredForStaff` is MFA_REQUIRED_FOR_STAFF: true by default and always true in production
 * (config.ts refuses `false` there). The test platform (test/support/platform.ts) turns it off
 * explicitly, because its ~1,200 tests sign in as the demo staff with a password alone; a local
 * demo may turn it off the same way (README). Tests of the rule itself turn it on.
 */
export interface MfaSettings {
  requiredForStaff: boolean;
  /** Encrypts the TOTP secrets at rest (secret-box.ts). */
  key: MfaKey;
}

/** The certification body's roles: the ones that must use MFA. */
export const MFA_REQUIRED_ROLES: ReadonlySet<Role> = new Set([Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ADMIN]);

/**
 * Defaults for an API built without settings: MFA required, and a key made now and kept nowhere
 * (enough for a test; `pnpm start` always passes a kept key).
 */
export function mfaSettings(given: Partial<MfaSettings> = {}): MfaSettings {
  return { requiredForStaff: given.requiredForStaff ?? true, key: given.key ?? generateMfaKey() };
}

/** Whether a user of this role must have MFA before doing anything else. */
export function mfaRequiredFor(role: Role, settings: Pick<MfaSettings, 'requiredForStaff'>): boolean {
  return settings.requiredForStaff && MFA_REQUIRED_ROLES.has(role);
}
