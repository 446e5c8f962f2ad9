import { CaseStatus, ClockOutcome } from '@cqc/db';
import type { CertificationPlanData } from '../plan/issue-plan.js';

/**
 * The certification case's state machine (§3.3–§3.4 so far): which command may be given in which
 * status, the status it leads to, which clocks of the rule it starts, stops, pauses or resumes,
 * and which notice it sends. Pure: no I/O, no clock; the service applies the decision.
 * Who may give a command is decided by the authorization policy, not here.
 */
export type CaseCommand =
  | { type: 'SUBMIT' }
  | { type: 'ACCEPT' }
  | { type: 'RETURN_FOR_AMENDMENT'; reason: string }
  | { type: 'REFUSE'; reason: string }
  | { type: 'REQUEST_SUPPLEMENT'; items: string }
  | { type: 'SUPPLY_SUPPLEMENT' }
  /** §3.4: the plan is required (the guard refuses the step without one). */
  | { type: 'COMPLETE_DOCUMENT_REVIEW'; plan?: CertificationPlanData }
  | { type: 'WITHDRAW'; reason: string }
  /** Every evaluation track is complete (type test passed; inspection passed or exempted). */
  | { type: 'START_REVIEW' }
  /** §6.1: the review's conclusion is that the case meets the requirements. */
  | { type: 'COMPLETE_REVIEW'; conclusion: string }
  /** §6.2: approved; the certificate is issued in the same transaction. */
  | { type: 'APPROVE' }
  /** §6.4 / §4.2.3 / §5.4 / §6.2: the case ends without a certificate (scheme termination reason). */
  | { type: 'TERMINATE'; reasonCode: string; reason: string }
  /** §6.2: the decider does not approve; the case is terminated (NOT_APPROVED). */
  | { type: 'REJECT'; reason: string };

export type CaseCommandType = CaseCommand['type'];

export type ClockEffect =
  | { kind: 'START'; key: string }
  | { kind: 'STOP'; key: string; outcome: ClockOutcome }
  | { kind: 'PAUSE'; key: string; reason: string }
  | { kind: 'RESUME'; key: string }
  | { kind: 'CANCEL_ALL' }
  /** Stops every running clock as met (the step they were waiting for has happened). */
  | { kind: 'MEET_ALL' };

export interface CaseTransition {
  from: CaseStatus[];
  to: CaseStatus;
  clocks: ClockEffect[];
  /** The notice the applicant receives, as a notice-kind key (see notices.ts). */
  notice: string | null;
  /** The clause the transition comes from, shown with errors and in the audit trail. */
  clause: string;
}

const { DRAFT, SUBMITTED, RETURNED, DOCUMENT_REVIEW, SUPPLEMENT_REQUESTED, IN_EVALUATION, IN_REVIEW, AWAITING_DECISION } = CaseStatus;

/** Statuses after acceptance in which the certification body can still end the case. */
const ACCEPTED = [DOCUMENT_REVIEW, SUPPLEMENT_REQUESTED, IN_EVALUATION, IN_REVIEW, AWAITING_DECISION];

/** Statuses in which the case can still end without a certificate by the applicant's choice. */
const OPEN = [DRAFT, SUBMITTED, RETURNED, DOCUMENT_REVIEW, SUPPLEMENT_REQUESTED, IN_EVALUATION, IN_REVIEW, AWAITING_DECISION];

