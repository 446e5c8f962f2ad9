import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether every evaluation track of a case is complete: the type test passed, and the factory
 * inspection passed or was exempted (§2, §4, §5). The tracks answer for themselves; until a
 * track exists in the code base it counts as not complete.
 */
export type EvaluationCheck = (em: EntityManager, caseId: string) => Promise<boolean>;

const tracks: EvaluationCheck[] = [];

/** Each evaluation track registers its completeness check once, at module load. */
export function registerEvaluationTrack(check: EvaluationCheck): void {
  tracks.push(check);
}

export const evaluationComplete: EvaluationCheck = async (em, caseId) => {
  if (tracks.length === 0) return false;
  for (const complete of tracks) if (!(await complete(em, caseId))) return false;
  return true;
};
