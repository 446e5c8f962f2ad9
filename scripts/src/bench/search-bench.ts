/**
 * Search latency per query type (issue 5: p95 ≤ 10 ms at 1,000,000 certificates, facets
 * included): `benchSearch` times `index.search` sequentially, each query once, after a warm-up
 * round of other queries: the timed queries are distinct (taken from distinct records), so an
 * engine's caches help only where real queries would share words. Part (c) of `pnpm bench`,
 * over the generated registry (`pnpm generate`).
 */
import type { CertificateIndex, CertificateSearchFilter } from '@cqc/registry';

export interface SearchBenchQuery {
  /** number | model | chinese | english | … (results are grouped by it). */
  type: string;
  text: string;
  filter?: CertificateSearchFilter;
}

export interface SearchBenchResult {
  type: string;
  queries: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Hits of the type's queries, summed (a sanity check that they found something). */
  hits: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Runs `warmup`, then times every query `runs` times (first page of 10, facets and highlights included), in ms. */
export async function benchSearch(
  index: CertificateIndex,
  queries: readonly SearchBenchQuery[],
  runs: number,
  warmup: readonly SearchBenchQuery[] = queries,
): Promise<SearchBenchResult[]> {
  const byType = new Map<string, { times: number[]; queries: number; hits: number }>();
  for (const q of warmup) await index.search({ text: q.text, filter: q.filter, limit: 10, offset: 0 });
  for (let run = 0; run < runs; run++) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      const result = await index.search({ text: q.text, filter: q.filter, limit: 10, offset: 0 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const entry = byType.get(q.type) ?? { times: [], queries: 0, hits: 0 };
      entry.times.push(ms);
      if (run === 0) {
        entry.queries++;
        entry.hits += result.totalCount;
      }
      byType.set(q.type, entry);
    }
  }
  return [...byType].map(([type, { times, queries: count, hits }]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 100) / 100;
    return { type, queries: count, samples: times.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN), hits };
  });
}
