import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.js';

/**
 * A person's self-registration, before any account exists. The account (app_user) is created
 * only when a certification-body administrator approves the organisation claim made with it, so
 * an unverified or refused sign-up never signs in. Only the SHA-256 of the verification link's
 * token is kept; the link works once (`verifiedAt`) and until `verificationExpiresAt` (24 h).
 */
@Entity({ tableName: 'signup' })
@Index({ properties: ['email', 'createdAt'] })
export class SignUp extends BaseEntity {
  /** Trimmed, lower case, as accounts store it. Not unique: an unverified sign-up may be repeated. */
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  displayName!: string;

  /** argon2id PHC string, moved to the account on approval. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Unique()
  @Property({ type: 'string', length: 64 })
  verificationTokenHash!: string;

  @Property({ type: 'datetime' })
  verificationExpiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;
}
