import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@cqc/db';
import { FakeClock } from '../../clock.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/index.js';
import { TEST_NOW } from '../../../../test/support/clock.js';
import { runTabularImport } from './run-import.js';
import { sampleRows } from './sample-rows.js';
import { EXAMPLE_ROWS, writeCsvFiles, writeWorkbook } from './workbook.js';
import { COLUMNS } from './columns.js';

const actor = { ...SYSTEM_ACTOR, role: 'IMPORT' };
const clock = new FakeClock(TEST_NOW);

describe('importing certificates from XLSX and CSV', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const count = async (table: string) => {
    const [row] = await db.orm.em.getConnection().execute(`select count(*)::int as n from ${table}`);
    return (row as { n: number }).n;
  };

  it('imports a valid workbook in chunks, with progress up to the total', async () => {
    const xlsx = await writeWorkbook(sampleRows(5));
    const progress: Array<[number, number]> = [];
    const result = await runTabularImport(db.orm, [{ name: 'certificates.xlsx', content: xlsx }], { clock, actor, chunkSize: 2, onProgress: (d, t) => void progress.push([d, t]) });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ status: 'DONE', total: 5, imported: 5, skipped: 0 });
    expect(progress).toEqual([[0, 5], [2, 5], [4, 5], [5, 5]]);
    expect(result.certificates.map((c) => c.outcome)).toEqual(Array(5).fill('IMPORTED'));
    expect(await count('certificate')).toBe(5);
    // Certificate 3 was suspended and restored: issued + 2 events.
    const [events] = await db.orm.em.getConnection().execute(`select count(*)::int as n from certificate_status_event e join certificate c on c.id = e.certificate_id where c.number = 'CQC24000090003'`);
    expect(events).toEqual({ n: 3 });
    expect(await count('organisation')).toBe(2);
    expect(await count('factory')).toBe(2);
  });

  it('imports nothing new when the same file runs again, and says so per certificate', async () => {
    const before = { certificates: await count('certificate'), audit: await count('audit_event'), outbox: await count('outbox_event') };
    const result = await runTabularImport(db.orm, [{ name: 'again.xlsx', content: await writeWorkbook(sampleRows(5)) }], { clock, actor, chunkSize: 2 });
    expect(result).toMatchObject({ status: 'DONE', imported: 0, skipped: 5 });
    expect(result.certificates.map((c) => c.outcome)).toEqual(Array(5).fill('ALREADY_PRESENT'));
    expect({ certificates: await count('certificate'), audit: await count('audit_event'), outbox: await count('outbox_event') }).toEqual(before);
  });

  it('imports the same data given as CSV files (the new certificates only)', async () => {
    const files = writeCsvFiles(sampleRows(7));
    const result = await runTabularImport(db.orm, files, { clock, actor });
    expect(result).toMatchObject({ status: 'DONE', total: 7, imported: 2, skipped: 5 });
    expect(result.certificates.filter((c) => c.outcome === 'IMPORTED').map((c) => c.number)).toEqual(['CQC24000090006', 'CQC24000090007']);
    expect(await count('certificate')).toBe(7);
  });

  it('imports the template’s example certificate with its extension and suspension', async () => {
    const result = await runTabularImport(db.orm, [{ name: 'template.xlsx', content: await writeWorkbook(EXAMPLE_ROWS) }], { clock, actor });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ status: 'DONE', imported: 1 });
    const [row] = await db.orm.em.getConnection().execute(`select count(*)::int as n from product_model m join certificate c on c.unit_id = m.unit_id where c.number = 'CQC23000000101'`);
    expect(row).toEqual({ n: 3 });
  });

  it('refuses a file with bad rows, writes nothing, and names every bad row with its reason', async () => {
    const rows = sampleRows(12);
    const certificates = rows.certificates.slice(7); // 090008 … 090012: not in the database yet
    const numbers = new Set(certificates.map((c) => c.number));
    const bad = {
      certificates: [...certificates, { ...certificates[0]!, series: 'DUP' }],
      models: rows.models.filter((m) => numbers.has(String(m.certificate_number))),
      key_components: rows.key_components.filter((k) => numbers.has(String(k.certificate_number))),
      history: rows.history.filter((h) => numbers.has(String(h.certificate_number))),
    };
    bad.certificates[1] = { ...bad.certificates[1]!, first_issued_on: '2024-02-30' };
    bad.certificates[2] = { ...bad.certificates[2]!, product_type: 'RCBO' };
    bad.models.push({ ...bad.models[0]!, certificate_number: 'CQC24000099999', designation: 'X-1' });
    // The `grade` column of models is left out of the file altogether.
    const modelColumns = COLUMNS.models.map((c) => c.name).filter((n) => n !== 'grade');
    const before = await count('certificate');
    const result = await runTabularImport(db.orm, [{ name: 'bad.xlsx', content: await writeWorkbook(bad, { models: modelColumns }) }], { clock, actor });

    expect(result.status).toBe('INVALID');
    const found = result.issues.map((i) => [i.sheet, i.row, i.column, i.code]);
    expect(found).toEqual([
      ['certificates', 3, 'first_issued_on', 'NOT_A_DATE'],
      ['certificates', 4, 'product_type', 'NOT_ONE_OF'],
      ['certificates', 7, 'number', 'DUPLICATE_NUMBER'],
      ['models', 1, 'grade', 'MISSING_COLUMN'],
      ['models', 12, 'certificate_number', 'UNKNOWN_CERTIFICATE'],
    ]);
    const byCode = Object.fromEntries(result.issues.map((i) => [i.code, i]));
    expect(byCode.NOT_A_DATE!.en).toBe('first_issued_on "2024-02-30" is not a date (YYYY-MM-DD)');
    expect(byCode.NOT_ONE_OF!.zh).toContain('ACB, MCCB');
    expect(byCode.DUPLICATE_NUMBER!.en).toBe('Certificate number CQC24000090008 appears twice in the file (first on row 2)');
    expect(byCode.UNKNOWN_CERTIFICATE!.zh).toContain('CQC24000099999');
    expect(await count('certificate')).toBe(before);
    expect(result.imported).toBe(0);
  });

  it('reports a history the rule does not allow at its certificate, and a history entry missing its reason', async () => {
    const rows = sampleRows(14);
    const mine = (r: Record<string, string | number>) => ['CQC24000090013', 'CQC24000090014'].includes(String(r.certificate_number ?? r.number));
    const file = {
      certificates: rows.certificates.filter(mine),
      models: rows.models.filter(mine),
      key_components: rows.key_components.filter(mine),
      history: [
        { certificate_number: 'CQC24000090013', kind: 'RESTORED', on: '2025-01-02' },
        { certificate_number: 'CQC24000090014', kind: 'REVOKED', on: '2025-01-02' },
      ],
    };
    const result = await runTabularImport(db.orm, writeCsvFiles(file), { clock, actor });
    expect(result.issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['certificates', 2, null, 'HISTORY_REJECTED'],
      ['history', 3, 'reason_code', 'REQUIRED_FOR_KIND'],
    ]);
    expect(result.issues[0]!.en).toContain('RESTORED is not possible while the certificate is VALID');
  });

  it('refuses CSV that is not UTF-8 and a file of another kind', async () => {
    const gbk = Buffer.from([0x6e, 0x75, 0x6d, 0x62, 0x65, 0x72, 0x0a, 0xd6, 0xd0, 0xce, 0xc4]);
    expect((await runTabularImport(db.orm, [{ name: 'certificates.csv', content: gbk }], { clock, actor })).issues.map((i) => i.code)).toEqual(['NOT_UTF8']);
    expect((await runTabularImport(db.orm, [{ name: 'data.pdf', content: Buffer.from('%PDF') }], { clock, actor })).issues.map((i) => i.code)).toEqual(['FILES']);
    expect((await runTabularImport(db.orm, [{ name: 'broken.xlsx', content: Buffer.from('not a zip') }], { clock, actor })).issues.map((i) => i.code)).toEqual(['UNREADABLE']);
  });

  it('checks a file in a dry run without writing', async () => {
    const before = await count('certificate');
    const result = await runTabularImport(db.orm, [{ name: 'dry.xlsx', content: await writeWorkbook(sampleRows(8)) }], { clock, actor, dryRun: true });
    expect(result).toMatchObject({ status: 'DRY_RUN', total: 8, skipped: 7 });
    expect(result.certificates.at(-1)).toEqual({ number: 'CQC24000090008', row: 9, outcome: 'WOULD_IMPORT' });
    expect(await count('certificate')).toBe(before);
  });
});
