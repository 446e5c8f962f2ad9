import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { CertificateStatus } from '@cqc/db';
import { createApi } from '../server.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const CERTIFICATE = `query($n: String!) { certificate(number: $n) {
  number status suspendedUntil statusChangedAt firstIssuedOn issuedOn expiresOn currentVersionNo isDemo
  applicant { nameZh nameEn addressZh } manufacturer { nameZh } factory { nameZh factoryCode addressZh }
  unitName productType productNameZh series frameCurrent basis modeZh certificationBody { nameZh }
  models { designation productType mounting poles ratedVoltage frameCurrent ratedCurrents grade status }
  keyComponentConfigurations { label components { type typeZh model rating material grade dimensions supplier } }
  statusHistory { seq kind fromStatus toStatus occurredOn effectiveUntil reasonCode reasonZh publicReasonZh versionNo }
  versions { versionNo kind issuedOn changeSummaryZh }
  latestSurveillance { result date }
} }`;

describe('anonymous callers', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.close());

  it('read a certificate with its status, scope, key components, history and versions', async () => {
    const suspended = p.batch.certificates.find((c) => c.history.at(-1)?.kind === 'SUSPENDED')!;
    const res = await p.gql(CERTIFICATE, { n: suspended.number });
    expect(res.errors).toBeUndefined();
    const c = res.data.certificate;
    expect(c).toMatchObject({ number: suspended.number, status: CertificateStatus.SUSPENDED, isDemo: true, productType: suspended.productType });
    expect(c.suspendedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.models.length).toBeGreaterThanOrEqual(suspended.models.length);
    expect(c.keyComponentConfigurations[0].components.length).toBeGreaterThan(0);
    expect(c.statusHistory[0]).toMatchObject({ seq: 1, kind: 'ISSUED', toStatus: 'VALID' });
    expect(c.statusHistory.at(-1)).toMatchObject({ kind: 'SUSPENDED', toStatus: 'SUSPENDED' });
    expect(c.statusHistory.at(-1).reasonCode).toMatch(/^S\d$/);
    expect(c.statusHistory.at(-1).reasonZh).toBeTruthy();
    expect(c.versions[0]).toMatchObject({ versionNo: 0, kind: 'FIRST_ISSUE' });
  });

  it('get null for an unknown certificate number', async () => {
    const res = await p.gql(CERTIFICATE, { n: 'CQC99000000000' });
    expect(res.errors).toBeUndefined();
    expect(res.data.certificate).toBeNull();
  });

  it('find a certificate number in any letter case', async () => {
    const number = p.batch.certificates[0]!.number;
    const res = await p.gql(`query($n: String!) { certificate(number: $n) { number } }`, { n: number.toLowerCase() });
    expect(res.data.certificate.number).toBe(number);
  });

  it('see only public fields: the schema offers no private field on public types', async () => {
    const res = await p.gql(`{ __type(name: "Certificate") { fields { name } } }`);
    const names: string[] = res.data.__type.fields.map((f: { name: string }) => f.name);
    for (const privateField of ['id', 'documents', 'contacts', 'fees', 'notes', 'auditEvents', 'unit', 'applications', 'testReports']) {
      expect(names).not.toContain(privateField);
    }
    const party = await p.gql(`{ __type(name: "Party") { fields { name } } }`);
    expect(party.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['addressEn', 'addressZh', 'id', 'nameEn', 'nameZh']);
  });

  it('are refused everything that needs a sign-in, with UNAUTHENTICATED', async () => {
    const res = await p.gql(`mutation { logout }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await p.gql(`{ me { email } }`)).data.me).toBeNull();
  });

  it('get no field suggestions in validation errors', async () => {
    const res = await p.gql(`{ certificat(number: "x") { number } }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('get a typed 400 for a body that is not JSON, and a 413 for one that is too large', async () => {
    const malformed = await request(p.app).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const huge = await request(p.app).post('/graphql').set('content-type', 'application/json').send({ query: `{ registryInfo { demoData } }`, variables: { pad: 'x'.repeat(200_000) } });
    expect(huge.status).toBe(413);
  });

  it('cannot send batched operations', async () => {
    const res = await request(p.app).post('/graphql').set('content-type', 'application/json').send([{ query: '{ registryInfo { demoData } }' }, { query: '{ registryInfo { demoData } }' }]);
    expect(res.status).toBe(400);
  });

  it('cannot make a cross-site simple request (CSRF prevention)', async () => {
    const res = await request(p.app).get('/graphql').query({ query: '{ registryInfo { demoData } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('are held to the alias and token limits of the running API', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: registryInfo { demoData }`).join(' ');
    const tooMany = await p.gql(`{ ${aliases} }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = await p.gql(`{ ${Array.from({ length: 1200 }, () => 'registryInfo { demoData }').join(' ')} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('are held to the depth limit (shown with a limit low enough for this schema to reach)', async () => {
    const api = await createApi({ orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, limits: { maxDepth: 3 } });
    try {
      const post = (query: string) => request(api.app).post('/graphql').set('content-type', 'application/json').send({ query });
      const deep = await post(`{ searchCertificates { edges { node { applicant { nameZh } } } } }`);
      expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
      const shallow = await post(`{ searchCertificates { edges { cursor } } }`);
      expect(shallow.body.errors).toBeUndefined();
    } finally {
      await api.stop();
    }
  });

  it('are held to the cost limit (shown with a limit low enough for a search page to exceed)', async () => {
    const api = await createApi({ orm: p.db.orm, index: p.index, clock: p.clock, sessionPolicy: { idleMinutes: 60, absoluteHours: 12 }, limits: { maxCost: 20 } });
    try {
      const post = (query: string) => request(api.app).post('/graphql').set('content-type', 'application/json').send({ query });
      const costly = await post(`{ searchCertificates { edges { node { number models { designation grade poles ratedVoltage } keyComponentConfigurations { components { type supplier } } } } } }`);
      expect(costly.body.errors?.[0]?.message).toMatch(/cost/i);
      const cheap = await post(`{ registryInfo { demoData } }`);
      expect(cheap.body.errors).toBeUndefined();
    } finally {
      await api.stop();
    }
  });

  it('get BAD_USER_INPUT for a page size out of range or a forged cursor, never a 500', async () => {
    const big = await p.gql(`{ searchCertificates(first: 1000) { totalCount } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await p.gql(`{ searchCertificates(after: "bm9wZQ") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('learn that the registry holds demo data', async () => {
    expect((await p.gql(`{ registryInfo { demoData } }`)).data.registryInfo.demoData).toBe(true);
  });
});
