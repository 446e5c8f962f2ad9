import { Migration } from '@mikro-orm/migrations';

/** §9: recertification (复审) cases renew an existing certificate. */
export class Migration20261126190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "certification_case" add column "renews_certificate_id" uuid null, add column "renewal_applied_on" date null, add column "renewal_expires_on" date null, add column "renewal_late" boolean not null default false, add column "treated_as_new" boolean not null default false;`);
    this.addSql(`alter table "certification_case" add constraint "certification_case_renews_certificate_id_foreign" foreign key ("renews_certificate_id") references "certificate" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certification_case" drop constraint "certification_case_renews_certificate_id_foreign";`);
    this.addSql(`alter table "certification_case" drop column "renews_certificate_id", drop column "renewal_applied_on", drop column "renewal_expires_on", drop column "renewal_late", drop column "treated_as_new";`);
  }
}
