import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseStatus, Certificate, CertificationCase } from '@cqc/db';
import type { Context } from '../context.js';
import { CertificationCaseType } from '../case/case-types.js';

/**
 * The number of the certificate a case issued (§6.2), so that the people who approved it can
 * point to the registry entry. The case itself was already checked for READ_CASE by the query
 * that returned it; the number is public once issued. Asked for per case: lists leave it out.
 */
@Resolver(() => CertificationCaseType)
export class CaseCertificateResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The certificate issued by this case (CERTIFIED only)' })
  async certificateNumber(@Root() c: CertificationCaseType, @Ctx() ctx: Context): Promise<string | null> {
    if (c.status !== CaseStatus.CERTIFIED) return null;
    const em = ctx.em.fork();
    const found = await em.findOne(CertificationCase, { id: c.id }, { fields: ['unit'] });
    if (!found) return null;
    const certificate = await em.findOne(Certificate, { unit: found.unit }, { fields: ['number'] });
    return certificate?.number ?? null;
  }
}
