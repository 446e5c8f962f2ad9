import { Migration } from '@mikro-orm/migrations';

/** Post-certification surveillance (§7.1): yearly and extra plans with their visits, nonconformities, and samples (§7.2). */
export class Migration20261126150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "surveillance_kind" as enum ('ANNUAL', 'EXTRA');`);
    this.addSql(`create type "surveillance_status" as enum ('PLANNED', 'RECTIFYING', 'VISITED', 'PASSED', 'FAILED');`);
    this.addSql(`create type "sample_purpose" as enum ('SURVEILLANCE', 'RESAMPLE', 'RETEST');`);
    this.addSql(`create type "sample_status" as enum ('UNAVAILABLE', 'TAKEN', 'LAB_CONTACTED', 'RECEIVED', 'PASSED', 'FAILED');`);
    this.addSql(`create table "surveillance_plan" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "factory_id" uuid not null, "year" int not null, "seq" int not null, "kind" "surveillance_kind" not null, "trigger" varchar(255) null, "trigger_note" text null, "due_on" date not null, "status" "surveillance_status" not null, "inspector_id" uuid null, "planned_on" date null, "person_days" double precision null, "ccc_person_days" double precision null, "visited_on" date null, "recorded_by_id" uuid null, "checked_item_ids" text[] not null, "conformity_models" text[] not null, "witness_tests" jsonb not null, "visit_passed" boolean null, "visit_note" text null, "failure_reason" varchar(255) null, "concluded_on" date null, "evaluated_by_id" uuid null, "consequence_on" date null, "version" int not null default 1, constraint "surveillance_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "surveillance_plan_year_status_index" on "surveillance_plan" ("year", "status");`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_certificate_id_year_seq_unique" unique ("certificate_id", "year", "seq");`);
    this.addSql(`create table "surveillance_sample" ("id" uuid not null, "created_at" timestamptz not null, "factory_id" uuid not null, "product_type" "product_type" not null, "year" int not null, "purpose" "sample_purpose" not null, "parent_id" uuid null, "plan_id" uuid not null, "certificate_id" uuid null, "model_designation" varchar(255) null, "rated_current" int null, "lab_id" uuid null, "status" "sample_status" not null, "recorded_on" date not null, "contact_due_on" date null, "contacted_on" date null, "received_on" date null, "result_due_on" date null, "result_on" date null, "result_note" text null, "resample_due_on" date null, "retest_due_on" date null, "outcome" varchar(255) null, "outcome_on" date null, "version" int not null default 1, constraint "surveillance_sample_pkey" primary key ("id"));`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_factory_id_product_type_year_purpose_unique" unique ("factory_id", "product_type", "year", "purpose");`);
    this.addSql(`create table "surveillance_nonconformity" ("id" uuid not null, "created_at" timestamptz not null, "plan_id" uuid not null, "position" int not null, "item_id" varchar(255) not null, "description" text not null, "raised_on" date not null, "due_on" date not null, "rectified_on" date null, "verified_by_id" uuid null, constraint "surveillance_nonconformity_pkey" primary key ("id"));`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_factory_id_foreign" foreign key ("factory_id") references "factory" ("id") on update cascade;`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_inspector_id_foreign" foreign key ("inspector_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_plan" add constraint "surveillance_plan_evaluated_by_id_foreign" foreign key ("evaluated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_factory_id_foreign" foreign key ("factory_id") references "factory" ("id") on update cascade;`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_parent_id_foreign" foreign key ("parent_id") references "surveillance_sample" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_plan_id_foreign" foreign key ("plan_id") references "surveillance_plan" ("id") on update cascade;`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_sample" add constraint "surveillance_sample_lab_id_foreign" foreign key ("lab_id") references "lab" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveillance_nonconformity" add constraint "surveillance_nonconformity_plan_id_foreign" foreign key ("plan_id") references "surveillance_plan" ("id") on update cascade;`);
    this.addSql(`alter table "surveillance_nonconformity" add constraint "surveillance_nonconformity_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "surveillance_nonconformity" cascade;`);
    this.addSql(`drop table if exists "surveillance_sample" cascade;`);
    this.addSql(`drop table if exists "surveillance_plan" cascade;`);
    this.addSql(`drop type "surveillance_kind";`);
    this.addSql(`drop type "surveillance_status";`);
    this.addSql(`drop type "sample_purpose";`);
    this.addSql(`drop type "sample_status";`);
  }

}
