import type { Database } from '@cqc/db';

type MikroORM = Database['orm'];
import { SYSTEM_ACTOR, recordChange } from '@cqc/db';
import { startProjector, type CertificateIndex } from '@cqc/registry';
import { percentiles } from './stats.js';

export interface ProjectorLag {
  changes: number;
  /** registry_change.recorded_at − outbox_event.created_at, ms. */
  p50: number;
  p99: number;
  max: number;
}

/**
 * Projector lag under a steady trickle of changes: `changes` outbox events (each in its own
 * transaction with its audit event, via recordChange, as every lifecycle change writes them) at
 * `perSecond`, while the projector loop polls as `pnpm start` runs it (every 500 ms). The events
 * re-announce existing certificates (`certificate.imported`, action `bench.reprojected`): the
 * projector's work is the same as for a status change, and no certificate's state is altered.
 */
export async function measureProjectorLag(options: { orm: MikroORM; index: CertificateIndex; numbers: string[]; changes: number; perSecond: number }): Promise<ProjectorLag> {
  const { orm, index, numbers, changes, perSecond } = options;
  const em = orm.em.fork();
  const [head] = await em.execute<Array<{ seq: string | null }>>(`select max(seq) as seq from registry_change`);
  const after = Number(head?.seq ?? 0);
  const targets = numbers.slice(0, changes);
  const ids = new Map(
    (await em.execute<Array<{ id: string; number: string }>>(`select id, number from certificate where number = any(?::text[])`, [`{${targets.join(',')}}`]))
      .map((r) => [r.number, r.id]),
  );
  const projector = startProjector({ orm, index, intervalMs: 500 });
  try {
    const started = Date.now();
    for (const [i, number] of targets.entries()) {
      await orm.em.fork().transactional(async (tx) => {
        recordChange(tx, {
          actor: SYSTEM_ACTOR, at: new Date(), action: 'bench.reprojected', aggregateType: 'certificate', aggregateId: ids.get(number)!,
          outbox: { type: 'certificate.imported', payload: { certificateNumber: number } },
        });
      });
      // Pace the writes (a steady rate, not one burst).
      const due = started + ((i + 1) * 1000) / perSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    }
    await projector.drain();
  } finally {
    await projector.stop();
  }
  const rows = await orm.em.fork().execute<Array<{ lag: number }>>(
    `select extract(epoch from (c.recorded_at - o.created_at)) * 1000 as lag
     from registry_change c join outbox_event o on o.id = c.outbox_event_id where c.seq > ?`,
    [after],
  );
  const lags = rows.map((r) => Number(r.lag));
  const p = percentiles(lags);
  return { changes: lags.length, p50: p.p50, p99: p.p99, max: p.max };
}
