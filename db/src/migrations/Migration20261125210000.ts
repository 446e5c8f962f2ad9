import { Migration } from '@mikro-orm/migrations';

/** Type tests (§4): the assigned lab and its test items, samples, results per round. */
export class Migration20261125210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "type_test_status" as enum ('AWAITING_SAMPLES', 'TESTING', 'FAILED', 'PASSED');`);
    this.addSql(`create type "test_sample_purpose" as enum ('REPRESENTATIVE', 'DIFFERENCE');`);
    this.addSql(`create table "type_test" ("id" uuid not null, "created_at" timestamptz not null, "certification_case_id" uuid not null, "lab_id" uuid not null, "test_items" text[] not null, "status" "type_test_status" not null, "round" int not null default 1, "starts_on" varchar(255) not null, "samples_received_on" date null, "fee_received_on" date null, "completed_on" date null, "report_document_id" uuid null, "version" int not null default 1, constraint "type_test_pkey" primary key ("id"));`);
    this.addSql(`alter table "type_test" add constraint "type_test_certification_case_id_unique" unique ("certification_case_id");`);

    this.addSql(`create table "type_test_sample" ("id" uuid not null, "created_at" timestamptz not null, "type_test_id" uuid not null, "round" int not null, "designation" varchar(255) not null, "purpose" "test_sample_purpose" not null, "count" int not null, "received_on" date not null, "key_component_configuration" varchar(255) not null, constraint "type_test_sample_pkey" primary key ("id"));`);

    // Measured values and limits as the lab reports them: unconstrained numeric keeps every digit.
    this.addSql(`create table "type_test_result" ("id" uuid not null, "created_at" timestamptz not null, "type_test_id" uuid not null, "round" int not null, "test_item" text not null, "designation" varchar(255) not null, "measured_value" numeric not null, "limit" numeric null, "unit" varchar(255) not null, "passed" boolean not null, "grade" varchar(255) null, "entered_by_id" uuid not null, "entered_at" timestamptz not null, constraint "type_test_result_pkey" primary key ("id"));`);
    this.addSql(`alter table "type_test_result" add constraint "type_test_result_type_test_id_round_test_item_des_de072_unique" unique ("type_test_id", "round", "test_item", "designation");`);

    this.addSql(`alter table "type_test" add constraint "type_test_certification_case_id_foreign" foreign key ("certification_case_id") references "certification_case" ("id") on update cascade;`);
    this.addSql(`alter table "type_test" add constraint "type_test_lab_id_foreign" foreign key ("lab_id") references "lab" ("id") on update cascade;`);
    this.addSql(`alter table "type_test_sample" add constraint "type_test_sample_type_test_id_foreign" foreign key ("type_test_id") references "type_test" ("id") on update cascade;`);
    this.addSql(`alter table "type_test_result" add constraint "type_test_result_type_test_id_foreign" foreign key ("type_test_id") references "type_test" ("id") on update cascade;`);
    this.addSql(`alter table "type_test_result" add constraint "type_test_result_entered_by_id_foreign" foreign key ("entered_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "type_test_result" cascade;`);
    this.addSql(`drop table if exists "type_test_sample" cascade;`);
    this.addSql(`drop table if exists "type_test" cascade;`);
    this.addSql(`drop type "test_sample_purpose";`);
    this.addSql(`drop type "type_test_status";`);
  }

}
