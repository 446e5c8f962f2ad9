import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * The second step of a sign-in with MFA: issued when the password was right, exchanged once for
 * a session together with a TOTP or recovery code. Only the SHA-256 of its token is kept; it
 * lives five minutes (`expiresAt`) and works once (`usedAt`). Expired rows are pruned as new
 * challenges are issued (indexed on `expiresAt` for that).
 */
@Entity({ tableName: 'mfa_login_challenge' })
@Index({ properties: ['expiresAt'] })
export class MfaLoginChallenge extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
