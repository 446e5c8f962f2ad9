import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import PgBoss from 'pg-boss';
import { createTestDatabase, type TestDatabase } from '../../../test/support/index.js';
import { FakeClock } from '../clock.js';
import { SWEEP_QUEUE, startJobQueue } from './job-queue.js';
import type { Sweep } from './sweeps.js';

describe('the deadline sweeps on the PostgreSQL job queue', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('keeps its schedule in the database and runs a sweep requested before the worker (re)started', async () => {
    // A sweep requested while no worker runs (e.g. during a restart) waits in PostgreSQL…
    const producer = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 1 });
    producer.on('error', (e) => { throw e; });
    await producer.start();
    await producer.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'singleton', retryLimit: 3 });
    await producer.send(SWEEP_QUEUE, {});
    await producer.stop({ graceful: true, wait: true });

    // …and runs once a worker starts, at the platform clock's time.
    const clock = new FakeClock(new Date('2026-06-01T01:00:00Z'));
    const runs: Date[] = [];
    const sweep: Sweep = { name: 'recording', run: async (_orm, now) => { runs.push(now); return { affected: 0 }; } };
    const queue = await startJobQueue({ connectionString: db.url, orm: db.orm, clock, sweeps: [sweep] });
    try {
      await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 15_000, interval: 100 });
      expect(runs[0]).toEqual(new Date('2026-06-01T01:00:00Z'));
      const { rows } = await db.orm.em.getConnection().execute(`select name, cron, timezone from pgboss.schedule`).then((r) => ({ rows: r }));
      expect(rows).toEqual([{ name: SWEEP_QUEUE, cron: '*/5 * * * *', timezone: 'Asia/Shanghai' }]);
    } finally {
      await queue.stop();
    }
  });
});
