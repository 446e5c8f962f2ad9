import { GrowableUint32 } from './dictionary.js';
import { PackedStrings } from './packed-strings.js';

/**
 * Value ids by term (the words or the Han tokens of values, tokens.ts `valueParts`).
 *
 * While building, each term gets an id and each (term, value) pair is appended; `seal` packs them
 * by term: the terms sorted (packed-strings.ts) and each one's values, in increasing order, in
 * one Uint32Array. A map of ~150,000 words to JS arrays (most of one value) took ~25 MB of heap
 * at a million records. A prefix's terms are a range of the sorted ones, their values one stretch.
 * Terms of values registered after `seal` (values first seen since the build) go to a small map.
 */
export class TermIndex {
  private termIds = new Map<string, number>();
  private pairTerms = new GrowableUint32(1 << 12);
  private pairValues = new GrowableUint32(1 << 12);
  private sealed = false;
  private terms = new PackedStrings(0, 0);
  /** The values of sorted term i are values[starts[i]] up to values[starts[i + 1]]. */
  private starts = new Uint32Array(1);
  private values = new Uint32Array(0);
  private readonly later = new Map<string, number[]>();

  /** Records that `value` holds `term` (values in increasing order while building). */
  add(term: string, value: number): void {
    if (this.sealed) {
      const list = this.later.get(term);
      if (list) list.push(value);
      else this.later.set(term, [value]);
      return;
    }
    let id = this.termIds.get(term);
    if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
    this.pairTerms.push(id);
    this.pairValues.push(value);
  }

  /** Packs the terms so far by term (a counting sort of the pairs). */
  seal(): void {
    this.sealed = true;
    const sorted = [...this.termIds.keys()].sort();
    const position = new Uint32Array(sorted.length);
    for (let p = 0; p < sorted.length; p++) position[this.termIds.get(sorted[p]!)!] = p;
    const terms = this.pairTerms.array;
    const values = this.pairValues.array;
    const n = this.pairTerms.length;
    const starts = new Uint32Array(sorted.length + 1);
    for (let i = 0; i < n; i++) starts[position[terms[i]!]! + 1]!++;
    for (let p = 0; p < sorted.length; p++) starts[p + 1]! += starts[p]!;
    const fill = starts.slice(0, sorted.length);
    const packed = new Uint32Array(n);
    for (let i = 0; i < n; i++) packed[fill[position[terms[i]!]!]!++] = values[i]!;
    this.terms = PackedStrings.of(sorted);
    this.starts = starts;
    this.values = packed;
    this.termIds = new Map();
    this.pairTerms = new GrowableUint32(1);
    this.pairValues = new GrowableUint32(1);
  }

  /** Values holding the term: the build's in increasing order, then later ones. */
  valuesOf(term: string): Iterable<number> {
    const at = this.terms.lowerBound(term);
    const found = at < this.terms.length && this.terms.compareTo(at, term) === 0;
    const packed = found ? this.values.subarray(this.starts[at]!, this.starts[at + 1]!) : this.values.subarray(0, 0);
    const later = this.later.get(term);
    return later ? [...packed, ...later] : packed;
  }

  /** Values holding a term that begins with `prefix` (a value once per such term it holds). */
  valuesBeginning(prefix: string): Iterable<number> {
    const from = this.terms.lowerBound(prefix);
    // The terms beginning with the prefix come first from there on.
    let to = from;
    let hi = this.terms.length;
    while (to < hi) {
      const mid = (to + hi) >>> 1;
      if (this.terms.startsWith(mid, prefix)) to = mid + 1;
      else hi = mid;
    }
    const packed = this.values.subarray(this.starts[from]!, this.starts[to]!);
    let later: number[] | undefined;
    for (const [term, values] of this.later) if (term.startsWith(prefix)) (later ??= []).push(...values);
    return later ? [...packed, ...later] : packed;
  }
}
