import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities/index.js';
import { migrationsList } from './migrations/index.js';

/**
 * The one ORM configuration. Entities and migrations are listed explicitly rather than found by
 * folder scan, so the same config works under tsx, vitest and compiled JS.
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'db/src/migrations',
      pathTs: 'db/src/migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      // No snapshot file: the generator diffs against a migrated throw-away database instead,
      // and running migrations never writes into the source tree.
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // Optimistic locking and explicit flushes: nothing is written that a service did not persist.
    forceUtcTimezone: true,
    // The registry's read-model tables are owned by registry/ and written in plain SQL.
    schemaGenerator: { skipTables: ['registry_document', 'registry_alias', 'registry_change', 'registry_feed_counter'] },
    allowGlobalContext: false,
    ...overrides,
  });
}
