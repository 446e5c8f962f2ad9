import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { AdjustableClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createApi } from '../server.js';
import type { Sweep } from './sweeps.js';

describe('test mode', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('lets an ADMIN set the platform clock and run the sweeps over GraphQL, and nobody else', async () => {
    const clock = new AdjustableClock(p.clock);
    const seen: Date[] = [];
    const sweep: Sweep = { name: 'recording', run: async (_orm, now) => { seen.push(now); return { affected: 2 }; } };
    const api = await createApi({ orm: p.db.orm, index: p.index, clock, testMode: { clock, sweeps: [sweep] }, sessionPolicy: { idleMinutes: 60 * 24 * 400, absoluteHours: 24 * 400 } });
    try {
      const gql = (query: string, token?: string) => {
        const req = request(api.app).post('/graphql').set('content-type', 'application/json');
        return (token ? req.set('authorization', `Bearer ${token}`) : req).send({ query }).then((r) => r.body);
      };
      const admin = await p.loginAs(Role.ADMIN);
      const set = await gql(`mutation { setPlatformClock(now: "2026-09-01T00:00:00.000Z") { now testMode } }`, admin);
      expect(set.data.setPlatformClock).toEqual({ now: '2026-09-01T00:00:00.000Z', testMode: true });
      const ran = await gql(`mutation { runDueSweeps { at results { name affected } } }`, admin);
      expect(ran.data.runDueSweeps).toEqual({ at: '2026-09-01T00:00:00.000Z', results: [{ name: 'recording', affected: 2 }] });
      expect(seen).toEqual([new Date('2026-09-01T00:00:00Z')]);

      const engineer = await p.loginAs(Role.ENGINEER);
      expect((await gql(`mutation { runDueSweeps { at } }`, engineer)).errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await gql(`mutation { runDueSweeps { at } }`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
    }
  });

  it('is off unless the platform was started in it', async () => {
    const admin = await p.loginAs(Role.ADMIN);
    const res = await p.gql(`mutation { setPlatformClock(now: "2026-09-01T00:00:00.000Z") { now } }`, {}, admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TEST_MODE_OFF' });
    expect((await p.gql(`{ platformClock { testMode } }`)).data.platformClock.testMode).toBe(false);
  });

  it('is refused in production and never the default', () => {
    expect(loadConfig({}).TEST_MODE).toBe(false);
    expect(loadConfig({ TEST_MODE: 'true' }).TEST_MODE).toBe(true);
    expect(() => loadConfig({ TEST_MODE: 'true', NODE_ENV: 'production' })).toThrow(/TEST_MODE cannot be enabled/);
  });
});
