import { describe, expect, it } from 'vitest';
import { checkCredit, type CreditStatus, type PartyCredit } from './credit-check.js';

const STATUSES: CreditStatus[] = ['NONE', 'DISHONEST', 'SERIOUSLY_DISHONEST'];

describe('checkCredit (§3.2, §3.3)', () => {
  it('accepts and certifies when nobody is listed', () => {
    expect(checkCredit({ applicant: 'NONE', manufacturer: 'NONE', factory: 'NONE' })).toEqual({ mayAccept: true, mayIssueCertificate: true, findings: [] });
  });

  it('accepts but withholds the certificate while a party is listed as dishonest (§3.2)', () => {
    const result = checkCredit({ applicant: 'NONE', manufacturer: 'DISHONEST', factory: 'NONE' });
    expect(result).toMatchObject({ mayAccept: true, mayIssueCertificate: false });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'DISHONEST', clause: '§3.2', field: 'manufacturer' })]);
  });

  it('refuses the application when a party is seriously dishonest (§3.3), and no certificate either', () => {
    const result = checkCredit({ applicant: 'NONE', manufacturer: 'NONE', factory: 'SERIOUSLY_DISHONEST' });
    expect(result).toMatchObject({ mayAccept: false, mayIssueCertificate: false });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'SERIOUSLY_DISHONEST', clause: '§3.3', field: 'factory' })]);
  });

  it('holds for every combination of the three parties', () => {
    for (const applicant of STATUSES) for (const manufacturer of STATUSES) for (const factory of STATUSES) {
      const credit: PartyCredit = { applicant, manufacturer, factory };
      const all = [applicant, manufacturer, factory];
      const result = checkCredit(credit);
      const where = JSON.stringify(credit);
      expect(result.mayAccept, where).toBe(!all.includes('SERIOUSLY_DISHONEST'));
      expect(result.mayIssueCertificate, where).toBe(all.every((s) => s === 'NONE'));
      expect(result.findings.map((f) => f.field), where).toEqual(
        (['applicant', 'manufacturer', 'factory'] as const).filter((p) => credit[p] !== 'NONE'),
      );
    }
  });
});
