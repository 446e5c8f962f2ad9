import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const SEARCH = `query($q: String, $f: CertificateFilter, $first: Int, $after: String) {
  searchCertificates(query: $q, filter: $f, first: $first, after: $after) {
    totalCount
    edges { cursor node { number status productType frameCurrent manufacturer { id nameZh } models { designation } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const FACETED = `query($q: String, $f: CertificateFilter, $first: Int) {
  searchCertificates(query: $q, filter: $f, first: $first) {
    totalCount
    facets { status { value count } productType { value count } frameCurrent { value count } manufacturer { id nameZh nameEn count } }
    edges { node { number manufacturer { id nameEn } } highlights { field value ranges { start length } } }
  }
}`;

describe('searchCertificates over GraphQL', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('lists every certificate without a query, page by page with Relay cursors', async () => {
    const total = p.batch.certificates.length;
    const first = await p.gql(SEARCH, { first: 20 });
    expect(first.data.searchCertificates.totalCount).toBe(total);
    expect(first.data.searchCertificates.edges).toHaveLength(20);
    expect(first.data.searchCertificates.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen = new Set<string>(first.data.searchCertificates.edges.map((e: any) => e.node.number));
    let after = first.data.searchCertificates.pageInfo.endCursor;
    for (;;) {
      const page = await p.gql(SEARCH, { first: 20, after });
      for (const e of page.data.searchCertificates.edges) seen.add(e.node.number);
      if (!page.data.searchCertificates.pageInfo.hasNextPage) break;
      after = page.data.searchCertificates.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
  });

  it('filters by status, product type, frame current and organisation, combined with text', async () => {
    const suspended = await p.gql(SEARCH, { f: { status: ['SUSPENDED'] }, first: 100 });
    const expected = p.batch.certificates.filter((c) => c.history.at(-1)?.kind === 'SUSPENDED').length;
    expect(suspended.data.searchCertificates.totalCount).toBe(expected);
    expect(suspended.data.searchCertificates.edges.every((e: any) => e.node.status === 'SUSPENDED')).toBe(true);

    const acb = await p.gql(SEARCH, { f: { productType: ['ACB'] }, first: 100 });
    expect(acb.data.searchCertificates.edges.every((e: any) => e.node.productType === 'ACB')).toBe(true);

    const sample = acb.data.searchCertificates.edges[0].node;
    const byOrg = await p.gql(SEARCH, { f: { organisationId: sample.manufacturer.id, frameCurrent: [sample.frameCurrent] }, q: sample.models[0].designation, first: 100 });
    expect(byOrg.data.searchCertificates.edges.map((e: any) => e.node.number)).toContain(sample.number);
    expect(byOrg.data.searchCertificates.edges.every((e: any) => e.node.manufacturer.id === sample.manufacturer.id && e.node.frameCurrent === sample.frameCurrent)).toBe(true);
  });

  it('finds a model written with or without punctuation, and returns nothing for an unknown word', async () => {
    const designation = p.batch.certificates[0]!.models[0]!.designation;
    const squashed = designation.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    for (const q of [designation, squashed]) {
      const res = await p.gql(SEARCH, { q, first: 5 });
      expect(res.data.searchCertificates.edges.map((e: any) => e.node.number), q).toContain(p.batch.certificates[0]!.number);
    }
    const none = await p.gql(SEARCH, { q: 'qwertyuiopzz', first: 5 });
    expect(none.data.searchCertificates.totalCount).toBe(0);
  });

  it('ranks the certificate with the exact number first', async () => {
    const number = p.batch.certificates[7]!.number;
    const res = await p.gql(SEARCH, { q: number, first: 5 });
    expect(res.data.searchCertificates.edges[0].node.number).toBe(number);
  });

  it('counts facets over every match, filters by manufacturer, tolerates a typo and highlights the match', async () => {
    const all = (await p.gql(FACETED, { first: 1 })).data.searchCertificates;
    const sum = (counts: Array<{ count: number }>) => counts.reduce((n, c) => n + c.count, 0);
    expect(sum(all.facets.status)).toBe(all.totalCount);
    expect(sum(all.facets.productType)).toBe(all.totalCount);
    expect(sum(all.facets.frameCurrent)).toBe(all.totalCount);
    expect(sum(all.facets.manufacturer)).toBe(all.totalCount);

    const maker = all.facets.manufacturer[0];
    const byMaker = (await p.gql(FACETED, { f: { manufacturerId: [maker.id] }, first: 100 })).data.searchCertificates;
    expect(byMaker.totalCount).toBe(maker.count);
    expect(byMaker.facets.manufacturer).toEqual([maker]);
    expect(byMaker.edges.every((e: any) => e.node.manufacturer.id === maker.id)).toBe(true);

    // The maker's distinctive word (e.g. Ouneng) with two neighbouring letters swapped.
    const word: string = maker.nameEn.split(' ').find((w: string) => /^[A-Za-z]{5,8}$/.test(w) && !['Zhejiang', 'Shanghai', 'Jiangsu', 'Xiamen', 'Ningbo'].includes(w));
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    const found = (await p.gql(FACETED, { q: typo, first: 100 })).data.searchCertificates;
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.edges.map((e: any) => e.node.manufacturer.id)).toContain(maker.id);
    const highlight = found.edges[0].highlights.find((h: any) => h.field === 'manufacturer.nameEn');
    expect(highlight.ranges.map((r: any) => highlight.value.slice(r.start, r.start + r.length))).toEqual([word]);
    expect((await p.gql(FACETED, { first: 1 })).data.searchCertificates.edges[0].highlights).toEqual([]);
  });
});
