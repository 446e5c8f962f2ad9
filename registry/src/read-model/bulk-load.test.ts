import { LoadStrategy } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, SurveillancePlan } from '@cqc/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { insertIssuedCertificate, suspendCertificate } from '../testing/certificate-builder.js';
import { loadPublicCertificates } from './build.js';
import { toPublicCertificate } from './map.js';
import type { PublicCertificate } from './types.js';

let db: TestDatabase;
const NUMBERS = Array.from({ length: 5 }, (_, i) => `CQC2600000020${i + 1}`);

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [i, number] of NUMBERS.entries()) {
    await insertIssuedCertificate(db.orm.em.fork(), { number, models: [`XXM-${i + 1}00S`, `XXM-${i + 1}00H`, `XXM-${i + 1}00A`] });
  }
  await suspendCertificate(db.orm.em.fork(), NUMBERS[1]!);
});
afterAll(() => db.drop());

/** The reference: entities fully loaded by the ORM, then the same mapper. */
async function throughEntities(numbers: string[]): Promise<PublicCertificate[]> {
  const em = db.orm.em.fork();
  const certificates = await em.find(Certificate, { number: { $in: numbers } }, {
    populate: ['unit.applicant', 'unit.manufacturer', 'unit.factory.operator', 'unit.models', 'unit.keyComponentConfigurations.components', 'versions', 'statusHistory'],
    strategy: LoadStrategy.SELECT_IN,
    orderBy: { number: 'asc' },
  });
  const plans = await em.find(SurveillancePlan, { certificate: { $in: certificates.map((c) => c.id) }, concludedOn: { $ne: null } }, {
    orderBy: { concludedOn: 'desc', createdAt: 'desc' },
  });
  return certificates.map((c) => {
    const plan = plans.find((p) => p.certificate.id === c.id);
    return toPublicCertificate(c, undefined, plan ? { result: plan.status, date: plan.concludedOn! } : null);
  });
}

describe('bulk loading of public records', () => {
  it('gives exactly the records the entity graph gives', async () => {
    const bulk = await loadPublicCertificates(db.orm.em.fork(), [...NUMBERS, 'CQC99999999999']);
    expect(bulk).toHaveLength(NUMBERS.length);
    expect(bulk).toEqual(await throughEntities(NUMBERS));
  });
});
