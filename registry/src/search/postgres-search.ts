import type { CertificateStatus, ProductType } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';
import { MANUFACTURER_FACET_LIMIT, type CertificateSearchQuery, type SearchFacets } from './port.js';
import { analyseQuery, exactKey, latinQueryToken, type QueryPiece } from './tokens.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The live generation, resolved inside each statement so a reader never mixes two. */
/** The alias readers resolve to the live generation unless a test or second registry names another. */
export const DEFAULT_ALIAS = 'certificates';

export const LIVE = `(select generation from registry_alias where alias = $1)`;

export interface SearchStatement {
  sql: string;
  params: unknown[];
  pieces: QueryPiece[];
  /** Whether the statement matches tokens (the caller then forbids sequential scans). */
  text: boolean;
}

/** One row per page document (at least one row); every row carries the total and the facets. */
export interface SearchRow {
  total: string | null;
  facets: Array<[facet: string, value: string, count: string, nameZh: string | null, nameEn: string | null]> | null;
  doc: PublicCertificate | null;
}

/** Vocabulary corrections of typo-tolerant pieces, by piece index: the token to match and its distance. */
export type Corrections = Map<number, Array<{ token: string; distance: number }>>;

/**
 * The statement finding the corrections of the query's typo-tolerant words (null when none is):
 * vocabulary words within the word's typos, by fuzzystrmatch's levenshtein as a cheap pre-filter
 * (a swap costs two there), then the exact distance (`registry_typo_distance`).
 */
export function correctionsStatement(pieces: readonly QueryPiece[]): { sql: string; params: unknown[] } | null {
  const tolerant = pieces.map((piece, i) => ({ piece, i })).filter(({ piece }) => piece.typos > 0);
  if (tolerant.length === 0) return null;
  return {
    sql: `select q.i::int as piece, t.term, registry_typo_distance(t.term, q.w) as distance
      from unnest($1::text[], $2::int[], $3::int[]) as q(w, k, i)
      join registry_term t on t.length between char_length(q.w) - q.k and char_length(q.w) + q.k
        and t.term <> q.w and levenshtein_less_equal(t.term, q.w, 2 * q.k) <= 2 * q.k
      where registry_typo_distance(t.term, q.w) <= q.k`,
    params: [tolerant.map((t) => t.piece.value), tolerant.map((t) => t.piece.typos), tolerant.map((t) => t.i)],
  };
}

/** The rows of `correctionsStatement` by piece. */
export function correctionsOf(rows: Array<{ piece: number; term: string; distance: number }>): Corrections {
  const out: Corrections = new Map();
  for (const row of rows) out.set(row.piece, [...(out.get(row.piece) ?? []), { token: latinQueryToken(row.term), distance: row.distance }]);
  return out;
}

/**
 * Counts and facets are exact up to this many matches; above it the search answers the cap as a
 * lower bound (`totalCountIsEstimate`) and facets over the first matches found
 * (`facetsAreEstimates`), as Meilisearch's `estimatedTotalHits` does: counting hundreds of
 * thousands of rows per request cannot fit the latency budget (issue 5 point 9).
 */
export const DEFAULT_COUNT_CAP = 1000;

/**
 * Up to this many exact matches are collected to rank the page among all of them (reading only
 * the narrow rows, postgres-generations.ts); beyond it the search is `broad` and the page comes
 * from walking the number index (postgres-broad-page.ts), which then stops within about
 * N / this × (offset + limit) rows. Measured at a million records: a query matching 5,500
 * records spent 9–38 ms walking before; collecting them costs a few.
 */
export const DEFAULT_COLLECT_LIMIT = 10_000;

/** One row per page document (at least one row): the total, whether it was capped, the facets, the document. */
export interface CappedSearchRow extends SearchRow {
  /** More than the cap matched: `total` is the cap (a lower bound) unless `total_exact`. */
  capped: boolean;
  /** The total is exact although capped (a filter-only query read from the facet totals). */
  total_exact: boolean;
  /** More exact matches than the collect limit: no page documents here, `broadPageStatement` gives them. */
  broad: boolean;
}

/**
 * The one statement of a search, or null when nothing can match (punctuation only, an id that
 * cannot exist). Structure:
 * - `ex`: documents with every piece exactly (0 typos), at most collect + 1 of them; `ty`, when there
 *   are corrections (`correctionsStatement`, run first, so the planner sees them as constants and
 *   uses the GIN index) and `ex` did not reach the cap: documents that need at least one, with
 *   their typo count (told apart from `ex` by number, never by reading their tokens again);
 *   filters on both; `capped`: the first cap + 1 of both;
 * - facet counts over `capped` in one grouping-sets pass;
 * - the page in rank order (exact number, fewer typos, number) from all the matches collected
 *   when the exact ones are all there (only the page's documents are read); otherwise the
 *   statement says `broad` and the caller runs `broadPageStatement`.
 * Without text and filters the totals come from `registry_facet_total` instead of a count, and a
 * filter on one facet alone takes its exact total from there too when capped.
 */
