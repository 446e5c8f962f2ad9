import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CertificateStatus, CertificateTransition, RequirementChangeKind, TransitionState, currentScheme, recordChange, type Actor, type RequirementChange,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { applyStatusCommand, statusStateOf } from '../certificate/change-certificate-status.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import type { StatusCommand } from '../certificate/status-machine.js';

const POPULATE = ['requirementChange', 'certificate.unit.applicant'] as const;

/** §8.4: the engineer records that a certificate completed its transition (its holder's change procedure). */
export async function recordTransition(
  ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock }, transitionId: string, version: number, note: string,
) {
  const now = ctx.clock.now();
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const t = isId(transitionId) ? await em.findOne(CertificateTransition, { id: transitionId }, { populate: POPULATE }) : null;
    if (!t) throw new AppError(ErrorCode.NOT_FOUND, 'No such transition');
    const viewer = authorizeViewer(ctx.viewer, Operation.RECORD_CERTIFICATE_TRANSITION, { organisationId: t.certificate.unit.applicant.id });
    await em.lock(t, LockMode.OPTIMISTIC, version);
    if (t.state === TransitionState.TRANSITIONED) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'The transition is already recorded', { status: t.state, clause: '§8.4' });
    const from = t.state;
    t.state = TransitionState.TRANSITIONED;
    t.completedOn = chinaDate(now);
    t.note = note.trim() || null;
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'certificate.transitioned', aggregateType: 'certificate-transition',
      aggregateId: t.id, fromState: from, toState: t.state, reason: t.note ?? null,
      payload: { number: t.certificate.number, requirementChangeId: t.requirementChange.id, clause: '§8.4' },
      outbox: { type: 'requirement-change.changed', payload: { requirementChangeId: t.requirementChange.id, transitionId: t.id } },
    });
    await em.flush();
    return t;
  }), 'transition');
}

/**
 * §8.5.1(2) with §8.5.1.1: the suspension that a missed transition gets. A rule change allows 3
 * months, a standard revision 12; the scheme's causes carry the lengths.
 */
export function missedTransitionSuspension(change: Pick<RequirementChange, 'kind' | 'titleZh' | 'titleEn' | 'transitionDeadline'>): StatusCommand {
  return {
    type: 'SUSPEND', reasonCode: 'S2', causeCode: change.kind === RequirementChangeKind.RULE ? 'RULE_CHANGE' : 'STANDARD_REVISION',
    publicReasonZh: `未在 ${change.transitionDeadline} 前完成认证要求变更（${change.titleZh}）的转换。`,
    publicReasonEn: `The transition to the changed requirements (${change.titleEn}) was not completed by ${change.transitionDeadline}.`,
  };
}

export interface TransitionSweepReport {
  suspended: string[];
  skipped: string[];
}

/**
 * After a transition deadline, suspends every VALID certificate still pending, marking its
 * transition SUSPENDED in the same transaction. Idempotent: only PENDING transitions are chosen.
 * A certificate suspended for another reason stays pending, and is caught once restored.
 */
export async function sweepTransitions(em: EntityManager, now: Date): Promise<TransitionSweepReport> {
  const today = chinaDate(now);
  const due = await em.fork().find(CertificateTransition, {
    state: TransitionState.PENDING, requirementChange: { transitionDeadline: { $lt: today } }, certificate: { status: CertificateStatus.VALID, expiresOn: { $gt: today } },
  }, { fields: ['id'], orderBy: { createdAt: 'asc' } });
  const report: TransitionSweepReport = { suspended: [], skipped: [] };
  for (const { id } of due) {
    await conflictsAsTypedErrors(() => em.fork().transactional(async (tx) => {
      const t = await tx.findOneOrFail(CertificateTransition, { id }, { populate: POPULATE });
      const certificate = t.certificate;
      const state = await statusStateOf(tx, certificate);
      // An expired certificate is the expiry sweep's to cancel (§8.5.3(1)), not this one's to suspend.
      if (t.state !== TransitionState.PENDING || state.status !== CertificateStatus.VALID || state.expiresOn <= today) {
        report.skipped.push(certificate.number);
        return;
      }
      await tx.lock(certificate, LockMode.OPTIMISTIC, certificate.version);
      const actor: Actor = { userId: null, role: 'SYSTEM' };
      await applyStatusCommand(tx, certificate, state, missedTransitionSuspension(t.requirementChange), { scheme: currentScheme, now, actor });
      t.state = TransitionState.SUSPENDED;
      await tx.flush();
      report.suspended.push(certificate.number);
    }), 'certificate').catch((error) => {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) report.skipped.push(id);
      else throw error;
    });
  }
  return report;
}
