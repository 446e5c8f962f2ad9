import { Migration } from '@mikro-orm/migrations';

/** §10 mark-usage approvals and standard-mark orders; §13 appeals, complaints and disputes. */
export class Migration20261126200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mark_approval_state" as enum ('PENDING', 'APPROVED', 'REFUSED');`);
    this.addSql(`create type "appeal_kind" as enum ('APPEAL', 'COMPLAINT', 'DISPUTE');`);
    this.addSql(`create type "appeal_state" as enum ('FILED', 'ACKNOWLEDGED', 'UNDER_INVESTIGATION', 'UPHELD', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create table "mark_order" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "quantity" int not null, "ordered_on" date not null, "ordered_by_id" uuid not null, "note" text not null default '', constraint "mark_order_pkey" primary key ("id"));`);
    this.addSql(`create index "mark_order_certificate_id_index" on "mark_order" ("certificate_id");`);
    this.addSql(`create table "mark_approval" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "state" "mark_approval_state" not null default 'PENDING', "methods" jsonb not null, "positions" jsonb not null, "design_document_id" uuid null, "note" text not null default '', "requested_on" date not null, "requested_by_id" uuid not null, "approval_number" varchar(255) null, "decided_on" date null, "decided_by_id" uuid null, "decision_note" text null, "version" int not null default 1, constraint "mark_approval_pkey" primary key ("id"));`);
    this.addSql(`alter table "mark_approval" add constraint "mark_approval_approval_number_unique" unique ("approval_number");`);
    this.addSql(`create unique index "mark_approval_one_pending" on "mark_approval" ("certificate_id") where "state" = 'PENDING';`);
    this.addSql(`create index "mark_approval_certificate_id_index" on "mark_approval" ("certificate_id");`);
    this.addSql(`create index "mark_approval_state_index" on "mark_approval" ("state");`);
    this.addSql(`create table "appeal" ("id" uuid not null, "created_at" timestamptz not null, "reference" varchar(255) not null, "kind" "appeal_kind" not null, "state" "appeal_state" not null default 'FILED', "organisation_id" uuid not null, "case_id" uuid null, "certificate_id" uuid null, "subject" varchar(255) not null, "text" text not null, "filed_on" date not null, "filed_by_id" uuid not null, "acknowledged_on" date null, "investigation_started_on" date null, "investigation_note" text not null default '', "closed_on" date null, "decided_by_id" uuid null, "outcome_note" text null, "version" int not null default 1, constraint "appeal_pkey" primary key ("id"));`);
    this.addSql(`alter table "appeal" add constraint "appeal_reference_unique" unique ("reference");`);
    this.addSql(`create index "appeal_organisation_id_index" on "appeal" ("organisation_id");`);
    this.addSql(`create index "appeal_state_index" on "appeal" ("state");`);
    this.addSql(`create table "appeal_document" ("id" uuid not null, "created_at" timestamptz not null, "appeal_id" uuid not null, "document_id" uuid not null, constraint "appeal_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "appeal_document" add constraint "appeal_document_document_id_unique" unique ("document_id");`);
    this.addSql(`alter table "mark_order" add constraint "mark_order_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
    this.addSql(`alter table "mark_order" add constraint "mark_order_ordered_by_id_foreign" foreign key ("ordered_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "mark_approval" add constraint "mark_approval_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
    this.addSql(`alter table "mark_approval" add constraint "mark_approval_design_document_id_foreign" foreign key ("design_document_id") references "stored_document" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "mark_approval" add constraint "mark_approval_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "mark_approval" add constraint "mark_approval_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appeal" add constraint "appeal_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_case_id_foreign" foreign key ("case_id") references "certification_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appeal" add constraint "appeal_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appeal" add constraint "appeal_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appeal_document" add constraint "appeal_document_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade;`);
    this.addSql(`alter table "appeal_document" add constraint "appeal_document_document_id_foreign" foreign key ("document_id") references "stored_document" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appeal_document" cascade;`);
    this.addSql(`drop table if exists "appeal" cascade;`);
    this.addSql(`drop table if exists "mark_approval" cascade;`);
    this.addSql(`drop table if exists "mark_order" cascade;`);
    this.addSql(`drop type if exists "appeal_state";`);
    this.addSql(`drop type if exists "appeal_kind";`);
    this.addSql(`drop type if exists "mark_approval_state";`);
  }
}
