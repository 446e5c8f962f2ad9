import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CaseClock } from './case-clock.js';
import { CertificationCase } from './certification-case.js';
import { NoticeEmailStatus } from './enums.js';
import { User } from './user.js';

/**
 * A time limit of the rule has run out on a case and a certification-body person is told so
 * (overdue alert). One row per clock round and recipient: the unique constraint is what makes
 * the sweep idempotent, even when two sweeps run at once. Like a notice, the row is its own
 * e-mail outbox: the alert mailer sends PENDING rows and marks them.
 */
@Entity({ tableName: 'staff_alert' })
@Unique({ properties: ['clock', 'recipient'] })
@Index({ properties: ['recipient', 'acknowledgedAt'] })
@Index({ properties: ['emailStatus'] })
export class StaffAlert extends BaseEntity {
  @ManyToOne({ entity: () => User })
  recipient!: Rel<User>;

  @ManyToOne({ entity: () => CertificationCase })
  certificationCase!: Rel<CertificationCase>;

  /** The clock round that ran out (a CaseClock row is one round of one limit). */
  @ManyToOne({ entity: () => CaseClock })
  clock!: Rel<CaseClock>;

  /** The scheme time-limit key and round, copied so the alert reads the same later. */
  @Property({ type: 'string' })
  clockKey!: string;

  @Property({ type: 'integer' })
  round!: number;

  /** The due date that was missed (the last day allowed). */
  @Property({ type: 'date' })
  dueOn!: string;

  /** The Beijing day the sweep found it overdue. */
  @Property({ type: 'date' })
  raisedOn!: string;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @Enum({ items: () => NoticeEmailStatus, nativeEnumName: 'notice_email_status', default: NoticeEmailStatus.PENDING })
  emailStatus: Opt<NoticeEmailStatus> = NoticeEmailStatus.PENDING;

  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  emailAttempts: Opt<number> = 0;
}
