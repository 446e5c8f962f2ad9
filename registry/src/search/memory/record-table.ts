import { TypedFastBitSet } from 'typedfastbitset';
import { Dictionary, grown } from './dictionary.js';

/** One registry document as the in-memory engine keeps it (from `registry_document`'s narrow columns). */
export interface MemoryRow {
  number: string;
  status: string;
  productType: string;
  frameCurrent: number;
  manufacturerId: string;
  /** Absent while building: named afterwards from one document per manufacturer (nameManufacturer). */
  manufacturerNames?: { nameZh: string; nameEn: string };
  organisationIds: string[];
  /** Searchable values (searchable.ts), the number left out of `codes`. */
  texts: string[];
  codes: string[];
}

/** A number whose only search word is itself in lower case: found through the sorted key order. */
const SIMPLE_NUMBER = /^[A-Za-z0-9]+$/;

export function isSimpleNumber(number: string): boolean {
  return SIMPLE_NUMBER.test(number);
}

/**
 * The records of the in-memory engine by ordinal, with their facet values as typed arrays.
 * Ordinals are given in number order while the table is built (`seal` ends that), so the
 * ordinal order of those is the rank order; records added later get ordinals after them and are
 * ranked by comparing numbers (few, until the next build). A removed record keeps its ordinal,
 * out of `alive`.
 */
export class RecordTable {
  size = 0;
  /** Ordinals below this were built in number order. */
  bulk = 0;
  readonly numbers: string[] = [];
  readonly alive = new TypedFastBitSet();
  status = new Uint8Array(1024);
  productType = new Uint8Array(1024);
  frameCurrent = new Int32Array(1024);
  manufacturer = new Int32Array(1024);
  /** Three organisation ids per ordinal (applicant, manufacturer, factory operator), -1 where fewer. */
  organisations = new Int32Array(3 * 1024);
  readonly statuses = new Dictionary();
  readonly productTypes = new Dictionary();
  /** Frame currents as strings of their numbers, so that the column holds small ids. */
  readonly frameCurrents = new Dictionary();
  readonly manufacturers = new Dictionary();
  readonly manufacturerNames: Array<{ nameZh: string; nameEn: string }> = [];
  readonly organisationIds = new Dictionary();
  /** Live records by facet value id (search counts a broad match set through its complement). */
  readonly totals = {
    total: 0,
    status: new Int32Array(8),
    productType: new Int32Array(8),
    frameCurrent: new Int32Array(64),
    manufacturer: new Int32Array(1024),
  };
  private readonly later = new Map<string, number>();
  /** The simple numbers built in bulk, by their lower-case key. */
  private keyOrder = new Uint32Array(0);
  private bulkSorted = true;
  private readonly unsortedBulk = new Map<string, number>();
  private sealed = false;

