import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationCase, type Scheme } from '@cqc/db';
import { checkCredit } from '../application/rules/credit-check.js';
import { AppError, ErrorCode } from '../errors.js';
import type { CaseCommand } from './case-machine.js';

/**
 * Content guards of the acceptance steps, beyond the state machine:
 * - ACCEPT: a party listed as seriously dishonest makes acceptance impossible (§3.3); the
 *   engineer refuses instead.
 * Reading the parties' credit at the moment of the command, not at submission, is deliberate:
 * a listing can change while the case waits.
 */
export function acceptanceGuard(_scheme: Scheme) {
  return async (_em: EntityManager, c: CertificationCase, command: CaseCommand): Promise<void> => {
    if (command.type !== 'ACCEPT') return;
    const unit = c.unit;
    const credit = checkCredit({
      applicant: unit.applicant.creditStatus,
      manufacturer: unit.manufacturer.creditStatus,
      factory: unit.factory.operator.creditStatus,
    });
    if (!credit.mayAccept) {
      const findings = credit.findings.filter((f) => f.code === 'SERIOUSLY_DISHONEST');
      throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
    }
  };
}
