import { describe, expect, it } from 'vitest';
import { CertificateStatus, currentScheme as scheme } from '@cqc/db';
import { CertificateAction as A, availableCertificateActions } from './available-status-actions.js';
import type { StatusState } from './status-machine.js';

const state = (status: CertificateStatus, extra: Partial<StatusState> = {}): StatusState => ({
  status, suspendedUntil: null, expiresOn: '2030-06-30', restorationRequestedOn: null, renewalAppliedOn: null, renewalCompletionDueOn: '2030-09-30', ...extra,
});
const decider = { mayDecide: true, mayRequest: false, openRequest: false, scheme, today: '2027-01-10' };
const holder = { mayDecide: false, mayRequest: true, openRequest: false, scheme, today: '2027-01-10' };

describe('available certificate actions: the status machine × the policy', () => {
  it('offers the decider what the status allows', () => {
    expect(availableCertificateActions(state(CertificateStatus.VALID), decider)).toEqual([A.SUSPEND, A.CANCEL, A.REVOKE]);
    expect(availableCertificateActions(state(CertificateStatus.SUSPENDED, { suspendedUntil: '2027-02-01' }), decider)).toEqual([A.RESTORE, A.CANCEL, A.REVOKE]);
    // After the period, restoration is gone (§8.5.2) unless the holder asked in time.
    expect(availableCertificateActions(state(CertificateStatus.SUSPENDED, { suspendedUntil: '2027-01-01' }), decider)).toEqual([A.CANCEL, A.REVOKE]);
    expect(availableCertificateActions(state(CertificateStatus.SUSPENDED, { suspendedUntil: '2027-01-01', restorationRequestedOn: '2026-12-30' }), decider)).toContain(A.RESTORE);
    expect(availableCertificateActions(state(CertificateStatus.EXPIRED), decider)).toEqual([A.CANCEL]);
    for (const final of [CertificateStatus.REVOKED, CertificateStatus.CANCELLED]) expect(availableCertificateActions(state(final), decider)).toEqual([]);
  });

  it('offers the holder its requests, none while one is open, and nothing without the right', () => {
    expect(availableCertificateActions(state(CertificateStatus.VALID), holder)).toEqual([A.REQUEST_SUSPENSION, A.REQUEST_CANCELLATION]);
    expect(availableCertificateActions(state(CertificateStatus.SUSPENDED, { suspendedUntil: '2027-02-01' }), holder)).toEqual([A.REQUEST_RESTORATION, A.REQUEST_CANCELLATION]);
    expect(availableCertificateActions(state(CertificateStatus.VALID), { ...holder, openRequest: true })).toEqual([]);
    expect(availableCertificateActions(state(CertificateStatus.VALID), { ...holder, mayRequest: false })).toEqual([]);
  });
});
