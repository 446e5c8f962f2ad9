import { Migration } from '@mikro-orm/migrations';

export class Migration20261125172024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organisation_kind" as enum ('ENTERPRISE', 'LAB', 'CERTIFICATION_BODY', 'REGULATOR');`);
    this.addSql(`create type "product_type" as enum ('ACB', 'MCCB');`);
    this.addSql(`create type "key_component_type" as enum ('OPERATING_MECHANISM', 'DRAWER_BASE', 'MAIN_CONTACTS', 'MAIN_CONTACT_SPRING', 'THERMAL_MAGNETIC_TRIP_UNIT', 'BREAKER_TERMINALS', 'DRAWER_BASE_TERMINALS', 'FLEXIBLE_CONNECTION');`);
    this.addSql(`create type "certificate_status" as enum ('VALID', 'SUSPENDED', 'REVOKED', 'CANCELLED', 'EXPIRED');`);
    this.addSql(`create type "certificate_version_kind" as enum ('FIRST_ISSUE', 'VARIATION', 'EXTENSION', 'RENEWAL');`);
    this.addSql(`create type "status_event_kind" as enum ('ISSUED', 'SUSPENDED', 'RESTORED', 'VARIED', 'EXTENDED', 'RENEWED', 'MODEL_WITHDRAWN', 'EXPIRED', 'CANCELLED', 'REVOKED');`);
    this.addSql(`create type "mounting" as enum ('WITHDRAWABLE', 'FIXED');`);
    this.addSql(`create type "model_status" as enum ('IN_SCOPE', 'WITHDRAWN');`);
    this.addSql(`create type "user_role" as enum ('ENTERPRISE', 'ENGINEER', 'INSPECTOR', 'LAB', 'REVIEWER', 'DECIDER', 'ADMIN', 'REGULATOR');`);
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_id" uuid null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "aggregate_type" varchar(255) not null, "aggregate_id" varchar(255) not null, "from_state" varchar(255) null, "to_state" varchar(255) null, "reason" text null, "payload" jsonb not null);`);
    this.addSql(`create index "audit_event_aggregate_type_aggregate_id_index" on "audit_event" ("aggregate_type", "aggregate_id");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "kind" "organisation_kind" not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "address_zh" varchar(255) not null, "address_en" varchar(255) not null, "credit_code" varchar(255) null, "is_demo" boolean not null default false, "version" int not null default 1, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "lab" ("id" uuid not null, "created_at" timestamptz not null, "organisation_id" uuid not null, "cma_certificate_no" varchar(255) not null, "cma_scope" text[] not null, "version" int not null default 1, constraint "lab_pkey" primary key ("id"));`);
    this.addSql(`alter table "lab" add constraint "lab_organisation_id_unique" unique ("organisation_id");`);

    this.addSql(`create table "factory" ("id" uuid not null, "created_at" timestamptz not null, "operator_id" uuid not null, "factory_code" varchar(255) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "address_zh" varchar(255) not null, "address_en" varchar(255) not null, "version" int not null default 1, constraint "factory_pkey" primary key ("id"));`);
    this.addSql(`alter table "factory" add constraint "factory_factory_code_unique" unique ("factory_code");`);

    this.addSql(`create table "certification_unit" ("id" uuid not null, "created_at" timestamptz not null, "applicant_id" uuid not null, "manufacturer_id" uuid not null, "factory_id" uuid not null, "product_type" "product_type" not null, "product_name_zh" varchar(255) not null, "product_name_en" varchar(255) not null, "series" varchar(255) not null, "frame_current" int not null, "version" int not null default 1, constraint "certification_unit_pkey" primary key ("id"));`);

    this.addSql(`create table "key_component_configuration" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "label" varchar(255) not null, "version" int not null default 1, constraint "key_component_configuration_pkey" primary key ("id"));`);

    this.addSql(`create table "key_component" ("id" uuid not null, "created_at" timestamptz not null, "configuration_id" uuid not null, "type" "key_component_type" not null, "model" varchar(255) null, "rating" varchar(255) null, "material" varchar(255) null, "grade" varchar(255) null, "dimensions" varchar(255) null, "supplier" varchar(255) not null, constraint "key_component_pkey" primary key ("id"));`);

    this.addSql(`create table "certificate" ("id" uuid not null, "created_at" timestamptz not null, "number" varchar(255) not null, "unit_id" uuid not null, "status" "certificate_status" not null, "first_issued_on" date not null, "issued_on" date not null, "expires_on" date not null, "current_version_no" int not null default 0, "suspended_until" date null, "status_changed_at" timestamptz not null, "is_demo" boolean not null default false, "version" int not null default 1, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_number_unique" unique ("number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_unit_id_unique" unique ("unit_id");`);
    this.addSql(`create index "certificate_status_index" on "certificate" ("status");`);

    this.addSql(`create table "certificate_version" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "version_no" int not null, "kind" "certificate_version_kind" not null, "issued_on" date not null, "change_summary_zh" text not null default '', "change_summary_en" text not null default '', "snapshot" jsonb not null, constraint "certificate_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate_version" add constraint "certificate_version_certificate_id_version_no_unique" unique ("certificate_id", "version_no");`);

    this.addSql(`create table "certificate_status_event" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "seq" int not null, "kind" "status_event_kind" not null, "from_status" "certificate_status" null, "to_status" "certificate_status" not null, "occurred_on" date not null, "effective_until" date null, "reason_code" varchar(255) null, "cause" varchar(255) null, "public_reason_zh" text not null default '', "public_reason_en" text not null default '', "model_designation" varchar(255) null, "version_no" int null, constraint "certificate_status_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate_status_event" add constraint "certificate_status_event_certificate_id_seq_unique" unique ("certificate_id", "seq");`);

    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "created_at" timestamptz not null, "type" varchar(255) not null, "aggregate_type" varchar(255) not null, "aggregate_id" varchar(255) not null, "payload" jsonb not null, "processed_at" timestamptz null);`);
    this.addSql(`create index "outbox_event_unprocessed_idx" on "outbox_event" ("id") where "processed_at" is null;`);

    this.addSql(`create table "product_model" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "designation" varchar(255) not null, "designation_key" varchar(255) not null, "product_type" "product_type" not null, "mounting" "mounting" not null, "poles" int not null, "rated_voltage" int not null, "frame_current" int not null, "rated_currents" integer[] not null, "series" varchar(255) not null, "grade" varchar(255) not null, "status" "model_status" not null default 'IN_SCOPE', "withdrawn_on" date null, "version" int not null default 1, constraint "product_model_pkey" primary key ("id"));`);
    this.addSql(`create index "product_model_designation_key_index" on "product_model" ("designation_key");`);
    this.addSql(`alter table "product_model" add constraint "product_model_unit_id_designation_unique" unique ("unit_id", "designation");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "email" varchar(255) not null, "display_name" varchar(255) not null, "role" "user_role" not null, "organisation_id" uuid not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(255) not null, "last_used_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);

    this.addSql(`alter table "lab" add constraint "lab_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "factory" add constraint "factory_operator_id_foreign" foreign key ("operator_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "certification_unit" add constraint "certification_unit_applicant_id_foreign" foreign key ("applicant_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "certification_unit" add constraint "certification_unit_manufacturer_id_foreign" foreign key ("manufacturer_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "certification_unit" add constraint "certification_unit_factory_id_foreign" foreign key ("factory_id") references "factory" ("id") on update cascade;`);

    this.addSql(`alter table "key_component_configuration" add constraint "key_component_configuration_unit_id_foreign" foreign key ("unit_id") references "certification_unit" ("id") on update cascade;`);

    this.addSql(`alter table "key_component" add constraint "key_component_configuration_id_foreign" foreign key ("configuration_id") references "key_component_configuration" ("id") on update cascade;`);

    this.addSql(`alter table "certificate" add constraint "certificate_unit_id_foreign" foreign key ("unit_id") references "certification_unit" ("id") on update cascade;`);

    this.addSql(`alter table "certificate_version" add constraint "certificate_version_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);

    this.addSql(`alter table "certificate_status_event" add constraint "certificate_status_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);

    this.addSql(`alter table "product_model" add constraint "product_model_unit_id_foreign" foreign key ("unit_id") references "certification_unit" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

}
