import { CaseStatus, ClockOutcome, TypeTestStatus, type TypeTestStartEvent } from '@cqc/db';
import type { ClockEffect } from '../case/case-machine.js';

/**
 * The type-test track of a case in evaluation (§4.2.3): which command may be given in which
 * status, the status and round it leads to, which case clocks it starts, stops or pauses (and on
 * which day), and the notice the applicant receives. Pure: no I/O, no clock. Who may give a
 * command is decided by the authorization policy; the content (CMA scope, samples, results) by
 * the service.
 */
export type TypeTestCommand =
  | { type: 'ASSIGN_LAB' }
  | { type: 'RECORD_SAMPLES'; receivedOn: string }
  | { type: 'RECORD_FEE'; receivedOn: string }
  | { type: 'ENTER_RESULTS' }
  /** `passed`: every result of the round passed, as the lab reported it. */
  | { type: 'CONCLUDE_ROUND'; passed: boolean }
  | { type: 'START_RETEST' }
  /** §4.2.3: the key-component tests the type test must wait for (their longest may govern the limit). */
  | { type: 'RECORD_KEY_COMPONENT_TESTS' };

export type TypeTestCommandType = TypeTestCommand['type'];

/** The track's state as the rules see it; `status` null before a lab is assigned. */
export interface TypeTestState {
  status: TypeTestStatus | null;
  round: number;
  startsOn: TypeTestStartEvent;
  samplesReceivedOn: string | null;
  feeReceivedOn: string | null;
}

export interface TypeTestTransition {
  to: TypeTestStatus;
  round: number;
  samplesReceivedOn: string | null;
  feeReceivedOn: string | null;
  clocks: ClockEffect[];
  /** The day the clock effects take place: the start event's day for TYPE_TEST, else today (null). */
  clocksOn: string | null;
  notice: string | null;
}

export type TypeTestDecision =
  | ({ ok: true } & TypeTestTransition)
  | { ok: false; code: 'ILLEGAL_TRANSITION'; message: string; clause: string };

const { AWAITING_SAMPLES, TESTING, FAILED, PASSED } = TypeTestStatus;

/** Statuses each command may be given in (null: no type test yet). */
const FROM: Record<TypeTestCommandType, Array<TypeTestStatus | null>> = {
  // Another lab can be chosen until the test has started.
  ASSIGN_LAB: [null, AWAITING_SAMPLES],
  // Retest samples arrive while the applicant rectifies or during the retest.
  RECORD_SAMPLES: [AWAITING_SAMPLES, TESTING, FAILED],
  RECORD_FEE: [AWAITING_SAMPLES, TESTING, FAILED],
  ENTER_RESULTS: [TESTING],
  CONCLUDE_ROUND: [TESTING],
  START_RETEST: [FAILED],
  // Until the test is complete: a retest may need a key-component test too.
  RECORD_KEY_COMPONENT_TESTS: [AWAITING_SAMPLES, TESTING, FAILED],
};

export const TYPE_TEST_CLAUSE = '§4.2.3';

/** Whether the command may be given now, before its content is looked at. */
export function typeTestAllows(caseStatus: CaseStatus, state: TypeTestState, type: TypeTestCommandType): TypeTestDecision | null {
  if (caseStatus !== CaseStatus.IN_EVALUATION) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `${type} is only possible while the case is IN_EVALUATION, not ${caseStatus}`, clause: TYPE_TEST_CLAUSE };
  }
  if (!FROM[type].includes(state.status)) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `${type} is not possible while the type test is ${state.status ?? 'not assigned'}`, clause: TYPE_TEST_CLAUSE };
  }
  if (type === 'RECORD_FEE' && state.feeReceivedOn) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `the test fee was already received on ${state.feeReceivedOn}`, clause: TYPE_TEST_CLAUSE };
  }
  return null;
}

/**
 * The day the 40-working-day clock starts, once the configured event has happened: "从收到满足
 * 试验条件的样品和/或检验费用起计算"; with both required, the later of the two.
 */
