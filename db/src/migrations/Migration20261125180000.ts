import { Migration } from '@mikro-orm/migrations';

const APPEND_ONLY = ['certificate_version', 'certificate_status_event', 'audit_event'];

/**
 * Certificate versions, the public status history and the audit log are records of what was
 * issued and decided: the database itself refuses to change or delete them, whatever the code.
 */
export class Migration20261125180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function forbid_change() returns trigger language plpgsql as $$
      begin
        raise exception '% rows are append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
      end $$;`);
    for (const table of APPEND_ONLY) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}" for each row execute function forbid_change();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of APPEND_ONLY) this.addSql(`drop trigger "${table}_append_only" on "${table}";`);
    this.addSql(`drop function forbid_change();`);
  }
}
