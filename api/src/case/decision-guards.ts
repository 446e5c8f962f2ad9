import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, CertificationCase } from '@cqc/db';
import { checkCredit } from '../application/rules/credit-check.js';
import type { RuleFinding } from '../application/rules/finding.js';
import { AppError, ErrorCode } from '../errors.js';
import { actorsOf } from '../audit/actors.js';
import type { CaseCommand } from './case-machine.js';

/** Roles whose actions on a case make their holder one of its evaluators. */
const EVALUATING_ROLES = ['ENGINEER', 'INSPECTOR', 'LAB'];

/**
 * Everyone who evaluated the case: engineers who acted on it, inspectors and lab users whose
 * audit events name it. Read from the append-only audit log, which every action writes.
 */
export function evaluatorsOf(em: EntityManager, caseId: string): Promise<Set<string>> {
  return actorsOf(em, [{ aggregateType: 'case', aggregateId: caseId, namedBy: { caseId } }], EVALUATING_ROLES);
}

/**
 * §6 guards: the review and the decision are made by people who did not evaluate the case
 * (ISO/IEC 17065 7.5.1 practice, as RULES.md part G notes); a certificate is issued only when
 * every model is graded and no party is listed as dishonest (§3.2).
 */
export async function guardDecision(em: EntityManager, c: CertificationCase, command: CaseCommand, actor: Actor): Promise<void> {
  if (command.type !== 'COMPLETE_REVIEW' && command.type !== 'APPROVE' && command.type !== 'REJECT') return;
  const findings: RuleFinding[] = [];
  if (actor.userId && (await evaluatorsOf(em, c.id)).has(actor.userId)) {
    findings.push({
      code: 'EVALUATOR_MAY_NOT_DECIDE', clause: '§6', field: 'actor',
      messageZh: '参与评价（受理评审、检测或检查）的人员不得复核或决定本案。',
      messageEn: 'Someone who evaluated the case (document review, test or inspection) may not review or decide it.',
    });
  }
  if (command.type === 'APPROVE') {
    await em.populate(c, ['unit.models', 'unit.applicant', 'unit.manufacturer', 'unit.factory.operator']);
    const ungraded = c.unit.models.getItems().filter((m) => !m.grade);
    for (const m of ungraded) {
      findings.push({
        code: 'MODEL_NOT_GRADED', clause: '§4.2', field: `models.${m.designation}`,
        messageZh: `型号 ${m.designation} 尚无功耗等级（型式试验未完成）。`, messageEn: `Model ${m.designation} has no power-consumption grade yet (type test not complete).`,
      });
    }
    const credit = checkCredit({ applicant: c.unit.applicant.creditStatus, manufacturer: c.unit.manufacturer.creditStatus, factory: c.unit.factory.operator.creditStatus });
    if (!credit.mayIssueCertificate) findings.push(...credit.findings);
  }
  if (findings.length > 0) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
}
