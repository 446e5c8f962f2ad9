import { SamplePurpose, SampleStatus, SurveillanceStatus } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import { schemeDueOn } from './deadlines.js';
import { changeSample } from './sample-command.js';
import { handleFailedSample } from './sample-consequences.js';
import type { SurveillanceContext } from './surveillance-command.js';
import { applyYearFailure } from './year-failure.js';

const holderOf = (op: Operation) => (viewer: Parameters<typeof authorizeViewer>[0], s: { certificate?: { unit: { applicant: { id: string } } } | null }) => {
  if (!s.certificate) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'No sample was drawn', { clause: '§7.2' });
  return authorizeViewer(viewer, op, { organisationId: s.certificate.unit.applicant.id });
};
const labOf = (viewer: Parameters<typeof authorizeViewer>[0], s: { lab?: { organisation: { id: string } } | null }) => {
  if (!s.lab) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'No sample was drawn', { clause: '§7.2' });
  return authorizeViewer(viewer, Operation.ENTER_SAMPLE_RESULTS, { organisationId: s.lab.organisation.id });
};

function requireSample(status: SampleStatus, allowed: SampleStatus[], what: string): void {
  if (!allowed.includes(status)) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `${what} is not possible while the sample is ${status}`, { clause: '§7.2', status });
}

/** §7.2 "工厂应在 10 日内联系指定的检测机构": the holder reports it; a late report is shown late, not refused. */
export async function recordLabContact(ctx: SurveillanceContext, sampleId: string, version: number) {
  return changeSample(ctx, sampleId, version, holderOf(Operation.RECORD_SAMPLE_LAB_CONTACT), async ({ sample, today }) => {
    requireSample(sample.status, [SampleStatus.TAKEN], 'Reporting the lab contact');
    sample.status = SampleStatus.LAB_CONTACTED;
    sample.contactedOn = today;
    return { action: 'surveillance.sample_lab_contacted', payload: { late: today > (sample.contactDueOn ?? today) } };
  });
}

/** §7.2: the lab received the sample; its result is due within 30 working days of receipt. */
export async function recordSampleReceived(ctx: SurveillanceContext, sampleId: string, version: number) {
  return changeSample(ctx, sampleId, version, labOf, async ({ em, sample, today, scheme }) => {
    requireSample(sample.status, [SampleStatus.TAKEN, SampleStatus.LAB_CONTACTED], 'Receiving the sample');
    sample.status = SampleStatus.RECEIVED;
    sample.receivedOn = today;
    sample.resultDueOn = await schemeDueOn(em, scheme, 'SAMPLE_TEST', today);
    return { action: 'surveillance.sample_received', payload: { resultDueOn: sample.resultDueOn } };
  });
}

/**
 * §7.2: the lab's result. A failed surveillance sample fails the year of its surveillance (§7.3)
 * and opens 3 months for rectification and one retest; a failed retest withdraws the model.
 */
export async function enterSampleResult(ctx: SurveillanceContext, sampleId: string, version: number, input: { passed: boolean; note: string }) {
  const sample = await changeSample(ctx, sampleId, version, labOf, async ({ em, sample, today, scheme }) => {
    requireSample(sample.status, [SampleStatus.RECEIVED], 'Entering the result');
    if (!input.passed && !input.note.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'A failed result needs the failed items', { field: 'note' });
    Object.assign(sample, { status: input.passed ? SampleStatus.PASSED : SampleStatus.FAILED, resultOn: today, resultNote: input.note.trim() || null });
    if (sample.purpose === SamplePurpose.RETEST && input.passed && sample.parent) Object.assign(sample.parent, { outcome: 'RETEST_PASSED', outcomeOn: today });
    if (sample.purpose !== SamplePurpose.RETEST && !input.passed) {
      sample.retestDueOn = await schemeDueOn(em, scheme, 'SAMPLE_FAILURE_RECTIFICATION', today);
      const plan = sample.plan;
      if (![SurveillanceStatus.PASSED, SurveillanceStatus.FAILED].includes(plan.status)) {
        Object.assign(plan, { status: SurveillanceStatus.FAILED, failureReason: 'SAMPLE_FAILED', concludedOn: today });
      }
    }
    return {
      action: input.passed ? 'surveillance.sample_passed' : 'surveillance.sample_failed', reason: input.note.trim() || null, payload: { retestDueOn: sample.retestDueOn ?? null },
      ...(!input.passed && sample.retestDueOn
        ? { notice: { kind: 'SAMPLE_FAILED' as const, values: { model: sample.modelDesignation ?? '', note: input.note.trim(), due: sample.retestDueOn } } }
        : {}),
    };
  });
  if (sample.status === SampleStatus.FAILED && sample.purpose !== SamplePurpose.RETEST) await applyYearFailure(ctx, sample.plan.id);
  if (sample.status === SampleStatus.FAILED && sample.purpose === SamplePurpose.RETEST && sample.parent) await handleFailedSample(ctx, sample.parent.id);
  return sample;
}
