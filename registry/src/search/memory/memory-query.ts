import type { TypedFastBitSet } from 'typedfastbitset';
import type { CertificateSearchQuery, SearchFacets } from '../port.js';
import { MANUFACTURER_FACET_LIMIT } from '../port.js';
import { analyseQuery, exactKey, type QueryPiece } from '../tokens.js';
import type { MemoryCorpus } from './memory-corpus.js';

export interface MemoryAnswer {
  /** Every match counted: the in-memory engine never estimates. */
  totalCount: number;
  facets: SearchFacets;
  /** The page's numbers in rank order. */
  numbers: string[];
  pieces: QueryPiece[];
}

/**
 * One search over the corpus (ARCHITECTURE.md, search semantics), counted exactly:
 * - each piece's records as a bitmap (memory-corpus.ts); `exact` = all of them;
 * - a word that tolerates typos also matches through its vocabulary corrections; `matched` = every
 *   piece exactly or corrected; typo matches are `matched` minus `exact`;
 * - filters, counts and facets in one pass over the matches, in ordinal order;
 * - the page in rank order: the certificate whose number is the query, exact matches, then
 *   matches with one and with two typos, each by number.
 * Text of punctuation only matches nothing (never everything).
 */
export function searchCorpus(corpus: MemoryCorpus, query: CertificateSearchQuery): MemoryAnswer {
  try {
    return search(corpus, query);
  } finally {
    corpus.giveBack();
  }
}

function search(corpus: MemoryCorpus, query: CertificateSearchQuery): MemoryAnswer {
  const blank = !query.text || query.text.trim() === '';
  const pieces = blank ? [] : analyseQuery(query.text!);
  if (!blank && pieces.length === 0) return { totalCount: 0, facets: { status: [], productType: [], frameCurrent: [], manufacturer: [] }, numbers: [], pieces };
  const { table } = corpus;

  let exact: TypedFastBitSet | null = null;
  let matched: TypedFastBitSet | null = null;
  // Per tolerant piece: its exact records and those within one typo, to count a hit's typos.
  const tolerant: Array<{ exact: TypedFastBitSet; near: TypedFastBitSet }> = [];
  for (const piece of pieces) {
    const own = corpus.recordsHolding(piece);
    exact = exact ? exact.intersection(own) : corpus.copyOf(own);
    let any = own;
    if (piece.typos > 0) {
      const corrections = corpus.values.corrections(piece.value, piece.typos);
      if (corrections.length > 0) {
        const near = corpus.recordsHolding(piece, corrections.filter((c) => c.distance === 1).map((c) => c.term));
        const far = corrections.some((c) => c.distance === 2)
          ? corpus.recordsHolding(piece, corrections.filter((c) => c.distance === 2).map((c) => c.term))
          : null;
        any = corpus.copyOf(own).union(near);
        if (far) any.union(far);
        tolerant.push({ exact: own, near });
      }
    }
    matched = matched ? matched.intersection(any) : corpus.copyOf(any);
  }
  const candidates = matched ? matched.intersection(table.alive) : table.alive;

  const accept = filterOf(corpus, query);
  const counts = facetCounts(corpus, candidates, accept);
  const key = blank ? '' : exactKey(query.text);
  const numbered = key ? table.ordinalWithKey(key) : undefined;
  const need = query.offset + query.limit;
  const wanted = (ordinal: number) => ordinal !== numbered && (!accept || accept(ordinal));
  const ranked: number[] = numbered !== undefined && candidates.has(numbered) && (!accept || accept(numbered)) ? [numbered] : [];
  // Exact matches first, in rank order; then typo matches by their typo count (several tolerant
  // words may add up to more than two), each in rank order.
  const exactMatches = exact && tolerant.length > 0 ? corpus.copyOf(exact).intersection(candidates) : candidates;
  ranked.push(...firstInRank(table, exactMatches, need - ranked.length, wanted));
  if (ranked.length < need && tolerant.length > 0) {
    // Each typo count's group keeps its first `need` of the build (they arrive in rank order) and every later record.
    const byTypos: number[][] = [];
    eachBuildThenLater(table, corpus.copyOf(candidates).difference(exactMatches), (ordinal) => {
      if (wanted(ordinal)) {
        const group = (byTypos[typosOf(ordinal, tolerant)] ??= []);
        if (group.length < need) group.push(ordinal);
      }
      // One typo is the fewest a typo match has: once that group is full, no later record of the build can make the page.
      return (byTypos[1]?.length ?? 0) < need;
    }, (ordinal) => {
      if (wanted(ordinal)) (byTypos[typosOf(ordinal, tolerant)] ??= []).push(ordinal);
    });
    for (const group of byTypos) {
      if (group && ranked.length < need) ranked.push(...group.sort((x, y) => table.compare(x, y)).slice(0, need - ranked.length));
    }
  }
  return {
    totalCount: counts.total,
    facets: facetsOf(corpus, counts),
    numbers: ranked.slice(query.offset, need).map((ordinal) => table.numberAt(ordinal)),
    pieces,
  };
}

