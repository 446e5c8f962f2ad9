import { SamplePurpose, SampleStatus, SurveillanceKind, SurveillanceSample, SurveillanceStatus, User, recordChange } from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import { changePlan, requireStatus, type SurveillanceContext } from './surveillance-command.js';
import { applyYearFailure } from './year-failure.js';

/**
 * §7.3: the engineer evaluates the visit and the year's sample together. Passed: the certificate
 * stays valid and the result and date become its latest surveillance (public). Failed: the year
 * fails and §8.5 follows (S3 suspension, `applyYearFailure`). A yearly surveillance passes only
 * with a passed sample of its factory and design type for the year (§7.2).
 */
export async function evaluateSurveillance(ctx: SurveillanceContext, planId: string, version: number, input: { passed: boolean; note: string }) {
  const plan = await changePlan(ctx, planId, version, Operation.MANAGE_SURVEILLANCE, async ({ em, plan, today, viewer, actor, now }) => {
    requireStatus(plan, [SurveillanceStatus.VISITED], '§7.3', 'The evaluation');
    if (!input.passed && !input.note.trim()) throw new AppError(ErrorCode.BAD_USER_INPUT, 'A failed evaluation needs its reason', { field: 'note' });
    if (input.passed && plan.kind === SurveillanceKind.ANNUAL) {
      const passedSample = await em.count(SurveillanceSample, {
        factory: plan.factory, productType: plan.certificate.unit.productType, year: plan.year,
        purpose: { $in: [SamplePurpose.SURVEILLANCE, SamplePurpose.RESAMPLE] }, status: SampleStatus.PASSED,
      });
      if (passedSample === 0) {
        throw new AppError(ErrorCode.RULE_VIOLATION, 'No passed surveillance sample of this factory and design type for the year', {
          findings: [{ code: 'SAMPLE_RESULT_MISSING', clause: '§7.2', field: 'passed', messageZh: '本年度该生产厂该设计型式的监督抽样尚无合格结果。', messageEn: 'The year’s sample of this factory and design type has no passing result yet.' }],
        });
      }
    }
    Object.assign(plan, {
      status: input.passed ? SurveillanceStatus.PASSED : SurveillanceStatus.FAILED, concludedOn: today,
      evaluatedBy: viewer ? em.getReference(User, viewer.userId) : null, failureReason: input.passed ? null : 'EVALUATED_FAILED',
      // A pass needs no §8.5 step.
      consequenceOn: input.passed ? today : null,
    });
    // The certificate's public record shows the latest result and date: tell the registry.
    recordChange(em, {
      actor, at: now, action: 'certificate.surveillance_evaluated', aggregateType: 'certificate', aggregateId: plan.certificate.id,
      payload: { number: plan.certificate.number, year: plan.year, result: plan.status, note: input.note.trim() || null, clause: '§7.3' },
      outbox: { type: 'certificate.surveillance-evaluated', payload: { certificateNumber: plan.certificate.number, result: plan.status, date: today } },
    });
    return {
      action: input.passed ? 'surveillance.passed' : 'surveillance.failed', reason: input.note.trim() || null,
      // A failed year is told through the §8.5 suspension notice that follows.
      ...(input.passed ? { notice: { kind: 'SURVEILLANCE_PASSED' as const, values: { year: String(plan.year) } } } : {}),
    };
  });
  if (plan.status === SurveillanceStatus.FAILED) await applyYearFailure(ctx, plan.id);
  return plan;
}
