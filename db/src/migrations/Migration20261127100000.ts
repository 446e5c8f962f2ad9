import { Migration } from '@mikro-orm/migrations';

/**
 * Registry search, issue 5: typo tolerance and facets for the embedded engine.
 * - `registry_term`: the distinct Latin words of indexed texts (the vocabulary a typo'd query
 *   word is corrected against), shared by every generation; a stale word costs nothing, as a
 *   correction must still be among a document's tokens to match.
 * - `registry_typo_distance`: optimal-string-alignment distance (Levenshtein with an adjacent
 *   transposition counted as one edit, as Meilisearch counts typos); fuzzystrmatch's
 *   `levenshtein_less_equal` is the cheap pre-filter before it.
 * - `registry_document.manufacturer_id`: the manufacturer facet and filter.
 * - `registry_facet_total`: the facet counts of the whole generation, kept current by every
 *   write, so that the unfiltered registry's facets cost one small read at any size.
 */
export class Migration20261127100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists fuzzystrmatch;`);
    this.addSql(`alter table "registry_document" add column "manufacturer_id" uuid null;`);
    this.addSql(`update "registry_document" set "manufacturer_id" = ("doc" -> 'manufacturer' ->> 'id')::uuid;`);
    this.addSql(`alter table "registry_document" alter column "manufacturer_id" set not null;`);
    this.addSql(`create index "registry_document_manufacturer_idx" on "registry_document" ("generation", "manufacturer_id");`);
    this.addSql(`create table "registry_term" ("term" text primary key, "length" int not null);`);
    this.addSql(`create index "registry_term_length_idx" on "registry_term" ("length", "term");`);
    // Words of the names already indexed (a reindex would add them too).
    this.addSql(`insert into "registry_term" ("term", "length")
      select distinct w, char_length(w) from "registry_document" d,
        lateral jsonb_array_elements_text(jsonb_build_array(d.doc->'applicant'->>'nameEn', d.doc->'manufacturer'->>'nameEn',
          d.doc->'factory'->>'nameEn', d.doc->>'productNameEn', d.doc->>'unitName')) as t(text),
        lateral regexp_split_to_table(lower(t.text), '[^a-z]+') as w
      where char_length(w) >= 4 on conflict do nothing;`);
    this.addSql(`create table "registry_facet_total" (
      "generation" text not null, "facet" text not null, "value" text not null, "count" bigint not null,
      constraint "registry_facet_total_pkey" primary key ("generation", "facet", "value"));`);
    this.addSql(`insert into "registry_facet_total" ("generation", "facet", "value", "count")
      select generation, f.facet, f.value, count(*) from "registry_document" d,
        lateral (values ('status', d.status), ('productType', d.product_type), ('frameCurrent', d.frame_current::text),
          ('manufacturer', d.manufacturer_id::text)) as f(facet, value)
      group by 1, 2, 3;`);
    this.addSql(`create function "registry_typo_distance"(a text, b text) returns int
      language plpgsql immutable strict parallel safe as $$
      declare
        la int := char_length(a);
        lb int := char_length(b);
        w int := lb + 1;
        d int[] := array_fill(0, array[(la + 1) * (lb + 1)]);
        cost int;
      begin
        for i in 0..la loop d[i * w + 1] := i; end loop;
        for j in 0..lb loop d[j + 1] := j; end loop;
        for i in 1..la loop
          for j in 1..lb loop
            cost := case when substr(a, i, 1) = substr(b, j, 1) then 0 else 1 end;
            d[i * w + j + 1] := least(d[(i - 1) * w + j + 1] + 1, d[i * w + j] + 1, d[(i - 1) * w + j] + cost);
            if i > 1 and j > 1 and substr(a, i, 1) = substr(b, j - 1, 1) and substr(a, i - 1, 1) = substr(b, j, 1) then
              d[i * w + j + 1] := least(d[i * w + j + 1], d[(i - 2) * w + j - 1] + 1);
            end if;
          end loop;
        end loop;
        return d[la * w + lb + 1];
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "registry_typo_distance"(text, text);`);
    this.addSql(`drop table "registry_facet_total";`);
    this.addSql(`drop table "registry_term";`);
    this.addSql(`drop index "registry_document_manufacturer_idx";`);
    this.addSql(`alter table "registry_document" drop column "manufacturer_id";`);
  }
}
