import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id chainSeq hash occurredAt actorId actorName actorRole action aggregateType aggregateId payload } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CHECK = `query($seq: String, $hash: String) { auditChainReport(anchorSeq: $seq, anchorHash: $hash) { intact checked headSeq headHash firstBroken { seq reason } } }`;

interface Node { id: string; chainSeq: string; hash: string; occurredAt: string; actorId: string | null; action: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown> }

/** The audit viewer and chain check over GraphQL, on the demo data imported as `pnpm start` does. */
describe('audit log viewer', () => {
  let p: TestPlatform;
  let admin: string;
  const all = async (filter: Record<string, unknown>, first = 7): Promise<Node[]> => {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await p.gql(LOG, { filter, first, after }, admin);
      expect(page.errors).toBeUndefined();
      nodes.push(...page.data.auditEvents.edges.map((e: { node: Node }) => e.node));
      if (!page.data.auditEvents.pageInfo.hasNextPage) return nodes;
      after = page.data.auditEvents.pageInfo.endCursor;
    }
  };
  beforeAll(async () => {
    p = await startTestPlatform();
    admin = await p.loginAs(Role.ADMIN);
  });
  afterAll(() => p.close());

  it('pages through every event newest first, without repeats, each with its chain position and hash', async () => {
    const { rows } = await p.pool.query(`select count(*)::int as n from audit_event`);
    const nodes = await all({}, 100);
    expect(nodes.length).toBe(rows[0].n);
    expect(nodes.length).toBeGreaterThan(20);
    const seqs = nodes.map((n) => Number(n.chainSeq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(nodes.every((n) => /^[0-9a-f]{64}$/.test(n.hash))).toBe(true);
  });

  it('filters by certificate, case, user and time, each as the database says', async () => {
    const { rows: [cert] } = await p.pool.query(`select id::text, number from certificate order by number limit 1`);
    const { rows: [user] } = await p.pool.query(`select id::text from app_user where role = 'ENGINEER' limit 1`);
    const caseId = '6f1c1f0e-8a7d-4c53-9a43-1b2a3c4d5e6f';
    // A case's own events and an event of another aggregate naming it, by one engineer.
    for (const [type, id, payload] of [['case', caseId, {}], ['case', caseId, {}], ['certificate', cert.id, { caseId, number: cert.number }]] as const) {
      await p.pool.query(`insert into audit_event (occurred_at, actor_id, actor_role, action, aggregate_type, aggregate_id, payload)
        values (now(), $1, 'ENGINEER', 'test.step', $2, $3, $4)`, [user.id, type, id, payload]);
    }
    const actor = { actor_id: user.id, n: 3 };
    const byCertificate = await all({ certificateNumber: cert.number });
    expect(byCertificate.every((n) => n.aggregateId === cert.id || n.payload.certificateNumber === cert.number || n.payload.number === cert.number)).toBe(true);

    expect(byCertificate.map((n) => n.action)).toEqual(['test.step', 'certificate.imported']);

    const byCase = await all({ caseId }, 2);
    expect(byCase.map((n) => n.aggregateType)).toEqual(['certificate', 'case', 'case']);
    const byUser = await all({ userId: actor.actor_id }, 100);
    expect(byUser.length).toBe(actor.n);
    expect(byUser.every((n) => n.actorId === actor.actor_id)).toBe(true);

    const times = (await all({}, 100)).map((n) => new Date(n.occurredAt).getTime()).sort((a, b) => a - b);
    const middle = new Date(times[Math.floor(times.length / 2)]!);
    const later = await all({ from: middle.toISOString() }, 100);
    const earlier = await all({ to: middle.toISOString() }, 100);
    expect(later.length + earlier.length).toBe(times.length);
    expect(later.every((n) => new Date(n.occurredAt) >= middle) && earlier.every((n) => new Date(n.occurredAt) < middle)).toBe(true);
  });

  it('checks the chain (intact on the demo data; an anchor from the report holds) and refuses bad input without a 500', async () => {
    const report = await p.gql(CHECK, {}, admin);
    expect(report.errors).toBeUndefined();
    const { intact, headSeq, headHash, firstBroken } = report.data.auditChainReport;
    expect({ intact, firstBroken }).toEqual({ intact: true, firstBroken: null });
    expect((await p.gql(CHECK, { seq: headSeq, hash: headHash }, admin)).data.auditChainReport.intact).toBe(true);
    const wrong = await p.gql(CHECK, { seq: headSeq, hash: 'f'.repeat(64) }, admin);
    expect(wrong.data.auditChainReport.firstBroken).toEqual({ seq: headSeq, reason: 'ANCHOR_MISMATCH' });
    expect((await p.gql(CHECK, { seq: headSeq }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await p.gql(LOG, { filter: { caseId: 'not-an-id' } }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await p.gql(LOG, { after: 'bogus' }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for administrators only', async () => {
    expect((await p.gql(LOG, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of [Role.ENTERPRISE, Role.ENGINEER, Role.DECIDER, Role.REGULATOR]) {
      const token = await p.loginAs(role);
      expect((await p.gql(LOG, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await p.gql(CHECK, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
