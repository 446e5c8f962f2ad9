import type { EntityManager } from '@mikro-orm/postgresql';
import type { Appeal } from '@cqc/db';
import { actorsOf, type AuditSubject } from '../audit/actors.js';

/**
 * Everyone who acted on what the appeal concerns: the case (its audit events, and events naming it
 * in their payload) or the certificate (its events, and events naming it by id or number). Read
 * from the append-only audit log, like the §6 evaluator check (api/src/case/decision-guards.ts):
 * who made or prepared the decision appealed may not decide the appeal (ISO/IEC 17065 7.13).
 */
export function involvedIn(em: EntityManager, appeal: Appeal): Promise<Set<string>> {
  const subjects: AuditSubject[] = [];
  if (appeal.case) subjects.push({ aggregateType: 'case', aggregateId: appeal.case.id, namedBy: { caseId: appeal.case.id } });
  if (appeal.certificate) {
    const { id, number } = appeal.certificate;
    subjects.push({ aggregateType: 'certificate', aggregateId: id, namedBy: { certificateId: id, number, certificateNumber: number } });
  }
  return actorsOf(em, subjects);
}
