import type { Database } from '@cqc/db';

type MikroORM = Database['orm'];
import { reindex, type CertificateIndex } from '@cqc/registry';

export interface ReindexBench {
  indexed: number;
  seconds: number;
  /** Lookups a concurrent reader made during the rebuild, and how many missed a record. */
  readerQueries: number;
  readerMisses: number;
}

/**
 * A full rebuild while a reader keeps looking up known certificates: the old generation must
 * serve every lookup until the swap, and the new one after it.
 */
export async function measureReindex(options: { orm: MikroORM; index: CertificateIndex; numbers: string[]; onProgress?: (indexed: number) => void }): Promise<ReindexBench> {
  const { orm, index, numbers } = options;
  let done = false;
  let readerQueries = 0;
  let readerMisses = 0;
  const reader = (async () => {
    while (!done) {
      const sample = Array.from({ length: 20 }, () => numbers[Math.floor(Math.random() * numbers.length)]!);
      const found = await index.getByNumbers(sample);
      readerQueries++;
      if (sample.some((n) => !found.has(n))) readerMisses++;
      await new Promise((resume) => setImmediate(resume));
    }
  })();
  const started = Date.now();
  try {
    const result = await reindex({ orm, index, onProgress: options.onProgress });
    return { indexed: result.indexed, seconds: (Date.now() - started) / 1000, readerQueries, readerMisses };
  } finally {
    done = true;
    await reader;
  }
}
