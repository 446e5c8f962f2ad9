import { Migration } from '@mikro-orm/migrations';

/** §8.4: requirement changes (rule or standard revisions) and each certificate's transition. */
export class Migration20261126180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "requirement_change_kind" as enum ('RULE', 'STANDARD');`);
    this.addSql(`create type "transition_state" as enum ('PENDING', 'TRANSITIONED', 'SUSPENDED');`);
    this.addSql(`create table "requirement_change" ("id" uuid not null, "created_at" timestamptz not null, "kind" "requirement_change_kind" not null, "title_zh" varchar(255) not null, "title_en" varchar(255) not null, "plan_zh" text not null, "scheme_version" varchar(255) null, "announced_on" date not null, "transition_deadline" date not null, "version" int not null default 1, constraint "requirement_change_pkey" primary key ("id"));`);
    this.addSql(`create table "certificate_transition" ("id" uuid not null, "created_at" timestamptz not null, "requirement_change_id" uuid not null, "certificate_id" uuid not null, "state" "transition_state" not null default 'PENDING', "completed_on" date null, "note" text null, "version" int not null default 1, constraint "certificate_transition_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate_transition" add constraint "certificate_transition_requirement_change_id_cert_ed012_unique" unique ("requirement_change_id", "certificate_id");`);
    this.addSql(`alter table "certificate_transition" add constraint "certificate_transition_requirement_change_id_foreign" foreign key ("requirement_change_id") references "requirement_change" ("id") on update cascade;`);
    this.addSql(`alter table "certificate_transition" add constraint "certificate_transition_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_transition" cascade;`);
    this.addSql(`drop table if exists "requirement_change" cascade;`);
    this.addSql(`drop type if exists "transition_state";`);
    this.addSql(`drop type if exists "requirement_change_kind";`);
  }
}
