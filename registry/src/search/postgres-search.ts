import type { CertificateStatus, ProductType } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';
import { MANUFACTURER_FACET_LIMIT, type CertificateSearchQuery, type SearchFacets } from './port.js';
import { analyseQuery, exactKey, latinQueryToken, type QueryPiece } from './tokens.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The live generation, resolved inside each statement so a reader never mixes two. */
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
 * The one statement of a search, or null when nothing can match (punctuation only, an id that
 * cannot exist). Structure:
 * - `hits`: documents with every piece exactly (0 typos), plus, when there are corrections
 *   (`correctionsStatement`, run first, so the planner sees them as constants and uses the GIN index),
 *   documents that need at least one, with their typo count; filters on both;
 * - facet counts over `hits` in one grouping-sets pass; the page in rank order
 *   (exact number, fewer typos, number); only the page's documents are read.
 * Without text and filters the totals come from `registry_facet_total` instead of a count.
 */
export function searchStatement(query: CertificateSearchQuery, corrections: Corrections = new Map()): SearchStatement | null {
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
  if (filter.status) filters.push(`d.status = any(${p(filter.status)}::text[])`);
  if (filter.productType) filters.push(`d.product_type = any(${p(filter.productType)}::text[])`);
  if (filter.frameCurrent) filters.push(`d.frame_current = any(${p(filter.frameCurrent)}::int[])`);
  if (filter.organisationId) filters.push(`d.organisation_ids @> array[${p(filter.organisationId)}::uuid]`);
  if (makers) filters.push(`d.manufacturer_id = any(${p(makers)}::uuid[])`);
  const live = `d.generation = ${LIVE}`;
  const filterSql = [live, ...filters].join(' and ');
  const limit = p(query.limit);
  const offset = p(query.offset);

  if (blank && filters.length === 0) return { sql: everythingSql(limit, offset), params, pieces, text: false };

  const ctes: string[] = [];
  let hits: string;
  if (blank) {
    hits = `select d.number, false as exact, 0 as typos, d.sort_key, d.status, d.product_type, d.frame_current, d.manufacturer_id
      from registry_document d where ${filterSql}`;
  } else {
    const exactTokens = p(pieces.map(pieceToken));
    const exactNumber = `lower(d.number) = ${p(exactKey(query.text))}`;
    const columns = `d.sort_key, d.status, d.product_type, d.frame_current, d.manufacturer_id`;
    hits = `select d.number, ${exactNumber} as exact, 0 as typos, ${columns}
      from registry_document d where ${filterSql} and d.tokens @> ${exactTokens}::text[]`;
    const tolerant = pieces.map((piece, i) => ({ piece, i, found: corrections.get(i) ?? [] })).filter(({ found }) => found.length > 0);
    if (tolerant.length > 0) {
      // Documents that need a correction for at least one word; each word matches exactly or corrected.
      const strict = pieces.filter((_, i) => !tolerant.some((t) => t.i === i)).map(pieceToken);
      const perPiece = tolerant.map(({ piece, found }) => `d.tokens && ${p([pieceToken(piece), ...found.map((c) => c.token)])}::text[]`);
      const typos = tolerant.map(({ piece, found }) => `(case when d.tokens @> array[${p(pieceToken(piece))}] then 0
        when d.tokens && ${p(found.filter((c) => c.distance === 1).map((c) => c.token))}::text[] then 1 else 2 end)`);
      hits += `
      union all
      select d.number, ${exactNumber} as exact, ${typos.join(' + ')} as typos, ${columns}
      from registry_document d
      where ${filterSql} and d.tokens && ${p(tolerant.flatMap(({ found }) => found.map((c) => c.token)))}::text[]
        and d.tokens @> ${p(strict)}::text[] and ${perPiece.join(' and ')} and not d.tokens @> ${exactTokens}::text[]`;
    }
  }
  ctes.push(`hits as materialized (${hits})`);
  ctes.push(`groups as materialized (
    select case when grouping(h.status) = 0 then 'status' when grouping(h.product_type) = 0 then 'productType'
                when grouping(h.frame_current) = 0 then 'frameCurrent' when grouping(h.manufacturer_id) = 0 then 'manufacturer'
                else 'total' end as facet,
           coalesce(h.status, h.product_type, h.frame_current::text, h.manufacturer_id::text, '') as value, count(*) as count
    from hits h group by grouping sets ((h.status), (h.product_type), (h.frame_current), (h.manufacturer_id), ()))`);
  ctes.push(`page as (select number, exact, typos, sort_key from hits order by exact desc, typos, sort_key limit ${limit} offset ${offset})`);
  return {
    sql: `with ${ctes.join(',\n')}
      select (select count from groups where facet = 'total') as total, ${facetsJson('groups')} as facets, r.doc
      from (select 1) as one
      left join page on true
      left join registry_document r on r.generation = ${LIVE} and r.number = page.number
      order by page.exact desc, page.typos, page.sort_key`,
    params,
    pieces,
    text: !blank,
  };
}

function pieceToken(piece: QueryPiece): string {
  return piece.kind === 'han' ? piece.value : latinQueryToken(piece.value);
}

/**
 * The facet rows as one JSON array; manufacturers (the most frequent first, capped) get their
 * names from one of their documents, found through the (generation, manufacturer_id) index.
 */
function facetsJson(groups: string): string {
  return `(select jsonb_agg(jsonb_build_array(g.facet, g.value, g.count, m.doc -> 'manufacturer' ->> 'nameZh', m.doc -> 'manufacturer' ->> 'nameEn'))
    from (select * from ${groups} where facet in ('status', 'productType', 'frameCurrent') and count > 0
          union all
          (select * from ${groups} where facet = 'manufacturer' and count > 0 order by count desc, value limit ${MANUFACTURER_FACET_LIMIT})) g
    left join lateral (select x.doc from registry_document x
      where g.facet = 'manufacturer' and x.generation = ${LIVE} and x.manufacturer_id = g.value::uuid limit 1) m on true)`;
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
