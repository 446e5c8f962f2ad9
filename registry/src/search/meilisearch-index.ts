import { randomBytes } from 'node:crypto';
import type { CertificateStatus, ProductType } from '@cqc/db';
import { Meilisearch, type EnqueuedTaskPromise, type Index, type MultiSearchParams } from 'meilisearch';
import type { PublicCertificate } from '../read-model/types.js';
import {
  MANUFACTURER_FACET_LIMIT, type CertificateIndex, type CertificateSearchQuery, type CertificateSearchResult, type IndexRebuild, type SearchFacets,
} from './port.js';
import { highlightsOf } from './highlight.js';
import { MEILI_FACETS, MEILI_SETTINGS, documentId, meiliFilter, meiliQuery, toMeiliDocument, type MeiliDocument } from './meilisearch-document.js';
import { analyseQuery } from './tokens.js';

const emptyFacets = (): SearchFacets => ({ status: [], productType: [], frameCurrent: [], manufacturer: [] });

export interface MeilisearchIndexOptions {
  url: string;
  apiKey?: string;
  /** Index uid readers search; rebuilds swap a fresh index into it. */
  uid?: string;
  /** How long to wait for one Meilisearch task. */
  taskTimeoutMs?: number;
}

/** Documents per addDocuments call. */
const BATCH = 1000;

/**
 * The production adapter on Meilisearch. Every write waits for its task, so that when a method
 * returns the change is searchable (the projector stamps the change feed after the upsert).
 */
export class MeilisearchCertificateIndex implements CertificateIndex {
  private readonly client: Meilisearch;
  private readonly uid: string;
  private readonly timeout: number;

  constructor(options: MeilisearchIndexOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.uid = options.uid ?? 'certificates';
    this.timeout = options.taskTimeoutMs ?? 60_000;
  }

  async init(): Promise<void> {
    await this.prepare(this.uid);
  }

  async getByNumbers(numbers: readonly string[]): Promise<Map<string, PublicCertificate>> {
    if (numbers.length === 0) return new Map();
    const { results } = await this.live().getDocuments<Pick<MeiliDocument, 'record'>>({
      filter: `number IN [${numbers.map((n) => JSON.stringify(n)).join(', ')}]`,
      fields: ['record'],
      limit: numbers.length,
    });
    return new Map(results.map((d) => [d.record.number, d.record]));
  }

  async search(query: CertificateSearchQuery): Promise<CertificateSearchResult> {
    const q = meiliQuery(query.text);
    // Text of punctuation only: nothing, never everything (as in the embedded engine).
    if (q === '') return { totalCount: 0, hits: [], facets: emptyFacets() };
    const common = {
      filter: meiliFilter(query.filter),
      sort: ['sortKey:asc'],
      // Terms are ANDed; Meilisearch's default ('last') would drop terms to find more hits.
      matchingStrategy: 'all' as const,
      attributesToRetrieve: ['record'],
      facets: Object.values(MEILI_FACETS),
    };
    // Page-aligned requests get an exhaustive total; others fall back to the estimate.
    const aligned = query.offset % query.limit === 0;
    const { response, totalCount } = aligned
      ? await this.live().search(q, { ...common, hitsPerPage: query.limit, page: query.offset / query.limit + 1 })
        .then((r) => ({ response: r, totalCount: r.totalHits }))
      : await this.live().search(q, { ...common, limit: query.limit, offset: query.offset })
        .then((r) => ({ response: r, totalCount: r.estimatedTotalHits }));
    // Highlights from the query's pieces on the record (highlight.ts): Meilisearch's own match
    // positions point into the derived attributes (hanTokens, modelKeys), not the record's fields.
    const pieces = q === null ? [] : analyseQuery(query.text!);
    return {
      totalCount,
      hits: response.hits.map((h) => ({ record: h.record, highlights: highlightsOf(h.record, pieces) })),
      facets: await this.facets(response.facetDistribution ?? {}),
    };
  }

  /** The facet counts in the port's shape; each listed maker's names come from one of its records. */
  private async facets(distribution: Record<string, Record<string, number>>): Promise<SearchFacets> {
    const counts = (attribute: string) =>
      Object.entries(distribution[attribute] ?? {}).filter(([, count]) => count > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    const makers = counts(MEILI_FACETS.manufacturer).slice(0, MANUFACTURER_FACET_LIMIT);
    // One request for all makers' names (multi-search), only when there are makers to name.
    const named = makers.length === 0 ? { results: [] } : await this.client.multiSearch<MultiSearchParams, Pick<MeiliDocument, 'record'>>({
      queries: makers.map(([id]) => ({ indexUid: this.uid, q: null, filter: `manufacturerId = ${JSON.stringify(id)}`, limit: 1, attributesToRetrieve: ['record'] })),
    });
    return {
      status: counts(MEILI_FACETS.status).map(([value, count]) => ({ value: value as CertificateStatus, count })),
      productType: counts(MEILI_FACETS.productType).map(([value, count]) => ({ value: value as ProductType, count })),
      frameCurrent: counts(MEILI_FACETS.frameCurrent).map(([value, count]) => ({ value: Number(value), count })),
      manufacturer: makers.map(([id, count], i) => {
        const maker = named.results[i]?.hits[0]?.record.manufacturer;
        return { id, nameZh: maker?.nameZh ?? '', nameEn: maker?.nameEn ?? '', count };
      }),
    };
  }

  async upsert(records: PublicCertificate[]): Promise<void> {
    await this.addTo(this.live(), records);
  }

  async remove(numbers: readonly string[]): Promise<void> {
    if (numbers.length === 0) return;
    await this.wait(this.live().deleteDocuments(numbers.map(documentId)));
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const buildUid = `${this.uid}__build_${randomBytes(4).toString('hex')}`;
    await this.prepare(buildUid);
    const build = this.client.index<MeiliDocument>(buildUid);
    return {
      add: (records) => this.addTo(build, records),
      commit: async () => {
        // The swap is atomic in Meilisearch: readers go from the old index to the new one.
        await this.wait(this.client.swapIndexes([{ indexes: [this.uid, buildUid], rename: false }]));
        await this.wait(this.client.deleteIndex(buildUid));
      },
      abort: async () => {
        await this.wait(this.client.deleteIndex(buildUid));
      },
    };
  }

  async hasDemoData(): Promise<boolean> {
    const result = await this.live().search(null, { filter: 'isDemo = true', hitsPerPage: 1, page: 1, attributesToRetrieve: ['record'] });
    return result.totalHits > 0;
  }

  private live(): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(this.uid);
  }

  /** Creates the index when missing and applies the settings (both idempotent). */
  private async prepare(uid: string): Promise<void> {
    const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: this.timeout });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new Error(`Meilisearch could not create index ${uid}: ${created.error?.message ?? created.status}`);
    }
    await this.wait(this.client.index(uid).updateSettings(MEILI_SETTINGS));
  }

  private async addTo(index: Index<MeiliDocument>, records: readonly PublicCertificate[]): Promise<void> {
    for (let i = 0; i < records.length; i += BATCH) {
      await this.wait(index.addDocuments(records.slice(i, i + BATCH).map(toMeiliDocument), { primaryKey: 'id' }));
    }
  }

  /** Waits for a task and turns a failed one into an error (the client resolves either way). */
  private async wait(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: this.timeout });
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? ''}`);
    }
  }
}
