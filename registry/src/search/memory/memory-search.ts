import type pg from 'pg';
import type { PublicCertificate } from '../../read-model/types.js';
import type { CertificateSearchQuery } from '../port.js';
import { LIVE } from '../live-generation.js';
import { searchableText, splitSearchColumn } from '../searchable.js';
import { MemoryCorpus } from './memory-corpus.js';
import { searchCorpus, type MemoryAnswer } from './memory-query.js';
import type { MemoryRow } from './record-table.js';

/**
 * What searches do when another process has committed a rebuild (decision 0013): the first build
 * of a process is always waited for.
 */
export type MemoryMode =
  /** Answer from the previous generation's index while the new one is built (production). */
  | 'background'
  /** Wait for the new generation's index (tests). */
  | 'wait';

/**
 * Records written since the build after which a process builds again: each search checks them one
 * by one (memory-corpus.ts), so ~10,000 cost about a millisecond a query piece.
 */
const REBUILD_AFTER = 10_000;

/** A search's answer and its page's documents, by number. */
export interface MemoryPage {
  answer: MemoryAnswer;
  documents: Map<string, PublicCertificate>;
}

/** Rows per fetch while building (bounded memory whatever the registry's size; larger pages left the heap ~150 MB bigger at 1M). */
const FETCH = 1_000;

interface DocumentRow {
  number: string;
  status: string;
  product_type: string;
  frame_current: number;
  manufacturer_id: string;
  organisation_ids: string[];
  search_texts: string | null;
  search_codes: string | null;
  /** Only where the search columns are null (rows written before they existed). */
  doc: PublicCertificate | null;
  maker_zh?: string | null;
  maker_en?: string | null;
}

const COLUMNS = `d.number, d.status, d.product_type, d.frame_current, d.manufacturer_id::text as manufacturer_id,
  d.organisation_ids::text[] as organisation_ids, d.search_texts, d.search_codes,
  case when d.search_texts is null or d.search_codes is null then d.doc end as doc`;

/**
 * The live generation of `registry_document` held in memory (MemoryCorpus), the embedded engine's
 * search (decision 0013).
 *
 * Fresh in every process: before each search it reads, in one statement, the rows written and
 * removed by transactions that its previous read could not see (`written_xid` at or above that
 * read's snapshot xmin, migration 20261130010000) and applies them, so a search sees every
 * write committed before it began, whichever process wrote it. When the alias names another
 * generation (a rebuild was committed), it builds that one; mode 'background' answers from the
 * previous one meanwhile (a rebuild re-reads the same certificates, so only writes made during
 * the build are missing from those answers).
 */
