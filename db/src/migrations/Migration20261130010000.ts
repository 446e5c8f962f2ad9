import { Migration } from '@mikro-orm/migrations';

/**
 * The in-memory search of the embedded engine (decision 0013, issue 5 point 9: search p95 ≤ 10 ms
 * at a million certificates).
 *
 * - `search_texts`, `search_codes`: the record's searchable values (registry/src/search/searchable.ts),
 *   joined by U+001F, so that an API process builds its in-memory index from narrow columns
 *   instead of parsing every document. Null on rows written before this migration: the builder
 *   then reads the document.
 * - `written_xid`: the transaction that last wrote the row. A process that holds the index in
 *   memory reads, before each search, the rows written by transactions its last read could not
 *   see (`written_xid >= ` that read's snapshot xmin), so every process sees every committed
 *   write, whichever process made it.
 * - `registry_document_removed`: the same for removals, which leave no row behind.
 * - The SQL search's storage goes: the `tokens` column and its GIN index (~209 tokens a record,
 *   the larger part of a rebuild's time), the typo vocabulary `registry_term` and the facet
 *   totals `registry_facet_total`. The in-memory index keeps its own.
 */
export class Migration20261130010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registry_document" add column "search_texts" text null, add column "search_codes" text null,
      add column "written_xid" xid8 null;`);
    // A default only (no rewrite): rows written before stay null, which every later read counts as older.
    this.addSql(`alter table "registry_document" alter column "written_xid" set default pg_current_xact_id();`);
    this.addSql(`create index "registry_document_written_idx" on "registry_document" ("generation", "written_xid");`);
    this.addSql(`create table "registry_document_removed" ("generation" text not null, "number" text not null,
      "removed_xid" xid8 not null default pg_current_xact_id());`);
    this.addSql(`create index "registry_document_removed_idx" on "registry_document_removed" ("generation", "removed_xid");`);
    this.addSql(`alter table "registry_document" drop column "tokens";`);
    this.addSql(`drop table "registry_term";`);
    this.addSql(`drop table "registry_facet_total";`);
  }

  override async down(): Promise<void> {
    // The SQL search's storage comes back empty: a rebuild of an older version fills it again.
    this.addSql(`create table "registry_facet_total" ("generation" text not null, "facet" text not null, "value" text not null,
      "count" bigint not null, constraint "registry_facet_total_pkey" primary key ("generation", "facet", "value"));`);
    this.addSql(`create table "registry_term" ("term" text not null, "length" int not null, constraint "registry_term_pkey" primary key ("term"));`);
    this.addSql(`alter table "registry_document" add column "tokens" text[] not null default '{}';`);
    this.addSql(`create index "registry_document_tokens_idx" on "registry_document" using gin ("tokens");`);
    this.addSql(`drop table "registry_document_removed";`);
    this.addSql(`drop index "registry_document_written_idx";`);
    this.addSql(`alter table "registry_document" drop column "search_texts", drop column "search_codes", drop column "written_xid";`);
  }
}
