import { Migration } from '@mikro-orm/migrations';

/**
 * Regulator API tokens (hash only), and the indexes that let the regulator's certificate filters
 * and counts stay on indexes at a million certificates: issue, expiry and status-change dates,
 * manufacturer, factory, product type with frame current, and status-history reason codes.
 */
export class Migration20261127110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "organisation_id" uuid not null, "created_by_id" uuid not null, "name" varchar(255) not null, "token_hash" varchar(255) not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_organisation_id_index" on "api_token" ("organisation_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`create index "certificate_first_issued_on_index" on "certificate" ("first_issued_on");`);
    this.addSql(`create index "certificate_expires_on_index" on "certificate" ("expires_on");`);
    this.addSql(`create index "certificate_status_changed_at_index" on "certificate" ("status_changed_at");`);
    this.addSql(`create index "certification_unit_manufacturer_id_index" on "certification_unit" ("manufacturer_id");`);
    this.addSql(`create index "certification_unit_factory_id_index" on "certification_unit" ("factory_id");`);
    this.addSql(`create index "certification_unit_product_type_frame_current_index" on "certification_unit" ("product_type", "frame_current");`);
    this.addSql(`create index "certificate_status_event_reason_code_certificate_id_index" on "certificate_status_event" ("reason_code", "certificate_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "certificate_status_event_reason_code_certificate_id_index";`);
    this.addSql(`drop index "certification_unit_product_type_frame_current_index";`);
    this.addSql(`drop index "certification_unit_factory_id_index";`);
    this.addSql(`drop index "certification_unit_manufacturer_id_index";`);
    this.addSql(`drop index "certificate_status_changed_at_index";`);
    this.addSql(`drop index "certificate_expires_on_index";`);
    this.addSql(`drop index "certificate_first_issued_on_index";`);
    this.addSql(`drop table "api_token";`);
  }
}
