import { Migration } from '@mikro-orm/migrations';

/**
 * Batch verification (issue 5, point 3): certificate numbers and model designations looked up by
 * their punctuation-free key, up to 1,000 at once, at a million certificates. The keys are an
 * expression over the public record, so the registry's writers (registry/src/search) need no
 * change: `registry_verification_keys(doc)` lists `n:<number key>` and `m:<designation key>` for
 * each model, and a GIN index over it answers `&&` (any of the asked keys) in one bitmap scan.
 *
 * `registry_key` mirrors `designationKey` of @cqc/db (NFKC, lower case, letters and digits
 * only). It is only the index's pre-filter: the API compares the candidates again with
 * `designationKey`, so a difference of locale between SQL and JavaScript can only cost a match
 * on exotic characters, never add a wrong one.
 */
export class Migration20261127120000 extends Migration {
  override async up(): Promise<void> {
    // Only pg_catalog functions inside: since PostgreSQL 17, index maintenance runs with a
    // search_path of pg_catalog alone, so the second function must not call the first.
    this.addSql(`create function "registry_key"("value" text) returns text
      language sql immutable strict parallel safe
      as $$ select regexp_replace(lower(normalize($1, NFKC)), '[^[:alnum:]]+', '', 'g') $$;`);
    this.addSql(`create function "registry_verification_keys"("doc" jsonb) returns text[]
      language sql immutable strict parallel safe
      as $$ select array(
        select 'n:' || regexp_replace(lower(normalize($1 ->> 'number', NFKC)), '[^[:alnum:]]+', '', 'g')
        union
        select 'm:' || regexp_replace(lower(normalize(m ->> 'designation', NFKC)), '[^[:alnum:]]+', '', 'g')
        from jsonb_array_elements(coalesce($1 -> 'models', '[]'::jsonb)) as m
      ) $$;`);
    this.addSql(`create index "registry_document_verification_idx" on "registry_document" using gin (registry_verification_keys("doc"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "registry_document_verification_idx";`);
    this.addSql(`drop function if exists "registry_verification_keys"(jsonb);`);
    this.addSql(`drop function if exists "registry_key"(text);`);
  }
}
