import type { MikroORM } from '@mikro-orm/postgresql';
import { project } from './projector.js';
import { loadPublicCertificatePage } from './read-model/build.js';
import type { CertificateIndex } from './search/port.js';

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
export async function reindex({ orm, index, pageSize = 200, onProgress }: ReindexOptions): Promise<ReindexResult> {
  const [start] = await orm.em.fork().execute<Array<{ at: Date }>>(`select clock_timestamp() as at`);
  const rebuild = await index.beginRebuild();
  let indexed = 0;
  try {
    let after: string | null = null;
    for (;;) {
      // A fresh entity manager per page keeps memory flat however many certificates there are.
      const page = await loadPublicCertificatePage(orm.em.fork(), after, pageSize);
      if (page.length === 0) break;
      await rebuild.add(page);
      indexed += page.length;
      after = page.at(-1)!.number;
      await onProgress?.(indexed);
      if (page.length < pageSize) break;
    }
    await rebuild.commit();
  } catch (error) {
    await rebuild.abort();
    throw error;
  }
  return { indexed, caughtUp: await catchUp(orm, index, start!.at, pageSize) };
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
