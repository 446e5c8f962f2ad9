import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, CertificationCase, Scheme } from '@cqc/db';
import { issueCertificate } from '../certificate/issue-certificate.js';
import { AppError, ErrorCode } from '../errors.js';
import { acceptanceGuard } from './case-guards.js';
import type { CaseCommand } from './case-machine.js';
import { guardDecision } from './decision-guards.js';
import { guardRequiredDocuments } from './document-requirements.js';
import { checkPlan, issuePlan } from '../plan/issue-plan.js';
import { chinaDate, type Clock } from '../clock.js';

/**
 * Everything a case command needs beyond the state machine, in one place: the content guards
 * of each step and the writes that belong to a transition's transaction.
 */
export function caseRules(scheme: Scheme, evaluationComplete: (em: EntityManager, caseId: string) => Promise<boolean>, clock?: Clock) {
  const acceptance = acceptanceGuard(scheme);
  return {
    guard: async (em: EntityManager, c: CertificationCase, command: CaseCommand, actor: Actor) => {
      await acceptance(em, c, command);
      await guardDecision(em, c, command, actor);
      // §3.2: the documents must be attached before submission. Without a clock the exemption
      // cannot be judged for today, and the questionnaire is required.
      if (command.type === 'SUBMIT') await guardRequiredDocuments(em, scheme, c, clock ? chinaDate(clock.now()) : null);
      if (command.type === 'COMPLETE_DOCUMENT_REVIEW') await checkPlan(em, command.plan);
      if (command.type === 'TERMINATE') {
        const reason = scheme.terminationReasons.find((r) => r.code === command.reasonCode && r.ends === 'TERMINATED');
        if (!reason) throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown termination reason ${command.reasonCode}`, { field: 'reasonCode' });
      }
      if (command.type === 'START_REVIEW' && !(await evaluationComplete(em, c.id))) {
        throw new AppError(ErrorCode.RULE_VIOLATION, 'The type test and the factory inspection (or its exemption) must be complete first', {
          findings: [{ code: 'EVALUATION_INCOMPLETE', clause: '§6.1', field: 'case', messageZh: '型式试验和工厂检查（或免除）尚未完成。', messageEn: 'The type test and the factory inspection (or its exemption) are not complete.' }],
        });
      }
    },
    onTransition: async (em: EntityManager, c: CertificationCase, command: CaseCommand, ctx: { now: Date; today: string; actor: Actor }) => {
      if (command.type === 'COMPLETE_DOCUMENT_REVIEW' && command.plan) await issuePlan(em, c, command.plan, ctx);
      if (command.type === 'APPROVE') await issueCertificate(em, c, { scheme, issuedOn: ctx.today, now: ctx.now, actor: ctx.actor });
    },
  };
}
