import type { TypedFastBitSet } from 'typedfastbitset';
import { GrowableUint32 } from './dictionary.js';
import { PackedStrings } from './packed-strings.js';

/** A number whose only search word is itself in lower case: found through the sorted key order. */
const SIMPLE_NUMBER = /^[A-Za-z0-9]+$/;

export function isSimpleNumber(number: string): boolean {
  return SIMPLE_NUMBER.test(number);
}

/** A unit of a simple number (SIMPLE_NUMBER). */
function isSimpleUnit(unit: number): boolean {
  return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
}

/**
 * The certificate numbers of the records, by ordinal. Ordinals are given in number order while
 * the column is built (`seal` ends that: those are the bulk); numbers added later get ordinals
 * after them (few, until the next build).
 *
 * The bulk is packed (packed-strings.ts) and searched without making strings; later numbers are
 * kept as strings. Simple numbers of the bulk are also ordered by their lower-case key (the
 * number is their only search word).
 */
export class NumberColumn {
  /** Ordinals below this were built in number order. */
  bulk = 0;
  private readonly packed = new PackedStrings(1 << 16, 1 << 12);
  /** Numbers added after `seal`, from ordinal `bulk` on, and their ordinals. */
  private readonly later: string[] = [];
  private readonly laterOrdinals = new Map<string, number>();
  private sealed = false;
  /**
   * The bulk's ordinals by number, where the build's rows did not come in JavaScript's string
   * order (a database collation that sorts otherwise); null where ordinal order is number order.
   */
  private byNumber: Uint32Array | null = null;
  /** While building: the ordinals of the simple numbers. */
  private simple = new GrowableUint32(1 << 12);
  /**
   * The simple numbers of the bulk, by their lower-case key; null where that is every number of
   * the bulk in ordinal order (the usual case: numbers of one pattern, in one case).
   */
  private keyOrder: Uint32Array | null = null;

  get size(): number {
    return this.packed.length + this.later.length;
  }

  /** Adds a number (not there yet) with the next ordinal. */
  add(number: string): number {
    const ordinal = this.size;
    if (this.sealed) {
      this.later.push(number);
      this.laterOrdinals.set(number, ordinal);
    } else {
      this.packed.push(number);
      if (isSimpleNumber(number)) this.simple.push(ordinal);
    }
    return ordinal;
  }

  at(ordinal: number): string {
    return ordinal < this.bulk ? this.packed.at(ordinal) : this.later[ordinal - this.bulk]!;
  }

  ordinalOf(number: string): number | undefined {
    const later = this.laterOrdinals.get(number);
    if (later !== undefined || !this.sealed) return later;
    // The bulk's numbers are those of one generation of the registry, unique (its primary key).
    const order = this.byNumber ?? undefined;
    const at = this.packed.lowerBound(number, order);
    if (at >= this.bulk) return undefined;
    const ordinal = order ? order[at]! : at;
    return this.packed.compareTo(ordinal, number) === 0 ? ordinal : undefined;
  }

  /** Ends the build: the ordinals so far are the bulk, ranked by ordinal. */
  seal(): void {
    this.sealed = true;
    this.packed.trim();
    const bulk = (this.bulk = this.packed.length);
    const packed = this.packed;
    let sorted = true;
    for (let i = 1; i < bulk && sorted; i++) sorted = packed.compare(i - 1, i) < 0;
    // Rows came in the database's order; a collation that sorts otherwise than JavaScript needs an order of its own.
    if (!sorted) this.byNumber = Uint32Array.from(Array.from({ length: bulk }, (_, i) => i).sort((a, b) => packed.compare(a, b) || a - b));
    const simple = this.simple.array.subarray(0, this.simple.length);
    this.simple = new GrowableUint32(1);
    let ordered = true;
    for (let i = 1; i < simple.length && ordered; i++) ordered = packed.compare(simple[i - 1]!, simple[i]!, true) <= 0;
    // A stable sort: numbers equal in lower case stay in ordinal order.
    if (!ordered) this.keyOrder = Uint32Array.from(Array.from(simple).sort((a, b) => packed.compare(a, b, true)));
    else this.keyOrder = simple.length === bulk ? null : simple.slice();
  }

  /** How many numbers the key order has, and the ordinal at a position of it. */
  private get keyed(): number {
    return this.keyOrder ? this.keyOrder.length : this.bulk;
  }

  private keyedAt(position: number): number {
    return this.keyOrder ? this.keyOrder[position]! : position;
  }

  /**
   * Sets in `into` the simple numbers of the build that a Latin piece begins (their only word is
   * the number in lower case: a range of the key order); returns how many.
   */
  addBulkNumbersBeginning(piece: string, into: TypedFastBitSet): number {
    const from = this.packed.lowerBound(piece, this.keyOrder ?? undefined, true);
    let i = from;
    for (; i < this.keyed && this.packed.startsWith(this.keyedAt(i), piece, true); i++) into.add(this.keyedAt(i));
    return i - from;
  }

  /** The record whose number in lower case is `key` (the query as a certificate number, ranked first). */
  ordinalWithKey(key: string): number | undefined {
    const at = this.packed.lowerBound(key, this.keyOrder ?? undefined, true);
    if (at < this.keyed && this.packed.compareTo(this.keyedAt(at), key, true) === 0) return this.keyedAt(at);
    for (const [number, ordinal] of this.laterOrdinals) if (isSimpleNumber(number) && number.toLowerCase() === key) return ordinal;
    return undefined;
  }

  /** Whether the number is simple and, in lower case, begins with one of `pieces`. */
  keyBeginsWithAny(ordinal: number, pieces: readonly string[]): boolean {
    if (pieces.length === 0) return false;
    if (ordinal >= this.bulk) {
      const number = this.later[ordinal - this.bulk]!;
      if (!isSimpleNumber(number)) return false;
      const key = number.toLowerCase();
      return pieces.some((piece) => key.startsWith(piece));
    }
    return this.packed.everyUnit(ordinal, isSimpleUnit) && pieces.some((piece) => this.packed.startsWith(ordinal, piece, true));
  }

  /** Rank order: ordinal among the bulk, number otherwise. */
  compare(a: number, b: number): number {
    if (a < this.bulk && b < this.bulk) return a - b;
    if (a < this.bulk) return this.packed.compareTo(a, this.later[b - this.bulk]!);
    if (b < this.bulk) return -this.packed.compareTo(b, this.later[a - this.bulk]!);
    const x = this.later[a - this.bulk]!;
    const y = this.later[b - this.bulk]!;
    return x < y ? -1 : x > y ? 1 : 0;
  }
}
