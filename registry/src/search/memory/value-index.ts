import { TypedFastBitSet } from 'typedfastbitset';
import { valueParts, valueVocabulary } from '../tokens.js';
import { TypoMatcher } from '../typo.js';
import { GrowableUint32 } from './dictionary.js';
import { StringIds } from './string-ids.js';
import { TermIndex } from './term-index.js';

export type ValueKind = 'text' | 'code';

/**
 * The searchable values of the in-memory engine. Records repeat their values (a maker's names, a
 * unit, suppliers, designations shared by many certificates): a million records hold about
 * 180,000 distinct values, so the engine matches a query piece against values (their Han tokens
 * and their words, tokens.ts `valueParts`) and then takes the records of the values matched
 * (postings), instead of keeping ~200 tokens per record.
 *
 * Postings are those of the build, packed (one Uint32Array, by value), and never change: a
 * record written later is matched by its current values instead (memory-corpus.ts), since the
 * packed postings may list values it no longer has and lack those it has now. `seal` packs the
 * values, words and Han tokens of the build too (string-ids.ts, term-index.ts); those registered
 * later are kept apart, in small maps.
 */
export class ValueIndex {
  /** Value ids by text and by code (two maps: a prefixed key would be a new string per lookup). */
  private readonly ids = { text: new StringIds(), code: new StringIds() };
  count = 0;
  /** Values by word (found by prefix) and by Han token. */
  private readonly words = new TermIndex();
  private readonly han = new TermIndex();
  /** Typo vocabulary (letters-only words of texts, typo.ts), by length in code points. */
  private readonly vocabulary = new Map<number, Set<string>>();
  private sealed = false;
  // While building: each record's value ids, records in ordinal order (where each one's start);
  // then packed by value.
  private pairValues = new GrowableUint32(1 << 16);
  private recordStarts = new GrowableUint32(1 << 10);
  private postStart = new Uint32Array(1);
  private postings = new Uint32Array(0);
  private packedCount = 0;

  /** The value's id, registering its parts when it is new. */
  intern(value: string, kind: ValueKind): number {
    const ids = this.ids[kind];
    let id = ids.get(value);
    if (id !== undefined) return id;
    id = this.count++;
    ids.set(value, id);
    const parts = valueParts(value, kind);
    for (const token of parts.han) this.han.add(token, id);
    for (const word of parts.words) this.words.add(word, id);
    if (kind === 'text') {
      for (const word of valueVocabulary(value)) {
        const length = [...word].length;
        let set = this.vocabulary.get(length);
        if (!set) this.vocabulary.set(length, (set = new Set()));
        set.add(word);
      }
    }
    return id;
  }

  /** Records, while building, that `ordinal` holds value `id` (ordinals in increasing order). */
  post(id: number, ordinal: number): void {
    if (this.sealed) throw new Error('postings are packed: match later records by their values');
    while (this.recordStarts.length <= ordinal) this.recordStarts.push(this.pairValues.length);
    this.pairValues.push(id);
  }

  /** Packs the build's postings by value (a counting sort), its values and their words and Han tokens. */
  seal(): void {
    this.sealed = true;
    this.packedCount = this.count;
    const start = new Uint32Array(this.count + 1);
    const values = this.pairValues.array;
    const n = this.pairValues.length;
    for (let i = 0; i < n; i++) start[values[i]! + 1]!++;
    for (let v = 0; v < this.count; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, this.count);
    const postings = new Uint32Array(n);
    const starts = this.recordStarts;
    starts.push(n);
    for (let ordinal = 0; ordinal + 1 < starts.length; ordinal++) {
      const end = starts.array[ordinal + 1]!;
      for (let i = starts.array[ordinal]!; i < end; i++) postings[fill[values[i]!]!++] = ordinal;
    }
    this.postStart = start;
    this.postings = postings;
    this.pairValues = new GrowableUint32(1);
    this.recordStarts = new GrowableUint32(1);
    this.ids.text.seal();
    this.ids.code.seal();
    this.words.seal();
    this.han.seal();
  }

  /** Values holding a Han token (a character or a bigram). */
  valuesWithHan(token: string): Iterable<number> {
    return this.han.valuesOf(token);
  }

  /** Values with a word beginning with the Latin piece (a value once per such word). */
  valuesWithWord(piece: string): Iterable<number> {
    return this.words.valuesBeginning(piece);
  }

  /** Vocabulary words within `budget` typos of `word` (not the word itself), with their distance. */
  corrections(word: string, budget: number): Array<{ term: string; distance: number }> {
    const out: Array<{ term: string; distance: number }> = [];
    const length = [...word].length;
    const matcher = new TypoMatcher(word, budget);
    for (let l = length - budget; l <= length + budget; l++) {
      for (const term of this.vocabulary.get(l) ?? []) {
        if (term === word) continue;
        const distance = matcher.distance(term);
        if (distance <= budget) out.push({ term, distance });
      }
    }
    return out;
  }

  /** Sets in `into` (sized for every ordinal) the packed postings of every value in `ids`. */
  addRecordsOf(ids: Iterable<number>, into: TypedFastBitSet): void {
    const words = into.words;
    for (const id of ids) {
      if (id >= this.packedCount) continue;
      const end = this.postStart[id + 1]!;
      for (let i = this.postStart[id]!; i < end; i++) {
        const ordinal = this.postings[i]!;
        words[ordinal >>> 5]! |= 1 << ordinal;
      }
    }
  }

  /** How many packed postings the values in `ids` have (what setting them costs). */
  postingCount(ids: Iterable<number>): number {
    let count = 0;
    for (const id of ids) if (id < this.packedCount) count += this.postStart[id + 1]! - this.postStart[id]!;
    return count;
  }
}
