import type { EntityManager } from '@mikro-orm/postgresql';
import { FactoryInspection, InspectionStatus } from '@cqc/db';

/** Whether the inspection track lets the case go to review (§6.1): passed, or exempted (§2). */
export async function inspectionComplete(em: EntityManager, caseId: string): Promise<boolean> {
  const inspection = await em.findOne(FactoryInspection, { certificationCase: caseId }, { fields: ['status'] });
  return inspection?.status === InspectionStatus.PASSED || inspection?.status === InspectionStatus.EXEMPTED;
}
