import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * One of a user's ten single-use MFA recovery codes. Only the SHA-256 of the code is kept: a code
 * carries 80 random bits, so a plain hash cannot be reversed by guessing, and a database leak
 * yields no usable code. `usedAt` marks it spent; regenerating deletes the whole set.
 */
@Entity({ tableName: 'mfa_recovery_code' })
@Index({ properties: ['user'] })
export class MfaRecoveryCode extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