/**
 * Calls `visit` with each ordinal of the set in increasing order, without a callback per word,
 * until it returns false (a broad query has a million).
 */
function eachOrdinal(set: TypedFastBitSet, visit: (ordinal: number) => boolean, fromWord = 0): void {
  const words = set.words;
  for (let w = fromWord; w < words.length; w++) {
    let bits = words[w]! | 0; // as int32: a Uint32 above 2^31 would be a heap number in every bit operation
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      if (!visit((w << 5) + 31 - Math.clz32(lowest))) return;
    }
  }
}

/**
 * The first `count` of the set that `wanted` takes, in rank order: ordinals of the build are
 * in rank order, so the walk stops after `count` of them; later ones are all looked at (few).
 */
function firstInRank(table: MemoryCorpus['table'], set: TypedFastBitSet, count: number, wanted: (ordinal: number) => boolean): number[] {
  if (count <= 0) return [];
  const bulk: number[] = [];
  const later: number[] = [];
  eachBuildThenLater(table, set, (ordinal) => {
    if (wanted(ordinal)) bulk.push(ordinal);
    return bulk.length < count;
  }, (ordinal) => {
    if (wanted(ordinal)) later.push(ordinal);
  });
  if (later.length === 0) return bulk;
  return [...bulk, ...later].sort((x, y) => table.compare(x, y)).slice(0, count);
}

/**
 * The set's records of the build, in rank order, until `build` returns false; then every record
 * written since (`later`, few, in no particular order), whatever `build` returned.
 */
function eachBuildThenLater(table: MemoryCorpus['table'], set: TypedFastBitSet, build: (ordinal: number) => boolean, later: (ordinal: number) => void): void {
  eachOrdinal(set, (ordinal) => ordinal < table.bulk && build(ordinal));
  eachOrdinal(set, (ordinal) => {
    if (ordinal >= table.bulk) later(ordinal);
    return true;
  }, table.bulk >>> 5);
}

function typosOf(ordinal: number, tolerant: ReadonlyArray<{ exact: TypedFastBitSet; near: TypedFastBitSet }>): number {
  let typos = 0;
  for (const piece of tolerant) typos += piece.exact.has(ordinal) ? 0 : piece.near.has(ordinal) ? 1 : 2;
  return typos;
}

interface FacetCounts {
  total: number;
  status: Int32Array;
  productType: Int32Array;
  frameCurrent: Int32Array;
  manufacturer: Int32Array;
}

/**
 * Counts the matches by facet value in one pass. Without filters, a match set larger than half
 * the registry is counted through its complement instead: the totals of every live record
 * (kept by RecordTable) minus the counts of the records not matched, so that a word found in
 * every record (断路器) does not walk a million matches.
 */
