import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * A password-reset link sent by e-mail. Only the SHA-256 of its token is kept, so a database
 * leak yields no usable link. It works once (`usedAt`) and only until `expiresAt` (30 minutes
 * after it was asked for); asking again, or a reset, ends the user's other links by moving their
 * `expiresAt` to that moment, so `usedAt` keeps meaning "a password was set with it".
 */
@Entity({ tableName: 'password_reset_token' })
@Index({ properties: ['user', 'createdAt'] })
export class PasswordResetToken extends BaseEntity {
  @ManyToOne({ entity: () => User })
  user!: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
