import { TypedFastBitSet } from 'typedfastbitset';
import type { QueryPiece } from '../tokens.js';
import { isSimpleNumber } from './number-column.js';
import { RecordTable, type MemoryRow } from './record-table.js';
import { ValueIndex } from './value-index.js';
import { CostlyCache } from './costly-cache.js';
import { grown } from './dictionary.js';

/** Packed matches costing more than this many bits to set are kept (PACKED_CACHE_SIZE of them, ~125 kB each at 1M). */
const CACHE_FROM = 20_000;
const PACKED_CACHE_SIZE = 96;

/**
 * The in-memory engine's data: records (RecordTable) and their searchable values (ValueIndex),
 * and which values each record written after the build holds now (`current`).
 *
 * Build: `add` every row in number order, then `seal`. Afterwards `apply`/`remove` keep it
 * current (memory-search.ts feeds them the rows written since). What the build packed never
 * changes, so a piece's packed matches can be kept and reused (a broad word such as 断路器 sets
 * a million bits); the records written since are then matched by their current values.
 */
export class MemoryCorpus {
  readonly table = new RecordTable();
  readonly values = new ValueIndex();
  /** The values of records written after the build: authoritative over the packed postings. */
  private readonly current = new Map<number, Uint32Array>();
  /**
   * By value id: how many records of `current` hold it. A query piece's values can number tens of
   * thousands (断路 is in 21,000 values at a million records); only those held here can decide
   * for a record of `current`, so only those are collected into a set.
   */
  private heldCount = new Int32Array(0);
  private readonly packedCache = new CostlyCache<TypedFastBitSet>(PACKED_CACHE_SIZE);
  /** Bitmaps of finished searches, reused: a search takes several of 125 kB each at a million records. */
  private readonly spare: Uint32Array[] = [];
  private readonly lent: Uint32Array[] = [];

  add(row: MemoryRow): void {
    const ordinal = this.table.put(row);
    for (const id of this.valueIdsOf(row)) this.values.post(id, ordinal);
  }

  seal(): void {
    this.table.seal();
    this.values.seal();
  }

  apply(row: MemoryRow): void {
    const ordinal = this.table.put(row);
    const held = Uint32Array.from(this.valueIdsOf(row));
    for (const id of this.current.get(ordinal) ?? []) this.heldCount[id]!--;
    this.heldCount = grown(this.heldCount, this.values.count);
    for (const id of held) this.heldCount[id]!++;
    this.current.set(ordinal, held);
  }

  remove(number: string): void {
    this.table.remove(number);
  }

  /** How many records were written since the build (each search checks them one by one). */
  get writtenSinceBuild(): number {
    return this.current.size;
  }

  /** An empty bitmap with room for every ordinal, lent until `giveBack`. */
  emptySet(): TypedFastBitSet {
    const length = Math.ceil(this.table.size / 32);
    let words = this.spare.pop();
    if (words && words.length === length) words.fill(0);
    else {
      // Sized for an older table (records were added since): dropped.
      this.spare.length = 0;
      words = new Uint32Array(length);
    }
    this.lent.push(words);
    return TypedFastBitSet.fromWords(words);
  }

  /** A lent copy of `set`. */
  copyOf(set: TypedFastBitSet): TypedFastBitSet {
    const copy = this.emptySet();
    copy.words.set(set.words.subarray(0, copy.words.length));
    return copy;
  }

  /** Takes back every bitmap lent since the last call (the search that used them is done). */
  giveBack(): void {
    this.spare.push(...this.lent);
    this.lent.length = 0;
  }

  /** Records matching the piece (tokens.ts), or, for a Latin piece, beginning a word with any of `instead`. */
  recordsHolding(piece: QueryPiece, instead?: readonly string[]): TypedFastBitSet {
    const words = piece.kind === 'latin' ? (instead ?? [piece.value]) : [];
    // Value ids, per Han token or word (a word's lists may overlap); read again rather than kept.
    const valueIds = (): Iterable<number>[] =>
      piece.kind === 'han' ? [this.values.valuesWithHan(piece.value)] : words.map((word) => this.values.valuesWithWord(word));
    const set = this.packed(`${piece.kind}\u0000${piece.kind === 'han' ? piece.value : words.join('\u0001')}`, valueIds, words);
    if (this.current.size === 0) return set;
    // Records written since the build: their current values (or their number) decide.
    const decisive = new Set<number>();
    for (const ids of valueIds()) for (const id of ids) if (this.heldCount[id]! > 0) decisive.add(id);
    for (const [ordinal, held] of this.current) {
      if (held.some((id) => decisive.has(id)) || this.table.numberBeginsWithAny(ordinal, words)) set.add(ordinal);
      else set.remove(ordinal);
    }
    return set;
  }

  /** The build's records holding one of the values or, by their number, one of the Latin `words`: a copy. */
  private packed(key: string, valueIds: () => Iterable<number>[], words: readonly string[]): TypedFastBitSet {
    const kept = this.packedCache.get(key);
    if (kept) return this.copyOf(kept);
    const ids = new Set<number>();
    for (const list of valueIds()) for (const id of list) ids.add(id);
    const set = this.emptySet();
    this.values.addRecordsOf(ids, set);
    let cost = this.values.postingCount(ids);
    for (const word of words) cost += this.table.addBulkNumbersBeginning(word, set);
    if (cost >= CACHE_FROM) this.packedCache.set(key, TypedFastBitSet.fromWords(set.words.slice()), cost);
    return set;
  }

  private valueIdsOf(row: MemoryRow): Set<number> {
    const ids = new Set<number>();
    for (const text of row.texts) ids.add(this.values.intern(text, 'text'));
    for (const code of row.codes) ids.add(this.values.intern(code, 'code'));
    // A number with punctuation, spaces or Han is searched as any other code.
    if (!isSimpleNumber(row.number)) ids.add(this.values.intern(row.number, 'code'));
    return ids;
  }
}
