import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CertificateStatus, ProductType } from '@cqc/db';
import {
  ALL_FIXTURES, DEHENG, DEHENG_250, DEHENG_630, HUARUI, HUARUI_ACB, HUARUI_MCCB, MINGCHUAN_DECOY, numbersOf, publicCertificate,
} from '../testing/public-fixtures.js';
import type { CertificateIndex } from './port.js';
import { describeTypoFacetHighlightCases } from './contract-typo-facets.js';

export interface IndexUnderTest {
  index: CertificateIndex;
  cleanup(): Promise<void>;
}

const sorted = (numbers: string[]) => [...numbers].sort();

/**
 * The behaviour every CertificateIndex adapter must show (ARCHITECTURE.md, search semantics).
 * Each case gets a fresh, initialised index holding ALL_FIXTURES.
 */
export function describeCertificateIndexContract(name: string, makeIndex: () => Promise<IndexUnderTest>): void {
  describe(`CertificateIndex contract: ${name}`, () => {
    let subject: IndexUnderTest;
    let index: CertificateIndex;
    const search = (text: string, filter = {}, limit = 100, offset = 0) => index.search({ text, filter, limit, offset });

    beforeEach(async () => {
      subject = await makeIndex();
      index = subject.index;
      await index.init();
      await index.upsert(ALL_FIXTURES);
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('finds every certificate of an organisation by a two-character fragment of its Chinese name, and no other', async () => {
      for (const fragment of ['华锐', '锐电', '德恒']) {
        const result = await search(fragment);
        const owner = fragment === '德恒' ? [DEHENG_250, DEHENG_630] : [HUARUI_MCCB, HUARUI_ACB];
        expect(sorted(numbersOf(result.hits)), fragment).toEqual(sorted(numbersOf(owner)));
        expect(result.totalCount).toBe(owner.length);
      }
    });

    it('matches a single Chinese character as a prefix of the name', async () => {
      expect(numbersOf((await search('德')).hits)).toEqual(expect.arrayContaining(numbersOf([DEHENG_250, DEHENG_630])));
    });

    it('finds a model designation without case, spaces or punctuation', async () => {
      for (const text of ['xxm250s', 'XXM-250S', 'XXM 250S']) {
        expect(numbersOf((await search(text)).hits), text).toEqual([HUARUI_MCCB.number]);
      }
    });

    it('ranks the certificate whose number is the query first', async () => {
      const result = await search(HUARUI_MCCB.number);
      expect(result.hits[0]?.record.number).toBe(HUARUI_MCCB.number);
      expect(numbersOf(result.hits)).toContain(MINGCHUAN_DECOY.number);
      expect((await search(HUARUI_MCCB.number.toLowerCase())).hits[0]?.record.number).toBe(HUARUI_MCCB.number);
    });

    it('combines filters with text', async () => {
      expect(numbersOf((await search('华锐', { status: [CertificateStatus.VALID] })).hits)).toEqual([HUARUI_MCCB.number]);
      expect(numbersOf((await search('Deheng', { frameCurrent: [630] })).hits)).toEqual([DEHENG_630.number]);
      expect(numbersOf((await search('断路器', { organisationId: HUARUI.id, productType: [ProductType.ACB] })).hits)).toEqual([HUARUI_ACB.number]);
      expect((await search('华锐', { organisationId: DEHENG.id })).totalCount).toBe(0);
    });

    it('returns nothing for an unknown word, alone or beside known ones', async () => {
      for (const text of ['qzxjvw', '华锐 qzxjvw', '鑫鑫']) {
        const result = await search(text);
        expect(result, text).toEqual({ totalCount: 0, hits: [], facets: { status: [], productType: [], frameCurrent: [], manufacturer: [] } });
      }
    });

    it('lists by filters alone when the text is empty, in number order', async () => {
      const mccb = await search('', { productType: [ProductType.MCCB] });
      expect(numbersOf(mccb.hits)).toEqual(sorted(numbersOf([HUARUI_MCCB, DEHENG_250, DEHENG_630, MINGCHUAN_DECOY])));
      expect(numbersOf((await search('', { status: [CertificateStatus.SUSPENDED] })).hits)).toEqual([HUARUI_ACB.number]);
      expect(numbersOf((await search('', { organisationId: DEHENG.id })).hits)).toEqual([DEHENG_250.number, DEHENG_630.number]);
      expect(numbersOf((await search('', { frameCurrent: [250, 400] })).hits)).toEqual(sorted(numbersOf([HUARUI_MCCB, DEHENG_250, MINGCHUAN_DECOY])));
    });

    it('pages with limit and offset and reports the total', async () => {
      const pages = [];
      for (const offset of [0, 2, 4]) pages.push(await search('', {}, 2, offset));
      expect(pages.map((p) => p.totalCount)).toEqual([5, 5, 5]);
      expect(pages.map((p) => p.hits.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap((p) => numbersOf(p.hits))).toEqual(sorted(numbersOf(ALL_FIXTURES)));
      expect(await search('', {}, 2, 10)).toMatchObject({ totalCount: 5, hits: [] });
    });

    it('gets records by number, skipping unknown numbers', async () => {
      const found = await index.getByNumbers([HUARUI_ACB.number, 'CQC99000000000']);
      expect([...found.keys()]).toEqual([HUARUI_ACB.number]);
      expect(found.get(HUARUI_ACB.number)).toEqual(HUARUI_ACB);
    });

    it('replaces a record on upsert', async () => {
      const changed = { ...HUARUI_MCCB, status: CertificateStatus.SUSPENDED, models: HUARUI_MCCB.models.map((m) => ({ ...m, designation: m.designation.replace('250', '400') })) };
      await index.upsert([changed]);
      expect((await search('xxm250s')).totalCount).toBe(0);
      expect(numbersOf((await search('XXM-400S')).hits)).toEqual([HUARUI_MCCB.number]);
      expect((await index.getByNumbers([HUARUI_MCCB.number])).get(HUARUI_MCCB.number)).toEqual(changed);
      expect((await search('')).facets.status).toEqual([{ value: CertificateStatus.SUSPENDED, count: 2 }, { value: CertificateStatus.VALID, count: 2 }, { value: CertificateStatus.CANCELLED, count: 1 }]);
      expect((await search('')).totalCount).toBe(ALL_FIXTURES.length);
    });

    it('removes records', async () => {
      await index.remove([HUARUI_MCCB.number]);
      expect(numbersOf((await search('华锐')).hits)).toEqual([HUARUI_ACB.number]);
      expect((await index.getByNumbers([HUARUI_MCCB.number])).size).toBe(0);
      const facets = (await search('')).facets;
      expect(facets.status).toContainEqual({ value: CertificateStatus.VALID, count: 2 });
      expect(facets.manufacturer.find((m) => m.id === HUARUI.id)?.count).toBe(1);
    });

    it('keeps serving the old records during a rebuild and the new ones after commit', async () => {
      const newcomer = publicCertificate({ number: 'CQC26000000999', owner: DEHENG, factoryCode: 'DH-CZ02', productType: ProductType.ACB, frameCurrent: 1600, status: CertificateStatus.VALID, models: ['DHW3-1600'] });
      const rebuild = await index.beginRebuild();
      await rebuild.add([DEHENG_250]);
      await rebuild.add([newcomer]);
      expect((await search('')).totalCount).toBe(ALL_FIXTURES.length);
      expect((await search('dhw3')).totalCount).toBe(0);
      await rebuild.commit();
      expect(numbersOf((await search('')).hits)).toEqual([DEHENG_250.number, newcomer.number]);
      expect(numbersOf((await search('德恒 dhw3')).hits)).toEqual([newcomer.number]);
      expect((await search('')).facets.productType).toEqual([{ value: ProductType.ACB, count: 1 }, { value: ProductType.MCCB, count: 1 }]);
      expect((await index.getByNumbers([HUARUI_MCCB.number])).size).toBe(0);
    });

    it('leaves the index untouched when a rebuild is aborted', async () => {
      const rebuild = await index.beginRebuild();
      await rebuild.add([DEHENG_250]);
      await rebuild.abort();
      expect((await search('')).totalCount).toBe(ALL_FIXTURES.length);
    });

    describeTypoFacetHighlightCases(() => index, search);

    it('says whether it holds demo data', async () => {
      expect(await index.hasDemoData()).toBe(false);
      await index.upsert([{ ...DEHENG_630, isDemo: true }]);
      expect(await index.hasDemoData()).toBe(true);
    });
  });
}
