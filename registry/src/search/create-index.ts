import type pg from 'pg';
import { MeilisearchCertificateIndex } from './meilisearch-index.js';
import type { CertificateIndex } from './port.js';
import { PostgresCertificateIndex } from './postgres-index.js';

export interface CertificateIndexConfig {
  /** MEILI_URL: when set, Meilisearch serves search; otherwise the embedded engine does. */
  meiliUrl?: string;
  /** MEILI_MASTER_KEY (or a key with document and index rights). */
  meiliKey?: string;
  /** The registry's PostgreSQL pool (the embedded engine's storage). */
  pool: pg.Pool;
}

/** Chooses the search adapter from configuration; call `init()` on the result before use. */
export function createCertificateIndex(config: CertificateIndexConfig): CertificateIndex {
  if (config.meiliUrl) return new MeilisearchCertificateIndex({ url: config.meiliUrl, apiKey: config.meiliKey });
  return new PostgresCertificateIndex(config.pool);
}
