import type { CertificateStatus, ProductType } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';

export interface CertificateSearchFilter {
  status?: CertificateStatus[];
  productType?: ProductType[];
  frameCurrent?: number[];
  /** Matches the applicant, the manufacturer or the factory's operator. */
  organisationId?: string;
  /** The manufacturer's organisation id (the manufacturer facet's values). */
  manufacturerId?: string[];
}

export interface CertificateSearchQuery {
  /** Free text; terms are ANDed (ARCHITECTURE.md, search semantics). Empty: everything. */
  text?: string;
  filter?: CertificateSearchFilter;
  /** Page size, 1..100. */
  limit: number;
  offset: number;
}

/** Where one searchable value of a hit matched the query: UTF-16 offsets into `value`. */
export interface SearchHighlight {
  /** The record field, e.g. `manufacturer.nameZh`, `models.designation`, `number`. */
  field: string;
  value: string;
  ranges: { start: number; length: number }[];
}

export interface SearchHit {
  record: PublicCertificate;
  /** The matched parts, one entry per matching value; empty without a text query. */
  highlights: SearchHighlight[];
}

export interface FacetCount<T> {
  value: T;
  count: number;
}

export interface ManufacturerFacetCount {
  id: string;
  nameZh: string;
  nameEn: string;
  count: number;
}

/**
 * Counts over the whole match set (text and every filter), most frequent first; values with no
 * match are left out. The manufacturer facet lists at most MANUFACTURER_FACET_LIMIT makers.
 */
export interface SearchFacets {
  status: FacetCount<CertificateStatus>[];
  productType: FacetCount<ProductType>[];
  frameCurrent: FacetCount<number>[];
  manufacturer: ManufacturerFacetCount[];
}

export const MANUFACTURER_FACET_LIMIT = 50;

export interface CertificateSearchResult {
  /** Exact, unless `totalCountIsEstimate`. */
  totalCount: number;
  /**
   * More matched than the adapter counts exactly (its count cap): `totalCount` is then a lower
   * bound (the cap), as Meilisearch's `estimatedTotalHits`. Absent: exact.
   */
  totalCountIsEstimate?: boolean;
  /** The facet counts were taken over the first matches only (the count cap). Absent: exact. */
  facetsAreEstimates?: boolean;
  hits: SearchHit[];
  facets: SearchFacets;
}

/** Fills a new generation of the index; readers keep the old one until `commit`. */
export interface IndexRebuild {
  add(records: PublicCertificate[]): Promise<void>;
  /** Makes the new generation the one readers see, atomically, and drops the old one. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * The public registry's search index. Two adapters implement it (embedded in PostgreSQL, and
 * Meilisearch) and both pass the same contract suite.
 */
export interface CertificateIndex {
  /** Prepares storage (idempotent). */
  init(): Promise<void>;
  getByNumbers(numbers: readonly string[]): Promise<Map<string, PublicCertificate>>;
  search(query: CertificateSearchQuery): Promise<CertificateSearchResult>;
  upsert(records: PublicCertificate[]): Promise<void>;
  remove(numbers: readonly string[]): Promise<void>;
  beginRebuild(): Promise<IndexRebuild>;
  /** Resolves once searches are answered at full speed (an adapter's in-memory index is built); optional. */
  ready?(): Promise<void>;
  /** Whether any indexed record is demo data (every registry page says so). */
  hasDemoData(): Promise<boolean>;
}
