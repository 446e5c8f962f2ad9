import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';

/**
 * How current the public registry is. `statusAsOf` is when the projector last applied a change
 * to a certificate's public record (the recorded_at of its latest `registry_change`); `lag` is
 * how long the oldest outbox event not yet projected has been waiting, by the platform clock.
 */
export interface RegistryFreshness {
  /** Seconds the oldest unprocessed outbox event has waited; 0 when none waits. */
  lagSeconds: number;
  /** When that event was written; null when the registry is up to date. */
  oldestPendingSince: Date | null;
  checkedAt: Date;
}

export async function registryFreshness(em: EntityManager, clock: Clock): Promise<RegistryFreshness> {
  // The partial index on unprocessed ids answers this without reading the processed history.
  const [oldest] = await em.execute<Array<{ created_at: Date }>>(
    `select created_at from outbox_event where processed_at is null order by id limit 1`,
  );
  const checkedAt = clock.now();
  const since = oldest ? new Date(oldest.created_at) : null;
  const lagSeconds = since ? Math.max(0, Math.floor((checkedAt.getTime() - since.getTime()) / 1000)) : 0;
  return { lagSeconds, oldestPendingSince: since, checkedAt };
}

/** Each certificate's latest change applied by the registry, in one statement for any number of them. */
export async function statusAsOf(em: EntityManager, numbers: readonly string[]): Promise<Map<string, Date>> {
  const found = new Map<string, Date>();
  if (numbers.length === 0) return found;
  const unique = [...new Set(numbers)];
  const rows = await em.execute<Array<{ certificate_number: string; recorded_at: Date }>>(
    `select distinct on (certificate_number) certificate_number, recorded_at from registry_change
     where certificate_number in (${unique.map(() => '?').join(', ')}) order by certificate_number, seq desc`,
    unique,
  );
  for (const row of rows) found.set(row.certificate_number, new Date(row.recorded_at));
  return found;
}
