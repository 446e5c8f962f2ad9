import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * A login session or API token. Only the SHA-256 of the opaque token is stored, so a database
 * leak does not leak usable tokens. Idle and absolute expiry are both enforced.
 */
@Entity({ tableName: 'auth_session' })
@Index({ properties: ['user'] })
export class Session extends BaseEntity {
  @ManyToOne({ entity: () => User })
  user!: Rel<User>;

  @Unique()
  @Property({ type: 'string' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  lastUsedAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** The client's address when the session was opened, so its owner can recognise it in their list. */
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress?: string | null;

  /** The browser's User-Agent when the session was opened (cut to 512 characters). */
  @Property({ type: 'string', length: 512, nullable: true })
  userAgent?: string | null;

  /**
   * A staff member without MFA who signed in while MFA is required for staff: this session may
   * only read its own account, enrol in MFA and log out (api/src/auth/policy.ts). Decided at
   * login; cleared when enrolment is confirmed in this session.
   */
  @Property({ type: 'boolean', default: false })
  mfaEnrolmentOnly: Opt<boolean> = false;
}
