import type { FactoryInspection, Scheme, User } from '@cqc/db';
import { initialChecklist } from './checklist.js';
import { INSPECTION_CLOCKS } from './inspection-clocks.js';
import type { FactoryInspectionType, InspectionStaffRef } from './inspection-types.js';

export const INSPECTION_POPULATE = [
  'certificationCase.unit.applicant', 'certificationCase.clocks', 'inspector', 'verificationInspector', 'exemptionDecidedBy', 'checklist', 'nonconformities.verifiedBy',
] as const;

/** The GraphQL view; `staff` false (the applicant) hides the inspector's internal note. */
export function toInspectionView(i: FactoryInspection, scheme: Scheme, staff: boolean): FactoryInspectionType {
  const c = i.certificationCase;
  const results = new Map(i.checklist.getItems().map((r) => [r.itemId, r]));
  // Latest round of each clock: the due date the track is working to.
  const dueOf = (key: string) => c.clocks.getItems().filter((k) => k.key === key).sort((a, b) => b.round - a.round)[0]?.dueOn ?? null;
  return {
    id: i.id, caseId: c.id, caseNo: c.caseNo, caseStatus: c.status, status: i.status, version: i.version, openedOn: i.openedOn,
    proposedCertificateNumber: i.proposedCertificateNumber ?? null, exemptionAccepted: i.exemptionAccepted ?? null,
    exemptionReason: i.exemptionReason ?? null, coveringCertificateNumber: i.coveringCertificateNumber ?? null,
    exemptionDecidedOn: i.exemptionDecidedOn ?? null, exemptionDecidedBy: person(i.exemptionDecidedBy), inspector: person(i.inspector),
    personDays: i.personDays ?? null, taskIssuedOn: i.taskIssuedOn ?? null, plannedFrom: i.plannedFrom ?? null, plannedTo: i.plannedTo ?? null,
    verificationInspector: person(i.verificationInspector), verificationPlannedOn: i.verificationPlannedOn ?? null, visitOn: i.visitOn ?? null, reportedOn: i.reportedOn ?? null,
    conclusion: i.conclusion ?? null, summary: i.summary ?? null, internalNote: staff ? (i.internalNote ?? null) : null,
    completedOn: i.completedOn ?? null,
    taskDueOn: dueOf(INSPECTION_CLOCKS.TASK), reportDueOn: dueOf(INSPECTION_CLOCKS.REPORT), rectificationDueOn: dueOf(INSPECTION_CLOCKS.RECTIFICATION),
    checklist: initialChecklist(scheme).map((item) => {
      const r = results.get(item.id);
      return {
        itemId: item.id, checklist: item.kind, clause: `§${item.clause}`, titleZh: item.title.zh, titleEn: item.title.en,
        titleIsPlaceholder: item.titleIsPlaceholder, result: r?.result ?? null, note: r?.note ?? null,
      };
    }),
    nonconformities: i.nonconformities.getItems().map((nc) => ({
      id: nc.id, itemId: nc.itemId, clause: `§${nc.clause}`, description: nc.description, raisedOn: nc.raisedOn,
      rectifiedOn: nc.rectifiedOn ?? null, verifiedOn: nc.verifiedOn ?? null, verifiedBy: person(nc.verifiedBy), verificationNote: nc.verificationNote ?? null,
      verificationMethod: nc.verificationMethod ?? null,
    })),
  };
}

function person(u: User | null | undefined): InspectionStaffRef | null {
  return u ? { id: u.id, displayName: u.displayName } : null;
}
