import { Migration } from '@mikro-orm/migrations';

/**
 * The PRC working-day calendar (RULES.md part N): the official exceptions to the Monday–Friday
 * week (`calendar_day`) and the years whose official schedule they cover (`calendar_year`).
 * Filled from the maintained library at start-up and extended by an administrator each year.
 */
export class Migration20261125190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'WORKDAY');`);
    this.addSql(`create type "calendar_source" as enum ('LIBRARY', 'ADMIN');`);
    this.addSql(`create table "calendar_day" ("date" date not null, "kind" "calendar_day_kind" not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "source" "calendar_source" not null, "created_at" timestamptz not null, "created_by" uuid null, constraint "calendar_day_pkey" primary key ("date"));`);
    this.addSql(`create table "calendar_year" ("year" int not null, "source" "calendar_source" not null, "published_on" date null, "created_at" timestamptz not null, "created_by" uuid null, constraint "calendar_year_pkey" primary key ("year"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "calendar_year";`);
    this.addSql(`drop table "calendar_day";`);
    this.addSql(`drop type "calendar_source";`);
    this.addSql(`drop type "calendar_day_kind";`);
  }
}