export function searchStatement(
  query: CertificateSearchQuery,
  corrections: Corrections = new Map(),
  cap: number = DEFAULT_COUNT_CAP,
  collect: number = DEFAULT_COLLECT_LIMIT,
): SearchStatement | null {
  const blank = !query.text || query.text.trim() === '';
  const pieces = blank ? [] : analyseQuery(query.text!);
  if (!blank && pieces.length === 0) return null;
  const filter = query.filter ?? {};
  if (filter.organisationId !== undefined && !UUID.test(filter.organisationId)) return null;
  const makers = filter.manufacturerId?.filter((id) => UUID.test(id));
  if (makers && makers.length === 0) return null;

  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  p(''); // $1: the alias, set by the caller
  const filters: string[] = [];
  // The one facet filtered on, when it is the only filter: its exact total is kept per generation.
  const facetFilters: Array<[string, string]> = [];
  if (filter.status) {
    const values = p(filter.status);
    filters.push(`d.status = any(${values}::text[])`);
    facetFilters.push(['status', `${values}::text[]`]);
  }
  if (filter.productType) {
    const values = p(filter.productType);
    filters.push(`d.product_type = any(${values}::text[])`);
    facetFilters.push(['productType', `${values}::text[]`]);
  }
  if (filter.frameCurrent) {
    const values = p(filter.frameCurrent);
    filters.push(`d.frame_current = any(${values}::int[])`);
    facetFilters.push(['frameCurrent', `${values}::int[]::text[]`]);
  }
  if (filter.organisationId) filters.push(`d.organisation_ids @> array[${p(filter.organisationId)}::uuid]`);
  if (makers) {
    const values = p(makers);
    filters.push(`d.manufacturer_id = any(${values}::uuid[])`);
    facetFilters.push(['manufacturer', `${values}::uuid[]::text[]`]);
  }
  const live = `d.generation = ${LIVE}`;
  const filterSql = [live, ...filters].join(' and ');
  const limit = p(query.limit);
  const offset = p(query.offset);
  if (blank && filters.length === 0) return { sql: everythingSql(limit, offset), params, pieces, text: false };
  const capParam = p(cap);
  const collectParam = p(Math.max(collect, cap));

  const columns = `d.sort_key, d.status, d.product_type, d.frame_current, d.manufacturer_id`;
  const exactTokens = blank ? null : p(pieces.map(pieceToken));
  const key = blank ? null : p(exactKey(query.text));
  const exactNumber = key ? `lower(d.number) = ${key}` : 'false';
  const textSql = exactTokens ? ` and d.tokens @> ${exactTokens}::text[]` : '';
  const ctes: string[] = [
    `ex as materialized (select d.number, ${exactNumber} as exact, 0 as typos, ${columns}
      from registry_document d where ${filterSql}${textSql} limit ${collectParam}::int + 1)`,
  ];
  const tolerant = pieces.map((piece, i) => ({ piece, i, found: corrections.get(i) ?? [] })).filter(({ found }) => found.length > 0);
  let hits = 'select * from ex';
  if (exactTokens && tolerant.length > 0) {
    // Documents that need a correction for at least one word; each word matches exactly or corrected.
    const strict = pieces.filter((_, i) => !tolerant.some((t) => t.i === i)).map(pieceToken);
    const perPiece = tolerant.map(({ piece, found }) => `d.tokens && ${p([pieceToken(piece), ...found.map((c) => c.token)])}::text[]`);
    const typos = tolerant.map(({ piece, found }) => typoCount(p, piece, found, tolerant.length === 1));
    ctes.push(`ty as materialized (select d.number, ${exactNumber} as exact, ${typos.join(' + ')} as typos, ${columns}
      from registry_document d
      where (select count(*) from ex) <= ${capParam}::int and ${filterSql}
        and d.tokens && ${p(tolerant.flatMap(({ found }) => found.map((c) => c.token)))}::text[]
        and d.tokens @> ${p(strict)}::text[] and ${perPiece.join(' and ')}
        and not exists (select 1 from ex where ex.number = d.number)
      limit ${capParam}::int + 1)`);
    hits += ' union all select * from ty';
  }
  ctes.push(`capped as materialized (${hits} limit ${capParam}::int + 1)`);
  ctes.push(`n as materialized (select count(*) as count, count(*) > ${capParam}::int as capped,
      (select count(*) from ex) > ${collectParam}::int as broad from capped)`);
  ctes.push(`groups as materialized (
    select case when grouping(h.status) = 0 then 'status' when grouping(h.product_type) = 0 then 'productType'
                when grouping(h.frame_current) = 0 then 'frameCurrent' when grouping(h.manufacturer_id) = 0 then 'manufacturer'
                else 'total' end as facet,
           coalesce(h.status, h.product_type, h.frame_current::text, h.manufacturer_id::text, '') as value, count(*) as count,
           min(h.number) as sample
    from capped h group by grouping sets ((h.status), (h.product_type), (h.frame_current), (h.manufacturer_id), ()))`);
  // When broad, the page comes from `broadPageStatement` (postgres-broad-page.ts) instead.
  ctes.push(`page as (select number, exact, typos, sort_key from (${hits}) matched where not (select broad from n)
    order by exact desc, typos, sort_key limit ${limit} offset ${offset})`);
  const single = blank && facetFilters.length === 1 && filters.length === 1 ? facetFilters[0]! : null;
  const exactTotal = single
    ? `(select coalesce(sum(t.count), 0) from registry_facet_total t
        where t.generation = ${LIVE} and t.facet = '${single[0]}' and t.value = any(${single[1]}))`
    : null;
  const total = exactTotal
    ? `case when (select capped from n) then ${exactTotal} else (select count from n) end`
    : `least((select count from n), ${capParam}::int)`;
  return {
    sql: `with ${ctes.join(',\n')}
      select ${total} as total, (select capped from n) as capped, (select broad from n) as broad,
        ${exactTotal ? 'true' : 'false'} as total_exact,
        ${facetsJson('groups', true)} as facets, r.doc
      from (select 1) as one
      left join page on true
      left join registry_document r on r.generation = ${LIVE} and r.number = page.number
      order by page.exact desc, page.typos, page.sort_key`,
    params,
    pieces,
    text: !blank,
  };
}

