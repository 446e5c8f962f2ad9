import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';
import { User } from './user.js';

/**
 * A regulator's API token: machine access for a regulator organisation, with no user session.
 * Only the SHA-256 of the secret is stored; the secret is shown once, when it is created. The
 * token belongs to the organisation: `createdBy` records who made it, for the audit trail.
 */
@Entity({ tableName: 'api_token' })
@Index({ properties: ['organisation'] })
export class ApiToken extends BaseEntity {
  @ManyToOne({ entity: () => Organisation })
  organisation!: Rel<Organisation>;

  @ManyToOne({ entity: () => User })
  createdBy!: Rel<User>;

  @Property({ type: 'string' })
  name!: string;

  @Unique()
  @Property({ type: 'string' })
  tokenHash!: string;

  /** Updated at most once a minute, so that reading with a token does not write on every request. */
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
