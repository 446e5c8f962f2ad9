import { Migration } from '@mikro-orm/migrations';

/** Certification cases, their clocks of the rule, notices, credit standing; model grades may be pending. */
export class Migration20261125200000 extends Migration {

  override async up(): Promise<void> {
    // Case numbers (A2026-000123) come from a sequence: unique under concurrent submissions.
    this.addSql(`create sequence "certification_case_no_seq";`);
    this.addSql(`create type "credit_status" as enum ('NONE', 'DISHONEST', 'SERIOUSLY_DISHONEST');`);
    this.addSql(`create type "case_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'REFUSED', 'DOCUMENT_REVIEW', 'SUPPLEMENT_REQUESTED', 'IN_EVALUATION', 'IN_REVIEW', 'AWAITING_DECISION', 'CERTIFIED', 'TERMINATED', 'WITHDRAWN');`);
    this.addSql(`create type "clock_outcome" as enum ('MET', 'CANCELLED');`);
    this.addSql(`create table "notice" ("id" uuid not null, "created_at" timestamptz not null, "recipient_id" uuid not null, "case_id" uuid null, "kind" varchar(255) not null, "clause" varchar(255) not null, "title_zh" varchar(255) not null, "title_en" varchar(255) not null, "body_zh" text not null, "body_en" text not null, "read_at" timestamptz null, constraint "notice_pkey" primary key ("id"));`);
    this.addSql(`create index "notice_recipient_id_created_at_index" on "notice" ("recipient_id", "created_at");`);

    this.addSql(`create table "certification_case" ("id" uuid not null, "created_at" timestamptz not null, "case_no" varchar(255) not null, "scheme_id" varchar(255) not null, "scheme_version" varchar(255) not null, "unit_id" uuid not null, "status" "case_status" not null, "status_changed_at" timestamptz not null, "created_by_id" uuid not null, "assigned_engineer_id" uuid null, "submitted_at" timestamptz null, "reference_voltage" boolean not null default false, "end_reason_code" varchar(255) null, "end_reason" text null, "version" int not null default 1, constraint "certification_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "certification_case" add constraint "certification_case_case_no_unique" unique ("case_no");`);
    this.addSql(`alter table "certification_case" add constraint "certification_case_unit_id_unique" unique ("unit_id");`);
    this.addSql(`create index "certification_case_status_index" on "certification_case" ("status");`);

    this.addSql(`create table "case_clock" ("id" uuid not null, "created_at" timestamptz not null, "certification_case_id" uuid not null, "key" varchar(255) not null, "round" int not null, "started_on" date not null, "pauses" jsonb not null, "due_on" date null, "stopped_on" date null, "outcome" "clock_outcome" null, constraint "case_clock_pkey" primary key ("id"));`);
    this.addSql(`create index "case_clock_due_on_index" on "case_clock" ("due_on");`);
    this.addSql(`alter table "case_clock" add constraint "case_clock_certification_case_id_key_round_unique" unique ("certification_case_id", "key", "round");`);

    this.addSql(`alter table "notice" add constraint "notice_recipient_id_foreign" foreign key ("recipient_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "certification_case" add constraint "certification_case_unit_id_foreign" foreign key ("unit_id") references "certification_unit" ("id") on update cascade;`);
    this.addSql(`alter table "certification_case" add constraint "certification_case_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "certification_case" add constraint "certification_case_assigned_engineer_id_foreign" foreign key ("assigned_engineer_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "case_clock" add constraint "case_clock_certification_case_id_foreign" foreign key ("certification_case_id") references "certification_case" ("id") on update cascade;`);

    this.addSql(`alter table "organisation" add column "credit_status" "credit_status" not null default 'NONE', add column "credit_source" varchar(255) null, add column "credit_checked_on" date null;`);

    this.addSql(`alter table "product_model" alter column "grade" type varchar(255) using ("grade"::varchar(255));`);
    this.addSql(`alter table "product_model" alter column "grade" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence "certification_case_no_seq";`);
    this.addSql(`alter table "case_clock" drop constraint "case_clock_certification_case_id_foreign";`);

    this.addSql(`drop table if exists "notice" cascade;`);

    this.addSql(`drop table if exists "certification_case" cascade;`);

    this.addSql(`drop table if exists "case_clock" cascade;`);

    this.addSql(`alter table "organisation" drop column "credit_status", drop column "credit_source", drop column "credit_checked_on";`);

    this.addSql(`alter table "product_model" alter column "grade" type varchar(255) using ("grade"::varchar(255));`);
    this.addSql(`alter table "product_model" alter column "grade" set not null;`);

    this.addSql(`drop type "credit_status";`);
    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "clock_outcome";`);
  }

}
