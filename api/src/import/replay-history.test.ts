import { describe, expect, it } from 'vitest';
import { CertificateStatus, KeyComponentType, Mounting, ProductType, currentScheme, type ImportCertificate } from '@cqc/db';
import { ImportRejected, replayHistory } from './replay-history.js';

const TODAY = '2026-11-25';

function certificate(history: ImportCertificate['history'], firstIssuedOn = '2024-03-01'): ImportCertificate {
  return {
    number: 'CQC24000000001', applicantKey: 'a', manufacturerKey: 'a', factoryKey: 'f', productType: ProductType.MCCB,
    productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker', series: 'XXM', frameCurrent: 250,
    models: [{ designation: 'XXM-250S', mounting: Mounting.FIXED, poles: 3, ratedVoltage: 400, ratedCurrents: [100, 250], grade: '1' }],
    keyComponentConfigurations: [{ label: 'A', components: [{ type: KeyComponentType.MAIN_CONTACTS, material: 'AgW', grade: 'AgW50', dimensions: '10x8', supplier: 'S' }] }],
    firstIssuedOn, history,
  };
}
const reasons = { publicReasonZh: '原因', publicReasonEn: 'reason' };

describe('replaying an imported certificate history', () => {
  it('issues version 0 and a VALID certificate that expires after five years', () => {
    const r = replayHistory(certificate([]), currentScheme, TODAY);
    expect(r).toMatchObject({ status: CertificateStatus.VALID, expiresOn: '2029-03-01', suspendedUntil: null });
    expect(r.versions.map((v) => v.kind)).toEqual(['FIRST_ISSUE']);
    expect(r.events.map((e) => e.kind)).toEqual(['ISSUED']);
  });

  it('records a suspension then a restoration, and a variation as version 1', () => {
    const r = replayHistory(certificate([
      { kind: 'SUSPENDED', on: '2025-01-10', reasonCode: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY', until: '2025-04-10', ...reasons },
      { kind: 'RESTORED', on: '2025-03-01', ...reasons },
      { kind: 'VARIED', on: '2025-06-01', changeSummaryZh: '更换供应商', changeSummaryEn: 'Supplier changed' },
    ]), currentScheme, TODAY);
    expect(r.status).toBe(CertificateStatus.VALID);
    expect(r.events.map((e) => [e.seq, e.kind, e.fromStatus, e.toStatus])).toEqual([
      [1, 'ISSUED', null, 'VALID'], [2, 'SUSPENDED', 'VALID', 'SUSPENDED'], [3, 'RESTORED', 'SUSPENDED', 'VALID'], [4, 'VARIED', 'VALID', 'VALID'],
    ]);
    expect(r.versions.map((v) => [v.versionNo, v.kind])).toEqual([[0, 'FIRST_ISSUE'], [1, 'VARIATION']]);
    expect(r.statusChangedOn).toBe('2025-03-01');
  });

  it('withdraws a single model without changing the certificate status', () => {
    const r = replayHistory(certificate([{ kind: 'MODEL_WITHDRAWN', on: '2025-05-05', designation: 'XXM-250S', ...reasons }]), currentScheme, TODAY);
    expect(r.status).toBe(CertificateStatus.VALID);
    expect(r.withdrawn).toEqual({ 'XXM-250S': '2025-05-05' });
  });

  const refusals: Array<[string, ImportCertificate, RegExp]> = [
    ['a restoration of a valid certificate', certificate([{ kind: 'RESTORED', on: '2025-01-01', ...reasons }]), /not possible while the certificate is VALID/],
    ['an unknown reason code', certificate([{ kind: 'REVOKED', on: '2025-01-01', reasonCode: 'R99', ...reasons }]), /unknown revocation reason/],
    ['events out of order', certificate([
      { kind: 'SUSPENDED', on: '2025-02-01', reasonCode: 'S8', cause: 'HOLDER_REQUEST_SEASONAL', until: '2026-01-01', ...reasons },
      { kind: 'RESTORED', on: '2025-01-01', ...reasons },
    ]), /earlier than the entry before it/],
    ['a restoration after the suspension ran out', certificate([
      { kind: 'SUSPENDED', on: '2025-02-01', reasonCode: 'S3', cause: 'OTHER', until: '2025-05-01', ...reasons },
      { kind: 'RESTORED', on: '2025-06-01', ...reasons },
    ]), /after the suspension period ended/],
    ['anything after a revocation', certificate([
      { kind: 'REVOKED', on: '2025-01-01', reasonCode: 'R3', ...reasons },
      { kind: 'RESTORED', on: '2025-02-01', ...reasons },
    ]), /not possible while the certificate is REVOKED/],
    ['an expiry on another day than the expiry date', certificate([{ kind: 'EXPIRED', on: '2025-01-01' }]), /must fall on the expiry date/],
    ['a valid certificate past its expiry date', certificate([], '2021-01-01'), /expired on 2026-01-01/],
    ['a malformed number', { ...certificate([]), number: 'ABC-1' }, /number does not follow/],
    ['a date in the future', certificate([{ kind: 'CANCELLED', on: '2027-01-01', reasonCode: 'C4', ...reasons }]), /lies in the future/],
  ];
  for (const [what, input, message] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => replayHistory(input, currentScheme, TODAY)).toThrow(ImportRejected);
      expect(() => replayHistory(input, currentScheme, TODAY)).toThrow(message);
    });
  }
});
