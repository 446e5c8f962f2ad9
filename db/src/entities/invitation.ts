import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';
import { User } from './user.js';

/**
 * An invitation by an organisation's user manager to join it. Only the SHA-256 of the link's
 * token is kept. It works once (`acceptedAt`), until `expiresAt` (7 days), and not after
 * `revokedAt`; inviting the same address again revokes the older open invitation.
 */
@Entity({ tableName: 'invitation' })
@Index({ properties: ['organisation', 'createdAt'] })
export class Invitation extends BaseEntity {
  @ManyToOne({ entity: () => Organisation })
  organisation!: Rel<Organisation>;

  /** Trimmed, lower case. */
  @Property({ type: 'string' })
  email!: string;

  @ManyToOne({ entity: () => User })
  invitedBy!: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  /** The account the invitation created. */
  @ManyToOne({ entity: () => User, nullable: true })
  acceptedUser?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
