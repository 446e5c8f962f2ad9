import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveillanceNonconformity, type SurveillancePlan, type SurveillanceSample, type User } from '@cqc/db';
import type { SurveillancePlanType, SurveillanceSampleType } from './surveillance-types.js';

const person = (u: User | null | undefined) => (u ? { id: u.id, displayName: u.displayName } : null);

/** Plans as the API shows them; nonconformities loaded in one query for the whole list. */
export async function toPlanViews(em: EntityManager, plans: SurveillancePlan[], today: string): Promise<SurveillancePlanType[]> {
  const ncs = plans.length ? await em.find(SurveillanceNonconformity, { plan: { $in: plans.map((p) => p.id) } }, { orderBy: { position: 'asc' } }) : [];
  return plans.map((p) => ({
    id: p.id, certificateNumber: p.certificate.number, holderId: p.certificate.unit.applicant.id, holderNameZh: p.certificate.unit.applicant.nameZh,
    factoryCode: p.factory.factoryCode, factoryNameZh: p.factory.nameZh, productType: p.certificate.unit.productType,
    year: p.year, kind: p.kind, trigger: p.trigger ?? null, triggerNote: p.triggerNote ?? null, dueOn: p.dueOn, status: p.status,
    inspector: person(p.inspector), plannedOn: p.plannedOn ?? null, personDays: p.personDays ?? null, cccPersonDays: p.cccPersonDays ?? null,
    visit: p.visitedOn ? {
      visitedOn: p.visitedOn, recordedBy: person(p.recordedBy), checkedItemIds: p.checkedItemIds, conformityModels: p.conformityModels,
      witnessTests: p.witnessTests, passed: p.visitPassed ?? false, note: p.visitNote ?? null,
      nonconformities: ncs.filter((n) => n.plan.id === p.id).map((n) => ({
        id: n.id, itemId: n.itemId, description: n.description, raisedOn: n.raisedOn, dueOn: n.dueOn, rectifiedOn: n.rectifiedOn ?? null,
        overdue: !n.rectifiedOn && today > n.dueOn,
      })),
    } : null,
    failureReason: p.failureReason ?? null, concludedOn: p.concludedOn ?? null, version: p.version,
  }));
}

export function toSampleView(s: SurveillanceSample): SurveillanceSampleType {
  return {
    id: s.id, planId: s.plan.id, factoryCode: s.factory.factoryCode, factoryNameZh: s.factory.nameZh, productType: s.productType, year: s.year,
    purpose: s.purpose, status: s.status, certificateNumber: s.certificate?.number ?? null, modelDesignation: s.modelDesignation ?? null,
    ratedCurrent: s.ratedCurrent ?? null, labNameZh: s.lab?.organisation.nameZh ?? null, recordedOn: s.recordedOn,
    contactDueOn: s.contactDueOn ?? null, contactedOn: s.contactedOn ?? null, contactLate: !!(s.contactedOn && s.contactDueOn && s.contactedOn > s.contactDueOn),
    receivedOn: s.receivedOn ?? null, resultDueOn: s.resultDueOn ?? null, resultOn: s.resultOn ?? null, resultNote: s.resultNote ?? null,
    resampleDueOn: s.resampleDueOn ?? null, retestDueOn: s.retestDueOn ?? null, outcome: s.outcome ?? null, version: s.version,
  };
}
