import { describe, expect, it } from 'vitest';
import { CaseStatus, TypeTestStatus, type TypeTestStartEvent } from '@cqc/db';
import { applyClockEffects, type ClockState } from '../case/clock-effects.js';
import { decideTypeTest, typeTestStartDay, type TypeTestCommand, type TypeTestState } from './type-test-machine.js';

const initial = (startsOn: TypeTestStartEvent = 'SAMPLES_AND_FEE_RECEIVED'): TypeTestState => ({
  status: null, round: 1, startsOn, samplesReceivedOn: null, feeReceivedOn: null,
});

function run(state: TypeTestState, command: TypeTestCommand) {
  const d = decideTypeTest(CaseStatus.IN_EVALUATION, state, command);
  if (!d.ok) throw new Error(d.message);
  return d;
}

describe('type-test machine (§4.2.3)', () => {
  it('starts the 40-working-day clock on the configured event, on the event’s day', () => {
    expect(typeTestStartDay({ startsOn: 'SAMPLES_RECEIVED', samplesReceivedOn: '2026-03-02', feeReceivedOn: null })).toBe('2026-03-02');
    expect(typeTestStartDay({ startsOn: 'FEE_RECEIVED', samplesReceivedOn: '2026-03-02', feeReceivedOn: null })).toBeNull();
    expect(typeTestStartDay({ startsOn: 'SAMPLES_AND_FEE_RECEIVED', samplesReceivedOn: '2026-03-02', feeReceivedOn: '2026-02-20' })).toBe('2026-03-02');

    let s = { ...initial(), status: TypeTestStatus.AWAITING_SAMPLES };
    const samples = run(s, { type: 'RECORD_SAMPLES', receivedOn: '2026-03-02' });
    expect(samples).toMatchObject({ to: 'AWAITING_SAMPLES', clocks: [] });
    s = { ...s, samplesReceivedOn: samples.samplesReceivedOn };
    const fee = run(s, { type: 'RECORD_FEE', receivedOn: '2026-03-04' });
    expect(fee).toMatchObject({ to: 'TESTING', clocks: [{ kind: 'START', key: 'TYPE_TEST' }], clocksOn: '2026-03-04' });
  });

  it('pauses the test and starts the 6 months on the first failure only; a pass after a retest stops them', () => {
    const testing = { ...initial(), status: TypeTestStatus.TESTING, samplesReceivedOn: '2026-03-02', feeReceivedOn: '2026-03-02' };
    const failed = run(testing, { type: 'CONCLUDE_ROUND', passed: false });
    expect(failed.to).toBe('FAILED');
    expect(failed.notice).toBe('TEST_FAILED');
    expect(failed.clocks.map((c) => `${c.kind} ${'key' in c ? c.key : ''}`)).toEqual([
      'PAUSE TYPE_TEST', 'START TEST_RECTIFICATION', 'START TEST_FAILURE_NOTICE', 'STOP TEST_FAILURE_NOTICE',
    ]);
    const retest = run({ ...testing, status: TypeTestStatus.FAILED }, { type: 'START_RETEST' });
    expect(retest).toMatchObject({ to: 'TESTING', round: 2, clocks: [] });
    const again = run({ ...testing, round: 2 }, { type: 'CONCLUDE_ROUND', passed: false });
    expect(again.clocks.map((c) => c.kind)).toEqual(['START', 'STOP']);
    const passed = run({ ...testing, round: 2 }, { type: 'CONCLUDE_ROUND', passed: true });
    expect(passed.clocks.map((c) => `${c.kind} ${'key' in c ? c.key : ''}`)).toEqual(['STOP TEST_RECTIFICATION', 'STOP TYPE_TEST', 'START CERTIFICATE_ISSUE']);
    expect(passed.notice).toBe('TYPE_TEST_PASSED');
  });

  it('refuses commands out of order, outside evaluation, and a second fee', () => {
    expect(decideTypeTest(CaseStatus.IN_EVALUATION, initial(), { type: 'ENTER_RESULTS' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(decideTypeTest(CaseStatus.IN_REVIEW, initial(), { type: 'ASSIGN_LAB' })).toMatchObject({ ok: false, clause: '§4.2.3' });
    expect(decideTypeTest(CaseStatus.IN_EVALUATION, { ...initial(), status: TypeTestStatus.TESTING }, { type: 'ASSIGN_LAB' }).ok).toBe(false);
    expect(decideTypeTest(CaseStatus.IN_EVALUATION, { ...initial(), status: TypeTestStatus.TESTING, feeReceivedOn: '2026-03-01' }, { type: 'RECORD_FEE', receivedOn: '2026-03-02' }).ok).toBe(false);
    expect(decideTypeTest(CaseStatus.IN_EVALUATION, { ...initial(), status: TypeTestStatus.PASSED }, { type: 'START_RETEST' }).ok).toBe(false);
  });

  it('never asks the clocks for something inconsistent, over random command sequences', () => {
    const commands: TypeTestCommand[] = [
      { type: 'ASSIGN_LAB' }, { type: 'RECORD_SAMPLES', receivedOn: '2026-03-02' }, { type: 'RECORD_FEE', receivedOn: '2026-03-03' },
      { type: 'ENTER_RESULTS' }, { type: 'CONCLUDE_ROUND', passed: true }, { type: 'CONCLUDE_ROUND', passed: false }, { type: 'START_RETEST' },
    ];
    const starts: TypeTestStartEvent[] = ['SAMPLES_RECEIVED', 'FEE_RECEIVED', 'SAMPLES_AND_FEE_RECEIVED'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 500; trial++) {
      let state = initial(starts[random(3)]);
      let clocks: ClockState[] = [];
      for (let step = 0; step < 30; step++) {
        const d = decideTypeTest(CaseStatus.IN_EVALUATION, state, commands[random(commands.length)]!);
        if (!d.ok) continue;
        clocks = applyClockEffects(clocks, d.clocks, d.clocksOn ?? '2026-03-10');
        state = { ...state, status: d.to, round: d.round, samplesReceivedOn: d.samplesReceivedOn, feeReceivedOn: d.feeReceivedOn };
        const running = (key: string) => clocks.filter((c) => c.key === key && c.stoppedOn === null).length;
        // The 40 days run exactly while the test is under way; the 6 months only after a failure.
        expect(running('TYPE_TEST')).toBe(state.status === 'TESTING' || state.status === 'FAILED' ? 1 : 0);
        expect(running('TEST_RECTIFICATION')).toBe(state.status !== 'PASSED' && clocks.some((c) => c.key === 'TEST_RECTIFICATION') ? 1 : 0);
        expect(running('CERTIFICATE_ISSUE')).toBe(state.status === 'PASSED' ? 1 : 0);
        expect(running('TEST_FAILURE_NOTICE')).toBe(0);
      }
    }
  });
});
