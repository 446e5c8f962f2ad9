import { Migration } from '@mikro-orm/migrations';

/**
 * Watchlists (issue 5, point 7): public e-mail subscriptions to a certificate, a model or a
 * manufacturer (double opt-in, token hashes only), their e-mail outbox, the dispatcher's position
 * in the registry change feed and the key the mail links' tokens are derived from. The cursor
 * starts at the feed's current end: nobody followed anything before this migration.
 */
export class Migration20261127140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "watch_kind" as enum ('CERTIFICATE', 'MODEL', 'MANUFACTURER');`);
    this.addSql(`create type "watch_language" as enum ('zh', 'en');`);
    this.addSql(`create type "watch_status" as enum ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');`);
    this.addSql(`create type "watch_mail_kind" as enum ('CONFIRMATION', 'CHANGE');`);

    this.addSql(`create table "watch_subscription" ("id" uuid not null, "created_at" timestamptz not null, "email" varchar(255) not null, "kind" "watch_kind" not null, "target_key" varchar(255) not null, "target_label" varchar(255) not null, "language" "watch_language" not null, "status" "watch_status" not null default 'PENDING', "request_id" uuid not null, "requested_at" timestamptz not null, "confirm_token_hash" varchar(255) not null, "unsubscribe_token_hash" varchar(255) not null, "confirmed_at" timestamptz null, "confirmed_after_seq" bigint null, "unsubscribed_at" timestamptz null, constraint "watch_subscription_pkey" primary key ("id"));`);
    this.addSql(`alter table "watch_subscription" add constraint "watch_subscription_unsubscribe_token_hash_unique" unique ("unsubscribe_token_hash");`);
    this.addSql(`create index "watch_subscription_email_requested_at_index" on "watch_subscription" ("email", "requested_at");`);
    this.addSql(`create index "watch_subscription_confirm_token_hash_index" on "watch_subscription" ("confirm_token_hash");`);
    this.addSql(`create index "watch_subscription_kind_target_key_status_index" on "watch_subscription" ("kind", "target_key", "status");`);
    this.addSql(`create index "watch_subscription_email_kind_target_key_index" on "watch_subscription" ("email", "kind", "target_key");`);

    this.addSql(`create table "watch_mail" ("id" uuid not null, "created_at" timestamptz not null, "kind" "watch_mail_kind" not null, "email" varchar(255) not null, "language" "watch_language" not null, "request_id" uuid null, "subscription_id" uuid null, "change_seq" bigint null, "subject" text null, "body" text null, "email_status" "notice_email_status" not null default 'PENDING', "emailed_at" timestamptz null, "email_attempts" int not null default 0, constraint "watch_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "watch_mail_email_kind_created_at_index" on "watch_mail" ("email", "kind", "created_at");`);
    this.addSql(`create index "watch_mail_email_status_index" on "watch_mail" ("email_status");`);
    this.addSql(`alter table "watch_mail" add constraint "watch_mail_subscription_id_change_seq_unique" unique ("subscription_id", "change_seq");`);
    this.addSql(`alter table "watch_mail" add constraint "watch_mail_subscription_id_foreign" foreign key ("subscription_id") references "watch_subscription" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "watch_dispatch_cursor" ("id" int not null, "last_seq" bigint not null, constraint "watch_dispatch_cursor_pkey" primary key ("id"));`);
    this.addSql(`insert into "watch_dispatch_cursor" ("id", "last_seq") select 1, "last_seq" from "registry_feed_counter" where "id" = 1;`);
    this.addSql(`create table "watch_token_key" ("id" int not null, "secret" text not null, constraint "watch_token_key_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "watch_token_key" cascade;`);
    this.addSql(`drop table if exists "watch_dispatch_cursor" cascade;`);
    this.addSql(`drop table if exists "watch_mail" cascade;`);
    this.addSql(`drop table if exists "watch_subscription" cascade;`);
    this.addSql(`drop type "watch_mail_kind";`);
    this.addSql(`drop type "watch_status";`);
    this.addSql(`drop type "watch_language";`);
    this.addSql(`drop type "watch_kind";`);
  }
}
