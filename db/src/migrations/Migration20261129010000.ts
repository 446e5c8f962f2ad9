import { Migration } from '@mikro-orm/migrations';

/**
 * Password reset by e-mail and per-account login throttling (issue 6, point 2).
 *
 * `password_reset_token` keeps the SHA-256 of each link's token, never the token. Lookups go by
 * that hash (unique); the index on (user, created_at) serves "end this user's other links" and
 * the cap on reset mails per account and hour.
 *
 * `login_throttle` is its own table keyed by a hash of the e-mail typed, rather than columns on
 * `app_user`: an address with no account has to be throttled exactly like one with an account,
 * or the lockout would reveal which addresses have accounts (see the entity's comment).
 */
export class Migration20261129010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "password_reset_token" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_reset_token" add constraint "password_reset_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_token_user_id_created_at_index" on "password_reset_token" ("user_id", "created_at");`);
    this.addSql(`alter table "password_reset_token" add constraint "password_reset_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`create table "login_throttle" ("key_hash" varchar(64) not null, "failures" int not null, "window_started_at" timestamptz not null, "lockouts" int not null, "locked_until" timestamptz null, "last_attempt_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key_hash"));`);
    this.addSql(`create index "login_throttle_last_attempt_at_index" on "login_throttle" ("last_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "login_throttle";`);
    this.addSql(`drop table "password_reset_token";`);
  }
}
