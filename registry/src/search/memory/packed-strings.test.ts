import { describe, expect, it } from 'vitest';
import { PackedStrings } from './packed-strings.js';

const sign = (n: number) => Math.sign(n) + 0;
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** ASCII, Latin-1, wider units, a surrogate pair and a lone surrogate, prefixes of one another. */
const ONE_BYTE = ['', 'a', 'A', 'ab', 'abc', 'b', 'Z', '0', '~', 'CQC2500', 'cqc2500', 'CQC25000000201', 'cqc-1', 'é', 'ÿz', '\u0080'];
const WIDE = ['Ā', '中国', '中', '\ud83d\ude00', '\ud800', 'a中', 'ａ'];

function packed(strings: readonly string[]): PackedStrings {
  const list = new PackedStrings(2, 1);
  for (const s of strings) list.push(s);
  return list;
}

describe('packed strings', () => {
  for (const [name, strings] of [['one byte a unit', ONE_BYTE], ['wider units too', [...ONE_BYTE, ...WIDE]]] as const) {
    it(`keeps and orders strings as JavaScript does (${name})`, () => {
      const list = packed(strings);
      expect(list.length).toBe(strings.length);
      strings.forEach((s, i) => {
        expect(list.at(i)).toBe(s);
        strings.forEach((t, j) => {
          expect(sign(list.compare(i, j)), `${s} ${t}`).toBe(order(s, t));
          expect(sign(list.compareTo(i, t)), `${s} ${t}`).toBe(order(s, t));
          expect(list.startsWith(i, t), `${s} ${t}`).toBe(s.startsWith(t));
        });
      });
    });
  }

  it('keeps the strings packed before a wider unit came', () => {
    const strings = [...Array.from({ length: 300 }, (_, i) => `CQC${i}`), '中', 'CQC9'];
    const list = packed(strings);
    list.trim();
    strings.forEach((s, i) => expect(list.at(i)).toBe(s));
  });

  it('compares ASCII in lower case with `lower`', () => {
    const strings = ['CQC1', 'cqc1', 'Cqc2', 'CQC10', 'x9', 'X'];
    const list = PackedStrings.of(strings);
    strings.forEach((s, i) => {
      strings.forEach((t, j) => {
        expect(sign(list.compare(i, j, true))).toBe(order(s.toLowerCase(), t.toLowerCase()));
        expect(sign(list.compareTo(i, t.toLowerCase(), true))).toBe(order(s.toLowerCase(), t.toLowerCase()));
      });
      expect(list.startsWith(i, s.toLowerCase().slice(0, 2), true)).toBe(true);
    });
  });

  it('finds where a string goes among sorted strings, directly or through an order', () => {
    const sorted = [...ONE_BYTE, ...WIDE].sort();
    const list = PackedStrings.of(sorted);
    for (const s of [...sorted, 'aa', 'CQC', 'zzz', '', '\uffff']) {
      expect(list.lowerBound(s)).toBe(sorted.filter((t) => t < s).length);
    }
    const shuffled = PackedStrings.of([...sorted].reverse());
    const byString = Uint32Array.from(sorted, (_, i) => sorted.length - 1 - i);
    expect(shuffled.lowerBound('b', byString)).toBe(sorted.filter((t) => t < 'b').length);
  });

  it('tests every unit of a string', () => {
    const list = PackedStrings.of(['abc', 'a-c', '']);
    const letter = (unit: number) => unit >= 97 && unit <= 122;
    expect([0, 1, 2].map((i) => list.everyUnit(i, letter))).toEqual([true, false, false]);
  });
});
