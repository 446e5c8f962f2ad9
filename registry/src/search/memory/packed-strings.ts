/**
 * A list of strings packed as their UTF-16 code units in one typed array, with where each one
 * starts: a million certificate numbers held as JS strings in an array took ~40 MB of heap (a
 * string is ~32 bytes and a slot), packed they take their characters and 4 bytes each, outside
 * the heap. Units take one byte each while every unit is below 256 (numbers and words are
 * normally ASCII) and two once one is not, so any string is kept exactly.
 *
 * Strings are compared unit by unit, which is JavaScript's string order (`<`), without making a
 * string per comparison. With `lower`, units A–Z compare as a–z: `toLowerCase()` for ASCII
 * strings (the simple certificate numbers), not for others.
 */
export class PackedStrings {
  length = 0;
  private units: Uint8Array | Uint16Array;
  /** String i is units[starts[i]] up to units[starts[i + 1]]. */
  private starts: Uint32Array;

  constructor(units = 1024, strings = 64) {
    this.units = new Uint8Array(units);
    this.starts = new Uint32Array(strings + 1);
  }

  /** A packed copy of `strings`, sized exactly. */
  static of(strings: readonly string[]): PackedStrings {
    let units = 0;
    for (const s of strings) units += s.length;
    const packed = new PackedStrings(units, strings.length);
    for (const s of strings) packed.push(s);
    return packed;
  }

  push(s: string): void {
    const from = this.starts[this.length]!;
    const to = from + s.length;
    if (to > this.units.length) this.units = this.resized(this.units, Math.max(to, Math.ceil(this.units.length * 1.5)));
    if (this.length + 2 > this.starts.length) {
      const starts = new Uint32Array(Math.ceil(this.starts.length * 1.5) + 1);
      starts.set(this.starts);
      this.starts = starts;
    }
    let units = this.units;
    for (let k = 0; k < s.length; k++) {
      const unit = s.charCodeAt(k);
      if (unit > 0xff && units.BYTES_PER_ELEMENT === 1) units = this.units = this.widened();
      units[from + k] = unit;
    }
    this.starts[++this.length] = to;
  }

  /** Gives back the room kept for strings to come. */
  trim(): void {
    const end = this.starts[this.length]!;
    if (end < this.units.length) this.units = this.units.slice(0, end);
    if (this.length + 1 < this.starts.length) this.starts = this.starts.slice(0, this.length + 1);
  }

  at(i: number): string {
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    let s = '';
    // In chunks: `apply` takes its arguments on the stack.
    for (let from = start; from < end; from += 4096) {
      s += String.fromCharCode.apply(null, this.units.subarray(from, Math.min(end, from + 4096)) as unknown as number[]);
    }
    return s;
  }

  /** -1, 0 or 1 as string i is below, equal to or above `s` (string i in lower case with `lower`). */
  compareTo(i: number, s: string, lower = false): number {
    const units = this.units;
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - start;
    const common = Math.min(length, s.length);
    for (let k = 0; k < common; k++) {
      let unit = units[start + k]!;
      if (lower && unit >= 65 && unit <= 90) unit += 32;
      const other = s.charCodeAt(k);
      if (unit !== other) return unit < other ? -1 : 1;
    }
    return length === s.length ? 0 : length < s.length ? -1 : 1;
  }

  /** -1, 0 or 1 as string i is below, equal to or above string j (both in lower case with `lower`). */
  compare(i: number, j: number, lower = false): number {
    const units = this.units;
    const a = this.starts[i]!;
    const b = this.starts[j]!;
    const aLength = this.starts[i + 1]! - a;
    const bLength = this.starts[j + 1]! - b;
    const common = Math.min(aLength, bLength);
    for (let k = 0; k < common; k++) {
      let x = units[a + k]!;
      let y = units[b + k]!;
      if (lower) {
        if (x >= 65 && x <= 90) x += 32;
        if (y >= 65 && y <= 90) y += 32;
      }
      if (x !== y) return x < y ? -1 : 1;
    }
    return aLength === bLength ? 0 : aLength < bLength ? -1 : 1;
  }

  /** Whether string i (in lower case with `lower`) begins with `prefix`. */
  startsWith(i: number, prefix: string, lower = false): boolean {
    const units = this.units;
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - start < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) {
      let unit = units[start + k]!;
      if (lower && unit >= 65 && unit <= 90) unit += 32;
      if (unit !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether every unit of string i passes `test` (false for the empty string). */
  everyUnit(i: number, test: (unit: number) => boolean): boolean {
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    for (let k = start; k < end; k++) if (!test(this.units[k]!)) return false;
    return end > start;
  }

  /**
   * The first position of `order` (by default every index in turn) whose string is not below `s`:
   * the strings must be sorted in that order (in lower case with `lower`).
   */
  lowerBound(s: string, order?: Uint32Array, lower = false): number {
    let lo = 0;
    let hi = order ? order.length : this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareTo(order ? order[mid]! : mid, s, lower) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private widened(): Uint16Array {
    const units = new Uint16Array(this.units.length);
    units.set(this.units);
    return units;
  }

  private resized<T extends Uint8Array | Uint16Array>(units: T, length: number): T {
    const next = new (units.constructor as new (n: number) => T)(length);
    next.set(units);
    return next;
  }
}
