import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { loadPublicCertificates } from './read-model/build.js';
import type { CertificateIndex } from './search/port.js';
import { REGISTRY_CHANNEL } from './cache/channel.js';

export interface ProjectorOptions {
  orm: MikroORM;
  index: CertificateIndex;
  /** Outbox rows per transaction. */
  batchSize?: number;
}

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  payload: Record<string, unknown>;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Applies one batch of unprocessed outbox events to the search index, in one transaction:
 *
 * - rows are claimed by `processed_at is null … for update skip locked`, never by "id greater
 *   than the last seen", so a row whose transaction commits after a higher id was processed is
 *   still picked up by a later run;
 * - the affected certificates are re-read from PostgreSQL and upserted whole: applying an event
 *   twice writes the same record (idempotent);
 * - each event gets one `registry_change` row with the next gapless feed sequence, taken from
 *   `registry_feed_counter` in the same transaction, so a rollback leaves no gap. An event that
 *   is already in the feed (re-applied after processed_at was reset) is not announced again and
 *   takes no new sequence number;
 * - a transaction-level advisory lock keeps to one projector at a time, so two runs cannot
 *   write one certificate's records out of order.
 *
 * The index write happens before the commit: if the commit fails the events stay unprocessed
 * and are applied again, which is harmless.
 */
export async function runProjectorOnce({ orm, index, batchSize = 100 }: ProjectorOptions): Promise<{ processed: number }> {
  return orm.em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('cqc.registry.projector'))`);
    const rows: OutboxRow[] = await tx.execute(
      `select id, type, aggregate_type, payload from outbox_event
       where processed_at is null order by id limit ? for update skip locked`,
      [batchSize],
    );
    if (rows.length === 0) return { processed: 0 };

    const changes = rows.flatMap((row) => {
      const number = row.payload?.certificateNumber;
      return row.aggregate_type === 'certificate' && typeof number === 'string' ? [{ ...row, number }] : [];
    });
    await project(tx, index, [...new Set(changes.map((c) => c.number))]);

    const ids = rows.map((r) => r.id);
    if (changes.length > 0) {
      const known: Array<{ outbox_event_id: string }> = await tx.execute(
        `select outbox_event_id from registry_change where outbox_event_id in (${placeholders(changes.length)})`,
        changes.map((c) => c.id),
      );
      const announced = new Set(known.map((k) => String(k.outbox_event_id)));
      const fresh = changes.filter((c) => !announced.has(String(c.id)));
      if (fresh.length > 0) {
        const [counter] = await tx.execute<Array<{ last_seq: string }>>(
          `update registry_feed_counter set last_seq = last_seq + ? where id = 1 returning last_seq`,
          [fresh.length],
        );
        const first = Number(counter!.last_seq) - fresh.length + 1;
        await tx.execute(
          `insert into registry_change (seq, outbox_event_id, type, certificate_number, recorded_at)
           values ${fresh.map(() => '(?, ?, ?, ?, clock_timestamp())').join(', ')}`,
          fresh.flatMap((c, i) => [first + i, c.id, c.type, c.number]),
        );
        // Registry caches (cache/registry-cache.ts) re-read the feed; delivered on commit only.
        await tx.execute(`select pg_notify(?, ?)`, [REGISTRY_CHANNEL, String(counter!.last_seq)]);
      }
    }
    // clock_timestamp(), not now(): reindex compares it with its own start (see reindex.ts).
    await tx.execute(`update outbox_event set processed_at = clock_timestamp() where id in (${placeholders(ids.length)})`, ids);
    return { processed: rows.length };
  });
}

/** Upserts the current public records; a certificate that no longer exists leaves the index. */
export async function project(em: EntityManager, index: CertificateIndex, numbers: string[]): Promise<void> {
  if (numbers.length === 0) return;
  const records = await loadPublicCertificates(em, numbers);
  if (records.length > 0) await index.upsert(records);
  const found = new Set(records.map((r) => r.number));
  const gone = numbers.filter((n) => !found.has(n));
  if (gone.length > 0) await index.remove(gone);
}
