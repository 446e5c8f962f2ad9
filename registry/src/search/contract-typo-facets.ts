import { expect, it } from 'vitest';
import { CertificateStatus, ProductType } from '@cqc/db';
import {
  ALL_FIXTURES, DEHENG, DEHENG_250, DEHENG_630, HUAREI_MCCB, HUARUI, HUARUI_ACB, HUARUI_MCCB, KELU_MCCB, MINGCHUAN, MINGCHUAN_DECOY,
  TYPO_FIXTURES, numbersOf,
} from '../testing/public-fixtures.js';
import type { CertificateIndex, CertificateSearchFilter, CertificateSearchResult, SearchHit } from './port.js';

type Search = (text: string, filter?: CertificateSearchFilter, limit?: number, offset?: number) => Promise<CertificateSearchResult>;

const sorted = (numbers: string[]) => [...numbers].sort();

/** A hit's highlights as `field: va[lu]e` lines, the matched parts in brackets. */
export function marked(hit: SearchHit | undefined): string[] {
  return (hit?.highlights ?? []).map(({ field, value, ranges }) => {
    let out = '';
    let at = 0;
    for (const { start, length } of ranges) {
      out += `${value.slice(at, start)}[${value.slice(start, start + length)}]`;
      at = start + length;
    }
    return `${field}: ${out}${value.slice(at)}`;
  });
}

