import type { CertificateStatus, ProductType } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';

export interface CertificateSearchFilter {
  status?: CertificateStatus[];
  productType?: ProductType[];
  frameCurrent?: number[];
  /** Matches the applicant, the manufacturer or the factory's operator. */
  organisationId?: string;
}

export interface CertificateSearchQuery {
  /** Free text; terms are ANDed (ARCHITECTURE.md, search semantics). Empty: everything. */
  text?: string;
  filter?: CertificateSearchFilter;
  /** Page size, 1..100. */
  limit: number;
  offset: number;
}

export interface CertificateSearchResult {
  totalCount: number;
  hits: PublicCertificate[];
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
  /** Whether any indexed record is demo data (every registry page says so). */
  hasDemoData(): Promise<boolean>;
}