export class MemorySearch {
  private corpus: MemoryCorpus | null = null;
  private generation: string | null = null;
  /** Snapshot xmin of the last read: rows written by transactions from it on may be unseen. */
  private xmin = '0';
  /** The corpus is of a generation the alias no longer names; a build of the new one is running. */
  private stale = false;
  private building: Promise<void> | null = null;
  private syncing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly alias: string,
    private readonly mode: MemoryMode,
    /** Records written since the build beyond which the live generation is read again. */
    private readonly rebuildAfter = REBUILD_AFTER,
    private readonly onError: (error: unknown) => void = (error) => console.error('registry memory index', error),
  ) {}

  /** Resolves once the live generation is in memory. */
  async ready(): Promise<void> {
    for (;;) {
      // Builds only when there is nothing current to answer from (joins a build already running).
      if (!this.corpus || this.stale || this.building) await this.build();
      await this.sync();
      if (this.corpus && !this.stale) return;
    }
  }

  /** Drops the index (this process committed a rebuild): the next search builds the new generation. */
  forget(): void {
    this.corpus = null;
    this.stale = false;
  }

  /**
   * Answers from memory, then reads the page's documents in the same statement as what was written
   * since the last read (one round trip). Only if something was written (or a build replaced the
   * index meanwhile) is it applied and the search run again, with another statement.
   */
  async search(query: CertificateSearchQuery): Promise<MemoryPage> {
    for (let round = 0; ; round++) {
      if (!this.corpus) await this.build();
      if (this.stale && this.mode === 'wait') await this.ready();
      const answer = searchCorpus(this.corpus!, query);
      const { changed, documents } = await this.read(answer.numbers);
      // A third read's changes came after an earlier read that began after this search: applied, for the next one.
      if (!changed || round === 2) return { answer, documents };
    }
  }

  /** Reads what was written since the last read and applies it (one statement, one at a time). */
  private sync(): Promise<void> {
    return this.read([]).then(() => undefined);
  }

  private read(numbers: readonly string[]): Promise<{ changed: boolean; documents: Map<string, PublicCertificate> }> {
    const next = this.syncing.then(() => this.readOnce(numbers));
    this.syncing = next.catch(() => undefined);
    return next;
  }

  private async readOnce(numbers: readonly string[]): Promise<{ changed: boolean; documents: Map<string, PublicCertificate> }> {
    // The corpus this read is for: a build finishing meanwhile replaces it, and its own snapshot decides.
    const corpus = this.corpus;
    // Named: each connection plans it once (planning costs more than running it when nothing changed).
    // One row per document asked for (at least one): each repeats the state, read in the same snapshot.
    const { rows } = await this.pool.query<{
      generation: string | null; xmin: string; rows: DocumentRow[] | null; removed: string[] | null; number: string | null; doc: PublicCertificate | null;
    }>({
      name: 'registry-memory-read',
      text: `with state as materialized (select ${LIVE} as generation, pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
        (select json_agg(x) from (select ${COLUMNS}, d.doc -> 'manufacturer' ->> 'nameZh' as maker_zh, d.doc -> 'manufacturer' ->> 'nameEn' as maker_en
           from registry_document d where d.generation = ${LIVE} and d.written_xid >= $2::xid8) x) as rows,
        (select array_agg(r.number) from registry_document_removed r
           where r.generation = ${LIVE} and r.removed_xid >= $2::xid8
             and not exists (select 1 from registry_document d where d.generation = r.generation and d.number = r.number)) as removed)
        select s.*, p.number, p.doc from state s
        left join (select d.number, d.doc from registry_document d where d.generation = ${LIVE} and d.number = any($3::text[])) p on true`,
      values: [this.alias, this.xmin, numbers],
    });
    const state = rows[0]!;
    const documents = new Map(rows.flatMap((r) => (r.number !== null && r.doc !== null ? [[r.number, r.doc] as const] : [])));
    if (this.corpus !== corpus) return { changed: true, documents };
    if (!corpus || this.stale) return { changed: false, documents };
    if (state.generation !== this.generation) {
      // A rebuild was committed elsewhere: build its generation; this corpus answers meanwhile ('background').
      this.stale = true;
      void this.build().catch(this.onError);
      return { changed: this.mode === 'wait', documents };
    }
    const changed = (state.removed?.length ?? 0) > 0 || (state.rows?.length ?? 0) > 0;
    for (const number of state.removed ?? []) corpus.remove(number);
    for (const row of state.rows ?? []) corpus.apply(memoryRow(row));
    this.xmin = state.xmin;
    // Every search looks at each record written since the build: past a bound, build again (in
    // the background; this corpus answers meanwhile) so that searches do not slow down with uptime.
    if (corpus.writtenSinceBuild > this.rebuildAfter && !this.building) void this.build().catch(this.onError);
    return { changed, documents };
  }

  /** Builds the live generation (one build at a time; joins a running one). */
  private build(): Promise<void> {
    this.building ??= this.load().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Reads the live generation in one snapshot, in number order, then the manufacturers' names. */
  private async load(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const head = await client.query<{ generation: string | null; xmin: string }>(
        `select ${LIVE} as generation, pg_snapshot_xmin(pg_current_snapshot())::text as xmin`, [this.alias]);
      const { generation, xmin } = head.rows[0]!;
      const corpus = new MemoryCorpus();
      if (generation !== null) {
        await client.query(`declare memory_build no scroll cursor for
          select ${COLUMNS} from registry_document d where d.generation = $1 order by d.sort_key`, [generation]);
        for (;;) {
          const page = await client.query<DocumentRow>(`fetch ${FETCH} from memory_build`);
          for (const row of page.rows) corpus.add(memoryRow(row));
          if (page.rows.length < FETCH) break;
        }
        const makers = await client.query<{ id: string; name_zh: string | null; name_en: string | null }>(
          `select m.id::text as id, x.maker ->> 'nameZh' as name_zh, x.maker ->> 'nameEn' as name_en
           from unnest($2::uuid[]) as m(id) cross join lateral (
             select d.doc -> 'manufacturer' as maker from registry_document d where d.generation = $1 and d.manufacturer_id = m.id limit 1) x`,
          [generation, corpus.table.manufacturers.values]);
        for (const maker of makers.rows) corpus.table.nameManufacturer(maker.id, { nameZh: maker.name_zh ?? '', nameEn: maker.name_en ?? '' });
      }
      await client.query('commit');
      corpus.seal();
      this.corpus = corpus;
      this.generation = generation;
      this.xmin = xmin;
      this.stale = false;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function memoryRow(row: DocumentRow): MemoryRow {
  let texts: string[];
  let codes: string[];
  if (row.search_texts === null || row.search_codes === null) {
    const text = searchableText(row.doc!);
    texts = text.texts;
    codes = text.codes.slice(1);
  } else {
    texts = splitSearchColumn(row.search_texts);
    codes = splitSearchColumn(row.search_codes);
  }
  return {
    number: row.number,
    status: row.status,
    productType: row.product_type,
    frameCurrent: row.frame_current,
    manufacturerId: row.manufacturer_id,
    manufacturerNames: row.maker_zh !== undefined ? { nameZh: row.maker_zh ?? '', nameEn: row.maker_en ?? '' } : undefined,
    organisationIds: row.organisation_ids,
    texts,
    codes,
  };
}
