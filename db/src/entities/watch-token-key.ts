import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The key watchlist tokens are derived from (HMAC of the subscription or request id), so that the
 * mailer can put a link in a mail without any token being stored. One row (id 1), made at
 * random on first use.
 */
@Entity({ tableName: 'watch_token_key' })
export class WatchTokenKey {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'text' })
  secret!: string;
}
