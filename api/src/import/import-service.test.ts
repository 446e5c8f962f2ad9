import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, demoBatch, type ImportBatch } from '@cqc/db';
import { FakeClock } from '../clock.js';
import { importBatch } from './import-service.js';
import { ImportRejected } from './replay-history.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/index.js';
import { TEST_NOW } from '../../../test/support/clock.js';

const actor = { ...SYSTEM_ACTOR, role: 'IMPORT' };

describe('the import service', () => {
  let db: TestDatabase;
  const clock = new FakeClock(TEST_NOW);
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const counts = async () => {
    const conn = db.orm.em.getConnection();
    const [row] = await conn.execute(`select
      (select count(*) from certificate)::int as certificates,
      (select count(*) from certificate_version)::int as versions,
      (select count(*) from certificate_status_event)::int as events,
      (select count(*) from audit_event)::int as audits,
      (select count(*) from outbox_event)::int as outbox,
      (select count(*) from organisation)::int as organisations`);
    return row as Record<string, number>;
  };

  it('refuses a batch with one bad certificate and writes nothing at all', async () => {
    const batch: ImportBatch = demoBatch();
    const bad = structuredClone(batch);
    bad.certificates[5]!.history = [{ kind: 'RESTORED', on: '2025-01-01', publicReasonZh: '', publicReasonEn: '' }];
    await expect(importBatch(db.orm, bad, { clock, actor })).rejects.toThrow(ImportRejected);
    expect(await counts()).toMatchObject({ certificates: 0, versions: 0, events: 0, audits: 0, outbox: 0, organisations: 0 });
  });

  it('writes state, history, one audit event and one outbox event per certificate', async () => {
    const batch = demoBatch();
    const report = await importBatch(db.orm, batch, { clock, actor });
    expect(report.certificates).toBe(batch.certificates.length);
    const c = await counts();
    expect(c.certificates).toBe(batch.certificates.length);
    expect(c.audits).toBe(batch.certificates.length);
    expect(c.outbox).toBe(batch.certificates.length);
    const expectedEvents = batch.certificates.reduce((n, cert) => n + 1 + cert.history.length, 0);
    expect(c.events).toBe(expectedEvents);
    const varied = batch.certificates.filter((cert) => cert.history.some((h) => h.kind === 'VARIED' || h.kind === 'EXTENDED')).length;
    expect(c.versions).toBeGreaterThanOrEqual(batch.certificates.length + varied);
  });

  it('changes nothing when the same batch is imported again', async () => {
    const before = await counts();
    const report = await importBatch(db.orm, demoBatch(), { clock, actor });
    expect(report).toMatchObject({ certificates: 0, organisations: 0, users: 0, skippedCertificates: demoBatch().certificates.length });
    expect(await counts()).toEqual(before);
  });
});
