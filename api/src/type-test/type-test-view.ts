import type { EntityManager } from '@mikro-orm/postgresql';
import { TypeTest, schemeFor } from '@cqc/db';
import { can, Operation } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { caseDueDate } from '../case/due-dates.js';
import { clockStates } from '../case/case-clocks.js';
import { typeTestLimit } from './type-test-limit.js';
import type { TypeTestType } from './type-test-types.js';

const POPULATE = ['lab.organisation', 'samples', 'results', 'certificationCase.unit.applicant', 'certificationCase.clocks'] as const;

export async function loadTypeTest(em: EntityManager, caseId: string): Promise<TypeTest | null> {
  return em.findOne(TypeTest, { certificationCase: caseId }, { populate: POPULATE });
}

/**
 * Who may read a type test: staff; the applicant's enterprise users; the users of the assigned
 * lab. The policy decides for each of the two organisations the track concerns.
 */
export function mayReadTypeTest(viewer: Viewer | null, t: TypeTest): boolean {
  const organisations = [t.certificationCase.unit.applicant.id, t.lab.organisation.id];
  return organisations.some((organisationId) => can(viewer, Operation.READ_TYPE_TEST, { organisationId }));
}

export function toTypeTestView(t: TypeTest, calendar: WorkingDayCalendar): TypeTestType {
  const c = t.certificationCase;
  const scheme = schemeFor(c.schemeId, c.schemeVersion);
  const dueDate = caseDueDate(scheme, calendar);
  const running = (key: string) => clockStates(c.clocks.getItems()).find((k) => k.key === key && k.stoppedOn === null);
  // A paused clock has no due date yet: the pause's length is unknown.
  const dueOf = (key: string) => {
    const clock = running(key);
    return clock && !clock.pauses.some((p) => p.to === null) ? dueDate(clock) : null;
  };
  const lab = t.lab;
  return {
    id: t.id, caseId: c.id, caseNo: c.caseNo, status: t.status, round: t.round, version: t.version,
    lab: { id: lab.id, nameZh: lab.organisation.nameZh, nameEn: lab.organisation.nameEn, cmaCertificateNo: lab.cmaCertificateNo, cmaScope: [...lab.cmaScope], version: lab.version },
    testItems: [...t.testItems], startsOn: t.startsOn,
    samplesReceivedOn: t.samplesReceivedOn ?? null, feeReceivedOn: t.feeReceivedOn ?? null, completedOn: t.completedOn ?? null,
    dueOn: dueOf('TYPE_TEST'), rectificationDueOn: dueOf('TEST_RECTIFICATION'),
    reportDocumentId: t.reportDocumentId ?? null,
    keyComponentTests: t.keyComponentTests.map((k) => ({ type: k.type, workingDays: k.workingDays })),
    timeLimit: (({ amount, unit, schemeAmount, governedBy }) => ({ amount, unit, schemeAmount, governedBy }))(typeTestLimit(scheme, t.keyComponentTests)),
    samples: t.samples.getItems().map((s) => ({
      round: s.round, designation: s.designation, purpose: s.purpose, count: s.count, receivedOn: s.receivedOn, keyComponentConfiguration: s.keyComponentConfiguration,
    })),
    results: t.results.getItems().map((r) => ({
      round: r.round, testItem: r.testItem, designation: r.designation, measuredValue: r.measuredValue, limit: r.limit ?? null,
      unit: r.unit, passed: r.passed, grade: r.grade ?? null, enteredAt: r.enteredAt,
    })),
  };
}