/** Typo tolerance, facets and highlighting (part of the contract suite; same fresh index per case). */
export function describeTypoFacetHighlightCases(index: () => CertificateIndex, search: Search): void {
  it('tolerates one typo in a Latin word from 5 letters, none below', async () => {
    await index().upsert(TYPO_FIXTURES);
    // Substitution, transposition, deletion, insertion.
    for (const text of ['Huarul', 'Dehneg', 'Dheng', 'Dehengg']) {
      expect((await search(text)).totalCount, text).toBeGreaterThan(0);
    }
    expect(sorted(numbersOf((await search('Huarul')).hits))).toEqual(sorted(numbersOf([HUARUI_MCCB, HUARUI_ACB])));
    expect(sorted(numbersOf((await search('Dehneg')).hits))).toEqual(sorted(numbersOf([DEHENG_250, DEHENG_630])));
    expect(numbersOf((await search('Kelu')).hits)).toEqual([KELU_MCCB.number]);
    expect((await search('Kelo')).totalCount).toBe(0);
    // Two typos at 6 letters: too many.
    expect((await search('Huaroo')).totalCount).toBe(0);
  });

  it('tolerates two typos from 9 letters', async () => {
    expect(numbersOf((await search('Mingshuam')).hits)).toEqual([MINGCHUAN_DECOY.number]);
    expect(sorted(numbersOf((await search('Swithcgaer')).hits))).toEqual(sorted(numbersOf([DEHENG_250, DEHENG_630])));
    expect((await search('Mingshuxm')).totalCount).toBe(0);
  });

  it('never applies typos to numbers, designations or words with digits', async () => {
    for (const text of ['XXM260S', 'XXM-250X', 'CQC26000000111', 'hrwz02']) {
      expect((await search(text)).totalCount, text).toBe(0);
    }
  });

  it('ranks exact matches before typo matches, then by number', async () => {
    await index().upsert(TYPO_FIXTURES);
    // Huarei sorts first by number but needs a typo to match "huarui" (and vice versa).
    expect(numbersOf((await search('huarui')).hits)).toEqual([HUARUI_MCCB.number, HUARUI_ACB.number, HUAREI_MCCB.number]);
    expect(numbersOf((await search('huarei')).hits)).toEqual([HUAREI_MCCB.number, HUARUI_MCCB.number, HUARUI_ACB.number]);
    // Page two continues in the same order.
    expect(numbersOf((await search('huarui', {}, 2, 2)).hits)).toEqual([HUAREI_MCCB.number]);
  });

  it('counts facets over the whole match set, not the page', async () => {
    const all = await search('', {}, 1);
    expect(all.facets.status).toEqual([
      { value: CertificateStatus.VALID, count: 3 }, { value: CertificateStatus.CANCELLED, count: 1 }, { value: CertificateStatus.SUSPENDED, count: 1 },
    ]);
    expect(all.facets.productType).toEqual([{ value: ProductType.MCCB, count: 4 }, { value: ProductType.ACB, count: 1 }]);
    expect(all.facets.frameCurrent).toEqual([
      { value: 250, count: 2 }, { value: 400, count: 1 }, { value: 630, count: 1 }, { value: 2000, count: 1 },
    ]);
    expect(all.facets.manufacturer).toEqual([
      { id: HUARUI.id, nameZh: HUARUI.nameZh, nameEn: HUARUI.nameEn, count: 2 },
      { id: DEHENG.id, nameZh: DEHENG.nameZh, nameEn: DEHENG.nameEn, count: 2 },
      { id: MINGCHUAN.id, nameZh: MINGCHUAN.nameZh, nameEn: MINGCHUAN.nameEn, count: 1 },
    ].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)));
    const huarui = await search('华锐');
    expect(huarui.facets.manufacturer).toEqual([{ id: HUARUI.id, nameZh: HUARUI.nameZh, nameEn: HUARUI.nameEn, count: 2 }]);
    expect(huarui.facets.status).toEqual([{ value: CertificateStatus.SUSPENDED, count: 1 }, { value: CertificateStatus.VALID, count: 1 }]);
  });

  it('narrows facets and hits by filters, the manufacturer among them', async () => {
    const mccb = await search('断路器', { productType: [ProductType.MCCB] });
    expect(mccb.totalCount).toBe(4);
    expect(mccb.facets.productType).toEqual([{ value: ProductType.MCCB, count: 4 }]);
    expect(mccb.facets.manufacturer.map((m) => [m.id, m.count])).toEqual(expect.arrayContaining([[HUARUI.id, 1], [DEHENG.id, 2], [MINGCHUAN.id, 1]]));
    const deheng = await search('', { manufacturerId: [DEHENG.id] });
    expect(numbersOf(deheng.hits)).toEqual([DEHENG_250.number, DEHENG_630.number]);
    expect(deheng.facets.manufacturer).toEqual([{ id: DEHENG.id, nameZh: DEHENG.nameZh, nameEn: DEHENG.nameEn, count: 2 }]);
    expect(deheng.facets.status).toEqual([{ value: CertificateStatus.CANCELLED, count: 1 }, { value: CertificateStatus.VALID, count: 1 }]);
    expect((await search('断路器', { manufacturerId: [HUARUI.id, MINGCHUAN.id], status: [CertificateStatus.VALID] })).totalCount).toBe(2);
    expect((await search('', { manufacturerId: ['not-an-id'] })).totalCount).toBe(0);
    expect((await search('')).totalCount).toBe(ALL_FIXTURES.length);
  });

  it('highlights Chinese bigrams, designations without punctuation and typo\'d words where they stand', async () => {
    const chinese = (await search('锐电')).hits.find((h) => h.record.number === HUARUI_MCCB.number);
    expect(marked(chinese)).toContain('manufacturer.nameZh: 华[锐电]气股份有限公司');
    expect(marked((await search('华锐电气')).hits[0])).toContain('applicant.nameZh: [华锐电气]股份有限公司');
    const model = (await search('xxm250s')).hits[0];
    expect(marked(model)).toEqual(expect.arrayContaining(['models.designation: [XXM-250S]']));
    expect(marked(model).join('\n')).not.toContain('XXM-250H]');
    const typo = (await search('Huarul')).hits[0];
    expect(marked(typo)).toContain('manufacturer.nameEn: [Huarui] Electric Co., Ltd.');
    const number = (await search(HUARUI_MCCB.number)).hits[0];
    expect(marked(number)).toContain(`number: [${HUARUI_MCCB.number}]`);
    expect((await search('')).hits.every((h) => h.highlights.length === 0)).toBe(true);
  });
}
