import { Migration } from '@mikro-orm/migrations';

/**
 * §4.2.3: key-component tests recorded on the type test, and a per-clock limit that overrides
 * the scheme's when the longest key-component test takes longer than the whole-product test.
 */
export class Migration20261126120000 extends Migration {

  override async up(): Promise<void> {
    // Existing type tests have no key-component tests; the default only fills them in.
    this.addSql(`alter table "type_test" add column "key_component_tests" jsonb not null default '[]';`);
    this.addSql(`alter table "type_test" alter column "key_component_tests" drop default;`);
    this.addSql(`alter table "case_clock" add column "limit_amount" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_clock" drop column "limit_amount";`);
    this.addSql(`alter table "type_test" drop column "key_component_tests";`);
  }

}
