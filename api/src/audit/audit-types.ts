import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageInfo } from '../graphql/connection.js';
import { ChainBreak } from './audit-chain.js';

registerEnumType(ChainBreak, { name: 'AuditChainBreak', description: 'Why the audit chain breaks at an event' });

@InputType({ description: 'Filters of the audit log; every given filter must hold' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Events of this case, and events naming it' }) caseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Events of this certificate, and events naming it' }) certificateNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'Events done by this user' }) userId?: string | null;
  @Field(() => Date, { nullable: true, description: 'At or after' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before' }) to?: Date | null;
}

@ObjectType({ description: 'One audit event, with its place in the hash chain' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Position in the chain (a decimal string: it is a bigint)' }) chainSeq!: string;
  @Field(() => String, { description: 'SHA-256 (hex) of the previous event’s hash and this event' }) hash!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The actor’s display name; null for the system' }) actorName!: string | null;
  @Field(() => String) actorRole!: string;
  @Field(() => String) action!: string;
  @Field(() => String) aggregateType!: string;
  @Field(() => String) aggregateId!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field(() => String, { nullable: true }) toState!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLJSONObject) payload!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEventType) node!: AuditEventType;
}

@ObjectType({ description: 'Audit events, newest first' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class AuditChainLink {
  @Field(() => String, { nullable: true, description: 'The position where the chain breaks' }) seq!: string | null;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
  @Field(() => ChainBreak) reason!: ChainBreak;
}

@ObjectType({ description: 'The result of checking the whole audit chain' })
export class AuditChainReport {
  @Field(() => Boolean) intact!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, { description: 'Keep this position and hash outside the platform to detect a rewritten chain later' }) headSeq!: string;
  @Field(() => String, { nullable: true }) headHash!: string | null;
  @Field(() => AuditChainLink, { nullable: true, description: 'The first broken link, in chain order' }) firstBroken!: AuditChainLink | null;
}
