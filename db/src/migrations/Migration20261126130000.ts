import { Migration } from '@mikro-orm/migrations';

/**
 * Initial inspection: the task's planned days on site (§5.3, §5.4), the on-site verification of
 * rectified nonconformities arranged by the engineer (§5.4), and how each rectification was verified.
 */
export class Migration20261126130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "rectification_verification_method" as enum ('DOCUMENTS', 'ON_SITE');`);
    this.addSql(`alter table "factory_inspection" add column "planned_from" date null, add column "planned_to" date null, add column "verification_inspector_id" uuid null, add column "verification_planned_on" date null;`);
    this.addSql(`alter table "factory_inspection" add constraint "factory_inspection_verification_inspector_id_foreign" foreign key ("verification_inspector_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "nonconformity" add column "verification_method" "rectification_verification_method" null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "nonconformity" drop column "verification_method";`);
    this.addSql(`alter table "factory_inspection" drop constraint "factory_inspection_verification_inspector_id_foreign";`);
    this.addSql(`alter table "factory_inspection" drop column "planned_from", drop column "planned_to", drop column "verification_inspector_id", drop column "verification_planned_on";`);
    this.addSql(`drop type "rectification_verification_method";`);
  }
}