export function typeTestStartDay(state: Pick<TypeTestState, 'startsOn' | 'samplesReceivedOn' | 'feeReceivedOn'>): string | null {
  const { samplesReceivedOn: samples, feeReceivedOn: fee } = state;
  switch (state.startsOn) {
    case 'SAMPLES_RECEIVED': return samples;
    case 'FEE_RECEIVED': return fee;
    case 'SAMPLES_AND_FEE_RECEIVED': return samples && fee ? (samples > fee ? samples : fee) : null;
  }
}

/** What `command` does to a track in `state` of a case in `caseStatus`. */
export function decideTypeTest(caseStatus: CaseStatus, state: TypeTestState, command: TypeTestCommand): TypeTestDecision {
  const refused = typeTestAllows(caseStatus, state, command.type);
  if (refused) return refused;
  const same = { to: state.status ?? AWAITING_SAMPLES, round: state.round, samplesReceivedOn: state.samplesReceivedOn, feeReceivedOn: state.feeReceivedOn, clocks: [], clocksOn: null, notice: null };
  switch (command.type) {
    case 'ASSIGN_LAB':
      return { ok: true, ...same, to: AWAITING_SAMPLES };
    case 'RECORD_SAMPLES':
    case 'RECORD_FEE': {
      const next = { ...state };
      // Compliant samples count from their first receipt; later batches (retests) do not move it.
      if (command.type === 'RECORD_SAMPLES') next.samplesReceivedOn = min(state.samplesReceivedOn, command.receivedOn);
      else next.feeReceivedOn = command.receivedOn;
      const startDay = state.status === AWAITING_SAMPLES ? typeTestStartDay(next) : null;
      return {
        ok: true, ...same, samplesReceivedOn: next.samplesReceivedOn, feeReceivedOn: next.feeReceivedOn,
        ...(startDay ? { to: TESTING, clocks: [{ kind: 'START', key: 'TYPE_TEST' }], clocksOn: startDay } : {}),
      };
    }
    case 'ENTER_RESULTS':
    case 'RECORD_KEY_COMPONENT_TESTS':
      return { ok: true, ...same };
    case 'CONCLUDE_ROUND':
      return command.passed ? { ok: true, ...same, to: PASSED, clocks: passClocks(state.round), notice: 'TYPE_TEST_PASSED' } : { ok: true, ...same, to: FAILED, clocks: failClocks(state.round), notice: 'TEST_FAILED' };
    case 'START_RETEST':
      // Retest time is not counted either: TYPE_TEST stays paused until the test passes.
      return { ok: true, ...same, to: TESTING, round: state.round + 1 };
  }
}

/** §4.2.3 → §6.3: the test is complete, the 30-day certificate-issue clock starts. */
function passClocks(round: number): ClockEffect[] {
  const afterRetest: ClockEffect[] = round > 1 ? [{ kind: 'STOP', key: 'TEST_RECTIFICATION', outcome: ClockOutcome.MET }] : [];
  return [...afterRetest, { kind: 'STOP', key: 'TYPE_TEST', outcome: ClockOutcome.MET }, { kind: 'START', key: 'CERTIFICATE_ISSUE' }];
}

/**
 * A failed round: the applicant is notified in the same transaction, so the 1-working-day notice
 * limit is started and met at once (kept as a clock so the record shows it was met). The first
 * failure pauses the 40 days and starts the 6 months of rectification and retest; a failed
 * retest does not restart them.
 */
function failClocks(round: number): ClockEffect[] {
  const notice: ClockEffect[] = [{ kind: 'START', key: 'TEST_FAILURE_NOTICE' }, { kind: 'STOP', key: 'TEST_FAILURE_NOTICE', outcome: ClockOutcome.MET }];
  if (round > 1) return notice;
  return [{ kind: 'PAUSE', key: 'TYPE_TEST', reason: 'TEST_FAILURE_HANDLING' }, { kind: 'START', key: 'TEST_RECTIFICATION' }, ...notice];
}

function min(a: string | null, b: string): string {
  return a !== null && a < b ? a : b;
}
