import { Migration } from '@mikro-orm/migrations';

/**
 * A rebuild of a million certificates within ten minutes (issue 5, point 9; decision 0014).
 *
 * - `verification_keys`: the batch-verification keys (`n:<number key>`, `m:<designation key>`),
 *   written by the registry's writers in JavaScript with `designationKey`. The GIN index over the
 *   expression `registry_verification_keys(doc)` had to decompress and parse every document while
 *   a rebuild built its indexes (~66 s at a million); over a plain column it reads the keys only.
 *   Existing rows are filled from the expression it replaces.
 * - `doc` becomes `json`: PostgreSQL keeps the text as written. Parsing every document into
 *   `jsonb` cost a third of a rebuild's COPY, and every read turned the binary form back into
 *   text; nothing queries inside documents at scale (the search columns, facets and keys are
 *   columns of their own).
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registry_document" add column "verification_keys" text[] null;`);
    this.addSql(`update "registry_document" set "verification_keys" = registry_verification_keys("doc");`);
    this.addSql(`drop index "registry_document_verification_idx";`);
    this.addSql(`create index "registry_document_verification_idx" on "registry_document" using gin ("verification_keys");`);
    this.addSql(`drop function "registry_verification_keys"(jsonb);`);
    this.addSql(`drop function "registry_key"(text);`);
    this.addSql(`alter table "registry_document" alter column "doc" type json using "doc"::json;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry_document" alter column "doc" type jsonb using "doc"::jsonb;`);
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
    this.addSql(`drop index "registry_document_verification_idx";`);
    this.addSql(`create index "registry_document_verification_idx" on "registry_document" using gin (registry_verification_keys("doc"));`);
    this.addSql(`alter table "registry_document" drop column "verification_keys";`);
  }
}
