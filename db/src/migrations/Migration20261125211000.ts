import { Migration } from '@mikro-orm/migrations';

/** The initial factory inspection (§2, §5): one track per case, its checklist results and nonconformities. */
export class Migration20261125211000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "inspection_status" as enum ('PROPOSED_EXEMPTION', 'AWAITING_TASK', 'EXEMPTED', 'TASK_ISSUED', 'NONCONFORMITIES_OPEN', 'PASSED', 'FAILED');`);
    this.addSql(`create type "inspection_conclusion" as enum ('PASS', 'NONCONFORMITIES', 'FAIL');`);
    this.addSql(`create type "inspection_checklist_kind" as enum ('QA_CAPABILITY', 'PRODUCT_CONFORMITY');`);
    this.addSql(`create type "inspection_item_result" as enum ('CONFORMS', 'NONCONFORMITY', 'NOT_APPLICABLE');`);

    this.addSql(`create table "factory_inspection" ("id" uuid not null, "created_at" timestamptz not null, "certification_case_id" uuid not null, "status" "inspection_status" not null, "opened_on" date not null, "proposed_certificate_number" varchar(255) null, "exemption_accepted" boolean null, "exemption_reason" text null, "covering_certificate_number" varchar(255) null, "exemption_decided_by_id" uuid null, "exemption_decided_on" date null, "inspector_id" uuid null, "person_days" numeric(3,1) null, "task_issued_by_id" uuid null, "task_issued_on" date null, "visit_on" date null, "reported_on" date null, "conclusion" "inspection_conclusion" null, "summary" text null, "internal_note" text null, "completed_on" date null, "version" int not null default 1, constraint "factory_inspection_pkey" primary key ("id"));`);
    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_certification_case_id_unique" unique ("certification_case_id");`);
    this.addSql(`create index "factory_inspection_status_index" on "factory_inspection" ("status");`);

    this.addSql(`create table "nonconformity" ("id" uuid not null, "created_at" timestamptz not null, "inspection_id" uuid not null, "position" int not null, "item_id" varchar(255) not null, "clause" varchar(255) not null, "description" text not null, "raised_on" date not null, "rectified_on" date null, "verified_by_id" uuid null, "verified_on" date null, "verification_note" text null, constraint "nonconformity_pkey" primary key ("id"));`);

    this.addSql(`create table "inspection_checklist_result" ("id" uuid not null, "created_at" timestamptz not null, "inspection_id" uuid not null, "checklist" "inspection_checklist_kind" not null, "item_id" varchar(255) not null, "position" int not null, "result" "inspection_item_result" not null, "note" text null, constraint "inspection_checklist_result_pkey" primary key ("id"));`);
    this.addSql(`alter table "inspection_checklist_result" add constraint "inspection_checklist_result_inspection_id_item_id_unique" unique ("inspection_id", "item_id");`);

    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_certification_case_id_foreign" foreign key ("certification_case_id") references "certification_case" ("id") on update cascade;`);
    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_exemption_decided_by_id_foreign" foreign key ("exemption_decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_inspector_id_foreign" foreign key ("inspector_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_task_issued_by_id_foreign" foreign key ("task_issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "nonconformity" add constraint "nonconformity_inspection_id_foreign" foreign key ("inspection_id") references "factory_inspection" ("id") on update cascade;`);
    this.addSql(`alter table "nonconformity" add constraint "nonconformity_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "inspection_checklist_result" add constraint "inspection_checklist_result_inspection_id_foreign" foreign key ("inspection_id") references "factory_inspection" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inspection_checklist_result" cascade;`);
    this.addSql(`drop table if exists "nonconformity" cascade;`);
    this.addSql(`drop table if exists "factory_inspection" cascade;`);
    this.addSql(`drop type "inspection_item_result";`);
    this.addSql(`drop type "inspection_checklist_kind";`);
    this.addSql(`drop type "inspection_conclusion";`);
    this.addSql(`drop type "inspection_status";`);
  }

}
