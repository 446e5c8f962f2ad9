import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { runSweeps, type Sweep } from './sweeps.js';

export const SWEEP_QUEUE = 'deadline-sweeps';

export interface JobQueue {
  /** Queues one sweep run now (it is also scheduled by cron). */
  requestSweep(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL-backed job queue (pg-boss): the deadline sweeps run from a cron schedule kept
 * in the database, never from in-memory timers, so they survive restarts and run once per
 * tick however many API nodes are up.
 */
export async function startJobQueue(options: {
  connectionString: string;
  orm: MikroORM;
  clock: Clock;
  sweeps: readonly Sweep[];
  /** Every 5 minutes by default. */
  cron?: string;
  onError?: (error: unknown) => void;
}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 2, schema: 'pgboss' });
  boss.on('error', options.onError ?? ((error) => console.error('[jobs] job queue error', error)));
  await boss.start();
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'singleton', retryLimit: 3 });
  await boss.schedule(SWEEP_QUEUE, options.cron ?? '*/5 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(SWEEP_QUEUE, async () => {
    await runSweeps(options.orm, options.sweeps, options.clock.now());
  });
  return {
    async requestSweep() {
      await boss.send(SWEEP_QUEUE, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
