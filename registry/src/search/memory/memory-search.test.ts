import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { ALL_FIXTURES, DEHENG, DEHENG_250, HUARUI_ACB, HUARUI_MCCB, numbersOf, publicCertificate } from '../../testing/public-fixtures.js';
import { CertificateStatus, ProductType } from '@cqc/db';
import { PostgresCertificateIndex } from '../postgres-index.js';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 6 });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

/** Two processes' indexes over one alias: `writer` writes, `reader` searches. */
async function pair() {
  const alias = `memory_${randomBytes(4).toString('hex')}`;
  const writer = new PostgresCertificateIndex(pool, alias);
  await writer.init();
  await writer.upsert(ALL_FIXTURES);
  const reader = new PostgresCertificateIndex(pool, alias, { memory: 'wait' });
  await reader.init();
  await reader.ready();
  return { writer, reader, alias };
}

const search = (index: PostgresCertificateIndex, text: string) => index.search({ text, limit: 100, offset: 0 });

describe('the in-memory index of the embedded engine (decision 0013)', () => {
  it("sees another process's upserts, replacements and removals at its next search", async () => {
    const { writer, reader } = await pair();
    expect(numbersOf((await search(reader, '德恒')).hits).sort()).toEqual(['CQC25000000201', 'CQC25000000202']);

    // DEHENG_250 changes hands: the old name must stop matching it, the new one must.
    const renamed = { ...DEHENG_250, manufacturer: { ...DEHENG, nameZh: '恒远开关有限公司', nameEn: 'Hengyuan Switchgear Co., Ltd.' },
      applicant: { ...DEHENG, nameZh: '恒远开关有限公司', nameEn: 'Hengyuan Switchgear Co., Ltd.' },
      factory: { ...DEHENG_250.factory, nameZh: '恒远开关有限公司', nameEn: 'Hengyuan Switchgear Co., Ltd.' } };
    const added = publicCertificate({ number: 'CQC26000000999', owner: DEHENG, factoryCode: 'DH-CZ02', productType: ProductType.MCCB,
      frameCurrent: 100, status: CertificateStatus.VALID, models: ['DHM9-100'] });
    await writer.upsert([renamed, added]);
    await writer.remove([HUARUI_ACB.number]);

    expect(numbersOf((await search(reader, '德恒')).hits).sort()).toEqual(['CQC25000000202', 'CQC26000000999']);
    expect(numbersOf((await search(reader, '恒远')).hits)).toEqual(['CQC25000000201']);
    expect(numbersOf((await search(reader, 'hengyuan')).hits)).toEqual(['CQC25000000201']);
    expect(numbersOf((await search(reader, 'dhm9100')).hits)).toEqual(['CQC26000000999']);
    expect(numbersOf((await search(reader, '华锐')).hits)).toEqual([HUARUI_MCCB.number]);
    expect((await reader.search({ text: '', limit: 10, offset: 0 })).totalCount).toBe(ALL_FIXTURES.length);

    // Removed, then issued again under the same number: found again.
    await writer.upsert([HUARUI_ACB]);
    expect(numbersOf((await search(reader, '华锐')).hits).sort()).toEqual([HUARUI_MCCB.number, HUARUI_ACB.number].sort());
  });

  it('answers from the new generation once another process commits a rebuild', async () => {
    const { writer, reader } = await pair();
    const rebuild = await writer.beginRebuild();
    await rebuild.add([HUARUI_MCCB]);
    await rebuild.commit();
    const all = await reader.search({ text: '', limit: 10, offset: 0 });
    expect(numbersOf(all.hits)).toEqual([HUARUI_MCCB.number]);
    expect(all.totalCount).toBe(1);
  });

  it('counts and facets every match exactly, and pages in number order', async () => {
    const alias = `memory_${randomBytes(4).toString('hex')}`;
    const many = Array.from({ length: 12 }, (_, i) => publicCertificate({ number: `CQC2600000${String(500 + i)}`, owner: DEHENG,
      factoryCode: 'DH-CZ01', productType: ProductType.MCCB, frameCurrent: i % 2 ? 250 : 630, status: CertificateStatus.VALID, models: [`DHM1-${i}`] }));
    const index = new PostgresCertificateIndex(pool, alias);
    await index.init();
    await index.upsert([...many].reverse());
    const all = await search(index, '德恒');
    expect(all.totalCount).toBe(12);
    expect(all.totalCountIsEstimate).toBeUndefined();
    expect(all.facets.frameCurrent).toEqual([{ value: 250, count: 6 }, { value: 630, count: 6 }]);
    expect(numbersOf(all.hits)).toEqual(many.map((c) => c.number));
    expect(numbersOf((await index.search({ text: '德恒', limit: 3, offset: 9 })).hits)).toEqual(many.slice(9).map((c) => c.number));
  });

  it('answers from the previous generation while building a new one committed elsewhere (background mode)', async () => {
    const { writer, alias } = await pair();
    const reader = new PostgresCertificateIndex(pool, alias, { memory: 'background' });
    await reader.ready();
    const rebuild = await writer.beginRebuild();
    await rebuild.add([HUARUI_MCCB]);
    await rebuild.commit();
    // The first search after the swap notices it and still answers (numbers the new generation lacks are left out)…
    const during = await search(reader, '德恒');
    expect(during.hits).toEqual([]);
    // …and once the new generation is built, answers from it.
    await reader.ready();
    expect((await reader.search({ text: '', limit: 10, offset: 0 })).totalCount).toBe(1);
  });

  it('builds again once many records were written since its build, and stays correct meanwhile and after', async () => {
    const { writer, alias } = await pair();
    const reader = new PostgresCertificateIndex(pool, alias, { memory: 'wait', rebuildAfter: 1 });
    await reader.ready();
    const memory = (reader as unknown as { memory: { corpus: { writtenSinceBuild: number } } }).memory;
    const added = ['CQC26000000991', 'CQC26000000992'].map((number, i) => publicCertificate({ number, owner: DEHENG, factoryCode: 'DH-CZ03',
      productType: ProductType.MCCB, frameCurrent: 100, status: CertificateStatus.VALID, models: [`DHM8-${i}`] }));
    await writer.upsert(added);
    expect(numbersOf((await search(reader, 'dhm8')).hits)).toEqual(added.map((c) => c.number));
    // The search that applied them started a new build; ready() waits for it.
    await reader.ready();
    expect(memory.corpus.writtenSinceBuild).toBe(0);
    expect(numbersOf((await search(reader, 'dhm8')).hits)).toEqual(added.map((c) => c.number));
    expect((await reader.search({ text: '', limit: 10, offset: 0 })).totalCount).toBe(ALL_FIXTURES.length + 2);
  });

  it('reads the documents of rows written before the search columns existed', async () => {
    const { alias } = await pair();
    await pool.query(`update registry_document set search_texts = null, search_codes = null
      where generation = (select generation from registry_alias where alias = $1)`, [alias]);
    const reader = new PostgresCertificateIndex(pool, alias, { memory: 'wait' });
    await reader.init();
    expect(numbersOf((await search(reader, 'xxm250s')).hits)).toEqual([HUARUI_MCCB.number]);
    expect(numbersOf((await search(reader, '德恒 630')).hits)).toEqual(['CQC25000000202']);
  });
});