  ordinalOf(number: string): number | undefined {
    const later = this.later.get(number);
    if (later !== undefined || !this.bulkSorted) return later ?? this.unsortedBulk.get(number);
    let lo = 0;
    let hi = this.bulk;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.numbers[mid]! < number) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.bulk && this.numbers[lo] === number ? lo : undefined;
  }

  /** Writes a record's columns (a new ordinal for a new number) and returns its ordinal. */
  put(row: MemoryRow): number {
    let ordinal = this.ordinalOf(row.number);
    if (ordinal === undefined) {
      ordinal = this.size++;
      this.numbers.push(row.number);
      if (this.sealed) this.later.set(row.number, ordinal);
      this.status = grown(this.status, this.size);
      this.productType = grown(this.productType, this.size);
      this.frameCurrent = grown(this.frameCurrent, this.size);
      this.manufacturer = grown(this.manufacturer, this.size);
      this.organisations = grown(this.organisations, 3 * this.size);
    }
    if (this.alive.has(ordinal)) this.count(ordinal, -1);
    this.status[ordinal] = this.statuses.id(row.status);
    this.productType[ordinal] = this.productTypes.id(row.productType);
    this.frameCurrent[ordinal] = this.frameCurrents.id(String(row.frameCurrent));
    const maker = this.manufacturers.id(row.manufacturerId);
    this.manufacturer[ordinal] = maker;
    if (row.manufacturerNames) this.manufacturerNames[maker] = row.manufacturerNames;
    for (let k = 0; k < 3; k++) {
      const id = row.organisationIds[k];
      this.organisations[3 * ordinal + k] = id === undefined ? -1 : this.organisationIds.id(id);
    }
    this.alive.add(ordinal);
    this.count(ordinal, 1);
    return ordinal;
  }

  /** Adds `delta` to the totals of the record's facet values. */
  private count(ordinal: number, delta: 1 | -1): void {
    const t = this.totals;
    t.total += delta;
    t.status = grown(t.status, this.statuses.values.length);
    t.productType = grown(t.productType, this.productTypes.values.length);
    t.frameCurrent = grown(t.frameCurrent, this.frameCurrents.values.length);
    t.manufacturer = grown(t.manufacturer, this.manufacturers.values.length);
    t.status[this.status[ordinal]!]! += delta;
    t.productType[this.productType[ordinal]!]! += delta;
    t.frameCurrent[this.frameCurrent[ordinal]!]! += delta;
    t.manufacturer[this.manufacturer[ordinal]!]! += delta;
  }

  nameManufacturer(id: string, names: { nameZh: string; nameEn: string }): void {
    this.manufacturerNames[this.manufacturers.id(id)] = names;
  }

  remove(number: string): void {
    const ordinal = this.ordinalOf(number);
    if (ordinal === undefined || !this.alive.has(ordinal)) return;
    this.count(ordinal, -1);
    this.alive.remove(ordinal);
  }

  /** Ends the build: the ordinals so far are the bulk, ranked by ordinal. */
  seal(): void {
    this.sealed = true;
    this.bulk = this.size;
    for (let i = 1; i < this.bulk && this.bulkSorted; i++) this.bulkSorted = this.numbers[i - 1]! < this.numbers[i]!;
    // Rows came in the database's order; a collation that sorts otherwise than JavaScript falls back to a map.
    if (!this.bulkSorted) for (let i = 0; i < this.bulk; i++) this.unsortedBulk.set(this.numbers[i]!, i);
    const simple: number[] = [];
    for (let i = 0; i < this.bulk; i++) if (isSimpleNumber(this.numbers[i]!)) simple.push(i);
    const key = (ordinal: number) => this.numbers[ordinal]!.toLowerCase();
    let ordered = true;
    for (let i = 1; i < simple.length && ordered; i++) ordered = key(simple[i - 1]!) <= key(simple[i]!);
    if (!ordered) simple.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    this.keyOrder = Uint32Array.from(simple);
  }

  /**
   * Sets in `into` the simple numbers of the build that a Latin piece begins (their only word is
   * the number in lower case: a range of the key order); returns how many.
   */
  addBulkNumbersBeginning(piece: string, into: TypedFastBitSet): number {
    const from = this.keyLowerBound(piece);
    let i = from;
    for (; i < this.keyOrder.length && this.keyOf(i).startsWith(piece); i++) into.add(this.keyOrder[i]!);
    return i - from;
  }

  /** The record whose number in lower case is `key` (the query as a certificate number, ranked first). */
  ordinalWithKey(key: string): number | undefined {
    const at = this.keyLowerBound(key);
    if (at < this.keyOrder.length && this.keyOf(at) === key) return this.keyOrder[at];
    for (const [number, ordinal] of this.later) if (isSimpleNumber(number) && number.toLowerCase() === key) return ordinal;
    return undefined;
  }

  private keyOf(i: number): string {
    return this.numbers[this.keyOrder[i]!]!.toLowerCase();
  }

  private keyLowerBound(key: string): number {
    let lo = 0;
    let hi = this.keyOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyOf(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rank order: ordinal among the bulk, number otherwise. */
  compare(a: number, b: number): number {
    if (a < this.bulk && b < this.bulk) return a - b;
    const x = this.numbers[a]!;
    const y = this.numbers[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  }
}
