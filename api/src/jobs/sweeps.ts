import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * A deadline sweep: finds what the rule says must happen once a time limit has run out
 * (termination after an overdue rectification, …) and does it. Sweeps are idempotent — a
 * second run at the same time changes nothing — so a retried or duplicated job is harmless.
 */
export interface Sweep {
  name: string;
  run(orm: MikroORM, now: Date): Promise<{ affected: number }>;
}

export interface SweepReport {
  at: Date;
  results: Array<{ name: string; affected: number }>;
}

/** Runs every sweep once at `now`, one after the other (each in its own transactions). */
export async function runSweeps(orm: MikroORM, sweeps: readonly Sweep[], now: Date): Promise<SweepReport> {
  const results: SweepReport['results'] = [];
  for (const sweep of sweeps) results.push({ name: sweep.name, affected: (await sweep.run(orm, now)).affected });
  return { at: now, results };
}
