import { describe, expect, it } from 'vitest';
import { MemoryCorpus } from './memory-corpus.js';
import { searchCorpus } from './memory-query.js';

function row(number: string, texts: string[]) {
  return { number, status: 'VALID', productType: 'MCCB', frameCurrent: 250, manufacturerId: 'm', organisationIds: [], texts, codes: [] };
}

const found = (corpus: MemoryCorpus, text: string) => searchCorpus(corpus, { text, limit: 10, offset: 0 }).numbers;

describe('the in-memory corpus after its build', () => {
  it('matches records written since the build by the values they hold now, however often rewritten', () => {
    const corpus = new MemoryCorpus();
    corpus.add(row('CQC1', ['华锐电气 断路器', 'Huarui Electric']));
    corpus.add(row('CQC2', ['德恒电器 断路器', 'Deheng Electrical']));
    corpus.seal();
    expect(found(corpus, '华锐')).toEqual(['CQC1']);

    corpus.apply(row('CQC1', ['Delta Power', '断路器']));
    expect(found(corpus, '华锐')).toEqual([]);
    expect(found(corpus, 'delta')).toEqual(['CQC1']);
    expect(found(corpus, '断路器')).toEqual(['CQC1', 'CQC2']);

    // Back to its first values: the values it held in between no longer match it.
    corpus.apply(row('CQC1', ['华锐电气 断路器', 'Huarui Electric']));
    expect(found(corpus, '华锐')).toEqual(['CQC1']);
    expect(found(corpus, 'delta')).toEqual([]);

    corpus.apply(row('CQC3', ['Delta Power 断路器']));
    expect(found(corpus, 'delta')).toEqual(['CQC3']);
    expect(found(corpus, 'Detla')).toEqual(['CQC3']); // a typo, through the vocabulary of the new value
    expect(found(corpus, '断路器')).toEqual(['CQC1', 'CQC2', 'CQC3']);
    corpus.remove('CQC3');
    expect(found(corpus, 'delta')).toEqual([]);
  });

  it('ranks exact matches first, then typo matches in number order, records written since the build included', () => {
    const corpus = new MemoryCorpus();
    const number = (n: number) => `CQC${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= 40; n++) corpus.add(row(number(n), [n <= 30 ? 'Delte Power' : 'Delta Power']));
    corpus.seal();
    corpus.apply(row('CQC00', ['Delte Power']));
    // 10 exact (31–40), then 31 within one typo: the page past the exact ones begins with CQC00.
    expect(searchCorpus(corpus, { text: 'delta', limit: 4, offset: 9 }).numbers).toEqual(['CQC40', 'CQC00', 'CQC01', 'CQC02']);
    expect(searchCorpus(corpus, { text: 'delta', limit: 3, offset: 38 }).numbers).toEqual(['CQC28', 'CQC29', 'CQC30']);
    expect(searchCorpus(corpus, { text: 'delta', limit: 3, offset: 0 }).totalCount).toBe(41);
  });
});
