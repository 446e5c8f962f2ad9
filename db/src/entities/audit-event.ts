import { Entity, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

/**
 * Append-only record of who did what to which aggregate, for ISO/IEC 17065 evidence. The
 * database chains every event to the one before it (migration 20261129020000): `chainSeq`,
 * `prevHash` and `hash` are set by its trigger whatever a writer gives, and are only read here.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['aggregateType', 'aggregateId'] })
@Index({ properties: ['actorId'] })
@Index({ properties: ['occurredAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** null for the system (sweeps, imports without a user). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string' })
  actorRole!: string;

  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string' })
  aggregateType!: string;

  @Property({ type: 'string' })
  aggregateId!: string;

  @Property({ type: 'string', nullable: true })
  fromState?: string | null;

  @Property({ type: 'string', nullable: true })
  toState?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json' })
  payload: Opt<Record<string, unknown>> = {};

  /** Position in the hash chain: 1, 2, 3 … without gaps, in commit order of the writers. */
  @Unique()
  @Property({ type: 'bigint', nullable: true })
  chainSeq?: Opt<string> | null;

  /** SHA-256 of the event before it in the chain; null for the first. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  prevHash?: Opt<Buffer> | null;

  /** SHA-256 of `prevHash` and this event's fields (SQL function `audit_event_digest`). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  hash?: Opt<Buffer> | null;
}
