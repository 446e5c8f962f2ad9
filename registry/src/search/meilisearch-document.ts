import { designationKey } from '@cqc/db';
import type { Settings } from 'meilisearch';
import type { PublicCertificate } from '../read-model/types.js';
import type { CertificateSearchFilter } from './port.js';
import { organisationIds, searchableText } from './searchable.js';
import { analyseQuery } from './tokens.js';
import { ONE_TYPO_FROM, TWO_TYPOS_FROM } from './typo.js';

/**
 * A public record as a Meilisearch document. Meilisearch segments Chinese by words, which misses
 * arbitrary fragments of company names; `hanTokens` carries the same unigrams and bigrams as the
 * embedded engine, and the query is rewritten to them. `modelKeys` carries punctuation-free keys
 * so that `xxm250s` finds `XXM-250S`.
 */
export interface MeiliDocument {
  id: string;
  number: string;
  modelKeys: string[];
  codes: string[];
  hanTokens: string;
  texts: string[];
  status: string;
  productType: string;
  frameCurrent: number;
  organisationIds: string[];
  manufacturerId: string;
  isDemo: boolean;
  sortKey: string;
  record: PublicCertificate;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** Meilisearch ids allow only [A-Za-z0-9_-]: base64url of the number is safe and reversible. */
export function documentId(number: string): string {
  return Buffer.from(number, 'utf8').toString('base64url');
}

export function toMeiliDocument(record: PublicCertificate): MeiliDocument {
  const text = searchableText(record);
  const han = new Set<string>();
  for (const run of [...text.texts, ...text.codes].flatMap((t) => t.normalize('NFKC').match(HAN_RUN) ?? [])) {
    const chars = [...run];
    chars.forEach((c, i) => {
      han.add(c);
      if (i > 0) han.add(chars[i - 1] + c);
    });
  }
  const chunks = [...text.texts, ...text.codes].flatMap((t) => t.split(/\s+/));
  const keys = [...text.codes, ...chunks].map((t) => designationKey(t.replace(HAN_RUN, ' '))).filter(Boolean);
  return {
    id: documentId(record.number),
    number: record.number,
    modelKeys: [...new Set(keys)],
    codes: text.codes,
    hanTokens: [...han].join(' '),
    texts: text.texts,
    status: record.status,
    productType: record.productType,
    frameCurrent: record.frameCurrent,
    organisationIds: organisationIds(record),
    manufacturerId: record.manufacturer.id,
    isDemo: record.isDemo,
    sortKey: record.number,
    record,
  };
}

/**
 * Index settings. Attribute order matters: the default `attribute` ranking rule puts a match in
 * `number` (an exact certificate number) before matches in designations. Codes get no typo
 * tolerance (XXM-250S must not find XXM-250H), nor does any word with a digit; Latin text gets
 * one typo from 5 letters and two from 9, stated rather than left to the defaults (typo.ts).
 * maxTotalHits is raised so totals are exact for the registry's size; facets count every value
 * (a frame current or status list is short; makers are cut to MANUFACTURER_FACET_LIMIT after).
 */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ['number', 'modelKeys', 'codes', 'hanTokens', 'texts'],
  filterableAttributes: ['number', 'status', 'productType', 'frameCurrent', 'organisationIds', 'manufacturerId', 'isDemo'],
  sortableAttributes: ['sortKey'],
  displayedAttributes: ['record'],
  typoTolerance: {
    enabled: true,
    disableOnAttributes: ['number', 'modelKeys', 'codes', 'hanTokens'],
    disableOnNumbers: true,
    minWordSizeForTypos: { oneTypo: ONE_TYPO_FROM, twoTypos: TWO_TYPOS_FROM },
  },
  faceting: { maxValuesPerFacet: 10_000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 100_000 },
};

/** The attributes `facetDistribution` counts, by the port's facet names. */
export const MEILI_FACETS = { status: 'status', productType: 'productType', frameCurrent: 'frameCurrent', manufacturer: 'manufacturerId' } as const;

/** The query as the same pieces the embedded engine ANDs; null when blank, '' when only punctuation. */
export function meiliQuery(text: string | undefined): string | null {
  if (!text || text.trim() === '') return null;
  return analyseQuery(text).map((p) => p.value).join(' ');
}

/** Filters as a Meilisearch filter expression (values JSON-quoted, so none can break out). */
export function meiliFilter(filter: CertificateSearchFilter = {}): string[] {
  const clauses: string[] = [];
  const within = (field: string, values: readonly (string | number)[]) =>
    clauses.push(`${field} IN [${values.map((v) => JSON.stringify(v)).join(', ')}]`);
  if (filter.status) within('status', filter.status);
  if (filter.productType) within('productType', filter.productType);
  if (filter.frameCurrent) within('frameCurrent', filter.frameCurrent);
  if (filter.organisationId !== undefined) clauses.push(`organisationIds = ${JSON.stringify(filter.organisationId)}`);
  if (filter.manufacturerId) within('manufacturerId', filter.manufacturerId);
  return clauses;
}
