import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CertificateStatus } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { runProjectorOnce } from './projector.js';
import { startProjector } from './projector-loop.js';
import { PostgresCertificateIndex } from './search/postgres-index.js';
import { insertIssuedCertificate, suspendCertificate } from './testing/certificate-builder.js';

let db: TestDatabase;
let pool: pg.Pool;
let index: PostgresCertificateIndex;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 6 });
  index = new PostgresCertificateIndex(pool);
  await index.init();
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const project = () => runProjectorOnce({ orm: db.orm, index, batchSize: 50 });
const feed = async () =>
  (await pool.query<{ seq: string; outbox_event_id: string; certificate_number: string }>(
    `select seq, outbox_event_id, certificate_number from registry_change order by seq`,
  )).rows.map((r) => ({ seq: Number(r.seq), outboxId: String(r.outbox_event_id), number: r.certificate_number }));
const unprocessed = async () => Number((await pool.query(`select count(*) from outbox_event where processed_at is null`)).rows[0].count);

// The cases build on each other's database state, in order: the feed is one sequence.
describe('registry projector', () => {
  it('projects a newly issued certificate into the index and the change feed', async () => {
    const outboxId = await insertIssuedCertificate(db.orm.em.fork(), { number: 'CQC26000000001', models: ['XXM-250S'] });
    expect(await project()).toEqual({ processed: 1 });
    const hits = (await index.search({ text: '华锐 xxm250s', limit: 10, offset: 0 })).hits.map((h) => h.record);
    expect(hits.map((h) => h.number)).toEqual(['CQC26000000001']);
    expect(hits[0]).toMatchObject({
      status: CertificateStatus.VALID,
      applicant: { nameZh: '华锐电气股份有限公司' },
      models: [{ designation: 'XXM-250S' }],
      keyComponentConfigurations: [{ label: 'A', components: [{ typeZh: '主触头弹簧', supplier: '宁波金源弹簧厂' }] }],
      versions: [{ versionNo: 0, changeSummaryEn: 'First issue' }],
      certificationBody: { nameZh: '中国质量认证中心' },
      latestSurveillance: null,
    });
    expect(await feed()).toEqual([{ seq: 1, outboxId, number: 'CQC26000000001' }]);
    expect(await unprocessed()).toBe(0);
    expect(await project()).toEqual({ processed: 0 });
  });

  it('applies a status change with the scheme reason label', async () => {
    await suspendCertificate(db.orm.em.fork(), 'CQC26000000001', 'S3');
    expect(await project()).toEqual({ processed: 1 });
    const record = (await index.getByNumbers(['CQC26000000001'])).get('CQC26000000001')!;
    expect(record.status).toBe(CertificateStatus.SUSPENDED);
    expect(record.statusHistory.at(-1)).toMatchObject({ reasonCode: 'S3', reasonZh: '监督结果证明违反认证要求，可通过整改纠正' });
    expect((await feed()).map((f) => f.seq)).toEqual([1, 2]);
  });

  it('is idempotent: re-applying events leaves the index and the feed as they were', async () => {
    const before = { record: await index.getByNumbers(['CQC26000000001']), feed: await feed() };
    await pool.query(`update outbox_event set processed_at = null`);
    expect(await project()).toEqual({ processed: 2 });
    expect(await index.getByNumbers(['CQC26000000001'])).toEqual(before.record);
    // Decision: an event already in the feed is not announced again and takes no sequence number.
    expect(await feed()).toEqual(before.feed);
    await insertIssuedCertificate(db.orm.em.fork(), { number: 'CQC26000000002', applicantZh: '德恒开关有限公司', applicantEn: 'Deheng Switchgear Co., Ltd.' });
    await project();
    expect((await feed()).map((f) => f.seq)).toEqual([1, 2, 3]);
  });

  it('processes a row that commits after a higher id was already processed', async () => {
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      const insert = `insert into outbox_event (created_at, type, aggregate_type, aggregate_id, payload)
        values (now(), 'certificate.status-changed', 'certificate', 'x', $1) returning id`;
      await a.query('begin');
      const idA = String((await a.query(insert, [{ certificateNumber: 'CQC26000000001' }])).rows[0].id);
      await b.query('begin');
      const idB = String((await b.query(insert, [{ certificateNumber: 'CQC26000000002' }])).rows[0].id);
      expect(BigInt(idA)).toBeLessThan(BigInt(idB));
      await b.query('commit');
      expect(await project()).toEqual({ processed: 1 });
      await a.query('commit');
      expect(await project()).toEqual({ processed: 1 });
      const rows = await feed();
      expect(rows.map((f) => f.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(rows.slice(3).map((f) => f.outboxId)).toEqual([idB, idA]);
      expect(await unprocessed()).toBe(0);
    } finally {
      a.release();
      b.release();
    }
  });

  it('marks events of other aggregates processed without announcing them', async () => {
    await pool.query(`insert into outbox_event (created_at, type, aggregate_type, aggregate_id, payload) values (now(), 'organisation.renamed', 'organisation', 'x', '{}')`);
    expect(await project()).toEqual({ processed: 1 });
    expect((await feed()).length).toBe(5);
  });

  it('runs as a polling loop that can be drained and stopped', async () => {
    const projector = startProjector({ orm: db.orm, index, batchSize: 1, intervalMs: 60_000 });
    try {
      await insertIssuedCertificate(db.orm.em.fork(), { number: 'CQC26000000003', models: ['XXM-630H'] });
      await suspendCertificate(db.orm.em.fork(), 'CQC26000000003');
      await projector.drain();
      expect(await unprocessed()).toBe(0);
      expect((await index.getByNumbers(['CQC26000000003'])).get('CQC26000000003')?.status).toBe(CertificateStatus.SUSPENDED);
    } finally {
      await projector.stop();
    }
  });

  it('picks up new events by polling', async () => {
    const projector = startProjector({ orm: db.orm, index, intervalMs: 20 });
    try {
      await insertIssuedCertificate(db.orm.em.fork(), { number: 'CQC26000000004' });
      await vi.waitFor(async () => expect((await index.getByNumbers(['CQC26000000004'])).size).toBe(1), { timeout: 10_000, interval: 20 });
    } finally {
      await projector.stop();
    }
  });
});
