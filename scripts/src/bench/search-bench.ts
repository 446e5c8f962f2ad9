/**
 * Search latency per query type (issue 5: p95 ≤ 10 ms at 1,000,000 certificates, facets
 * included): `benchSearch` times `index.search` sequentially after a warm-up round. Run
 * directly, it fills a synthetic registry under its own alias in DATABASE_URL's database,
 * measures, and drops it again:
 *   DATABASE_URL=postgres://… npx tsx scripts/src/bench/search-bench.ts --certificates 1000000 [--runs 5] [--keep]
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import {
  LIVE_GENERATION, PostgresCertificateIndex, REGISTRY_ALIAS, syntheticCertificate, syntheticMakers, type CertificateIndex, type CertificateSearchFilter,
} from '@cqc/registry';

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

/** Times every query `runs` times (first page of 10, facets and highlights included), in ms. */
export async function benchSearch(index: CertificateIndex, queries: readonly SearchBenchQuery[], runs: number): Promise<SearchBenchResult[]> {
  const byType = new Map<string, { times: number[]; queries: number; hits: number }>();
  for (const q of queries) await index.search({ text: q.text, filter: q.filter, limit: 10, offset: 0 });
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

/** Queries of each type against the synthetic registry (syntheticCertificate numbering). */
export function syntheticQueries(certificates: number, perType = 20): SearchBenchQuery[] {
  const makers = syntheticMakers(Math.max(1, Math.min(3000, Math.ceil(certificates / 330))));
  const queries: SearchBenchQuery[] = [];
  for (let k = 0; k < perType; k++) {
    const i = Math.floor(((k + 0.5) / perType) * certificates);
    // Copies past BASE keep the models and maker of the original they were copied from.
    const original = i % Math.min(certificates, BASE);
    const record = syntheticCertificate(original, makers);
    const maker = makers[original % makers.length]!;
    queries.push({ type: 'number', text: `CQC2${String(i).padStart(10, '0')}` });
    queries.push({ type: 'model', text: record.models[0]!.designation.replace('-', '') });
    queries.push({ type: 'chinese', text: maker.coreZh });
    queries.push({ type: 'english', text: maker.coreEn });
    // One typo (two neighbouring letters swapped) in the English name.
    queries.push({ type: 'english-typo', text: maker.coreEn.slice(0, 2) + maker.coreEn[3] + maker.coreEn[2] + maker.coreEn.slice(4) });
  }
  queries.push({ type: 'broad-empty', text: '' });
  queries.push({ type: 'broad-word', text: '断路器' });
  queries.push({ type: 'broad-filter', text: '', filter: { status: ['SUSPENDED' as never] } });
  return queries;
}

/** Queries of each type from records of the live registry, plus the broad ones. */
async function existingQueries(pool: pg.Pool, index: CertificateIndex, perType = 20): Promise<SearchBenchQuery[]> {
  const { rows } = await pool.query<{ number: string }>(
    `select number from registry_document where generation = ${LIVE_GENERATION}
     order by md5(number) limit $2`,
    [REGISTRY_ALIAS, perType],
  );
  const records = [...(await index.getByNumbers(rows.map((r) => r.number))).values()];
  const typo = (w: string) => (w.length >= 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w);
  return [
    ...records.flatMap((record) => [
      { type: 'number', text: record.number },
      { type: 'model', text: record.models[0]!.designation },
      { type: 'chinese', text: record.manufacturer.nameZh.slice(0, 4) },
      { type: 'english', text: record.manufacturer.nameEn.split(' ').slice(0, 2).join(' ') },
      { type: 'english-typo', text: typo(record.manufacturer.nameEn.split(' ')[0]!) },
    ]),
    { type: 'broad-empty', text: '' },
    { type: 'broad-word', text: '断路器' },
    { type: 'broad-filter', text: '', filter: { status: ['SUSPENDED' as never] } },
  ];
}

/** Certificates generated (and tokenised) in JS; the rest are copies renumbered in SQL. */
const BASE = 20_000;

/**
 * Fills the alias's generation up to `total` with copies of the first `base` documents under new
 * numbers (CQC2 + 10 digits, as syntheticCertificate numbers them): the number's prefix tokens
 * are replaced, everything else (names, models, tokens) is kept, so a model query finds its
 * copies too. Then the facet totals are recounted.
 */
async function replicate(pool: pg.Pool, alias: string, base: number, total: number): Promise<void> {
  const live = `(select generation from registry_alias where alias = $1)`;
  await pool.query(`drop index if exists registry_document_tokens_idx`);
  for (let from = base; from < total; from += base) {
    await pool.query(
      `insert into registry_document (generation, number, doc, tokens, status, product_type, frame_current, organisation_ids, manufacturer_id, sort_key)
       select d.generation, n.number, jsonb_set(d.doc, '{number}', to_jsonb(n.number)),
         array(select t from unnest(d.tokens) t where t not like 'p:cqc2_%') || array(select 'p:' || left(lower(n.number), k) from generate_series(5, 14) k),
         d.status, d.product_type, d.frame_current, d.organisation_ids, d.manufacturer_id, n.number
       from registry_document d, lateral (select 'CQC2' || lpad((substr(d.number, 5)::bigint + $2)::text, 10, '0') as number) n
       where d.generation = ${live} and substr(d.number, 5)::bigint < $3 and substr(d.number, 5)::bigint + $2 < $4`,
      [alias, from, base, total],
    );
    process.stdout.write(`\r[search-bench] copied up to ${Math.min(total, from + base)} / ${total}`);
  }
  process.stdout.write('\n[search-bench] rebuilding the GIN index\n');
  await pool.query(`set maintenance_work_mem = '512MB'`);
  await pool.query(`create index registry_document_tokens_idx on registry_document using gin (tokens)`);
  await pool.query(`delete from registry_facet_total where generation = ${live}`, [alias]);
  await pool.query(
    `insert into registry_facet_total (generation, facet, value, count)
     select d.generation, f.facet, f.value, count(*) from registry_document d,
       lateral (values ('status', d.status), ('productType', d.product_type), ('frameCurrent', d.frame_current::text),
         ('manufacturer', d.manufacturer_id::text)) as f(facet, value)
     where d.generation = ${live} group by 1, 2, 3`,
    [alias],
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a migrated database');
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: number) => Number(argv[argv.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
  const total = arg('certificates', 100_000);
  const runs = arg('runs', 5);
  const keep = argv.includes('--keep');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  if (argv.includes('--existing')) {
    // The live registry as it is (e.g. a generated one): queries from its own records, nothing written.
    const index = new PostgresCertificateIndex(pool, 'certificates');
    try {
      console.table(await benchSearch(index, await existingQueries(pool, index), runs));
    } finally {
      await pool.end();
    }
    return;
  }
  const alias = `search_bench_${total}`;
  const index = new PostgresCertificateIndex(pool, alias);
  await index.init();
  try {
    const { rows } = await pool.query(`select count(*)::int as n from registry_document where generation = (select generation from registry_alias where alias = $1)`, [alias]);
    if (rows[0].n !== total) {
      const makers = syntheticMakers(Math.max(1, Math.min(3000, Math.ceil(total / 330))));
      const rebuild = await index.beginRebuild();
      const started = Date.now();
      const batch = 2000;
      const base = Math.min(total, BASE);
      for (let i = 0; i < base; i += batch) {
        await rebuild.add(Array.from({ length: Math.min(batch, base - i) }, (_, k) => syntheticCertificate(i + k, makers)));
        process.stdout.write(`\r[search-bench] ${i + batch} / ${total} (${Math.round((i + batch) / ((Date.now() - started) / 1000))}/s)`);
      }
      await rebuild.commit();
      process.stdout.write('\n');
      if (total > base) await replicate(pool, alias, base, total);
      await pool.query('vacuum analyze registry_document');
      await pool.query('vacuum analyze registry_term');
    }
    const results = await benchSearch(index, syntheticQueries(total), runs);
    console.table(results);
  } finally {
    if (!keep) {
      await pool.query(`delete from registry_document where generation like $1`, [`${alias}:%`]);
      await pool.query(`delete from registry_facet_total where generation like $1`, [`${alias}:%`]);
      await pool.query(`delete from registry_alias where alias = $1`, [alias]);
    }
    await pool.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