export const CASE_TRANSITIONS: Record<CaseCommandType, CaseTransition> = {
  SUBMIT: {
    from: [DRAFT, RETURNED],
    to: SUBMITTED,
    clocks: [{ kind: 'START', key: 'ACCEPTANCE_DECISION' }],
    notice: 'SUBMISSION_RECEIVED',
    clause: '§3.3',
  },
  ACCEPT: {
    from: [SUBMITTED],
    to: DOCUMENT_REVIEW,
    clocks: [{ kind: 'STOP', key: 'ACCEPTANCE_DECISION', outcome: ClockOutcome.MET }, { kind: 'START', key: 'DOCUMENT_REVIEW' }],
    notice: 'ACCEPTED',
    clause: '§3.3',
  },
  RETURN_FOR_AMENDMENT: {
    from: [SUBMITTED],
    to: RETURNED,
    clocks: [{ kind: 'STOP', key: 'ACCEPTANCE_DECISION', outcome: ClockOutcome.MET }],
    notice: 'RETURNED',
    clause: '§3.3',
  },
  REFUSE: {
    from: [SUBMITTED],
    to: CaseStatus.REFUSED,
    clocks: [{ kind: 'STOP', key: 'ACCEPTANCE_DECISION', outcome: ClockOutcome.MET }],
    notice: 'REFUSED',
    clause: '§3.3',
  },
  REQUEST_SUPPLEMENT: {
    from: [DOCUMENT_REVIEW],
    to: SUPPLEMENT_REQUESTED,
    clocks: [{ kind: 'PAUSE', key: 'DOCUMENT_REVIEW', reason: 'APPLICANT_AMENDMENT' }],
    notice: 'SUPPLEMENT_REQUESTED',
    clause: '§3.3',
  },
  SUPPLY_SUPPLEMENT: {
    from: [SUPPLEMENT_REQUESTED],
    to: DOCUMENT_REVIEW,
    clocks: [{ kind: 'RESUME', key: 'DOCUMENT_REVIEW' }],
    notice: null,
    clause: '§3.3',
  },
  COMPLETE_DOCUMENT_REVIEW: {
    from: [DOCUMENT_REVIEW],
    to: IN_EVALUATION,
    clocks: [{ kind: 'STOP', key: 'DOCUMENT_REVIEW', outcome: ClockOutcome.MET }],
    notice: 'PLAN_ISSUED',
    clause: '§3.4',
  },
  START_REVIEW: {
    from: [IN_EVALUATION],
    to: IN_REVIEW,
    clocks: [],
    notice: null,
    clause: '§6.1',
  },
  COMPLETE_REVIEW: {
    from: [IN_REVIEW],
    to: AWAITING_DECISION,
    clocks: [],
    notice: null,
    clause: '§6.1',
  },
  APPROVE: {
    from: [AWAITING_DECISION],
    to: CaseStatus.CERTIFIED,
    // The §6.3 issue clock (30 days from the completed test) is met by the issue itself.
    clocks: [{ kind: 'MEET_ALL' }],
    notice: 'APPROVED',
    clause: '§6.2',
  },
  REJECT: {
    from: [AWAITING_DECISION],
    to: CaseStatus.TERMINATED,
    clocks: [{ kind: 'CANCEL_ALL' }],
    notice: 'TERMINATED',
    clause: '§6.2',
  },
  TERMINATE: {
    from: ACCEPTED,
    to: CaseStatus.TERMINATED,
    clocks: [{ kind: 'CANCEL_ALL' }],
    notice: 'TERMINATED',
    clause: '§6.4',
  },
  WITHDRAW: {
    from: OPEN,
    to: CaseStatus.WITHDRAWN,
    clocks: [{ kind: 'CANCEL_ALL' }],
    notice: 'WITHDRAWN',
    clause: '§3',
  },
};

export type CaseDecision =
  | { ok: true; transition: CaseTransition }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'BAD_USER_INPUT'; message: string; clause: string };

/** Whether `command` may be given to a case in `status`, and what it does. */
export function decideCase(status: CaseStatus, command: CaseCommand): CaseDecision {
  const transition = CASE_TRANSITIONS[command.type];
  if (!transition.from.includes(status)) {
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: `${command.type} is not possible while the case is ${status}`,
      clause: transition.clause,
    };
  }
  const text = 'reason' in command ? command.reason : 'items' in command ? command.items : 'conclusion' in command ? command.conclusion : null;
  if (text !== null && text.trim().length === 0) {
    return { ok: false, code: 'BAD_USER_INPUT', message: `${command.type} needs a reason the applicant can act on`, clause: transition.clause };
  }
  return { ok: true, transition };
}
