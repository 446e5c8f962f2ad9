import type { MikroORM } from '@mikro-orm/postgresql';
import { project } from './projector.js';
import { loadPublicCertificatePage } from './read-model/build.js';
import type { PublicCertificate } from './read-model/types.js';
import type { CertificateIndex } from './search/port.js';
import { REBUILT, REGISTRY_CHANNEL } from './cache/channel.js';

export interface ReindexOptions {
  orm: MikroORM;
  index: CertificateIndex;
  pageSize?: number;
  /** Called after each page is added to the new generation, with the count so far; a returned promise is awaited. */
  onProgress?: (indexed: number) => unknown;
}

export interface ReindexResult {
  indexed: number;
  /** Certificates re-applied after the swap because the projector changed them meanwhile. */
  caughtUp: number;
}

/**
 * Rebuilds the whole index from PostgreSQL. Pages go into a new generation; readers keep the
 * old one until the swap, so they never see an empty or partial index.
 *
 * The projector may run meanwhile and write to the old generation a change the rebuild had
 * already read past. After the swap, every certificate whose events were processed since the
 * rebuild began (or are being processed right now: `for share` waits for that batch) is
 * projected again into the new generation. Events still unprocessed reach it the normal way.
 */
export async function reindex({ orm, index, pageSize = 1000, onProgress }: ReindexOptions): Promise<ReindexResult> {
  const [start] = await orm.em.fork().execute<Array<{ at: Date }>>(`select clock_timestamp() as at`);
  const rebuild = await index.beginRebuild();
  let indexed = 0;
  // A fresh entity manager per page keeps memory flat however many certificates there are.
  const load = (after: string | null) => {
    const page = loadPublicCertificatePage(orm.em.fork(), after, pageSize);
    page.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    return page;
  };
  try {
    // Keyset paging over the number index, one page read ahead: PostgreSQL builds the next page
    // while this one is being written (a rebuild is I/O-bound on both sides).
    let next: Promise<PublicCertificate[]> = load(null);
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      next = page.length < pageSize ? Promise.resolve([]) : load(page.at(-1)!.number);
      await rebuild.add(page);
      indexed += page.length;
      await onProgress?.(indexed);
    }
    await rebuild.commit();
  } catch (error) {
    await rebuild.abort();
    throw error;
  }
  await announceRebuild(orm);
  const caughtUp = await catchUp(orm, index, start!.at, pageSize);
  // Records re-applied by the catch-up changed once more: caches drop what they took meanwhile.
  if (caughtUp > 0) await announceRebuild(orm);
  return { indexed, caughtUp };
}

/** Tells every registry cache (cache/registry-cache.ts) to drop all: the whole index changed. */
async function announceRebuild(orm: MikroORM): Promise<void> {
  await orm.em.fork().execute(`select pg_notify(?, ?)`, [REGISTRY_CHANNEL, REBUILT]);
}

async function catchUp(orm: MikroORM, index: CertificateIndex, since: Date, pageSize: number): Promise<number> {
  const touched = await orm.em.fork().transactional(async (tx) => {
    const rows: Array<{ number: string | null }> = await tx.execute(
      `select payload ->> 'certificateNumber' as number from outbox_event
       where aggregate_type = 'certificate' and (processed_at is null or processed_at >= ?) for share`,
      [since],
    );
    return [...new Set(rows.flatMap((r) => (r.number ? [r.number] : [])))];
  });
  for (let i = 0; i < touched.length; i += pageSize) {
    await project(orm.em.fork(), index, touched.slice(i, i + pageSize));
  }
  return touched.length;
}
