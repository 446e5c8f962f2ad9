/**
 * The public registry: the public read model of certificates, the search-index port with its
 * two adapters, the outbox projector and the full rebuild.
 */
export type * from './read-model/types.js';
export { loadPublicCertificates, loadPublicCertificatePage } from './read-model/build.js';
export { toPublicCertificate } from './read-model/map.js';
export type * from './search/port.js';
export { PostgresCertificateIndex } from './search/postgres-index.js';
/** The embedded engine's live generation as SQL (alias in $1), for readers of `registry_document` outside the index. */
export { DEFAULT_ALIAS as REGISTRY_ALIAS, LIVE as LIVE_GENERATION } from './search/live-generation.js';
export { MeilisearchCertificateIndex, type MeilisearchIndexOptions } from './search/meilisearch-index.js';
export { createCertificateIndex, type CertificateIndexConfig } from './search/create-index.js';
export { runProjectorOnce, type ProjectorOptions } from './projector.js';
export { startProjector, type ProjectorLoopOptions, type RunningProjector } from './projector-loop.js';
export { reindex, type ReindexOptions, type ReindexResult } from './reindex.js';
export { RegistryCache, type RegistryCacheOptions, type Invalidation } from './cache/registry-cache.js';
export { REGISTRY_CHANNEL } from './cache/channel.js';
export { ResponseCache, type CachedResponse, type ResponseCacheOptions, type InvalidationSource } from './cache/response-cache.js';
export { lookupKeys as verificationLookupKeys } from './search/searchable.js';
