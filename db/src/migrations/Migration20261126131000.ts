import { Migration } from '@mikro-orm/migrations';

/** Staff alerts for overdue time limits: one per clock round and recipient, e-mailed through their own outbox column. */
export class Migration20261126131000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "staff_alert" ("id" uuid not null, "created_at" timestamptz not null, "recipient_id" uuid not null, "certification_case_id" uuid not null, "clock_id" uuid not null, "clock_key" varchar(255) not null, "round" int not null, "due_on" date not null, "raised_on" date not null, "acknowledged_at" timestamptz null, "email_status" "notice_email_status" not null default 'PENDING', "emailed_at" timestamptz null, "email_attempts" int not null default 0, constraint "staff_alert_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_alert_email_status_index" on "staff_alert" ("email_status");`);
    this.addSql(`create index "staff_alert_recipient_id_acknowledged_at_index" on "staff_alert" ("recipient_id", "acknowledged_at");`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_clock_id_recipient_id_unique" unique ("clock_id", "recipient_id");`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_certification_case_id_foreign" foreign key ("certification_case_id") references "certification_case" ("id") on update cascade;`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_clock_id_foreign" foreign key ("clock_id") references "case_clock" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_alert" cascade;`);
  }
}
