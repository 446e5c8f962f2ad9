import { describe, expect, it } from 'vitest';
import { MemoryCorpus } from './memory/memory-corpus.js';
import { searchCorpus } from './memory/memory-query.js';
import { analyseQuery, valueParts, valueVocabulary } from './tokens.js';

/** One record with these searchable values, and whether the in-memory engine finds it by `text`. */
function record(texts: string[], codes: string[] = [], number = 'CQC26000000123') {
  const corpus = new MemoryCorpus();
  corpus.add({ number, status: 'VALID', productType: 'MCCB', frameCurrent: 250, manufacturerId: 'm', organisationIds: [], texts, codes });
  corpus.seal();
  return (text: string) => searchCorpus(corpus, { text, limit: 10, offset: 0 }).totalCount === 1;
}

describe('search semantics of values and queries', () => {
  const huarui = record(['华锐电气股份有限公司', 'Huarui Electric Co., Ltd.'], ['XXM-250S', 'HR-F01']);

  it('matches a Chinese name by any two-character fragment and by a single character', () => {
    expect(huarui('华锐')).toBe(true);
    expect(huarui('电气')).toBe(true);
    expect(huarui('锐电气股')).toBe(true);
    expect(huarui('华')).toBe(true);
    expect(huarui('华电')).toBe(false);
    expect(huarui('正泰')).toBe(false);
  });

  it('matches a model designation without case, spaces or punctuation', () => {
    for (const q of ['xxm250s', 'XXM-250S', 'XXM 250S', 'xxm-250', 'XXM250', '250S']) expect(huarui(q), q).toBe(true);
    expect(huarui('xxm251')).toBe(false);
  });

  it('matches a designation stored with a space as one key', () => {
    expect(record([], ['XXM 400H'])('xxm400h')).toBe(true);
  });

  it('matches Latin words as prefixes, without case, and ANDs terms', () => {
    expect(huarui('huarui')).toBe(true);
    expect(huarui('ELEC')).toBe(true);
    expect(huarui('huarui electric')).toBe(true);
    expect(huarui('huarui electrolux')).toBe(false);
    expect(huarui('Co., Ltd.')).toBe(true);
    // A punctuated term is one key: it matches the same chunk, not words split differently.
    expect(record(['Huarui Co.,Ltd.'])('Co.,Ltd.')).toBe(true);
    expect(huarui('Co.,Ltd.')).toBe(false);
  });

  it('matches certificate numbers (as prefixes too) and factory codes', () => {
    expect(huarui('CQC26000000123')).toBe(true);
    expect(huarui('cqc26000000123')).toBe(true);
    expect(huarui('cqc2600')).toBe(true);
    expect(huarui('hrf01')).toBe(true);
    expect(huarui('HR-F01')).toBe(true);
    // A number with punctuation is matched as any code: by its words and its key.
    const dashed = record([], [], 'CQC-2026-0007');
    for (const q of ['cqc20260007', 'CQC-2026-0007', '2026', '0007']) expect(dashed(q), q).toBe(true);
  });

  it('never matches an unknown word, and matches nothing for punctuation-only text', () => {
    expect(huarui('zzyzx')).toBe(false);
    expect(huarui('--- ///')).toBe(false);
    expect(analyseQuery('--- ///')).toEqual([]);
  });

  it('normalises full-width characters', () => {
    expect(huarui('ＸＸＭ－２５０Ｓ')).toBe(true);
  });

  it('splits a value into Han tokens and words, a code also into its key', () => {
    expect(valueParts('华锐 XXM-250S', 'text')).toEqual({ han: ['华', '锐', '华锐'], words: ['xxm', '250s', 'xxm250s'] });
    expect(valueParts('XXM 250S', 'code').words).toEqual(['xxm', '250s', 'xxm250s']);
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

  it('takes the Latin words of letters only, from 4 letters, as the typo vocabulary', () => {
    expect(['华锐电气 Huarui Electric Co., Ltd.', 'Ｐｌａｎｔ 2', 'Type1 unit'].flatMap(valueVocabulary).sort())
      .toEqual(['electric', 'huarui', 'plant', 'unit']);
  });
});
