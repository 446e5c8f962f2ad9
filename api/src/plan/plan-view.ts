import type { CertificationPlan } from '@cqc/db';
import type { CertificationPlanType } from './plan-types.js';

export function toPlanView(p: CertificationPlan): CertificationPlanType {
  return {
    feeEstimateYuan: p.feeEstimateYuan, sampleRequirements: p.sampleRequirements, labId: p.lab?.id ?? null, labName: p.labName ?? null,
    contactPerson: p.contactPerson, notes: p.notes ?? null, issuedOn: p.issuedOn, feePaidOn: p.feePaidOn ?? null,
  };
}
