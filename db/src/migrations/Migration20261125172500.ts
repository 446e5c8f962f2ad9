import { Migration } from '@mikro-orm/migrations';

/**
 * The public registry's read model for the embedded search engine (registry/). Documents are
 * grouped by index generation; `registry_alias` names the generation readers see, so a rebuild
 * fills a new generation and swaps the alias in one statement. `registry_change` is the public
 * change feed, numbered without gaps by the projector through `registry_feed_counter`.
 */
export class Migration20261125172500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "registry_alias" ("alias" text primary key, "generation" text not null);`);
    this.addSql(`create table "registry_document" (
      "generation" text not null,
      "number" text not null,
      "doc" jsonb not null,
      "tokens" text[] not null,
      "status" text not null,
      "product_type" text not null,
      "frame_current" int not null,
      "organisation_ids" uuid[] not null,
      "sort_key" text not null,
      constraint "registry_document_pkey" primary key ("generation", "number"));`);
    this.addSql(`create index "registry_document_tokens_idx" on "registry_document" using gin ("tokens");`);
    this.addSql(`create index "registry_document_sort_idx" on "registry_document" ("generation", "sort_key");`);
    this.addSql(`create table "registry_feed_counter" ("id" int primary key check ("id" = 1), "last_seq" bigint not null);`);
    this.addSql(`insert into "registry_feed_counter" ("id", "last_seq") values (1, 0);`);
    this.addSql(`create table "registry_change" (
      "seq" bigint primary key,
      "outbox_event_id" bigint not null unique,
      "type" text not null,
      "certificate_number" text not null,
      "recorded_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "registry_change";`);
    this.addSql(`drop table "registry_feed_counter";`);
    this.addSql(`drop table "registry_document";`);
    this.addSql(`drop table "registry_alias";`);
  }
}
