import { LockMode } from '@mikro-orm/core';
import {
  CertificateChangeStatus, CertificateChangeTestOutcome, User, recordChange,
  type CertificateChangeRequest, type Actor,
} from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import type { RuleFinding } from '../application/rules/finding.js';
import { issueChangeVersion } from './issue-change-version.js';
import { evaluatorsOfChange, requireStatus, runChangeStep, type ChangeContext } from './run-change-step.js';
import type { EntityManager } from '@mikro-orm/postgresql';

const CLAUSE = { VARIATION: '§8.2.2', EXTENSION: '§8.3.1' } as const;

/** The decider is not one of the engineers who evaluated the request (RULES.md part G, ISO/IEC 17065 7.5.1). */
async function separationFindings(em: EntityManager, request: CertificateChangeRequest, actor: Actor): Promise<RuleFinding[]> {
  if (!actor.userId || !(await evaluatorsOfChange(em, request.id)).has(actor.userId)) return [];
  return [{
    code: 'EVALUATOR_MAY_NOT_DECIDE', clause: '§6', field: 'actor',
    messageZh: '评价（检验或资料确认）该申请的人员不得作出决定。', messageEn: 'Someone who evaluated the request may not decide it.',
  }];
}

/**
 * §8.2.1/§8.2.2, §8.3.1: approval issues the new certificate version (same number, change date)
 * and only now puts the change into force. Testing, where it was needed, must have passed
 * ("检验合格或经资料确认后方能进行变更"). The certificate's own version guards against a
 * concurrent change of the certificate.
 */
export function approveChange(ctx: ChangeContext, id: string, version: number, certificateVersion: number, reason: string) {
  return runChangeStep(ctx, id, version, Operation.DECIDE_CERTIFICATE_CHANGE, async ({ em, request, actor, today, now }) => {
    requireStatus(request, [CertificateChangeStatus.AWAITING_DECISION]);
    await em.lock(request.certificate, LockMode.OPTIMISTIC, certificateVersion);
    const findings = await separationFindings(em, request, actor);
    if ((request.testingRequired || request.onSiteVerificationRequired) && request.testOutcome !== CertificateChangeTestOutcome.PASSED) {
      findings.push({
        code: 'TEST_NOT_PASSED', clause: CLAUSE[request.kind], field: 'testOutcome',
        messageZh: '检验或现场验证未合格，不能批准。', messageEn: 'The testing or on-site verification did not pass: the change cannot be approved.',
      });
    }
    if (findings.length) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
    const issued = await issueChangeVersion(em, request, { today });
    request.status = CertificateChangeStatus.APPROVED;
    request.decidedBy = em.getReference(User, actor.userId);
    request.decidedOn = today;
    request.decisionReason = reason.trim();
    request.resultingVersionNo = issued.versionNo;
    recordChange(em, {
      actor, at: now, action: 'certificate.version-issued', aggregateType: 'certificate', aggregateId: request.certificate.id,
      fromState: issued.status, toState: issued.status,
      payload: { number: request.certificate.number, versionNo: issued.versionNo, kind: request.kind, requestId: request.id, clause: CLAUSE[request.kind] },
      // The projector rebuilds the public record from certificateNumber.
      outbox: { type: 'certificate.version-issued', payload: { certificateNumber: request.certificate.number, versionNo: issued.versionNo, kind: request.kind } },
    });
    return {
      action: 'certificate-change.approved', notice: 'CERTIFICATE_CHANGE_APPROVED',
      values: { versionNo: String(issued.versionNo), date: today, detail: { zh: issued.summaryZh, en: issued.summaryEn } },
      payload: { versionNo: issued.versionNo },
    };
  });
}

/** §8.2.2: the change cannot be made; the certificate stays as it is. */
export function rejectChange(ctx: ChangeContext, id: string, version: number, reason: string) {
  return runChangeStep(ctx, id, version, Operation.DECIDE_CERTIFICATE_CHANGE, async ({ em, request, actor, today }) => {
    requireStatus(request, [CertificateChangeStatus.SUBMITTED, CertificateChangeStatus.TESTING, CertificateChangeStatus.AWAITING_DECISION]);
    if (!reason.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give the reason', { field: 'reason' });
    const findings = await separationFindings(em, request, actor);
    if (findings.length) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
    request.status = CertificateChangeStatus.REJECTED;
    request.decidedBy = em.getReference(User, actor.userId);
    request.decidedOn = today;
    request.decisionReason = reason.trim();
    return { action: 'certificate-change.rejected', notice: 'CERTIFICATE_CHANGE_REJECTED', values: { detail: reason.trim() }, payload: { reason: reason.trim() } };
  });
}

