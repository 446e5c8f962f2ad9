import { Migration } from '@mikro-orm/migrations';

/** Notices carry their e-mail delivery state: the notice table is the e-mail outbox. */
export class Migration20261125220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "notice_email_status" as enum ('PENDING', 'SENT', 'NO_RECIPIENT');`);
    this.addSql(`alter table "notice" add column "email_status" "notice_email_status" not null default 'PENDING', add column "emailed_at" timestamptz null, add column "email_attempts" int not null default 0;`);
    this.addSql(`create index "notice_email_status_index" on "notice" ("email_status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "notice_email_status_index";`);
    this.addSql(`alter table "notice" drop column "email_status", drop column "emailed_at", drop column "email_attempts";`);
    this.addSql(`drop type "notice_email_status";`);
  }
}
