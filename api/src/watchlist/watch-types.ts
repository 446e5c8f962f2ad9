import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { WatchKind, WatchLanguage, WatchStatus, type WatchSubscription } from '@cqc/db';

registerEnumType(WatchKind, { name: 'WatchKind', description: 'What a watch follows: one certificate, a model (any certificate covering it) or a manufacturer' });
registerEnumType(WatchStatus, { name: 'WatchStatus', description: 'PENDING until the address owner confirms (double opt-in)' });
registerEnumType(WatchLanguage, { name: 'WatchLanguage', description: 'The language of the mails' });

@ObjectType({ description: 'A follow request was taken: a confirmation mail goes to the address (the same answer whether or not it already follows)' })
export class FollowRequestType {
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'One watch, as its confirmation or unsubscribe link shows it' })
export class WatchType {
  @Field(() => WatchKind) kind!: WatchKind;
  @Field(() => String, { description: 'Certificate number, model designation or manufacturer name' }) target!: string;
  @Field(() => WatchStatus) status!: WatchStatus;
  @Field(() => WatchLanguage) language!: WatchLanguage;
}

export function toWatchType(row: WatchSubscription): WatchType {
  return { kind: row.kind, target: row.targetLabel, status: row.status, language: row.language };
}
