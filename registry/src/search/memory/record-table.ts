import { TypedFastBitSet } from 'typedfastbitset';
import { Dictionary, grown } from './dictionary.js';
import { NumberColumn } from './number-column.js';

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
  private readonly numbers = new NumberColumn();
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

  ordinalOf(number: string): number | undefined {
    return this.numbers.ordinalOf(number);
  }

  numberAt(ordinal: number): string {
    return this.numbers.at(ordinal);
  }

  /** Writes a record's columns (a new ordinal for a new number) and returns its ordinal. */
  put(row: MemoryRow): number {
    let ordinal = this.ordinalOf(row.number);
    if (ordinal === undefined) {
      ordinal = this.numbers.add(row.number);
      this.size = this.numbers.size;
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
    this.numbers.seal();
    this.bulk = this.numbers.bulk;
  }

  /**
   * Sets in `into` the simple numbers of the build that a Latin piece begins (their only word is
   * the number in lower case); returns how many.
   */
  addBulkNumbersBeginning(piece: string, into: TypedFastBitSet): number {
    return this.numbers.addBulkNumbersBeginning(piece, into);
  }

  /** The record whose number in lower case is `key` (the query as a certificate number, ranked first). */
  ordinalWithKey(key: string): number | undefined {
    return this.numbers.ordinalWithKey(key);
  }

  /** Whether the record's number is simple and, in lower case, begins with one of `pieces` (its only word). */
  numberBeginsWithAny(ordinal: number, pieces: readonly string[]): boolean {
    return this.numbers.keyBeginsWithAny(ordinal, pieces);
  }

  /** Rank order: ordinal among the bulk, number otherwise. */
  compare(a: number, b: number): number {
    return this.numbers.compare(a, b);
  }
}
