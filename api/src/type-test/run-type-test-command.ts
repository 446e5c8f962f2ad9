import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationCase, TypeTest, recordChange, schemeFor, type Scheme, type TypeTestStartEvent } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { clockStates, saveClocks } from '../case/case-clocks.js';
import { applyClockEffects } from '../case/clock-effects.js';
import { caseDueDate } from '../case/due-dates.js';
import { sendNotice } from '../case/notices.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { typeTestLimit, withTypeTestLimit } from './type-test-limit.js';
import { decideTypeTest, typeTestAllows, type TypeTestCommand, type TypeTestCommandType, type TypeTestState, type TypeTestTransition } from './type-test-machine.js';
import { touchCaseVersion } from '../case/case-version.js';

export interface TypeTestContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  calendar: WorkingDayCalendar;
}

/** What a step sees inside the transaction. */
export interface TypeTestTx {
  em: EntityManager;
  found: CertificationCase;
  /** null only before the first assignment. */
  typeTest: TypeTest | null;
  viewer: Viewer;
  scheme: Scheme;
  now: Date;
  today: string;
}

export interface TypeTestStep {
  type: TypeTestCommandType;
  /** Reads and checks the input (BAD_USER_INPUT, RULE_VIOLATION) and builds the command. Writes nothing. */
  command(tx: TypeTestTx): Promise<TypeTestCommand> | TypeTestCommand;
  /** Writes the content (samples, results, the lab…) once the machine has agreed; returns the track. */
  apply(tx: TypeTestTx, transition: TypeTestTransition): Promise<TypeTest> | TypeTest;
  /** The notice's `{detail}` and the audit reason; `dueOn` gives a case clock's due date after the change. */
  detail?(tx: TypeTestTx, transition: TypeTestTransition, dueOn: (key: string) => string | null): string | undefined;
  /** What the audit event records beyond the command (the values entered). */
  payload?(tx: TypeTestTx): Record<string, unknown>;
}

/** Engineers act for the certification body; the lab acts on the results of the lab it is. */
const OPERATION: Record<TypeTestCommandType, Operation> = {
  ASSIGN_LAB: Operation.MANAGE_TYPE_TEST,
  RECORD_SAMPLES: Operation.MANAGE_TYPE_TEST,
  RECORD_FEE: Operation.MANAGE_TYPE_TEST,
  START_RETEST: Operation.MANAGE_TYPE_TEST,
  RECORD_KEY_COMPONENT_TESTS: Operation.MANAGE_TYPE_TEST,
  ENTER_RESULTS: Operation.ENTER_TEST_RESULTS,
  CONCLUDE_ROUND: Operation.ENTER_TEST_RESULTS,
};

/**
 * Gives one command to a case's type test: load → authorise → optimistic lock on the track's
 * version → state check → content check → one transaction writing the track, the case clocks,
 * the notice, an audit event and an outbox event. Any refusal writes nothing. The case's version
 * moves too, so a case form read before the change gets CONFLICT (see touchCaseVersion).
 */
export async function runTypeTestCommand(ctx: TypeTestContext, caseId: string, expectedVersion: number | null, step: TypeTestStep): Promise<TypeTest> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const found = await em.findOne(CertificationCase, { id: caseId }, { populate: ['unit.applicant', 'unit.models', 'unit.keyComponentConfigurations.components', 'clocks'] });
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
      const typeTest = await em.findOne(TypeTest, { certificationCase: found }, { populate: ['lab.organisation', 'samples', 'results'] });
      const operation = OPERATION[step.type];
      if (operation === Operation.ENTER_TEST_RESULTS && !typeTest) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'No lab is assigned to this case', { clause: '§4.1.1' });
      const organisationId = operation === Operation.ENTER_TEST_RESULTS ? typeTest!.lab.organisation.id : found.unit.applicant.id;
      const viewer = authorizeViewer(ctx.viewer, operation, { organisationId });
      if (typeTest) {
        if (expectedVersion === null) throw new AppError(ErrorCode.CONFLICT, 'The case already has a type test; reload it');
        await em.lock(typeTest, LockMode.OPTIMISTIC, expectedVersion);
      }
      const scheme = schemeFor(found.schemeId, found.schemeVersion);
      const tx: TypeTestTx = { em, found, typeTest, viewer, scheme, now, today };
      const state = stateOf(typeTest, scheme);
      const refused = typeTestAllows(found.status, state, step.type);
      if (refused && !refused.ok) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, refused.message, { clause: refused.clause, status: typeTest?.status ?? null });

      const command = await step.command(tx);
      const decision = decideTypeTest(found.status, state, command);
      if (!decision.ok) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, decision.message, { clause: decision.clause });
      const track = await step.apply(tx, decision);
      const from = typeTest?.status ?? null;
      track.status = decision.to;
      track.round = decision.round;
      track.samplesReceivedOn = decision.samplesReceivedOn;
      track.feeReceivedOn = decision.feeReceivedOn;

      const dueDate = caseDueDate(scheme, ctx.calendar);
      const clocks = withTypeTestLimit(applyClockEffects(clockStates(found.clocks.getItems()), decision.clocks, decision.clocksOn ?? today), typeTestLimit(scheme, track.keyComponentTests));
      saveClocks(em, found, clocks, dueDate);
      const runningDue = (key: string) => {
        const clock = clocks.find((c) => c.key === key && c.stoppedOn === null);
        return clock ? dueDate(clock) : null;
      };
      const detail = step.detail?.(tx, decision, runningDue);
      if (decision.notice) {
        sendNotice(em, { kind: decision.notice, recipient: found.unit.applicant, caseId: found.id, caseNo: found.caseNo, detail, at: now });
      }
      recordChange(em, {
        actor: { userId: viewer.userId, role: viewer.role },
        at: now,
        action: `type-test.${command.type.toLowerCase()}`,
        aggregateType: 'type-test',
        aggregateId: track.id,
        fromState: from,
        toState: decision.to,
        reason: detail ?? null,
        payload: { caseId: found.id, caseNo: found.caseNo, round: decision.round, clause: '§4.2.3', command, ...step.payload?.(tx) },
        outbox: { type: 'type-test.changed', payload: { caseId: found.id, typeTestId: track.id, from, to: decision.to, round: decision.round } },
      });
      await em.flush();
      await touchCaseVersion(em, found.id);
      return track;
    });
  } catch (error) {
    // A stale version, or two first assignments at once: nothing was written; reload and retry.
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      throw new AppError(ErrorCode.CONFLICT, 'The type test was changed by someone else; reload it');
    }
    throw error;
  }
}

function stateOf(t: TypeTest | null, scheme: Scheme): TypeTestState {
  if (!t) return { status: null, round: 1, startsOn: scheme.timeLimits.TYPE_TEST.startsOn as TypeTestStartEvent, samplesReceivedOn: null, feeReceivedOn: null };
  return { status: t.status, round: t.round, startsOn: t.startsOn as TypeTestStartEvent, samplesReceivedOn: t.samplesReceivedOn ?? null, feeReceivedOn: t.feeReceivedOn ?? null };
}
