import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationCase, Notice, schemeFor, timeLimit, type TimeLimitKey } from '@cqc/db';
import { clockState } from '../calendar/deadline.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { CaseClockType, CertificationCaseType } from './case-types.js';
import type { CaseDocumentType } from './case-document-types.js';
import type { CertificationPlanType } from '../plan/plan-types.js';
import { caseDueDate, clockLimit } from './due-dates.js';

/** Everything a case view shows, loaded for many cases in a constant number of queries. */
export const CASE_POPULATE = [
  'unit.applicant', 'unit.manufacturer', 'unit.factory', 'unit.models', 'unit.keyComponentConfigurations.components', 'clocks', 'assignedEngineer',
] as const;

export async function loadNotices(em: EntityManager, caseIds: string[]): Promise<Map<string, Notice[]>> {
  const notices = caseIds.length ? await em.find(Notice, { caseId: { $in: caseIds } }, { orderBy: { createdAt: 'asc' } }) : [];
  const byCase = new Map<string, Notice[]>();
  for (const n of notices) byCase.set(n.caseId!, [...(byCase.get(n.caseId!) ?? []), n]);
  return byCase;
}

/** The GraphQL view of a loaded case; clocks are judged against `today` on the calendar. */
export function toCaseView(
  c: CertificationCase, notices: Notice[], calendar: WorkingDayCalendar, today: string,
  extras: { documents?: CaseDocumentType[]; plan?: CertificationPlanType | null } = {},
): CertificationCaseType {
  const scheme = schemeFor(c.schemeId, c.schemeVersion);
  const unit = c.unit;
  const dueDate = caseDueDate(scheme, calendar);
  const clocks: CaseClockType[] = c.clocks.getItems().map((clock) => {
    const limit = timeLimit(scheme, clock.key as TimeLimitKey);
    const state = { key: clock.key, round: clock.round, startedOn: clock.startedOn, pauses: clock.pauses, stoppedOn: clock.stoppedOn ?? null, outcome: clock.outcome ?? null, limitAmount: clock.limitAmount ?? null };
    const dueOn = dueDate(state);
    const running = !clock.stoppedOn;
    const live = running && limit.unit !== 'YEARS' ? clockState({ startedOn: clock.startedOn, limit: { amount: clockLimit(scheme, state).amount, unit: limit.unit }, pauses: clock.pauses }, calendar, today) : null;
    return {
      key: clock.key, labelZh: limit.label.zh, labelEn: limit.label.en, clause: `§${limit.clause}`, round: clock.round,
      startedOn: clock.startedOn, dueOn, stoppedOn: clock.stoppedOn ?? null, outcome: clock.outcome ?? null,
      paused: live?.paused ?? false, overdue: live?.overdue ?? false,
    };
  });
  return {
    id: c.id, caseNo: c.caseNo, status: c.status, statusChangedAt: c.statusChangedAt, version: c.version,
    schemeId: c.schemeId, schemeVersion: c.schemeVersion,
    applicant: ref(unit.applicant), manufacturer: ref(unit.manufacturer),
    factory: { id: unit.factory.id, nameZh: unit.factory.nameZh, nameEn: unit.factory.nameEn, factoryCode: unit.factory.factoryCode },
    productType: unit.productType, productNameZh: unit.productNameZh, productNameEn: unit.productNameEn, series: unit.series,
    frameCurrent: unit.frameCurrent,
    models: unit.models.getItems().map((m) => ({
      designation: m.designation, productType: m.productType, mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage,
      frameCurrent: m.frameCurrent, ratedCurrents: [...m.ratedCurrents], grade: m.grade ?? null,
    })),
    keyComponentConfigurations: unit.keyComponentConfigurations.getItems().map((k) => ({
      label: k.label,
      components: k.components.getItems().map((x) => ({
        type: x.type, model: x.model ?? null, rating: x.rating ?? null, material: x.material ?? null, grade: x.grade ?? null,
        dimensions: x.dimensions ?? null, supplier: x.supplier,
      })),
    })),
    referenceVoltage: c.referenceVoltage, submittedAt: c.submittedAt ?? null, endReason: c.endReason ?? null,
    clocks,
    notices: notices.map((n) => ({ id: n.id, kind: n.kind, clause: n.clause, titleZh: n.titleZh, titleEn: n.titleEn, bodyZh: n.bodyZh, bodyEn: n.bodyEn, createdAt: n.createdAt })),
    documents: extras.documents ?? [],
    assignedEngineer: c.assignedEngineer ? { id: c.assignedEngineer.id, displayName: c.assignedEngineer.displayName } : null,
    plan: extras.plan ?? null,
  };
}

function ref(o: { id: string; nameZh: string; nameEn: string }) {
  return { id: o.id, nameZh: o.nameZh, nameEn: o.nameEn };
}
