import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** Append-only record of who did what to which aggregate, for ISO/IEC 17065 evidence. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['aggregateType', 'aggregateId'] })
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
}
