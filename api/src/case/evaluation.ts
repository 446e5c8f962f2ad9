import type { EntityManager } from '@mikro-orm/postgresql';
import { inspectionComplete } from '../inspection/inspection-complete.js';
import { typeTestComplete } from '../type-test/type-test-complete.js';

/**
 * Whether every evaluation track of a case is complete: the type test passed (§4), and the
 * factory inspection passed or was exempted (§2, §5). Review (§6.1) may start only then.
 */
export async function evaluationComplete(em: EntityManager, caseId: string): Promise<boolean> {
  return (await typeTestComplete(em, caseId)) && (await inspectionComplete(em, caseId));
}
