import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';

/**
 * A notice the rule implies (returned, refused, accepted, supplement requested, payment notice,
 * test failure, inspection findings, decision), addressed to an organisation. It is shown in the
 * portal and e-mailed through the outbox.
 */
@Entity({ tableName: 'notice' })
@Index({ properties: ['recipient', 'createdAt'] })
export class Notice extends BaseEntity {
  @ManyToOne({ entity: () => Organisation })
  recipient!: Rel<Organisation>;

  /** The case it concerns, when it concerns one. */
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Property({ type: 'string' })
  kind!: string;

  /** The clause the notice comes from, e.g. `§3.3`. */
  @Property({ type: 'string' })
  clause!: string;

  @Property({ type: 'string' })
  titleZh!: string;

  @Property({ type: 'string' })
  titleEn!: string;

  @Property({ type: 'text' })
  bodyZh!: string;

  @Property({ type: 'text' })
  bodyEn!: string;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
