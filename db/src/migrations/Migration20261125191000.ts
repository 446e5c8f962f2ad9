import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded documents (§3.2 application documents, reports): metadata only; the bytes live behind
 * the API's storage port under `storage_key`. `case_id` is a plain uuid, without a foreign key,
 * because the case module owns the attachment and may come and go independently of uploads.
 */
export class Migration20261125191000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stored_document" ("id" uuid not null, "created_at" timestamptz not null, "organisation_id" uuid not null, "uploaded_by_id" uuid not null, "file_name" varchar(255) not null, "media_type" varchar(255) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(255) not null, "case_id" uuid null, "document_type" varchar(255) null, "attached_at" timestamptz null, constraint "stored_document_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_document_organisation_id_index" on "stored_document" ("organisation_id");`);
    this.addSql(`create index "stored_document_case_id_index" on "stored_document" ("case_id");`);
    this.addSql(`alter table "stored_document" add constraint "stored_document_storage_key_unique" unique ("storage_key");`);
    this.addSql(`alter table "stored_document" add constraint "stored_document_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "stored_document" add constraint "stored_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "stored_document";`);
  }
}
