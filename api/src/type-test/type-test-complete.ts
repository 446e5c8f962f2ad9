import type { EntityManager } from '@mikro-orm/postgresql';
import { TypeTest, TypeTestStatus } from '@cqc/db';

/** Whether the case's type test passed (§4): one of the tracks §6.1's review waits for. */
export async function typeTestComplete(em: EntityManager, caseId: string): Promise<boolean> {
  const found = await em.fork().findOne(TypeTest, { certificationCase: caseId }, { fields: ['status'] });
  return found?.status === TypeTestStatus.PASSED;
}