/**
 * A tolerant word's typos in a document of `ty`. Alone among the corrected words it cannot be
 * there exactly (the document would be in `ex`), so its count needs no look at the tokens when
 * all its corrections are at one distance.
 */
function typoCount(p: (value: unknown) => string, piece: QueryPiece, found: Array<{ token: string; distance: number }>, alone: boolean): string {
  const distances = new Set(found.map((c) => c.distance));
  if (alone && distances.size === 1) return String([...distances][0]);
  const near = p(found.filter((c) => c.distance === 1).map((c) => c.token));
  return alone
    ? `(case when d.tokens && ${near}::text[] then 1 else 2 end)`
    : `(case when d.tokens @> array[${p(pieceToken(piece))}] then 0 when d.tokens && ${near}::text[] then 1 else 2 end)`;
}

function pieceToken(piece: QueryPiece): string {
  return piece.kind === 'han' ? piece.value : latinQueryToken(piece.value);
}

/**
 * The facet rows as one JSON array; manufacturers (the most frequent first, capped) get their
 * names from one of their documents: a matched one by number (`sample`, through the primary key)
 * when the groups have it, else one found through the (generation, manufacturer_id) index.
 */
function facetsJson(groups: string, bySample = false): string {
  const maker = bySample
    ? `x.generation = ${LIVE} and x.number = g.sample`
    : `x.generation = ${LIVE} and x.manufacturer_id = g.value::uuid`;
  // One detoast of the document per manufacturer (`maker`), not one per name.
  return `(select jsonb_agg(jsonb_build_array(g.facet, g.value, g.count, m.maker ->> 'nameZh', m.maker ->> 'nameEn'))
    from (select facet, value, count${bySample ? ', sample' : ''} from ${groups} where facet in ('status', 'productType', 'frameCurrent') and count > 0
          union all
          (select facet, value, count${bySample ? ', sample' : ''} from ${groups} where facet = 'manufacturer' and count > 0 order by count desc, value limit ${MANUFACTURER_FACET_LIMIT})) g
    left join lateral (select x.doc -> 'manufacturer' as maker from registry_document x
      where g.facet = 'manufacturer' and ${maker} limit 1) m on true)`;
}

/** The unfiltered registry: totals kept by every write, and the first documents by number. */
function everythingSql(limit: string, offset: string): string {
  return `with groups as (
      select facet, value, count from registry_facet_total where generation = ${LIVE}
      union all
      select 'total', '', coalesce(sum(count), 0) from registry_facet_total where generation = ${LIVE} and facet = 'status'
    ), page as (
      select d.number, d.sort_key from registry_document d where d.generation = ${LIVE} order by d.sort_key limit ${limit} offset ${offset}
    )
    select (select count from groups where facet = 'total') as total, ${facetsJson('groups')} as facets, r.doc
    from (select 1) as one
    left join page on true
    left join registry_document r on r.generation = ${LIVE} and r.number = page.number
    order by page.sort_key`;
}

/** The facets of a search's rows, in the port's shape. */
export function facetsOf(rows: Array<[string, string, string, string | null, string | null]> | null): SearchFacets {
  const facets: SearchFacets = { status: [], productType: [], frameCurrent: [], manufacturer: [] };
  for (const [facet, value, count, nameZh, nameEn] of rows ?? []) {
    const n = Number(count);
    if (facet === 'status') facets.status.push({ value: value as CertificateStatus, count: n });
    else if (facet === 'productType') facets.productType.push({ value: value as ProductType, count: n });
    else if (facet === 'frameCurrent') facets.frameCurrent.push({ value: Number(value), count: n });
    else if (facet === 'manufacturer') facets.manufacturer.push({ id: value, nameZh: nameZh ?? '', nameEn: nameEn ?? '', count: n });
  }
  const byCount = <T extends { count: number }>(key: (x: T) => string | number) => (a: T, b: T) =>
    b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  facets.status.sort(byCount((x) => x.value));
  facets.productType.sort(byCount((x) => x.value));
  facets.frameCurrent.sort(byCount((x) => x.value));
  facets.manufacturer.sort(byCount((x) => x.id));
  return facets;
}
