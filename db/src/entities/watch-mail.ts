import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { NoticeEmailStatus } from './enums.js';
import { WatchLanguage, WatchSubscription } from './watch-subscription.js';

export enum WatchMailKind {
  /** Double opt-in: the link that confirms a follow request. */
  CONFIRMATION = 'CONFIRMATION',
  /** A followed certificate changed (registry feed event). */
  CHANGE = 'CHANGE',
}

/**
 * The watchlist's e-mail outbox: one row per e-mail, delivered by the shared mailer loop. Links
 * carrying a token are not stored (only token hashes are): the mailer derives them when sending.
 * A change mail is unique per subscription and feed event, so no event is announced twice.
 */
@Entity({ tableName: 'watch_mail' })
@Unique({ properties: ['subscription', 'changeSeq'] })
@Index({ properties: ['emailStatus'] })
@Index({ properties: ['email', 'kind', 'createdAt'] })
export class WatchMail extends BaseEntity {
  @Enum({ items: () => WatchMailKind, nativeEnumName: 'watch_mail_kind' })
  kind!: WatchMailKind;

  @Property({ type: 'string' })
  email!: string;

  @Enum({ items: () => WatchLanguage, nativeEnumName: 'watch_language' })
  language!: WatchLanguage;

  /** CONFIRMATION: the follow request it confirms. */
  @Property({ type: 'uuid', nullable: true })
  requestId?: string | null;

  /** CHANGE: the subscription it is sent for (its unsubscribe link). */
  @ManyToOne({ entity: () => WatchSubscription, nullable: true })
  subscription?: Rel<WatchSubscription> | null;

  /** CHANGE: the registry feed event (`registry_change.seq`) it announces. */
  @Property({ type: 'bigint', nullable: true })
  changeSeq?: string | null;

  /** CHANGE: subject and text without the token links, composed when the event was dispatched. */
  @Property({ type: 'text', nullable: true })
  subject?: string | null;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Enum({ items: () => NoticeEmailStatus, nativeEnumName: 'notice_email_status', default: NoticeEmailStatus.PENDING })
  emailStatus: Opt<NoticeEmailStatus> = NoticeEmailStatus.PENDING;

  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  emailAttempts: Opt<number> = 0;
}
