import type { BenchReport } from './run-bench.js';

export interface Check {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ms`;
/** The query types issue 5 names; the bench times more (typo, broad), reported the same way. */
const ISSUE_QUERY_TYPES = ['number', 'model', 'Chinese', 'English'];
/** The reindex target is set at one million; smaller runs are scaled linearly to it. */
const REINDEX_SECONDS_AT_1M = 600;

/** Issue 5 point 9's targets beside the figures. */
export function checks(r: BenchReport): Check[] {
  const list: Check[] = [
    // Every distribution measured, not only the first.
    ...r.loads.flatMap(({ distribution, graphql, bare }) => {
      const ratio = graphql.requestsPerSecond / bare.requestsPerSecond;
      const of = ` (${distribution})`;
      return [
        { name: `certificate(number) throughput vs bare${of}`, figure: `${ratio.toFixed(2)}×`, target: '≥ 0.6×', pass: ratio >= 0.6 },
        { name: `certificate(number) p99 vs bare${of}`, figure: `${ms(graphql.p99)} vs ${ms(bare.p99)}`, target: '≤ 2× bare', pass: graphql.p99 <= 2 * Math.max(bare.p99, 1) },
      ];
    }),
    ...(r.search ?? []).map((s) => ({
      name: `search p95, ${s.type} queries${ISSUE_QUERY_TYPES.includes(s.type) ? '' : ' (a type beyond the issue\'s four)'}`,
      figure: ms(s.p95), target: '≤ 10 ms at 1M', pass: s.p95 <= 10,
    })),
  ];
  if (r.statements) {
    list.push({
      name: 'SQL statements, searchCertificates first 5 / 50', figure: `${r.statements.search5} / ${r.statements.search50}`,
      target: 'independent of page size', pass: r.statements.search5 === r.statements.search50,
    });
  }
  if (r.projectorLag) list.push({ name: 'projector lag p99', figure: ms(r.projectorLag.p99), target: '≤ 5 s', pass: r.projectorLag.p99 <= 5_000 });
  if (r.reindex) {
    const reindexAt1M = r.reindex.seconds * (1_000_000 / Math.max(1, r.reindex.indexed));
    list.push(
      {
        name: 'reindex time (scaled to 1M)', figure: `${r.reindex.seconds.toFixed(1)} s for ${r.reindex.indexed} (≈ ${(reindexAt1M / 60).toFixed(1)} min at 1M)`,
        target: '≤ 10 min at 1M', pass: reindexAt1M <= REINDEX_SECONDS_AT_1M,
      },
      {
        name: 'old index serving during reindex', figure: `${r.reindex.readerMisses} misses in ${r.reindex.readerQueries} lookups`,
        target: 'no miss', pass: r.reindex.readerMisses === 0 && r.reindex.readerQueries > 0,
      },
    );
  }
  list.push({ name: 'API RSS under load (max)', figure: `${r.rssMb.max.toFixed(0)} MB`, target: '≤ 512 MB', pass: r.rssMb.max <= 512 });
  return list;
}

export function formatReport(r: BenchReport): string {
  const load = (label: string, l: BenchReport['bare']) =>
    `  ${label.padEnd(26)} ${l.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}   (${l.total} requests, ${l.errors} errors, ${l.non2xx} non-2xx)`;
  const lines = [
    `Benchmark at ${r.certificates.toLocaleString('en')} certificates, ${r.connections} connections`,
    ...r.loads.flatMap((c) => [
      `(a)/(b) certificate(number), ${c.distribution === 'zipf' ? 'Zipf (s = 1) over every number' : 'uniform over every number'} (warm-up excluded)`,
      load('GraphQL + caches', c.graphql),
      load('GraphQL, no caches', c.graphqlUncached),
      load('bare http + pg', c.bare),
      `  ratio (GraphQL + cache / bare): ${(c.graphql.requestsPerSecond / c.bare.requestsPerSecond).toFixed(2)}×, p99 ${(c.graphql.p99 / Math.max(c.bare.p99, 1)).toFixed(2)}× bare; record cache hits ${c.cache.hits}, misses ${c.cache.misses}; response cache hits ${c.responses.hits}, misses ${c.responses.misses} (counted with warm-up)`,
    ]),
    ...(r.search
      ? [`(c) search latency (first page of 10, facets and highlights included; benchSearch; each query once after a warm-up of others)${
          r.searchIndex ? `; waited ${r.searchIndex.readySeconds.toFixed(1)} s for the in-memory index before timing (built by an earlier search if ~0)` : ''}`,
        ...r.search.map((s) => `  ${s.type.padEnd(8)} ${String(s.queries).padStart(3)} queries × ${s.samples / Math.max(1, s.queries)} runs   p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  (${s.hits} hits)`)]
      : []),
    ...(r.statements ? [`(d) SQL statements per request: searchCertificates first 5 → ${r.statements.search5}, first 50 → ${r.statements.search50}; certificate(number) → ${r.statements.certificate}`] : []),
    ...(r.projectorLag ? [`(e) projector lag over ${r.projectorLag.changes} changes: p50 ${ms(r.projectorLag.p50)}  p99 ${ms(r.projectorLag.p99)}  max ${ms(r.projectorLag.max)}`] : []),
    ...(r.reindex ? [`(f) reindex: ${r.reindex.indexed} records in ${r.reindex.seconds.toFixed(1)} s; concurrent reader: ${r.reindex.readerQueries} lookups, ${r.reindex.readerMisses} missed a record`] : []),
    `(g) API process RSS during (a): p50 ${r.rssMb.p50.toFixed(0)} MB, max ${r.rssMb.max.toFixed(0)} MB; at the max, V8 heap ${
      r.memoryAtMax.heapUsed.toFixed(0)} MB used of ${r.memoryAtMax.heapTotal.toFixed(0)} MB reserved, ArrayBuffers and Buffers ${r.memoryAtMax.arrayBuffers.toFixed(0)} MB`,
    '',
    'Targets (issue 5, point 9):',
    ...checks(r).map((c) => `  ${c.pass ? 'PASS' : 'MISS'}  ${c.name}: ${c.figure}  (target ${c.target})`),
  ];
  return lines.join('\n');
}
