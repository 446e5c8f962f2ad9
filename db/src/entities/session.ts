import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
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
}
