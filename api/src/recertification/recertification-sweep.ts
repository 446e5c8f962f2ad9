import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, CertificateStatus, CertificationCase, SYSTEM_ACTOR, currentScheme, recordChange } from '@cqc/db';
import { applyStatusCommand, statusStateOf } from '../certificate/change-certificate-status.js';
import { dueStatusCommand } from '../certificate/status-machine.js';
import { chinaDate } from '../clock.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { AppError, ErrorCode } from '../errors.js';
import { RECERTIFICATION_NOTICE_TEXTS } from './recertification-notices.js';
import { RUNNING_RENEWAL, renewalCompletionDueOn } from './renewal-state.js';

export interface RecertificationSweepReport {
  /** EXPIRED certificates cancelled because their renewal was not completed in time (§9). */
  cancelled: string[];
  /** Renewal cases that continue as new applications. */
  treatedAsNew: string[];
  skipped: string[];
}

/**
 * §9 "证书到期后的 3 个月内应完成复审换证工作，否则按新申请处理" as a deadline sweep: an EXPIRED
 * certificate past the completion limit is cancelled (C5, through the one status path) and its
 * running renewal case is marked as a new application, in one transaction per certificate,
 * re-checked inside it. Idempotent: a cancelled certificate is no longer selected.
 */
export async function sweepRecertifications(em: EntityManager, now: Date): Promise<RecertificationSweepReport> {
  const today = chinaDate(now);
  const scheme = currentScheme;
  const candidates = await em.fork().find(Certificate, { status: CertificateStatus.EXPIRED }, { fields: ['number', 'expiresOn'], orderBy: { number: 'asc' } });
  const report: RecertificationSweepReport = { cancelled: [], treatedAsNew: [], skipped: [] };
  for (const candidate of candidates.filter((c) => today > renewalCompletionDueOn(scheme, c.expiresOn))) {
    try {
      const renewal = await conflictsAsTypedErrors(() => em.fork().transactional(async (tx) => {
        const found = await tx.findOneOrFail(Certificate, { number: candidate.number }, { populate: ['unit.applicant'] });
        await tx.lock(found, LockMode.OPTIMISTIC, found.version);
        const state = await statusStateOf(tx, found);
        const command = dueStatusCommand(state, today);
        if (command?.type !== 'CANCEL') throw new AppError(ErrorCode.CONFLICT, 'no longer due');
        await applyStatusCommand(tx, found, state, command, { scheme, now, actor: SYSTEM_ACTOR });
        const running = await tx.findOne(CertificationCase, { renewsCertificate: found, ...RUNNING_RENEWAL });
        if (running) {
          running.treatedAsNew = true;
          writeNotice(tx, {
            kind: 'RECERTIFICATION_TREATED_AS_NEW', text: RECERTIFICATION_NOTICE_TEXTS.TREATED_AS_NEW, recipient: found.unit.applicant, caseId: running.id, at: now,
            values: { number: found.number, caseNo: running.caseNo, completeBy: state.renewalCompletionDueOn },
          });
          recordChange(tx, {
            actor: SYSTEM_ACTOR, at: now, action: 'case.treated-as-new', aggregateType: 'case', aggregateId: running.id,
            fromState: running.status, toState: running.status, reason: '§9 否则按新申请处理',
            payload: { caseNo: running.caseNo, clause: '§9', renewsCertificate: found.number, completionDueOn: state.renewalCompletionDueOn },
            outbox: { type: 'case.changed', payload: { caseId: running.id, caseNo: running.caseNo } },
          });
        }
        await tx.flush();
        return running?.caseNo ?? null;
      }), 'certificate');
      report.cancelled.push(candidate.number);
      if (renewal) report.treatedAsNew.push(renewal);
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) report.skipped.push(candidate.number);
      else throw error;
    }
  }
  return report;
}
