import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openDatabase } from './database.js';
import { migrationsList } from './migrations/index.js';
import { createEmptyDatabase } from '../../test/support/index.js';

describe('migrations', () => {
  it('build the whole schema on an empty database, and a second run applies nothing', async () => {
    const empty = await createEmptyDatabase();
    const db = await openDatabase(empty.url, { debug: false });
    try {
      const applied = await db.migrate();
      expect(applied).toEqual(migrationsList.map((m) => m.name));
      expect(await db.migrate()).toEqual([]);

      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      const { rows } = await client.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      await client.end();
      expect(rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining([
          'organisation', 'factory', 'lab', 'app_user', 'auth_session', 'certification_unit',
          'product_model', 'key_component_configuration', 'key_component', 'certificate',
          'certificate_version', 'certificate_status_event', 'audit_event', 'outbox_event',
          'registry_document', 'registry_alias', 'registry_change',
        ]),
      );
    } finally {
      await db.close();
      await empty.drop();
    }
  });

  it('leave no difference between the entities and the migrated schema', async () => {
    const empty = await createEmptyDatabase();
    const db = await openDatabase(empty.url, { debug: false });
    try {
      await db.migrate();
      const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: true });
      expect(diff.replace(/^\s*$/gm, '').trim()).toBe('');
    } finally {
      await db.close();
      await empty.drop();
    }
  });
});
