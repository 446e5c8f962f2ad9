import { PackedStrings } from './packed-strings.js';

/**
 * Ids of distinct strings (the searchable values): a Map while building; `seal` packs the strings
 * sorted (packed-strings.ts) with their ids, looked up by binary search. As map keys, ~170,000
 * values held ~30 MB of heap at a million records (each one a slice of its record's whole
 * search column, which it kept alive). Strings first seen after `seal` go to a small map.
 */
export class StringIds {
  private map = new Map<string, number>();
  private sorted = new PackedStrings(0, 0);
  /** The id of each sorted string. */
  private ids = new Uint32Array(0);

  get(s: string): number | undefined {
    const id = this.map.get(s);
    if (id !== undefined || this.sorted.length === 0) return id;
    const at = this.sorted.lowerBound(s);
    return at < this.sorted.length && this.sorted.compareTo(at, s) === 0 ? this.ids[at] : undefined;
  }

  set(s: string, id: number): void {
    this.map.set(s, id);
  }

  /** Packs the strings so far. */
  seal(): void {
    const sorted = [...this.map.keys()].sort();
    this.sorted = PackedStrings.of(sorted);
    this.ids = Uint32Array.from(sorted, (s) => this.map.get(s)!);
    this.map = new Map();
  }
}
