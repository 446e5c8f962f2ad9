import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const QUERY = `query($n: String!) { registryFreshness { lagSeconds oldestPendingSince checkedAt } certificate(number: $n) { number statusAsOf } }`;

describe('registry freshness: status as of, and the projector lag', () => {
  let p: TestPlatform;
  let number: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    number = (await p.pool.query<{ number: string }>(`select number from certificate order by number limit 1`)).rows[0]!.number;
  });
  afterAll(() => p?.close());

  it('is up to date after projection, and shows when the registry last applied a change to the record', async () => {
    const res = await p.gql(QUERY, { n: number });
    expect(res.errors).toBeUndefined();
    expect(res.data.registryFreshness).toEqual({ lagSeconds: 0, oldestPendingSince: null, checkedAt: p.clock.now().toISOString() });
    const recorded = (await p.pool.query<{ recorded_at: Date }>(
      `select recorded_at from registry_change where certificate_number = $1 order by seq desc limit 1`, [number],
    )).rows[0]!.recorded_at;
    expect(new Date(res.data.certificate.statusAsOf).getTime()).toBe(recorded.getTime());
  });

  it('reports the age of the oldest change not yet projected, by the platform clock, and catches up after projection', async () => {
    const before = (await p.gql(QUERY, { n: number })).data.certificate.statusAsOf;
    // A change committed by a business transaction (the outbox row it writes), not yet projected.
    await p.pool.query(
      `insert into outbox_event (created_at, type, aggregate_type, aggregate_id, payload) values ($1, 'certificate.status-changed', 'certificate', $2, $3)`,
      [p.clock.now(), number, JSON.stringify({ certificateNumber: number })],
    );
    const written = p.clock.now();
    p.clock.advance(42_000);
    const waiting = (await p.gql(QUERY, { n: number })).data;
    expect(waiting.registryFreshness).toMatchObject({ lagSeconds: 42, oldestPendingSince: written.toISOString() });
    expect(waiting.certificate.statusAsOf).toBe(before);

    await p.project();
    const after = (await p.gql(QUERY, { n: number })).data;
    expect(after.registryFreshness.lagSeconds).toBe(0);
    expect(new Date(after.certificate.statusAsOf).getTime()).toBeGreaterThan(new Date(before).getTime());
  });

  it('answers statusAsOf for several certificates of one request (batched by a per-request loader)', async () => {
    const numbers = (await p.pool.query<{ number: string }>(`select number from certificate order by number limit 3`)).rows.map((r) => r.number);
    const res = await p.gql(`query($a: String!, $b: String!, $c: String!) {
      a: certificate(number: $a) { statusAsOf } b: certificate(number: $b) { statusAsOf } c: certificate(number: $c) { statusAsOf } }`,
    { a: numbers[0], b: numbers[1], c: numbers[2] });
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data).every((c) => (c as { statusAsOf: string | null }).statusAsOf !== null)).toBe(true);
  });
});
