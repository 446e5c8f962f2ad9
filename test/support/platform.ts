import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { Express } from 'express';
import { SYSTEM_ACTOR, demoBatch, DEMO_PASSWORD, Role, type ImportBatch } from '@cqc/db';
import { createApi, importBatch, FakeClock, LocalDiskStorage, seedCalendarFromLibrary } from '@cqc/api';
import { createCertificateIndex, runProjectorOnce, type CertificateIndex } from '@cqc/registry';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestPlatform {
  db: TestDatabase;
  pool: pg.Pool;
  index: CertificateIndex;
  app: Express;
  /** Serves `app` on a port as `pnpm start` does (the API's production HTTP server). */
  listen(port: number, host: string): Promise<Server>;
  clock: FakeClock;
  batch: ImportBatch;
  /** Where this platform's uploaded documents are kept (a temporary folder, removed by close). */
  documentsDir: string;
  /** POSTs a GraphQL operation as JSON; returns the parsed body and the HTTP status. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  /** Signs in as the demo user of a role (the first one, or the nth for roles with several). */
  loginAs(role: Role, nth?: number): Promise<string>;
  /** Projects every pending outbox event into the search index. */
  project(): Promise<void>;
  /** Waits for the API's background work (password-reset mails) started by earlier requests. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

import { TEST_NOW } from './clock.js';
export { TEST_NOW };

/**
 * The API on a fresh database, with the demo data imported through the import service and
 * projected into the embedded search index, exactly as `pnpm start` does.
 */
export async function startTestPlatform(options: {
  batch?: ImportBatch;
  /** The API's public per-client limits (createApi `rateLimits`); default the production defaults. */
  rateLimits?: Parameters<typeof createApi>[0]['rateLimits'];
  /** Where the API's mails (password-reset links) go; default none: such requests send nothing. */
  mail?: Parameters<typeof createApi>[0]['mail'];
  /**
   * Whether staff must use MFA. Off unless asked: the tests sign in as the demo staff with the
   * password alone (loginAs). Production and `pnpm start` default to on (api/src/mfa/mfa-settings.ts).
   */
  mfaRequiredForStaff?: boolean;
} = {}): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const index = createCertificateIndex({ pool });
  await index.init();
  const clock = new FakeClock(TEST_NOW);
  const batch = options.batch ?? demoBatch();
  await seedCalendarFromLibrary(db.orm.em.fork(), { at: clock.now() });
  await importBatch(db.orm, batch, { clock, actor: { ...SYSTEM_ACTOR, role: 'IMPORT' } });
  const project = async () => {
    while ((await runProjectorOnce({ orm: db.orm, index, batchSize: 200 })).processed > 0);
  };
  await project();
  const documentsDir = mkdtempSync(join(tmpdir(), 'cqc-test-documents-'));
  const api = await createApi({ orm: db.orm, index, clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, storage: new LocalDiskStorage(documentsDir), rateLimits: options.rateLimits, mail: options.mail, mfa: { requiredForStaff: options.mfaRequiredForStaff ?? false } });

  const gql: TestPlatform['gql'] = async (query, variables, token) => {
    let req = request(api.app).post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };
  return {
    db, pool, index, app: api.app, listen: (port, host) => api.listen(port, host), clock, batch, documentsDir, gql, project, idle: () => api.idle(),
    async loginAs(role, nth = 0) {
      const user = batch.users.filter((u) => u.role === role)[nth];
      if (!user) throw new Error(`no demo user with role ${role}`);
      const res = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: user.email, p: DEMO_PASSWORD });
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token as string;
    },
    async close() {
      await api.stop();
      await pool.end();
      await db.drop();
      rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
