import { Migration } from '@mikro-orm/migrations';

/** The certification plan of §3.4 (fee estimate, samples, lab, contact) and its fee payment (§6.3). */
export class Migration20261125230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certification_plan" ("id" uuid not null, "created_at" timestamptz not null, "certification_case_id" uuid not null, "fee_estimate_yuan" numeric(12,2) not null, "sample_requirements" text not null, "lab_id" uuid null, "lab_name" varchar(255) null, "contact_person" varchar(255) not null, "notes" text null, "issued_on" date not null, "fee_paid_on" date null, "version" int not null default 1, constraint "certification_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "certification_plan" add constraint "certification_plan_certification_case_id_unique" unique ("certification_case_id");`);
    this.addSql(`alter table "certification_plan" add constraint "certification_plan_certification_case_id_foreign" foreign key ("certification_case_id") references "certification_case" ("id") on update cascade;`);
    this.addSql(`alter table "certification_plan" add constraint "certification_plan_lab_id_foreign" foreign key ("lab_id") references "lab" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_plan" cascade;`);
  }
}
