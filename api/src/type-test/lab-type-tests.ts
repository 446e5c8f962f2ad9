import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, TypeTest, TypeTestStatus } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { LabTypeTestType } from './lab-type-test-types.js';

/**
 * A lab's worklist: the type tests assigned to the viewer's own lab (LIST_LAB_TYPE_TESTS), open
 * ones first, then by due date (soonest first, none last) and case number. Open: the case is in
 * evaluation and the test has not passed. The due dates are the stored ones of the case clocks,
 * as the inboxes and sweeps read them.
 */
export async function labTypeTests(em: EntityManager, viewer: Viewer | null): Promise<LabTypeTestType[]> {
  const caller = authorizeViewer(viewer, Operation.LIST_LAB_TYPE_TESTS, { organisationId: viewer?.organisationId ?? '' });
  const tests = await em.find(TypeTest, { lab: { organisation: caller.organisationId } }, { populate: ['certificationCase.unit', 'certificationCase.clocks'] });
  return tests.map(toRow).sort(byWorklistOrder);
}

function toRow(t: TypeTest): LabTypeTestType {
  const c = t.certificationCase;
  const running = (key: string) => c.clocks.getItems().find((k) => k.key === key && !k.stoppedOn);
  return {
    caseId: c.id, caseNo: c.caseNo, caseStatus: c.status,
    productNameZh: c.unit.productNameZh, productNameEn: c.unit.productNameEn, series: c.unit.series,
    status: t.status, round: t.round,
    open: c.status === CaseStatus.IN_EVALUATION && t.status !== TypeTestStatus.PASSED,
    dueOn: running('TYPE_TEST')?.dueOn ?? null,
    rectificationDueOn: running('TEST_RECTIFICATION')?.dueOn ?? null,
  };
}

function byWorklistOrder(a: LabTypeTestType, b: LabTypeTestType): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  const due = (r: LabTypeTestType) => r.dueOn ?? r.rectificationDueOn ?? '9999-12-31';
  return due(a).localeCompare(due(b)) || a.caseNo.localeCompare(b.caseNo);
}
