import type { CertificateSearchQuery } from './port.js';
import { LIVE } from './postgres-search.js';
import { analyseQuery, exactKey, latinQueryToken } from './tokens.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The page of a broad search (more exact matches than the count cap, `searchStatement` said
 * `broad`): the certificate whose number is the query first, then the exact matches in number
 * order, found by walking the (generation, sort_key) index and testing each row, which stops
 * after about N / matches × (offset + limit) rows — bounded by N / cap × (offset + limit) —
 * instead of collecting every match to sort them. Typo matches rank after every exact match, so
 * none can be on a page within the cap (pages end at the cap, as Meilisearch's maxTotalHits).
 * For a text query the caller turns bitmap scans off for this statement: the planner would
 * otherwise collect all matches through the GIN index first.
 */
export function broadPageStatement(query: CertificateSearchQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  p(''); // $1: the alias, set by the caller
  const filter = query.filter ?? {};
  const filters = [`d.generation = ${LIVE}`];
  if (filter.status) filters.push(`d.status = any(${p(filter.status)}::text[])`);
  if (filter.productType) filters.push(`d.product_type = any(${p(filter.productType)}::text[])`);
  if (filter.frameCurrent) filters.push(`d.frame_current = any(${p(filter.frameCurrent)}::int[])`);
  if (filter.organisationId) filters.push(`d.organisation_ids @> array[${p(filter.organisationId)}::uuid]`);
  if (filter.manufacturerId) filters.push(`d.manufacturer_id = any(${p(filter.manufacturerId.filter((id) => UUID.test(id)))}::uuid[])`);
  const blank = !query.text || query.text.trim() === '';
  if (!blank) {
    const tokens = analyseQuery(query.text!).map((piece) => (piece.kind === 'han' ? piece.value : latinQueryToken(piece.value)));
    filters.push(`d.tokens @> ${p(tokens)}::text[]`);
  }
  const where = filters.join(' and ');
  const limit = p(query.limit);
  const offset = p(query.offset);
  const key = blank ? null : p(exactKey(query.text));
  const numbered = key
    ? `(select d.number, true as exact, d.sort_key from registry_document d
        where ${where} and d.number = upper(${key}) and lower(d.number) = ${key})
      union all `
    : '';
  return {
    sql: `with page as (select * from (${numbered}
        (select d.number, false as exact, d.sort_key from registry_document d
          where ${where}${key ? ` and lower(d.number) <> ${key}` : ''} order by d.sort_key limit ${limit}::int + ${offset}::int)
      ) b order by exact desc, sort_key limit ${limit} offset ${offset})
      select r.doc from page join registry_document r on r.generation = ${LIVE} and r.number = page.number
      order by page.exact desc, page.sort_key`,
    params,
  };
}
