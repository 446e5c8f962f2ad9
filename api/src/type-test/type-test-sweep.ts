import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseClock, schemeFor, type CertificationCase, type Scheme } from '@cqc/db';
import { loadWorkingDayCalendar } from '../calendar/calendar-service.js';
import { caseDueDate } from '../case/due-dates.js';
import { SYSTEM, runCaseCommand } from '../case/run-case-command.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';

/** A TEST_RECTIFICATION clock as the selection sees it. */
export interface RectificationClock {
  caseId: string;
  dueOn: string | null;
  stoppedOn: string | null;
}

const REASON_CODE = 'TEST_RECTIFICATION_OVERDUE';

/**
 * §4.2.3 "整改和复试应在 6 个月内完成，超过该期限的视为认证终止": the cases whose rectification
 * clock still runs on `today` after its due date. Pure.
 */
export function overdueRectifications(clocks: readonly RectificationClock[], today: string): string[] {
  return [...new Set(clocks.filter((c) => c.stoppedOn === null && c.dueOn !== null && today > c.dueOn).map((c) => c.caseId))];
}

export interface TypeTestSweepReport {
  terminated: string[];
  /** Cases left for the next run: changed meanwhile (retest passed, someone else acted). */
  skipped: string[];
}

/**
 * Terminates, as the system, every case whose 6 months of rectification and retest ran out.
 * Idempotent: a terminated case's clocks are stopped, so a second run selects nothing. Each case
 * is its own transaction; the guard re-reads the clock inside it, so a retest that passed after
 * the selection is not undone.
 */
export async function sweepTypeTests(em: EntityManager, now: Date): Promise<TypeTestSweepReport> {
  const today = chinaDate(now);
  const clocks = await em.fork().find(CaseClock, { key: 'TEST_RECTIFICATION', stoppedOn: null, dueOn: { $lt: today } }, { populate: ['certificationCase'] });
  const caseIds = overdueRectifications(clocks.map((c) => ({ caseId: c.certificationCase.id, dueOn: c.dueOn ?? null, stoppedOn: c.stoppedOn ?? null })), today);
  const report: TypeTestSweepReport = { terminated: [], skipped: [] };
  if (caseIds.length === 0) return report;
  const calendar = await loadWorkingDayCalendar(em.fork());
  for (const caseId of caseIds) {
    const { schemeId, schemeVersion } = clocks.find((c) => c.certificationCase.id === caseId)!.certificationCase;
    const scheme = schemeFor(schemeId, schemeVersion);
    try {
      await runCaseCommand({
        em, viewer: SYSTEM, clock: { now: () => now }, dueDate: caseDueDate(scheme, calendar),
        guard: async (_em, c) => {
          if (overdueRectifications(rectificationClocks(c), today).length === 0) throw new AppError(ErrorCode.CONFLICT, 'the rectification clock no longer runs');
        },
      }, caseId, 'CURRENT', { type: 'TERMINATE', reasonCode: REASON_CODE, reason: reasonText(scheme) });
      report.terminated.push(caseId);
    } catch (error) {
      // A case that moved on (or another sweep got there first) is not this run's to end.
      if (error instanceof AppError && ['CONFLICT', 'ILLEGAL_TRANSITION'].includes(String(error.extensions.code))) report.skipped.push(caseId);
      else throw error;
    }
  }
  return report;
}

function rectificationClocks(c: CertificationCase): RectificationClock[] {
  return c.clocks.getItems().filter((k) => k.key === 'TEST_RECTIFICATION').map((k) => ({ caseId: c.id, dueOn: k.dueOn ?? null, stoppedOn: k.stoppedOn ?? null }));
}

/** The scheme's own wording of the reason, both languages, as the applicant's notice shows it. */
function reasonText(scheme: Scheme): string {
  const reason = scheme.terminationReasons.find((r) => r.code === REASON_CODE);
  return reason ? `${reason.zh}（${reason.en}）` : REASON_CODE;
}
