import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inPoolTransaction } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';
import type { CertificateIndex, CertificateSearchQuery, CertificateSearchResult, IndexRebuild } from './port.js';
import { highlightsOf } from './highlight.js';
import { DEFAULT_ALIAS, LIVE } from './live-generation.js';
import { MemorySearch, type MemoryMode } from './memory/memory-search.js';
import { appendDocuments, documentLines, writeDocuments } from './postgres-documents.js';
import { attachPartition, createDetachedPartition, dropPartition, ensurePartition, partitionName, strayGenerations } from './postgres-generations.js';

/**
 * The embedded search engine: documents in PostgreSQL (`registry_document`, grouped by
 * generation; `registry_alias` names the generation readers see; a rebuild fills a new
 * generation and swaps the alias), searched in memory (memory/, decision 0013): each process
 * builds the live generation's index at its first search and reads what was written since before
 * each search. Highlights: highlight.ts.
 */
export class PostgresCertificateIndex implements CertificateIndex {
  private readonly memory: MemorySearch;

  constructor(
    private readonly pool: pg.Pool,
    /** Lets tests (and a second registry) keep apart in one database. */
    private readonly alias = DEFAULT_ALIAS,
    options: { memory?: MemoryMode; rebuildAfter?: number } = {},
  ) {
    this.memory = new MemorySearch(pool, alias, options.memory ?? 'background', options.rebuildAfter);
  }

  async init(): Promise<void> {
    await this.pool.query(
      `insert into registry_alias (alias, generation) values ($1, $2) on conflict (alias) do nothing`,
      [this.alias, this.newGeneration()],
    );
    const { rows } = await this.pool.query<{ generation: string }>(`select generation from registry_alias where alias = $1`, [this.alias]);
    // The live generation takes rows one by one (upsert): it needs its partition from the start.
    await ensurePartition(this.pool, rows[0]!.generation);
    // The in-memory index is built by the first search (or `ready`): processes that never search
    // (a rebuild, an import, the projector alone) never pay for it.
  }

  /** Resolves once the live generation is in memory and searches answer without waiting for a build. */
  async ready(): Promise<void> {
    await this.memory.ready();
  }

  async getByNumbers(numbers: readonly string[]): Promise<Map<string, PublicCertificate>> {
    // Named: each connection plans it once (planning a partitioned table costs more than running this).
    const { rows } = await this.pool.query<{ number: string; doc: PublicCertificate }>({
      name: 'registry-documents-by-number',
      text: `select number, doc from registry_document where generation = ${LIVE} and number = any($2::text[])`,
      values: [this.alias, [...numbers]],
    });
    return new Map(rows.map((r) => [r.number, r.doc]));
  }

  /** One statement in the common case: the page's documents and what was written since the last search (memory-search.ts). */
  async search(query: CertificateSearchQuery): Promise<CertificateSearchResult> {
    const { answer, documents: docs } = await this.memory.search(query);
    const known = new Map<string, { start: number; length: number }[]>();
    return {
      totalCount: answer.totalCount,
      // A number the page named but the live generation no longer has (a rebuild committed elsewhere
      // since this process's index was built) is left out.
      hits: answer.numbers.flatMap((number) => {
        const record = docs.get(number);
        return record ? [{ record, highlights: highlightsOf(record, answer.pieces, known) }] : [];
      }),
      facets: answer.facets,
    };
  }

  async upsert(records: PublicCertificate[]): Promise<void> {
    await writeDocuments(this.pool, this.alias, records);
  }

  async remove(numbers: readonly string[]): Promise<void> {
    // The removal is recorded (registry_document_removed) for the in-memory indexes of every process.
    await this.pool.query(
      `with gone as (delete from registry_document where generation = ${LIVE} and number = any($2::text[]) returning generation, number)
       insert into registry_document_removed (generation, number) select generation, number from gone`,
      [this.alias, [...numbers]],
    );
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const generation = this.newGeneration();
    // Partitions of a rebuild that crashed before commit or abort; rebuilds of one alias do not overlap.
    const pattern = `${likeEscape(this.alias)}:${'_'.repeat(36)}`;
    for (const stray of await strayGenerations(this.pool, pattern)) await dropPartition(this.pool, stray);
    // The new generation's rows go into a plain table without indexes, which no reader sees;
    // commit builds its indexes in bulk and attaches it as a partition (decision 0009).
    const table = await createDetachedPartition(this.pool, generation);
    // Pipelined: add() turns a page into rows (in JS) while the previous page's COPY is still
    // running in PostgreSQL, then queues its own; commit waits for the last one.
    let writing: Promise<void> = Promise.resolve();
    const settled = async () => {
      const last = writing;
      writing = Promise.resolve();
      await last;
    };
    return {
      add: async (records) => {
        const lines = records.length > 0 ? documentLines(records, generation) : null;
        await settled();
        if (!lines) return;
        writing = appendDocuments(this.pool, table, lines);
        writing.catch(() => undefined); // awaited by the next add, commit or abort
      },
      commit: async () => {
        await settled();
        await attachPartition(this.pool, generation);
        await this.swapTo(generation);
        // This process knows the old generation is gone: its next search waits for the new one.
        this.memory.forget();
      },
      abort: async () => {
        await settled().catch(() => undefined);
        await this.dropGeneration(generation);
      },
    };
  }

  async hasDemoData(): Promise<boolean> {
    const { rows } = await this.pool.query<{ demo: boolean }>(
      `select exists (select 1 from registry_document where generation = ${LIVE} and (doc ->> 'isDemo')::boolean) as demo`,
      [this.alias],
    );
    return rows[0]?.demo ?? false;
  }

  /** Points the alias at the new generation in one short transaction, then drops the old rows. */
  private async swapTo(generation: string): Promise<void> {
    await this.pool.query(`analyze "${partitionName(generation)}"`);
    const previous = await inPoolTransaction(this.pool, async (client) => {
      const old = await client.query<{ generation: string }>(
        `select generation from registry_alias where alias = $1 for update`,
        [this.alias],
      );
      await client.query(
        `insert into registry_alias (alias, generation) values ($1, $2)
         on conflict (alias) do update set generation = excluded.generation`,
        [this.alias, generation],
      );
      return old.rows[0]?.generation;
    });
    // Statements already running keep their snapshot of the old rows; new ones see the new alias.
    if (previous && previous !== generation) await this.dropGeneration(previous);
  }

  private async dropGeneration(generation: string): Promise<void> {
    await dropPartition(this.pool, generation);
    await this.pool.query(`delete from registry_document_removed where generation = $1`, [generation]);
  }

  private newGeneration(): string {
    return `${this.alias}:${randomUUID()}`;
  }
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
