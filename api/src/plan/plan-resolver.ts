import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { reload } from '../case/case-resolver.js';
import { CertificationCaseType } from '../case/case-types.js';
import { LocalDate } from '../graphql/scalars.js';
import { recordFeePayment } from './fee-payment.js';

/** The certification fee of the plan (§3.4, §6.3). */
@Resolver()
export class PlanResolver {
  @Mutation(() => CertificationCaseType, { description: '§6.3: the fee was paid on paidOn; the time to pay is left out of the certificate issue limit' })
  async recordFeePayment(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('paidOn', () => LocalDate) paidOn: string, @Ctx() ctx: Context) {
    await recordFeePayment(ctx, { caseId, version, paidOn });
    return reload(ctx, caseId);
  }
}
