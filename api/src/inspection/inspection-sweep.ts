import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseClock, CaseStatus, FactoryInspection, InspectionStatus, SYSTEM_ACTOR, recordChange, schemeFor } from '@cqc/db';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { caseDueDate } from '../case/due-dates.js';
import { SYSTEM, runCaseCommand } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError } from '../errors.js';
import { INSPECTION_CLOCKS } from './inspection-clocks.js';

export interface InspectionSweepReport {
  /** Case numbers terminated by this run. */
  terminated: string[];
  /** Cases that could not be terminated this run (retried next time), with the error. */
  failed: { caseNo: string; error: string }[];
}

/** Thrown by the guard when the rectification was verified between the query and the command. */
class NoLongerOverdue extends Error {}

/**
 * §5.4 "未能按期完成整改的，终止认证": every case in evaluation whose rectification clock ran past
 * its due date is terminated (INSPECTION_RECTIFICATION_OVERDUE) by the platform, the inspection
 * FAILED in the same transaction. Idempotent: a terminated case has no running clock left, so a
 * second run finds nothing. The due date itself is the last day allowed.
 */
export async function sweepInspections(em: EntityManager, now: Date): Promise<InspectionSweepReport> {
  const today = chinaDate(now);
  const overdue = await em.fork().find(
    CaseClock,
    { key: INSPECTION_CLOCKS.RECTIFICATION, stoppedOn: null, dueOn: { $lt: today }, certificationCase: { status: CaseStatus.IN_EVALUATION } },
    { populate: ['certificationCase'], orderBy: { dueOn: 'asc' } },
  );
  const report: InspectionSweepReport = { terminated: [], failed: [] };
  const calendar = await loadWorkingDayCalendar(em.fork());
  for (const clock of overdue) {
    const c = clock.certificationCase;
    const scheme = schemeFor(c.schemeId, c.schemeVersion);
    const reason = scheme.terminationReasons.find((r) => r.code === 'INSPECTION_RECTIFICATION_OVERDUE')!;
    try {
      await runCaseCommand({
        em, viewer: SYSTEM, clock: { now: () => now }, dueDate: caseDueDate(scheme, calendar),
        // Re-checked inside the transaction: a verification may have landed since the query.
        guard: async (_em, found) => {
          const still = found.clocks.getItems().some((k) => k.key === INSPECTION_CLOCKS.RECTIFICATION && !k.stoppedOn && k.dueOn && k.dueOn < today);
          if (found.status !== CaseStatus.IN_EVALUATION || !still) throw new NoLongerOverdue();
        },
        onTransition: async (txEm, found, _command, at) => {
          const inspection = await txEm.findOneOrFail(FactoryInspection, { certificationCase: found.id });
          const from = inspection.status;
          inspection.status = InspectionStatus.FAILED;
          inspection.completedOn = at.today;
          recordChange(txEm, {
            actor: SYSTEM_ACTOR, at: at.now, action: 'inspection.rectification_overdue', aggregateType: 'inspection', aggregateId: inspection.id,
            fromState: from, toState: InspectionStatus.FAILED, reason: reason.zh,
            payload: { caseId: found.id, caseNo: found.caseNo, clause: `§${reason.clause}`, dueOn: clock.dueOn },
            outbox: { type: 'inspection.status-changed', payload: { inspectionId: inspection.id, caseId: found.id, caseNo: found.caseNo, from, to: InspectionStatus.FAILED } },
          });
        },
      }, c.id, 'CURRENT', { type: 'TERMINATE', reasonCode: reason.code, reason: `${reason.zh}（整改期限 ${clock.dueOn}）` });
      report.terminated.push(c.caseNo);
    } catch (error) {
      if (error instanceof NoLongerOverdue) continue;
      // A concurrent change (CONFLICT) or a case that moved on: the next run looks again.
      const code = error instanceof AppError ? String(error.extensions.code) : 'ERROR';
      report.failed.push({ caseNo: c.caseNo, error: `${code}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return report;
}
