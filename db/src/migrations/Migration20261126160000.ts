import { Migration } from '@mikro-orm/migrations';

/** Variation (§8.2) and extension (§8.3) requests of issued certificates, and their evidence documents. */
export class Migration20261126160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "certificate_change_kind" as enum ('VARIATION', 'EXTENSION');`);
    this.addSql(`create type "certificate_change_status" as enum ('SUBMITTED', 'TESTING', 'AWAITING_DECISION', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "certificate_change_test_outcome" as enum ('PASSED', 'FAILED');`);
    this.addSql(`create table "certificate_change_request" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "kind" "certificate_change_kind" not null, "status" "certificate_change_status" not null, "areas" jsonb not null, "description_zh" text not null, "description_en" text not null default '', "proposal" jsonb not null, "requested_by_id" uuid not null, "requested_on" date not null, "based_on_version_no" int not null, "assessed_by_id" uuid null, "testing_required" boolean null, "representative_model" varchar(255) null, "on_site_verification_required" boolean null, "assessment_note" text not null default '', "test_outcome" "certificate_change_test_outcome" null, "test_note" text not null default '', "supplementary_tests" jsonb null, "on_site_verification_passed" boolean null, "decided_by_id" uuid null, "decided_on" date null, "decision_reason" text not null default '', "resulting_version_no" int null, "version" int not null default 1, constraint "certificate_change_request_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_change_request_certificate_id_index" on "certificate_change_request" ("certificate_id");`);
    this.addSql(`create index "certificate_change_request_status_index" on "certificate_change_request" ("status");`);
    this.addSql(`create table "certificate_change_document" ("id" uuid not null, "created_at" timestamptz not null, "request_id" uuid not null, "document_id" uuid not null, "document_type" varchar(255) not null, constraint "certificate_change_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate_change_document" add constraint "certificate_change_document_document_id_unique" unique ("document_id");`);
    this.addSql(`alter table "certificate_change_request" add constraint "certificate_change_request_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_change_request" add constraint "certificate_change_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_change_request" add constraint "certificate_change_request_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificate_change_request" add constraint "certificate_change_request_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificate_change_document" add constraint "certificate_change_document_request_id_foreign" foreign key ("request_id") references "certificate_change_request" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_change_document" add constraint "certificate_change_document_document_id_foreign" foreign key ("document_id") references "stored_document" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_change_document" cascade;`);
    this.addSql(`drop table if exists "certificate_change_request" cascade;`);
    this.addSql(`drop type "certificate_change_test_outcome";`);
    this.addSql(`drop type "certificate_change_status";`);
    this.addSql(`drop type "certificate_change_kind";`);
  }
}
