import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Written in the business transaction; consumed by the registry projector. `processedAt` marks
 * consumption row by row, so a row that commits after a higher id was processed is still seen.
 */
@Entity({ tableName: 'outbox_event' })
@Index({ name: 'outbox_event_unprocessed_idx', expression: 'create index "outbox_event_unprocessed_idx" on "outbox_event" ("id") where "processed_at" is null' })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'string' })
  type!: string;

  @Property({ type: 'string' })
  aggregateType!: string;

  @Property({ type: 'string' })
  aggregateId!: string;

  @Property({ type: 'json' })
  payload: Opt<Record<string, unknown>> = {};

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;
}
