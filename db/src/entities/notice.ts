import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { NoticeEmailStatus } from './enums.js';
import { Organisation } from './organisation.js';

/**
 * A notice the rule implies (returned, refused, accepted, supplement requested, payment notice,
 * test failure, inspection findings, decision), addressed to an organisation. It is shown in the
 * portal and e-mailed through the outbox.
 */
@Entity({ tableName: 'notice' })
@Index({ properties: ['recipient', 'createdAt'] })
@Index({ properties: ['emailStatus'] })
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

  /**
   * E-mail delivery. The notice row is written in the business transaction, so it is the e-mail
   * outbox: the mailer job sends PENDING notices and marks them, retrying failures later.
   */
  @Enum({ items: () => NoticeEmailStatus, nativeEnumName: 'notice_email_status', default: NoticeEmailStatus.PENDING })
  emailStatus: Opt<NoticeEmailStatus> = NoticeEmailStatus.PENDING;

  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  emailAttempts: Opt<number> = 0;
}
