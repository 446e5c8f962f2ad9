import { describe, expect, it } from 'vitest';
import { CertificateStatus, currentScheme as scheme } from '@cqc/db';
import { decideStatusChange, dueStatusCommand, type StatusCommand, type StatusState } from './status-machine.js';

const { VALID, SUSPENDED, REVOKED, CANCELLED, EXPIRED } = CertificateStatus;
const valid: StatusState = {
  status: VALID, suspendedUntil: null, expiresOn: '2030-06-30', restorationRequestedOn: null, renewalAppliedOn: null, renewalCompletionDueOn: '2030-09-30',
};
const reason = { publicReasonZh: '监督抽样不合格', publicReasonEn: 'Surveillance sample failed' };
const suspend = (causeCode: string, reasonCode = 'S3'): StatusCommand => ({ type: 'SUSPEND', reasonCode, causeCode, ...reason });

describe('certificate status machine (§8.5)', () => {
  it('suspends for at most 3 months for an ordinary cause and 12 for the holder’s seasonal request, counted from the notice (§8.5.1.1)', () => {
    const ordinary = scheme.suspensionCauses.find((c) => c.maxMonths === 3)!;
    const seasonal = scheme.suspensionCauses.find((c) => c.maxMonths === 12 && c.usualReasonCodes.includes('S8'))!;
    const a = decideStatusChange(valid, suspend(ordinary.code), scheme, '2026-11-30');
    const b = decideStatusChange(valid, suspend(seasonal.code, 'S8'), scheme, '2026-11-30');
    expect(a).toMatchObject({ ok: true, change: { to: SUSPENDED, reasonCode: 'S3', cause: ordinary.code, effectiveUntil: '2027-02-28', clause: '§8.5.1' } });
    expect(b).toMatchObject({ ok: true, change: { reasonCode: 'S8', cause: seasonal.code, effectiveUntil: '2027-11-30' } });
  });

  it('refuses unknown codes with the field named, and a suspension without its public reason', () => {
    const cause = scheme.suspensionCauses[0]!.code;
    expect(decideStatusChange(valid, suspend(cause, 'S10'), scheme, '2026-11-30')).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'reasonCode' });
    expect(decideStatusChange(valid, suspend('NO_SUCH_CAUSE'), scheme, '2026-11-30')).toMatchObject({ ok: false, field: 'causeCode' });
    expect(decideStatusChange(valid, { ...suspend(cause), publicReasonZh: '  ' }, scheme, '2026-11-30')).toMatchObject({ ok: false, field: 'publicReasonZh' });
    expect(decideStatusChange(valid, { type: 'REVOKE', reasonCode: 'C1', ...reason }, scheme, '2026-11-30')).toMatchObject({ ok: false, field: 'reasonCode' });
    expect(decideStatusChange(valid, { type: 'CANCEL', reasonCode: 'R1', ...reason }, scheme, '2026-11-30')).toMatchObject({ ok: false, field: 'reasonCode' });
  });

  it('restores only a suspended certificate, and only within the period (§8.5.2)', () => {
    const suspended: StatusState = { ...valid, status: SUSPENDED, suspendedUntil: '2027-02-28' };
    const restore: StatusCommand = { type: 'RESTORE', ...reason };
    expect(decideStatusChange(suspended, restore, scheme, '2027-02-28')).toMatchObject({ ok: true, change: { from: SUSPENDED, to: VALID, effectiveUntil: null } });
    expect(decideStatusChange(suspended, restore, scheme, '2027-03-01')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION', clause: '§8.5.2' });
    expect(decideStatusChange(valid, restore, scheme, '2027-01-01')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('makes REVOKED and CANCELLED final, and lets an EXPIRED certificate only be cancelled', () => {
    for (const status of [REVOKED, CANCELLED]) {
      for (const command of [suspend(scheme.suspensionCauses[0]!.code), { type: 'RESTORE', ...reason }, { type: 'CANCEL', reasonCode: 'C4', ...reason }, { type: 'REVOKE', reasonCode: 'R10', ...reason }] as StatusCommand[]) {
        expect(decideStatusChange({ ...valid, status }, command, scheme, '2027-01-01').ok).toBe(false);
      }
    }
    expect(decideStatusChange({ ...valid, status: EXPIRED }, { type: 'REVOKE', reasonCode: 'R10', ...reason }, scheme, '2027-01-01').ok).toBe(false);
    expect(decideStatusChange({ ...valid, status: EXPIRED }, { type: 'CANCEL', reasonCode: 'C5', ...reason }, scheme, '2027-01-01')).toMatchObject({ ok: true, change: { to: CANCELLED } });
  });

  it('sweeps: an unrestored suspension is revoked the day after its last day (R1); expiry without renewal cancels (C1)', () => {
    const suspended: StatusState = { ...valid, status: SUSPENDED, suspendedUntil: '2027-02-28' };
    expect(dueStatusCommand(suspended, '2027-02-28')).toBeNull();
    expect(dueStatusCommand(suspended, '2027-03-01')).toMatchObject({ type: 'REVOKE', reasonCode: 'R1' });
    expect(dueStatusCommand(valid, '2030-06-29')).toBeNull();
    expect(dueStatusCommand(valid, '2030-06-30')).toMatchObject({ type: 'CANCEL', reasonCode: 'C1' });
    // A suspension that outlasts the certificate ends with the certificate's expiry.
    expect(dueStatusCommand({ ...suspended, suspendedUntil: '2030-09-30' }, '2030-07-01')).toMatchObject({ type: 'CANCEL', reasonCode: 'C1' });
    for (const status of [REVOKED, CANCELLED]) expect(dueStatusCommand({ ...valid, status }, '2031-01-01')).toBeNull();
  });

  it('§9: at expiry a renewal applied for before it makes the certificate EXPIRED, with the completion deadline', () => {
    const renewing: StatusState = { ...valid, renewalAppliedOn: '2030-05-10' };
    expect(dueStatusCommand(renewing, '2030-06-29')).toBeNull();
    expect(dueStatusCommand(renewing, '2030-06-30')).toMatchObject({ type: 'EXPIRE' });
    expect(dueStatusCommand({ ...renewing, status: SUSPENDED, suspendedUntil: '2030-08-01' }, '2030-07-01')).toMatchObject({ type: 'EXPIRE' });
    // Applied for on the expiry day or later is no renewal in time: cancelled (C1).
    expect(dueStatusCommand({ ...valid, renewalAppliedOn: '2030-06-30' }, '2030-06-30')).toMatchObject({ type: 'CANCEL', reasonCode: 'C1' });
    const expire = dueStatusCommand(renewing, '2030-06-30')!;
    expect(decideStatusChange(renewing, expire, scheme, '2030-06-30')).toMatchObject({
      ok: true, change: { kind: 'EXPIRED', from: VALID, to: EXPIRED, effectiveUntil: '2030-09-30', reasonCode: null, clause: '§9' },
    });
    // Not before expiry, and not without a renewal.
    expect(decideStatusChange(renewing, expire, scheme, '2030-06-29')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(decideStatusChange(valid, expire, scheme, '2030-06-30')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(decideStatusChange({ ...renewing, status: EXPIRED }, expire, scheme, '2030-07-01')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('§9: an EXPIRED certificate not renewed by the completion deadline is cancelled (C5) the day after', () => {
    const expired: StatusState = { ...valid, status: EXPIRED, renewalAppliedOn: '2030-05-10' };
    expect(dueStatusCommand(expired, '2030-09-30')).toBeNull();
    expect(dueStatusCommand(expired, '2030-10-01')).toMatchObject({ type: 'CANCEL', reasonCode: 'C5' });
    // The deadline holds whether or not the renewal still runs.
    expect(dueStatusCommand({ ...expired, renewalAppliedOn: null }, '2030-10-01')).toMatchObject({ type: 'CANCEL', reasonCode: 'C5' });
    expect(decideStatusChange(expired, dueStatusCommand(expired, '2030-10-01')!, scheme, '2030-10-01')).toMatchObject({ ok: true, change: { from: EXPIRED, to: CANCELLED, reasonCode: 'C5' } });
  });
});
