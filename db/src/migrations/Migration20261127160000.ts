import { Migration } from '@mikro-orm/migrations';

/**
 * The registry's documents partitioned by generation (issue 5, point 9: reindex of a million
 * certificates in ten minutes). A rebuild fills a plain table without indexes, builds them in
 * bulk — GIN over ~200 tokens a record costs far less built at once than maintained row by row —
 * and attaches it as the new generation's partition; the old one is detached and dropped. Readers
 * keep `generation = (select … from registry_alias …)`: PostgreSQL prunes partitions at run time.
 * See docs/decisions/0009-rebuild-by-bulk-load.md. Partitions are named `registry_document_` +
 * the first 16 hex digits of md5(generation), and carry the generation as their comment
 * (registry/src/search/postgres-generations.ts).
 */
export class Migration20261127160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registry_document" rename to "registry_document_unpartitioned";`);
    this.addSql(`alter table "registry_document_unpartitioned" rename constraint "registry_document_pkey" to "registry_document_unpartitioned_pkey";`);
    for (const index of ['tokens', 'sort', 'manufacturer', 'verification']) {
      this.addSql(`alter index "registry_document_${index}_idx" rename to "registry_document_unpartitioned_${index}_idx";`);
    }
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
      "manufacturer_id" uuid not null,
      constraint "registry_document_pkey" primary key ("generation", "number")) partition by list ("generation");`);
    // Rows first, indexes after: each partition's indexes are then built in bulk.
    this.addSql(`do $$ declare g text; begin
      for g in select generation from registry_alias union select distinct generation from registry_document_unpartitioned loop
        execute format('create table %I partition of registry_document for values in (%L)', 'registry_document_' || left(md5(g), 16), g);
        execute format('comment on table %I is %L', 'registry_document_' || left(md5(g), 16), g);
      end loop; end $$;`);
    this.addSql(`insert into "registry_document" select "generation", "number", "doc", "tokens", "status", "product_type", "frame_current",
      "organisation_ids", "sort_key", "manufacturer_id" from "registry_document_unpartitioned";`);
    this.addSql(`drop table "registry_document_unpartitioned";`);
    this.addSql(`create index "registry_document_tokens_idx" on "registry_document" using gin ("tokens");`);
    this.addSql(`create index "registry_document_sort_idx" on "registry_document" ("generation", "sort_key");`);
    this.addSql(`create index "registry_document_manufacturer_idx" on "registry_document" ("generation", "manufacturer_id");`);
    this.addSql(`create index "registry_document_verification_idx" on "registry_document" using gin (registry_verification_keys("doc"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "registry_document_unpartitioned" (like "registry_document" including defaults);`);
    this.addSql(`insert into "registry_document_unpartitioned" select * from "registry_document";`);
    this.addSql(`drop table "registry_document";`);
    this.addSql(`alter table "registry_document_unpartitioned" rename to "registry_document";`);
    this.addSql(`alter table "registry_document" add constraint "registry_document_pkey" primary key ("generation", "number");`);
    this.addSql(`create index "registry_document_tokens_idx" on "registry_document" using gin ("tokens");`);
    this.addSql(`create index "registry_document_sort_idx" on "registry_document" ("generation", "sort_key");`);
    this.addSql(`create index "registry_document_manufacturer_idx" on "registry_document" ("generation", "manufacturer_id");`);
    this.addSql(`create index "registry_document_verification_idx" on "registry_document" using gin (registry_verification_keys("doc"));`);
  }
}
