import { Migration } from '@mikro-orm/migrations';

/** The holder's requests concerning its certificate's status (§8.5.1(8), §8.5.2, §8.5.3). */
export class Migration20261126170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "status_request_kind" as enum ('SUSPENSION', 'RESTORATION', 'CANCELLATION');`);
    this.addSql(`create type "status_request_state" as enum ('PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN');`);
    this.addSql(`create table "certificate_status_request" ("id" uuid not null, "created_at" timestamptz not null, "certificate_id" uuid not null, "kind" "status_request_kind" not null, "state" "status_request_state" not null default 'PENDING', "requested_on" date not null, "requested_by_id" uuid not null, "code" varchar(255) null, "explanation" text not null, "decided_on" date null, "decided_by_id" uuid null, "decision_note" text null, "version" int not null default 1, constraint "certificate_status_request_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_status_request_state_requested_on_index" on "certificate_status_request" ("state", "requested_on");`);
    // One open request per certificate: a second one waits until the first is decided.
    this.addSql(`create unique index "certificate_status_request_one_pending" on "certificate_status_request" ("certificate_id") where "state" = 'PENDING';`);
    this.addSql(`alter table "certificate_status_request" add constraint "certificate_status_request_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_status_request" add constraint "certificate_status_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_status_request" add constraint "certificate_status_request_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_status_request" cascade;`);
    this.addSql(`drop type if exists "status_request_state";`);
    this.addSql(`drop type if exists "status_request_kind";`);
  }
}
