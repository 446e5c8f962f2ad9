import { TypedFastBitSet } from 'typedfastbitset';
import { describe, expect, it } from 'vitest';
import { RecordTable } from './record-table.js';

function row(number: string) {
  return { number, status: 'VALID', productType: 'MCCB', frameCurrent: 250, manufacturerId: 'm', organisationIds: [], texts: [], codes: [] };
}

/** A table built from `numbers` in the order given, sealed. */
function built(numbers: readonly string[]): RecordTable {
  const table = new RecordTable();
  for (const number of numbers) table.put(row(number));
  table.seal();
  return table;
}

function beginning(table: RecordTable, piece: string): number[] {
  const set = new TypedFastBitSet();
  const count = table.addBulkNumbersBeginning(piece, set);
  expect(count).toBe(set.size());
  return set.array();
}

/** Numbers in JavaScript's string order: prefixes, mixed case, punctuation. */
const ASCII = ['ABC1', 'CQC1', 'CQC10', 'CQC2', 'CQC25000000201', 'CQC25000000202', 'Cqc3', 'X-1', 'ab', 'cqc11', 'cqc4'];

describe('the record table (certificate numbers by ordinal)', () => {
  it('finds the numbers of the build and ranks them by ordinal', () => {
    const table = built(ASCII);
    expect(table.bulk).toBe(ASCII.length);
    ASCII.forEach((number, ordinal) => {
      expect(table.ordinalOf(number)).toBe(ordinal);
      expect(table.numberAt(ordinal)).toBe(number);
    });
    for (const missing of ['', 'A', 'CQC', 'CQC3', 'cqc1', 'zzz', 'CQC25000000201 ']) expect(table.ordinalOf(missing)).toBeUndefined();
    expect(table.compare(1, 3)).toBeLessThan(0);
    expect(table.compare(3, 1)).toBeGreaterThan(0);
  });

  it('finds simple numbers by their lower-case key and prefix, others not', () => {
    const table = built(ASCII);
    const ordinal = (number: string) => ASCII.indexOf(number);
    expect(table.ordinalWithKey('cqc1')).toBe(ordinal('CQC1'));
    expect(table.ordinalWithKey('cqc3')).toBe(ordinal('Cqc3'));
    expect(table.ordinalWithKey('cqc4')).toBe(ordinal('cqc4'));
    expect(table.ordinalWithKey('x1')).toBeUndefined();
    expect(table.ordinalWithKey('x-1')).toBeUndefined();
    expect(table.ordinalWithKey('CQC1')).toBeUndefined();
    expect(beginning(table, 'cqc1')).toEqual(['CQC1', 'CQC10', 'cqc11'].map(ordinal));
    expect(beginning(table, 'cqc')).toEqual(ASCII.filter((n) => /^cqc/i.test(n)).map(ordinal).sort((a, b) => a - b));
    expect(beginning(table, 'x')).toEqual([]);
    expect(beginning(table, 'cqc250000002015')).toEqual([]);
    expect(table.numberBeginsWithAny(ordinal('CQC10'), ['zz', 'cqc1'])).toBe(true);
    expect(table.numberBeginsWithAny(ordinal('CQC10'), ['CQC1'])).toBe(false);
    expect(table.numberBeginsWithAny(ordinal('X-1'), ['x'])).toBe(false);
    expect(table.numberBeginsWithAny(ordinal('ab'), [])).toBe(false);
  });

  it('finds by key a build of simple numbers only, in key order already', () => {
    const numbers = ['CQC1', 'CQC10', 'CQC2', 'CQC25', 'CQC3'];
    const table = built(numbers);
    expect(beginning(table, 'cqc2')).toEqual([2, 3]);
    expect(beginning(table, 'cqc')).toEqual([0, 1, 2, 3, 4]);
    expect(beginning(table, 'cqc4')).toEqual([]);
    numbers.forEach((number, ordinal) => expect(table.ordinalWithKey(number.toLowerCase())).toBe(ordinal));
    expect(table.ordinalWithKey('cqc')).toBeUndefined();
    expect(table.ordinalWithKey('cqc4')).toBeUndefined();
    expect(table.ordinalWithKey('a')).toBeUndefined();
  });

  it('orders the key order itself where the build came otherwise', () => {
    // In string order, but not in lower-case order ('B' < 'a' < 'c').
    const table = built(['B2', 'a1', 'c3']);
    expect(beginning(table, 'b')).toEqual([0]);
    expect(table.ordinalWithKey('a1')).toBe(1);
    expect(table.ordinalWithKey('b2')).toBe(0);
    expect(table.ordinalWithKey('c3')).toBe(2);
  });

  it('keeps numbers of any characters exactly', () => {
    const numbers = ['CQC1', 'CQC1é', 'CQC中1', 'CQC中2', 'Ā1', '\ud83d\ude00', '中'].sort();
    const table = built(numbers);
    numbers.forEach((number, ordinal) => {
      expect(table.numberAt(ordinal)).toBe(number);
      expect(table.ordinalOf(number)).toBe(ordinal);
    });
    expect(table.ordinalOf('CQC中3')).toBeUndefined();
    expect(table.ordinalWithKey('cqc1')).toBe(0);
    expect(beginning(table, 'cqc')).toEqual([0]);
  });

  it('finds the numbers of a build that came in another order than JavaScript’s', () => {
    const numbers = ['b', 'A', 'a-2', 'B1', '中', 'a'];
    const table = built(numbers);
    numbers.forEach((number, ordinal) => expect(table.ordinalOf(number)).toBe(ordinal));
    expect(table.ordinalOf('a-1')).toBeUndefined();
    expect(table.ordinalWithKey('b1')).toBe(3);
  });

  it('adds numbers after the build, found and ranked by number', () => {
    const table = built(ASCII);
    const bulk = ASCII.length;
    expect(table.put(row('CQC1'))).toBe(ASCII.indexOf('CQC1'));
    expect(table.put(row('CQC15'))).toBe(bulk);
    expect(table.put(row('Z-9'))).toBe(bulk + 1);
    expect(table.put(row('CQC15'))).toBe(bulk);
    expect(table.size).toBe(bulk + 2);
    expect(table.bulk).toBe(bulk);
    expect(table.ordinalOf('CQC15')).toBe(bulk);
    expect(table.numberAt(bulk + 1)).toBe('Z-9');
    expect(table.ordinalWithKey('cqc15')).toBe(bulk);
    expect(table.ordinalWithKey('z9')).toBeUndefined();
    expect(table.numberBeginsWithAny(bulk, ['cqc1'])).toBe(true);
    expect(table.numberBeginsWithAny(bulk + 1, ['z'])).toBe(false);
    // Packed numbers are not searched for the later ones: the corpus matches those by number itself.
    expect(beginning(table, 'cqc15')).toEqual([]);
    const rank = [...Array(table.size).keys()].sort((a, b) => table.compare(a, b));
    expect(rank.map((o) => table.numberAt(o))).toEqual([...ASCII, 'CQC15', 'Z-9'].sort());
  });
});
