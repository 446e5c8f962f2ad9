import { AppealState } from '@cqc/db';

/** A step of an appeal, complaint or dispute (§13). Who may take it is in the policy. */
export type AppealStep =
  | { type: 'ACKNOWLEDGE'; note: string }
  | { type: 'INVESTIGATE'; note: string }
  | { type: 'DECIDE'; outcome: AppealState.UPHELD | AppealState.REJECTED; reason: string }
  | { type: 'WITHDRAW'; reason: string };

const OPEN = [AppealState.FILED, AppealState.ACKNOWLEDGED, AppealState.UNDER_INVESTIGATION];

/** From which states each step may be taken: registered, then investigated, then decided; withdrawn while open. */
export const APPEAL_STEP_FROM: Record<AppealStep['type'], AppealState[]> = {
  ACKNOWLEDGE: [AppealState.FILED],
  INVESTIGATE: [AppealState.ACKNOWLEDGED],
  DECIDE: [AppealState.UNDER_INVESTIGATION],
  WITHDRAW: OPEN,
};

export function isOpen(state: AppealState): boolean {
  return OPEN.includes(state);
}

/** The state a step leads to. Pure; the caller has checked `APPEAL_STEP_FROM`. */
export function nextAppealState(step: AppealStep): AppealState {
  switch (step.type) {
    case 'ACKNOWLEDGE': return AppealState.ACKNOWLEDGED;
    case 'INVESTIGATE': return AppealState.UNDER_INVESTIGATION;
    case 'DECIDE': return step.outcome;
    case 'WITHDRAW': return AppealState.WITHDRAWN;
  }
}

/** The text a step must carry, and the field it comes from: the filer reads it in the notice. */
export function stepText(step: AppealStep): { field: string; text: string; required: boolean } {
  switch (step.type) {
    case 'ACKNOWLEDGE': return { field: 'note', text: step.note.trim(), required: false };
    case 'INVESTIGATE': return { field: 'note', text: step.note.trim(), required: true };
    case 'DECIDE': return { field: 'reason', text: step.reason.trim(), required: true };
    case 'WITHDRAW': return { field: 'reason', text: step.reason.trim(), required: false };
  }
}
