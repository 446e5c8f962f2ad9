export * from './entities/index.js';
export * from './events/record-change.js';
export * from './scheme/types.js';
export * from './scheme/cqc31-462280-2024.js';
export { designationKey } from './text/normalise.js';
export { ormConfig } from './orm-config.js';
export { startEmbeddedPostgres, databaseUrl, type RunningDatabaseServer } from './embedded.js';
export { openDatabase, type Database } from './database.js';
export * from './seed/import-types.js';
