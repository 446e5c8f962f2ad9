import { Migration } from '@mikro-orm/migrations';

/** Imports of existing certificates started on the administrator's page, with their progress and report. */
export class Migration20261129050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "import_job" ("id" uuid not null, "created_at" timestamptz not null, "started_by_id" uuid not null, "file_name" varchar(255) not null, "status" varchar(16) not null, "total" int not null default 0, "done" int not null default 0, "imported" int not null default 0, "skipped" int not null default 0, "report" jsonb null, "error" text null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`);
    this.addSql(`create index "import_job_created_at_index" on "import_job" ("created_at");`);
    this.addSql(`alter table "import_job" add constraint "import_job_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "import_job";`);
  }
}
