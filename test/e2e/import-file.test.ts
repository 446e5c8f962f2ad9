import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { sampleRows, writeWorkbook } from '@cqc/api';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

/**
 * The administrator's import (issue 6 point 5) over HTTP: upload to POST /imports, poll the
 * GraphQL query importJob, and find the certificates in the public registry after projection.
 */
describe('importing a certificate file through the API', () => {
  let p: TestPlatform;
  let admin: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    admin = await p.loginAs(Role.ADMIN);
  });
  afterAll(() => p.close());

  const JOB = `query($id: ID!) { importJob(id: $id) { status total done imported skipped issues { sheet row column code zh en } certificates { number row outcome } } }`;
  const upload = (content: Buffer, name: string, token?: string) => {
    let req = request(p.app).post('/imports');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.attach('file', content, name);
  };
  const finished = async (id: string) => {
    await p.idle();
    const res = await p.gql(JOB, { id }, admin);
    expect(res.errors).toBeUndefined();
    return res.data.importJob;
  };

  it('imports a workbook as a job whose progress reaches the total; the registry then shows the certificates', async () => {
    const res = await upload(await writeWorkbook(sampleRows(3)), 'existing.xlsx', admin);
    expect(res.status).toBe(202);
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'DONE', total: 3, done: 3, imported: 3, skipped: 0, issues: [] });
    await p.project();
    const found = await p.gql(`{ certificate(number: "CQC24000090003") { number status } }`);
    expect(found.data.certificate).toEqual({ number: 'CQC24000090003', status: 'VALID' });
  });

  it('imports nothing new when the same file is uploaded again, and says so per certificate', async () => {
    const res = await upload(await writeWorkbook(sampleRows(3)), 'existing.xlsx', admin);
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'DONE', imported: 0, skipped: 3 });
    expect(job.certificates.map((c: { outcome: string }) => c.outcome)).toEqual(['ALREADY_PRESENT', 'ALREADY_PRESENT', 'ALREADY_PRESENT']);
  });

  it('reports every bad row of an invalid file and writes nothing', async () => {
    const rows = sampleRows(5);
    rows.certificates = rows.certificates.slice(3);
    rows.certificates[0]!.first_issued_on = 'next week';
    rows.models = rows.models.filter((m) => String(m.certificate_number) >= 'CQC24000090004');
    rows.models.push({ ...rows.models[0]!, certificate_number: 'CQC24000090001', designation: 'X' });
    rows.key_components = [];
    rows.history = [];
    const res = await upload(await writeWorkbook(rows), 'bad.xlsx', admin);
    const job = await finished(res.body.id);
    expect(job.status).toBe('INVALID');
    expect(job.issues.map((i: { sheet: string; row: number; code: string }) => [i.sheet, i.row, i.code])).toEqual([
      ['certificates', 2, 'NOT_A_DATE'],
      ['models', 6, 'UNKNOWN_CERTIFICATE'],
    ]);
    expect(job.done).toBe(0);
    expect((await p.gql(`{ certificate(number: "CQC24000090005") { number } }`)).data.certificate).toBeNull();
  });

  it('refuses anyone but the administrator, before reading the file', async () => {
    const content = await writeWorkbook(sampleRows(1));
    expect((await upload(content, 'x.xlsx')).status).toBe(401);
    const engineer = await p.loginAs(Role.ENGINEER);
    const refused = await upload(content, 'x.xlsx', engineer);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const accepted = await upload(content, 'x.xlsx', admin);
    await p.idle();
    const read = await p.gql(JOB, { id: accepted.body.id }, engineer);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
