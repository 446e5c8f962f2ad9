import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins per account, for the per-account lockout (api/src/auth/login-throttle.ts).
 *
 * A table of its own keyed by the e-mail typed, not columns on app_user: an address without an
 * account must be locked out exactly like one with an account, or the lockout itself would tell
 * which addresses have accounts. The key is the SHA-256 of the trimmed, lower-cased address, so
 * the table is no list of what people typed (a password typed into the e-mail field included).
 * Rows whose last attempt is a day old are forgotten (`lastAttemptAt`, indexed for that).
 */
@Entity({ tableName: 'login_throttle' })
@Index({ properties: ['lastAttemptAt'] })
export class LoginThrottle {
  @PrimaryKey({ type: 'string', length: 64 })
  keyHash!: string;

  /** Attempts counted in the current window (counted before the password is checked). */
  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  /** Lockouts so far: the next one lasts twice as long as the last, up to the cap. */
  @Property({ type: 'integer' })
  lockouts!: number;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime' })
  lastAttemptAt!: Date;
}
