import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseStatus } from '@cqc/db';
import { CASE_TRANSITIONS, decideCase, type CaseCommand } from './case-machine.js';
import { applyClockEffects, type ClockState } from './clock-effects.js';

const FINAL = [CaseStatus.REFUSED, CaseStatus.CERTIFIED, CaseStatus.TERMINATED, CaseStatus.WITHDRAWN];

const commands: CaseCommand[] = [
  { type: 'SUBMIT' },
  { type: 'ACCEPT' },
  { type: 'RETURN_FOR_AMENDMENT', reason: '申请书缺少公章' },
  { type: 'REFUSE', reason: '委托人列入严重失信主体名录' },
  { type: 'REQUEST_SUPPLEMENT', items: '补充总装图' },
  { type: 'SUPPLY_SUPPLEMENT' },
  { type: 'COMPLETE_DOCUMENT_REVIEW' },
  { type: 'WITHDRAW', reason: '企业撤回' },
  { type: 'START_REVIEW' },
  { type: 'COMPLETE_REVIEW', conclusion: '符合认证要求' },
  { type: 'APPROVE' },
  { type: 'TERMINATE', reasonCode: 'TEST_FAILED', reason: '型式试验不合格' },
  { type: 'REJECT', reason: '不批准' },
];

describe('the case state machine', () => {
  it('walks the acceptance path of §3.3 with its clocks', () => {
    let status = CaseStatus.DRAFT;
    let clocks: ClockState[] = [];
    const steps: Array<[CaseCommand, string]> = [
      [{ type: 'SUBMIT' }, '2026-03-02'],
      [{ type: 'RETURN_FOR_AMENDMENT', reason: '缺少协议书' }, '2026-03-03'],
      [{ type: 'SUBMIT' }, '2026-03-05'],
      [{ type: 'ACCEPT' }, '2026-03-06'],
      [{ type: 'REQUEST_SUPPLEMENT', items: '补充电气原理图' }, '2026-03-09'],
      [{ type: 'SUPPLY_SUPPLEMENT' }, '2026-03-12'],
      [{ type: 'COMPLETE_DOCUMENT_REVIEW' }, '2026-03-13'],
    ];
    for (const [command, today] of steps) {
      const decision = decideCase(status, command);
      if (!decision.ok) throw new Error(decision.message);
      clocks = applyClockEffects(clocks, decision.transition.clocks, today);
      status = decision.transition.to;
    }
    expect(status).toBe(CaseStatus.IN_EVALUATION);
    expect(clocks.map((c) => [c.key, c.round, c.startedOn, c.stoppedOn, c.outcome])).toEqual([
      ['ACCEPTANCE_DECISION', 1, '2026-03-02', '2026-03-03', 'MET'],
      ['ACCEPTANCE_DECISION', 2, '2026-03-05', '2026-03-06', 'MET'],
      ['DOCUMENT_REVIEW', 1, '2026-03-06', '2026-03-13', 'MET'],
    ]);
    expect(clocks[2]!.pauses).toEqual([{ from: '2026-03-09', to: '2026-03-12', reason: 'APPLICANT_AMENDMENT' }]);
  });

  it('refuses an illegal transition with a typed code and the clause', () => {
    expect(decideCase(CaseStatus.DRAFT, { type: 'ACCEPT' })).toEqual({
      ok: false, code: 'ILLEGAL_TRANSITION', message: 'ACCEPT is not possible while the case is DRAFT', clause: '§3.3',
    });
    expect(decideCase(CaseStatus.SUBMITTED, { type: 'REFUSE', reason: '  ' })).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
  });

  it('accepts nothing in a final status', () => {
    for (const status of FINAL) {
      for (const command of commands) expect(decideCase(status, command).ok, `${command.type} in ${status}`).toBe(false);
    }
  });

  it('never leads into DRAFT, and only SUBMIT leads into SUBMITTED', () => {
    for (const [type, t] of Object.entries(CASE_TRANSITIONS)) {
      expect(t.to).not.toBe(CaseStatus.DRAFT);
      if (t.to === CaseStatus.SUBMITTED) expect(type).toBe('SUBMIT');
    }
  });

  it('keeps the clocks consistent under any sequence of commands (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...commands), { maxLength: 40 }), (sequence) => {
        let status = CaseStatus.DRAFT;
        let clocks: ClockState[] = [];
        let day = 1;
        for (const command of sequence) {
          const decision = decideCase(status, command);
          if (!decision.ok) continue;
          const today = `2026-04-${String(Math.min(day++, 28)).padStart(2, '0')}`;
          clocks = applyClockEffects(clocks, decision.transition.clocks, today); // throws on inconsistency
          status = decision.transition.to;
          const runningKeys = clocks.filter((c) => c.stoppedOn === null).map((c) => c.key);
          // At most one running clock per limit; and each status has exactly the clocks the rule runs in it.
          expect(new Set(runningKeys).size).toBe(runningKeys.length);
          const expected: Partial<Record<CaseStatus, string[]>> = {
            SUBMITTED: ['ACCEPTANCE_DECISION'],
            DOCUMENT_REVIEW: ['DOCUMENT_REVIEW'],
            SUPPLEMENT_REQUESTED: ['DOCUMENT_REVIEW'],
          };
          expect(runningKeys.sort()).toEqual(expected[status] ?? []);
          const pausedNow = clocks.some((c) => c.stoppedOn === null && c.pauses.some((p) => p.to === null));
          expect(pausedNow).toBe(status === CaseStatus.SUPPLEMENT_REQUESTED);
        }
      }),
      { numRuns: 500 },
    );
  });
});
