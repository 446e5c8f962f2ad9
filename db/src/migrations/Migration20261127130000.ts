import { Migration } from '@mikro-orm/migrations';

/**
 * A certificate's "status as of" is the recorded_at of its latest registry change: looked up by
 * certificate number, newest sequence first, for every certificate a public page or list shows.
 */
export class Migration20261127130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "registry_change_certificate_number_seq_index" on "registry_change" ("certificate_number", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "registry_change_certificate_number_seq_index";`);
  }
}
