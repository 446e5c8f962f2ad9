import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';

/** What a watch follows: one certificate, every certificate of a model, or of a manufacturer. */
export enum WatchKind {
  CERTIFICATE = 'CERTIFICATE',
  MODEL = 'MODEL',
  MANUFACTURER = 'MANUFACTURER',
}

export enum WatchStatus {
  /** Asked for; nothing is sent until the address owner confirms (double opt-in). */
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
}

export enum WatchLanguage {
  ZH = 'zh',
  EN = 'en',
}

/**
 * A member of the public following the registry by e-mail. Anyone may ask; only the owner of the
 * address can confirm. Tokens are never stored: only their SHA-256, for lookup. The confirm
 * token belongs to the follow request (one mail confirms everything asked for at once), so it
 * is shared by the rows of one request; the unsubscribe token is per row.
 */
@Entity({ tableName: 'watch_subscription' })
@Index({ properties: ['email', 'kind', 'targetKey'] })
@Index({ properties: ['kind', 'targetKey', 'status'] })
@Index({ properties: ['confirmTokenHash'] })
@Index({ properties: ['email', 'requestedAt'] })
export class WatchSubscription extends BaseEntity {
  /** Lowercased and trimmed. */
  @Property({ type: 'string' })
  email!: string;

  @Enum({ items: () => WatchKind, nativeEnumName: 'watch_kind' })
  kind!: WatchKind;

  /** The certificate number, the model's designation key (`designationKey`), or the manufacturer's organisation id. */
  @Property({ type: 'string' })
  targetKey!: string;

  /** What the subscriber is shown: the number, the designation as written, or the manufacturer's name. */
  @Property({ type: 'string' })
  targetLabel!: string;

  @Enum({ items: () => WatchLanguage, nativeEnumName: 'watch_language' })
  language!: WatchLanguage;

  @Enum({ items: () => WatchStatus, nativeEnumName: 'watch_status', default: WatchStatus.PENDING })
  status: Opt<WatchStatus> = WatchStatus.PENDING;

  /** The latest follow request that included this row: its confirmation mail is the one that confirms. */
  @Property({ type: 'uuid' })
  requestId!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Property({ type: 'string' })
  confirmTokenHash!: string;

  @Unique()
  @Property({ type: 'string' })
  unsubscribeTokenHash!: string;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  /**
   * The registry feed position when the watch was confirmed: only later changes are announced,
   * whatever the dispatcher's own position (no mail about what happened before one followed).
   */
  @Property({ type: 'bigint', nullable: true })
  confirmedAfterSeq?: string | null;

  @Property({ type: 'datetime', nullable: true })
  unsubscribedAt?: Date | null;
}
