import { describe, expect, it } from 'vitest';
import { PREFIX_CAP, analyseQuery, documentTokens, queryTokens, vocabularyWords } from './tokens.js';

const doc = (texts: string[], codes: string[] = []) => new Set(documentTokens({ texts, codes }));
/** What the embedded engine does: every query token must be among the document's tokens. */
const matches = (tokens: Set<string>, text: string) => {
  const q = queryTokens(text);
  return q !== null && q.length > 0 && q.every((t) => tokens.has(t));
};

describe('search tokens', () => {
  const huarui = doc(['华锐电气股份有限公司', 'Huarui Electric Co., Ltd.'], ['CQC26000000123', 'XXM-250S', 'HR-F01']);

  it('matches a Chinese name by any two-character fragment and by a single character', () => {
    expect(matches(huarui, '华锐')).toBe(true);
    expect(matches(huarui, '电气')).toBe(true);
    expect(matches(huarui, '锐电气股')).toBe(true);
    expect(matches(huarui, '华')).toBe(true);
    expect(matches(huarui, '华电')).toBe(false);
    expect(matches(huarui, '正泰')).toBe(false);
  });

  it('matches a model designation without case, spaces or punctuation', () => {
    for (const q of ['xxm250s', 'XXM-250S', 'XXM 250S', 'xxm-250', 'XXM250', '250S']) expect(matches(huarui, q)).toBe(true);
    expect(matches(huarui, 'xxm251')).toBe(false);
  });

  it('matches a designation stored with a space as one key', () => {
    expect(matches(doc([], ['XXM 400H']), 'xxm400h')).toBe(true);
  });

  it('matches Latin words as prefixes, without case, and ANDs terms', () => {
    expect(matches(huarui, 'huarui')).toBe(true);
    expect(matches(huarui, 'ELEC')).toBe(true);
    expect(matches(huarui, 'huarui electric')).toBe(true);
    expect(matches(huarui, 'huarui electrolux')).toBe(false);
    expect(matches(huarui, 'Co., Ltd.')).toBe(true);
    // A punctuated term is one key: it matches the same chunk, not words split differently.
    expect(matches(doc(['Huarui Co.,Ltd.']), 'Co.,Ltd.')).toBe(true);
    expect(matches(huarui, 'Co.,Ltd.')).toBe(false);
  });

  it('matches certificate numbers and factory codes', () => {
    expect(matches(huarui, 'CQC26000000123')).toBe(true);
    expect(matches(huarui, 'cqc26000000123')).toBe(true);
    expect(matches(huarui, 'hrf01')).toBe(true);
    expect(matches(huarui, 'HR-F01')).toBe(true);
  });

  it('never matches an unknown word, and treats blank and punctuation-only text apart', () => {
    expect(matches(huarui, 'zzyzx')).toBe(false);
    expect(queryTokens('')).toBeNull();
    expect(queryTokens('   ')).toBeNull();
    expect(queryTokens('--- ///')).toEqual([]);
  });

  it('normalises full-width characters', () => {
    expect(matches(huarui, 'ＸＸＭ－２５０Ｓ')).toBe(true);
  });

  it('caps prefix tokens and keeps very long words matchable as a whole', () => {
    const long = 'a'.repeat(PREFIX_CAP + 8);
    const tokens = doc([long]);
    expect([...tokens].filter((t) => t.startsWith('p:'))).toHaveLength(PREFIX_CAP);
    expect(matches(tokens, long)).toBe(true);
    expect(matches(tokens, 'a'.repeat(PREFIX_CAP))).toBe(true);
  });

  it('splits a query into Han and Latin pieces', () => {
    expect(analyseQuery('华锐电气 XXM-250S 华 Huarui Switchgear Co.,Ltd.')).toEqual([
      { kind: 'han', value: '华锐', typos: 0 },
      { kind: 'han', value: '锐电', typos: 0 },
      { kind: 'han', value: '电气', typos: 0 },
      { kind: 'latin', value: 'xxm250s', typos: 0 },
      { kind: 'han', value: '华', typos: 0 },
      { kind: 'latin', value: 'huarui', typos: 1 },
      { kind: 'latin', value: 'switchgear', typos: 2 },
      { kind: 'latin', value: 'coltd', typos: 0 },
    ]);
  });

  it('collects the Latin words of texts (not codes) as the typo vocabulary', () => {
    expect(vocabularyWords({ texts: ['华锐电气 Huarui Electric Co., Ltd.', 'Ｐｌａｎｔ 2', 'Type1 unit'], codes: ['XXM-250S', 'Breaker'] }).sort())
      .toEqual(['electric', 'huarui', 'plant', 'unit']);
  });
});
