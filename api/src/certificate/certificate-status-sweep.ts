import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, CertificateStatus, CertificateStatusRequest, StatusRequestKind, StatusRequestState, currentScheme } from '@cqc/db';
import { SYSTEM } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { changeCertificateStatus } from './change-certificate-status.js';
import { renewalCompletionDueOn, renewalsApplied } from '../recertification/renewal-state.js';
import { dueStatusCommand, type StatusState } from './status-machine.js';

export interface CertificateSweepReport {
  revoked: string[];
  cancelled: string[];
  /** §9: expired with a renewal applied for in time. */
  expired: string[];
  /** Changed by someone else between the selection and the write: left for the next run. */
  skipped: string[];
}


/**
 * §8.5.4(1) and §8.5.3(1) as a deadline sweep: suspensions that ran out unrestored are revoked,
 * certificates past expiry without a renewal are cancelled. Idempotent: a changed certificate is
 * no longer selected. Each certificate is its own transaction, re-checked inside it.
 */
export async function sweepCertificateStatuses(em: EntityManager, now: Date): Promise<CertificateSweepReport> {
  const today = chinaDate(now);
  const { VALID, SUSPENDED } = CertificateStatus;
  const candidates = await em.fork().find(Certificate, {
    $or: [
      { status: { $in: [VALID, SUSPENDED] }, expiresOn: { $lte: today } },
      { status: SUSPENDED, suspendedUntil: { $lt: today } },
    ],
  }, { fields: ['number', 'status', 'suspendedUntil', 'expiresOn'], orderBy: { number: 'asc' } });
  const pending = await pendingRestorations(em, candidates.map((c) => c.id));
  const renewals = await renewalsApplied(em.fork(), candidates.map((c) => c.id));
  const report: CertificateSweepReport = { revoked: [], cancelled: [], expired: [], skipped: [] };
  for (const candidate of candidates) {
    const state: StatusState = {
      status: candidate.status, suspendedUntil: candidate.suspendedUntil ?? null, expiresOn: candidate.expiresOn,
      restorationRequestedOn: pending.get(candidate.id) ?? null,
      renewalAppliedOn: renewals.get(candidate.id) ?? null, renewalCompletionDueOn: renewalCompletionDueOn(currentScheme, candidate.expiresOn),
    };
    const command = dueStatusCommand(state, today);
    if (!command) continue;
    try {
      await changeCertificateStatus({
        em, viewer: SYSTEM, clock: { now: () => now },
        guard: (_current, day, state) => {
          if (dueStatusCommand(state, day)?.type !== command.type) throw new AppError(ErrorCode.CONFLICT, 'no longer due');
        },
      }, candidate.number, 'CURRENT', command);
      (command.type === 'REVOKE' ? report.revoked : command.type === 'EXPIRE' ? report.expired : report.cancelled).push(candidate.number);
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) report.skipped.push(candidate.number);
      else throw error;
    }
  }
  return report;
}

/** Pending restoration requests of the given certificates: certificate id → request day. */
async function pendingRestorations(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await em.fork().find(CertificateStatusRequest, { certificate: { $in: ids }, kind: StatusRequestKind.RESTORATION, state: StatusRequestState.PENDING });
  return new Map(rows.map((r) => [r.certificate.id, r.requestedOn]));
}
