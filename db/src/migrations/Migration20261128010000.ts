import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes on the foreign keys that public records are read through. Without them a page of a
 * rebuild read every key component of the registry (a hash join over ~7.5 million rows at a
 * million certificates) to find a thousand units' configurations.
 */
export class Migration20261128010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "key_component_configuration_unit_id_index" on "key_component_configuration" ("unit_id");`);
    this.addSql(`create index "key_component_configuration_id_index" on "key_component" ("configuration_id");`);
    this.addSql(`create index "certification_unit_applicant_id_index" on "certification_unit" ("applicant_id");`);
    this.addSql(`create index "factory_operator_id_index" on "factory" ("operator_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "key_component_configuration_unit_id_index";`);
    this.addSql(`drop index "key_component_configuration_id_index";`);
    this.addSql(`drop index "certification_unit_applicant_id_index";`);
    this.addSql(`drop index "factory_operator_id_index";`);
  }
}
