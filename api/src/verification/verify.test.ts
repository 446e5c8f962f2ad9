import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designationKey, countSqlStatements } from '@cqc/db';
import { insertSyntheticDocuments } from './synthetic-documents.js';
import { verificationLookupKeys } from '@cqc/registry';
import { VERIFY_SQL } from './verify.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const VERIFY = `query($ids: [String!]!) { verifyCertificates(identifiers: $ids) {
  identifier matched certificates { number status holder { nameZh nameEn } expiresOn suspendedUntil model { designation status withdrawnOn } }
} }`;


describe('batch verification (verifyCertificates)', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('answers numbers and model designations in the order given, ignoring case, spaces and punctuation, and marks unknown ones', async () => {
    const [first, second] = p.batch.certificates;
    const model = first!.models[0]!.designation;
    // Every certificate of the demo data listing that model (a model may be in several).
    const holders = p.batch.certificates.filter((c) => c.models.some((m) => designationKey(m.designation) === designationKey(model)));
    const spaced = `  ${model.replace(/-/g, ' ').toLowerCase()} `;
    const res = await p.gql(VERIFY, { ids: [second!.number.toLowerCase(), 'CQC-NOT-A-NUMBER', spaced, first!.number, 'XX NO SUCH MODEL'] });
    expect(res.errors).toBeUndefined();
    const results = res.data.verifyCertificates;
    expect(results.map((r: { matched: string }) => r.matched)).toEqual(['CERTIFICATE', 'UNKNOWN', 'MODEL', 'CERTIFICATE', 'UNKNOWN']);
    expect(results.map((r: { identifier: string }) => r.identifier)).toEqual([second!.number.toLowerCase(), 'CQC-NOT-A-NUMBER', spaced.trim(), first!.number, 'XX NO SUCH MODEL']);
    expect(results[0].certificates).toEqual([expect.objectContaining({ number: second!.number, holder: { nameZh: expect.any(String), nameEn: expect.any(String) }, model: null })]);
    expect(results[0].certificates[0].expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(results[1].certificates).toEqual([]);
    expect(results[2].certificates.map((c: { number: string }) => c.number).sort()).toEqual(holders.map((c) => c.number).sort());
    expect(results[2].certificates[0].model).toMatchObject({ designation: model, status: expect.stringMatching(/IN_SCOPE|WITHDRAWN/) });
  });

  it('shows the status the registry shows (a suspended certificate is SUSPENDED)', async () => {
    const suspended = p.batch.certificates.find((c) => c.history.at(-1)?.kind === 'SUSPENDED')!;
    const res = await p.gql(VERIFY, { ids: [suspended.number] });
    expect(res.data.verifyCertificates[0].certificates[0]).toMatchObject({ status: 'SUSPENDED', suspendedUntil: expect.stringMatching(/^\d{4}-/) });
  });

  it('refuses no identifier, more than 1,000, or an empty one, with BAD_USER_INPUT and nothing else', async () => {
    for (const ids of [[], Array.from({ length: 1001 }, (_, i) => `X${i}`), ['CQC1', '   ']]) {
      const res = await p.gql(VERIFY, { ids });
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifiers' });
    }
  });

  it('costs the same few SQL statements for 1,000 identifiers as for one', async () => {
    const numbers = p.batch.certificates.map((c) => c.number);
    const designations = p.batch.certificates.flatMap((c) => c.models.map((m) => m.designation));
    const many = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? numbers[i % numbers.length]! : i % 3 === 1 ? designations[i % designations.length]! : `UNKNOWN-${i}`));
    const one = countSqlStatements();
    await p.gql(VERIFY, { ids: [numbers[0]!] });
    one.restore();
    const thousand = countSqlStatements();
    const res = await p.gql(VERIFY, { ids: many });
    thousand.restore();
    expect(res.errors).toBeUndefined();
    expect(res.data.verifyCertificates).toHaveLength(1000);
    expect(res.data.verifyCertificates.filter((r: { matched: string }) => r.matched === 'UNKNOWN')).toHaveLength(333);
    expect(thousand.count).toBe(one.count);
    expect(thousand.count).toBeLessThanOrEqual(3);
  });

  it('looks a batch of 1,000 up key by key through the GIN index over the verification keys', async () => {
    await insertSyntheticDocuments(p.pool, 5_000);
    const keys = Array.from({ length: 1000 }, (_, i) => `syn${String(i * 5).padStart(8, '0')}`);
    // One `&&` over all the keys made the planner scan the whole table (275 s at a million).
    const { rows } = await p.pool.query<{ 'QUERY PLAN': string }>(`explain ${VERIFY_SQL}`, ['certificates', verificationLookupKeys(keys)]);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('Bitmap Index Scan on registry_document_verification_idx');
    expect(plan).not.toMatch(/Seq Scan on registry_document_/);
    const res = await p.gql(VERIFY, { ids: ['syn-00000042', 'SYNM 4242'] });
    expect(res.data.verifyCertificates.map((r: { matched: string; certificates: Array<{ number: string }> }) => [r.matched, r.certificates.map((c) => c.number)]))
      .toEqual([['CERTIFICATE', ['SYN00000042']], ['MODEL', ['SYN00004242']]]);
  });
});
