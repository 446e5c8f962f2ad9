import { describe, expect, it } from 'vitest';
import { valueParts, type ValueParts } from '../tokens.js';
import { ValueIndex, type ValueKind } from './value-index.js';

const VALUES: Array<[string, ValueKind]> = [
  ['华锐电气股份有限公司', 'text'],
  ['Huarui Electric Co., Ltd.', 'text'],
  ['XXM-250S', 'code'],
  ['XXM 400H', 'code'],
  ['德恒电气', 'text'],
  ['Electrolux Élan', 'text'],
  ['HR-F01', 'code'],
  ['华锐', 'code'],
];

/** The ids, in increasing order, of the values whose parts pass `test`. */
function idsWhere(values: ReadonlyArray<[string, ValueKind]>, test: (parts: ValueParts) => boolean): number[] {
  return values.flatMap(([value, kind], id) => (test(valueParts(value, kind)) ? [id] : []));
}

const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

function sealedIndex(values: ReadonlyArray<[string, ValueKind]>): ValueIndex {
  const index = new ValueIndex();
  values.forEach(([value, kind]) => index.intern(value, kind));
  index.seal();
  return index;
}

describe('the value index (values by their words and Han tokens)', () => {
  it('finds the values of the build by word prefix and by Han token', () => {
    const index = sealedIndex(VALUES);
    for (const piece of ['h', 'huarui', 'elec', 'electrolux', 'xxm', 'xxm250s', 'xxm400h', 'élan', 'co', 'ltd', 'zz', 'hrf01']) {
      expect(sorted(index.valuesWithWord(piece)), piece).toEqual(idsWhere(VALUES, (p) => p.words.some((w) => w.startsWith(piece))));
    }
    for (const token of ['华', '华锐', '电气', '德恒', '锐电', '正泰']) {
      // In increasing order, each value once.
      expect([...index.valuesWithHan(token)], token).toEqual(idsWhere(VALUES, (p) => p.han.includes(token)));
    }
  });

  it('gives a value the same id after the build, and finds values first seen since by their parts', () => {
    const index = sealedIndex(VALUES);
    VALUES.forEach(([value, kind], id) => expect(index.intern(value, kind)).toBe(id));
    // The same string as another kind is another value.
    expect(index.intern('华锐', 'text')).toBe(VALUES.length);
    expect(index.intern('Huarui Power', 'text')).toBe(VALUES.length + 1);
    expect(index.intern('ZX-9', 'code')).toBe(VALUES.length + 2);
    expect(index.intern('Huarui Power', 'text')).toBe(VALUES.length + 1);
    const all: Array<[string, ValueKind]> = [...VALUES, ['华锐', 'text'], ['Huarui Power', 'text'], ['ZX-9', 'code']];
    for (const piece of ['huarui', 'pow', 'zx9', 'z', 'xxm']) {
      expect(sorted(index.valuesWithWord(piece)), piece).toEqual(idsWhere(all, (p) => p.words.some((w) => w.startsWith(piece))));
    }
    expect([...index.valuesWithHan('华锐')]).toEqual(idsWhere(all, (p) => p.han.includes('华锐')));
  });

  it('counts the packed postings of values, not those registered later', () => {
    const index = new ValueIndex();
    const a = index.intern('alpha', 'text');
    const b = index.intern('beta', 'text');
    index.post(a, 0);
    index.post(b, 0);
    index.post(a, 1);
    index.seal();
    const later = index.intern('gamma', 'text');
    expect(index.postingCount([a, b, later])).toBe(3);
  });
});
