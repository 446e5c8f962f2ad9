import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far the watchlist dispatcher has read the registry change feed (`registry_change.seq`).
 * One row (id 1), locked FOR UPDATE by each dispatch: the cursor moves in the transaction that
 * writes the mails, so two dispatchers never announce an event twice and none is skipped.
 */
@Entity({ tableName: 'watch_dispatch_cursor' })
export class WatchDispatchCursor {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  lastSeq!: string;
}
