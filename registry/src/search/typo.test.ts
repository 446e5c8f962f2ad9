import { describe, expect, it } from 'vitest';
import { TypoMatcher, isTypoOf, typoBudget, typoDistance } from './typo.js';
import { matchRanges } from './highlight.js';
import { analyseQuery } from './tokens.js';

describe('typo rules', () => {
  it('give letters-only words one typo from 5 letters and two from 9; nothing with a digit or Han', () => {
    expect(['elec', 'huarui', 'electric', 'switchgear', 'xxm250s', '2500a', '华锐电气股份'].map(typoBudget)).toEqual([0, 1, 1, 2, 0, 0, 0]);
  });

  it('count insertions, deletions, substitutions and neighbour swaps as one typo each', () => {
    expect(typoDistance('huarui', 'huarul')).toBe(1);
    expect(typoDistance('deheng', 'dehneg')).toBe(1);
    expect(typoDistance('deheng', 'dheng')).toBe(1);
    expect(typoDistance('switchgear', 'swithcgaer')).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(isTypoOf('huarui', 'huarul')).toBe(true);
    expect(isTypoOf('huarui', 'huaroo')).toBe(false);
    expect(isTypoOf('kelu', 'kelo')).toBe(false);
  });
});

describe('highlight ranges', () => {
  const marked = (value: string, query: string) => {
    let out = '';
    let at = 0;
    for (const { start, length } of matchRanges(value, analyseQuery(query))) {
      out += `${value.slice(at, start)}[${value.slice(start, start + length)}]`;
      at = start + length;
    }
    return out + value.slice(at);
  };

  it('mark Chinese bigrams, merged where they overlap', () => {
    expect(marked('华锐电气股份有限公司', '锐电气')).toBe('华[锐电气]股份有限公司');
    expect(marked('华锐电气股份有限公司', '华 有限')).toBe('[华]锐电气股份[有限]公司');
  });

  it('mark word prefixes and punctuation-free keys across punctuation', () => {
    expect(marked('XXM-250S', 'xxm250s')).toBe('[XXM-250S]');
    expect(marked('XXM-250S', 'XXM 25')).toBe('[XXM]-[25]0S');
    expect(marked('Huarui Electric Co., Ltd.', 'elec')).toBe('Huarui [Elec]tric Co., Ltd.');
    expect(marked('Ｈｕａｒｕｉ', 'huarui')).toBe('[Ｈｕａｒｕｉ]');
  });

  it('mark a word within the typos of a query word, not one past them', () => {
    expect(marked('Huarui Electric Co., Ltd.', 'Huarul Electirc')).toBe('[Huarui] [Electric] Co., Ltd.');
    expect(marked('Huarui Electric', 'Huaroo')).toBe('Huarui Electric');
    expect(marked('XXM-250S', 'XXM260S')).toBe('XXM-250S');
  });
});

describe('TypoMatcher', () => {
  // The reference: the whole table, no early stop.
  const reference = (a: string, b: string) => {
    const x = [...a];
    const y = [...b];
    const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= x.length; i++) {
      for (let j = 1; j <= y.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[x.length]![y.length]!;
  };

  it('gives the exact distance within the budget and budget + 1 past it, for every pair of a random vocabulary', () => {
    // A small alphabet makes near words common; one astral letter checks code points.
    const alphabet = ['a', 'b', 'c', 'd', '𝒶'];
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const words = Array.from({ length: 150 }, () => Array.from({ length: 3 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    let within = 0;
    for (const word of words.slice(0, 30)) {
      for (const budget of [1, 2]) {
        const matcher = new TypoMatcher(word, budget);
        for (const term of words) {
          const exact = reference(term, word);
          expect(matcher.distance(term)).toBe(exact <= budget ? exact : budget + 1);
          if (exact <= budget) within++;
        }
      }
    }
    expect(within).toBeGreaterThan(100); // the sample does reach the budget's side
    expect(typoDistance('swithcgaer', 'switchgear')).toBe(reference('swithcgaer', 'switchgear'));
  });
});
