import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, recordChange, countSqlStatements } from '@cqc/db';
import { runProjectorOnce } from '@cqc/registry';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { chinaDate } from '../clock.js';
import { certificateFilterSql } from './certificate-filter-sql.js';

interface Node {
  number: string; status: string; statusChangedAt: string; firstIssuedOn: string; expiresOn: string; productType: string; frameCurrent: number;
  manufacturer: { id: string }; factory: { id: string }; statusHistory: Array<{ reasonCode: string | null }>;
}

const LIST = `query($filter: RegulatorCertificateFilter, $first: Int, $after: String) {
  regulatorCertificates(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { number status statusChangedAt firstIssuedOn expiresOn productType frameCurrent
      manufacturer { id } factory { id } statusHistory { reasonCode } models { designation } } } } }`;
const COUNTS = `query($filter: RegulatorCertificateFilter) { regulatorCounts(filter: $filter) {
  total byStatus { key count } byProductType { key count } byIssueMonth { key count } byStatusChangeMonth { key count } } }`;
const FEED = `query($after: String, $first: Int) { certificateChanges(after: $after, first: $first) {
  pageInfo { hasNextPage endCursor } edges { cursor node { seq type certificateNumber recordedAt currentStatus } } } }`;


describe('regulator queries', () => {
  let p: TestPlatform;
  let token: string;
  let all: Node[];

  async function list(filter: Record<string, unknown>, first = 100): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data: any; errors?: unknown } = await p.gql(LIST, { filter, first, after }, token);
      expect(res.errors).toBeUndefined();
      const page: any = res.data.regulatorCertificates;
      nodes.push(...page.edges.map((e: { node: Node }) => e.node));
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(nodes.length);
        return nodes;
      }
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    token = await p.loginAs(Role.REGULATOR);
    all = await list({});
  });
  afterAll(() => p.close());

  it('list every certificate once, in number order, across pages', async () => {
    expect(all.length).toBe(p.batch.certificates.length);
    expect((await list({}, 7)).map((n) => n.number)).toEqual(all.map((n) => n.number));
    expect((await p.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const numbers = all.map((n) => n.number);
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('narrow by each filter exactly as the records say', async () => {
    const pick = <T,>(values: T[]) => [...new Set(values)].sort().slice(0, 2);
    const someReason = all.flatMap((n) => n.statusHistory.map((h) => h.reasonCode)).find((c): c is string => !!c)!;
    const issued = all.map((n) => n.firstIssuedOn).sort();
    const expires = all.map((n) => n.expiresOn).sort();
    const changed = all.map((n) => chinaDate(new Date(n.statusChangedAt))).sort();
    const mid = <T,>(xs: T[], q: number) => xs[Math.floor(xs.length * q)]!;
    const cases: Array<[Record<string, unknown>, (n: Node) => boolean]> = [
      [{ status: ['SUSPENDED', 'REVOKED'] }, (n) => ['SUSPENDED', 'REVOKED'].includes(n.status)],
      [{ issuedFrom: mid(issued, 0.25), issuedTo: mid(issued, 0.6) }, (n) => n.firstIssuedOn >= mid(issued, 0.25) && n.firstIssuedOn <= mid(issued, 0.6)],
      [{ expiresFrom: mid(expires, 0.5) }, (n) => n.expiresOn >= mid(expires, 0.5)],
      [{ expiresTo: mid(expires, 0.3) }, (n) => n.expiresOn <= mid(expires, 0.3)],
      [{ statusChangedFrom: mid(changed, 0.4), statusChangedTo: mid(changed, 0.8) }, (n) => {
        const d = chinaDate(new Date(n.statusChangedAt));
        return d >= mid(changed, 0.4) && d <= mid(changed, 0.8);
      }],
      [{ manufacturerId: [all[0]!.manufacturer.id] }, (n) => n.manufacturer.id === all[0]!.manufacturer.id],
      [{ factoryId: pick(all.map((n) => n.factory.id)) }, (n) => pick(all.map((x) => x.factory.id)).includes(n.factory.id)],
      [{ productType: ['MCCB'] }, (n) => n.productType === 'MCCB'],
      [{ frameCurrent: [all[0]!.frameCurrent] }, (n) => n.frameCurrent === all[0]!.frameCurrent],
      [{ reasonCode: [someReason] }, (n) => n.statusHistory.some((h) => h.reasonCode === someReason)],
      [{ status: ['VALID'], productType: ['ACB'] }, (n) => n.status === 'VALID' && n.productType === 'ACB'],
    ];
    for (const [filter, holds] of cases) {
      const expected = all.filter(holds).map((n) => n.number);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(all.length);
      expect((await list(filter)).map((n) => n.number), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('count by status, product type and month, each adding up to the total', async () => {
    const res = await p.gql(COUNTS, { filter: {} }, token);
    expect(res.errors).toBeUndefined();
    const c = res.data.regulatorCounts;
    expect(c.total).toBe(all.length);
    const sum = (b: Array<{ count: number }>) => b.reduce((s, x) => s + x.count, 0);
    for (const buckets of [c.byStatus, c.byProductType, c.byIssueMonth, c.byStatusChangeMonth]) expect(sum(buckets)).toBe(c.total);
    expect(c.byStatus.find((b: { key: string }) => b.key === 'VALID').count).toBe(all.filter((n) => n.status === 'VALID').length);
    const month = all[0]!.firstIssuedOn.slice(0, 7);
    expect(c.byIssueMonth.find((b: { key: string }) => b.key === month).count).toBe(all.filter((n) => n.firstIssuedOn.startsWith(month)).length);

    const mccb = (await p.gql(COUNTS, { filter: { productType: ['MCCB'] } }, token)).data.regulatorCounts;
    expect(mccb.total).toBe(all.filter((n) => n.productType === 'MCCB').length);
    expect(mccb.byProductType).toEqual([{ key: 'MCCB', count: mccb.total }]);
  });

  it('take the same number of SQL statements for 5 and for 50 certificates', async () => {
    const statementsFor = async (first: number) => {
      const counter = countSqlStatements();
      try {
        const res = await p.gql(LIST, { filter: { status: ['VALID', 'SUSPENDED', 'EXPIRED', 'REVOKED', 'CANCELLED'] }, first }, token);
        expect(res.data.regulatorCertificates.edges).toHaveLength(first);
        return counter.count;
      } finally {
        counter.restore();
      }
    };
    const five = await statementsFor(5);
    expect(five).toBeGreaterThan(0);
    expect(await statementsFor(50)).toBe(five);
  });

  it('page the change feed without skipping or repeating a change while changes are written and projected concurrently', async () => {
    const orm = p.db.orm;
    const numbers = all.map((n) => n.number);
    let writing = true;
    const writer = async (w: number) => {
      for (let t = 0; t < 8; t++) {
        await orm.em.fork().transactional(async (tx) => {
          for (let k = 0; k <= (w + t) % 3; k++) {
            const number = numbers[(w * 7 + t * 3 + k) % numbers.length]!;
            recordChange(tx, {
              actor: { userId: null, role: 'SYSTEM' }, at: p.clock.now(), action: 'test.touched', aggregateType: 'certificate', aggregateId: number,
              outbox: { type: 'certificate.status-changed', payload: { certificateNumber: number } },
            });
          }
        });
      }
    };
    const projector = async () => {
      while (writing || (await runProjectorOnce({ orm, index: p.index, batchSize: 3 })).processed > 0) {
        await runProjectorOnce({ orm, index: p.index, batchSize: 3 });
      }
    };
    const seen: number[] = [];
    let after: string | null = null;
    const readPage = async () => {
      const res = await p.gql(FEED, { after, first: 4 }, token);
      expect(res.errors).toBeUndefined();
      const page = res.data.certificateChanges;
      seen.push(...page.edges.map((e: { node: { seq: string } }) => Number(e.node.seq)));
      for (const e of page.edges) expect(e.node.currentStatus).toMatch(/^(VALID|SUSPENDED|REVOKED|CANCELLED|EXPIRED)$/);
      after = page.pageInfo.endCursor ?? after;
      return page.edges.length;
    };
    const reader = async () => {
      while (writing) await readPage();
    };
    const writers = Promise.all([0, 1, 2, 3, 4].map(writer)).then(() => { writing = false; });
    await Promise.all([writers, projector(), projector(), reader()]);
    await p.project();
    while ((await readPage()) > 0);

    const { rows } = await p.pool.query<{ max: string }>(`select max(seq) as max from registry_change`);
    const last = Number(rows[0]!.max);
    expect(last).toBeGreaterThan(all.length + 40);
    expect(seen).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });

  it('filter on indexes (each condition can be answered from its index, as at a million certificates)', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ issuedFrom: '2024-01-01' }, 'certificate_first_issued_on_index'],
      [{ expiresTo: '2026-01-01' }, 'certificate_expires_on_index'],
      [{ statusChangedFrom: '2026-01-01' }, 'certificate_status_changed_at_index'],
      [{ manufacturerId: [all[0]!.manufacturer.id] }, 'certification_unit_manufacturer_id_index'],
      [{ factoryId: [all[0]!.factory.id] }, 'certification_unit_factory_id_index'],
      [{ productType: ['ACB'], frameCurrent: [1600] }, 'certification_unit_product_type_frame_current_index'],
      [{ reasonCode: ['S3'] }, 'certificate_status_event_reason_code_certificate_id_index'],
    ];
    const client = await p.pool.connect();
    try {
      // The demo tables are tiny, so the planner would rightly scan them; forbid that to see the index is usable.
      await client.query('set enable_seqscan = off');
      for (const [filter, index] of cases) {
        const { from, where, params } = certificateFilterSql(filter);
        let n = 0;
        const sql = `explain select c.number from ${from} where ${where} order by c.number limit 21`.replace(/\?/g, () => `$${++n}`);
        const plan = (await client.query(sql, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(plan, JSON.stringify(filter)).toContain(index);
      }
    } finally {
      await client.query('reset enable_seqscan');
      client.release();
    }
  });

  it('is refused to the public and to enterprises', async () => {
    expect((await p.gql(FEED, { first: 1 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    expect((await p.gql(FEED, { first: 1 }, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(LIST, { first: 1 }, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const engineer = await p.loginAs(Role.ENGINEER);
    expect((await p.gql(FEED, { first: 1 }, engineer)).errors).toBeUndefined();
  });
});