function facetCounts(corpus: MemoryCorpus, candidates: TypedFastBitSet, accept: ((ordinal: number) => boolean) | null): FacetCounts {
  const { table } = corpus;
  const counts: FacetCounts = {
    total: 0,
    status: new Int32Array(table.statuses.values.length),
    productType: new Int32Array(table.productTypes.values.length),
    frameCurrent: new Int32Array(table.frameCurrents.values.length),
    manufacturer: new Int32Array(table.manufacturers.values.length),
  };
  const alive = table.totals.total;
  const everything = candidates === table.alive;
  const complement = !accept && (everything || candidates.size() > alive / 2);
  const walked = !complement ? candidates : everything ? corpus.emptySet() : corpus.copyOf(table.alive).difference(candidates);
  const { status, productType, frameCurrent, manufacturer } = table;
  const byStatus = counts.status;
  const byProductType = counts.productType;
  const byFrameCurrent = counts.frameCurrent;
  const byManufacturer = counts.manufacturer;
  let total = 0;
  // eachOrdinal's loop, inlined: this one runs over every match.
  const words = walked.words;
  for (let w = 0; w < words.length; w++) {
    let bits = words[w]! | 0; // as int32: a Uint32 above 2^31 would be a heap number in every bit operation
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const ordinal = (w << 5) + 31 - Math.clz32(lowest);
      if (accept && !accept(ordinal)) continue;
      total++;
      byStatus[status[ordinal]!]!++;
      byProductType[productType[ordinal]!]!++;
      byFrameCurrent[frameCurrent[ordinal]!]!++;
      byManufacturer[manufacturer[ordinal]!]!++;
    }
  }
  if (!complement) return { ...counts, total };
  const minus = (all: Int32Array, some: Int32Array) => all.map((n, i) => n - (some[i] ?? 0));
  return {
    total: alive - total,
    status: minus(table.totals.status, counts.status),
    productType: minus(table.totals.productType, counts.productType),
    frameCurrent: minus(table.totals.frameCurrent, counts.frameCurrent),
    manufacturer: minus(table.totals.manufacturer, counts.manufacturer),
  };
}

/** The query's filters as a test of one ordinal; null without filters. */
function filterOf(corpus: MemoryCorpus, query: CertificateSearchQuery): ((ordinal: number) => boolean) | null {
  const { table } = corpus;
  const filter = query.filter ?? {};
  if (!filter.status && !filter.productType && !filter.frameCurrent && !filter.manufacturerId && filter.organisationId === undefined) return null;
  const ids = (values: readonly string[] | undefined, find: (value: string) => number | undefined) =>
    values ? new Set(values.flatMap((v) => { const id = find(v); return id === undefined ? [] : [id]; })) : null;
  const status = ids(filter.status, (v) => table.statuses.find(v));
  const productType = ids(filter.productType, (v) => table.productTypes.find(v));
  const frameCurrent = filter.frameCurrent ? ids(filter.frameCurrent.map(String), (v) => table.frameCurrents.find(v)) : null;
  const maker = ids(filter.manufacturerId, (v) => table.manufacturers.find(v.toLowerCase()));
  const organisation = filter.organisationId === undefined ? null : table.organisationIds.find(filter.organisationId.toLowerCase()) ?? -2;
  return (ordinal) =>
    (!status || status.has(table.status[ordinal]!)) &&
    (!productType || productType.has(table.productType[ordinal]!)) &&
    (!frameCurrent || frameCurrent.has(table.frameCurrent[ordinal]!)) &&
    (!maker || maker.has(table.manufacturer[ordinal]!)) &&
    (organisation === null || table.organisations[3 * ordinal] === organisation ||
      table.organisations[3 * ordinal + 1] === organisation || table.organisations[3 * ordinal + 2] === organisation);
}

function facetsOf(corpus: MemoryCorpus, counts: FacetCounts): SearchFacets {
  const { table } = corpus;
  const byCount = <T extends { count: number }>(key: (x: T) => string | number) => (a: T, b: T) =>
    b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const counted = <T>(of: Int32Array, make: (id: number, count: number) => T): T[] =>
    [...of].flatMap((count, id) => (count > 0 ? [make(id, count)] : []));
  type Status = SearchFacets['status'][number]['value'];
  type Product = SearchFacets['productType'][number]['value'];
  return {
    status: counted(counts.status, (id, count) => ({ value: table.statuses.values[id]! as Status, count })).sort(byCount((x) => x.value)),
    productType: counted(counts.productType, (id, count) => ({ value: table.productTypes.values[id]! as Product, count })).sort(byCount((x) => x.value)),
    frameCurrent: counted(counts.frameCurrent, (id, count) => ({ value: Number(table.frameCurrents.values[id]), count })).sort(byCount((x) => x.value)),
    manufacturer: counted(counts.manufacturer, (id, count) => ({ id: table.manufacturers.values[id]!, nameZh: table.manufacturerNames[id]?.nameZh ?? '',
      nameEn: table.manufacturerNames[id]?.nameEn ?? '', count })).sort(byCount((x) => x.id)).slice(0, MANUFACTURER_FACET_LIMIT),
  };
}
