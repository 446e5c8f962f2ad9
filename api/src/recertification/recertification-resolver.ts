import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Certificate, CertificateStatus, CertificationCase, currentScheme, schemeFor } from '@cqc/db';
import { Operation, can } from '../auth/policy.js';
import { CertificationCaseType } from '../case/case-types.js';
import { reload } from '../case/case-resolver.js';
import { chinaDate } from '../clock.js';
import type { Context } from '../context.js';
import { applyForRecertification } from './apply-for-recertification.js';
import { RUNNING_RENEWAL, renewalApplicationDueOn, renewalCompletionDueOn } from './renewal-state.js';
import { RecertificationType, RenewalType } from './recertification-types.js';

/** §9 recertification: the holder applies; cases show what they renew. Thin: parse, call the service, return. */
@Resolver(() => CertificationCaseType)
export class RecertificationResolver {
  @Mutation(() => CertificationCaseType, { description: '§9: apply for recertification of an own certificate: a DRAFT case copying its unit, flagged late after the due day' })
  async applyForRecertification(@Arg('number', () => String) number: string, @Ctx() ctx: Context) {
    const created = await applyForRecertification(ctx, number);
    return reload(ctx, created.id);
  }

  @Query(() => RecertificationType, { nullable: true, description: '§9: the recertification of a certificate; null when not visible' })
  async recertification(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<RecertificationType | null> {
    const em = ctx.em.fork();
    const found = await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    // Not found and not visible look the same, as for the certificate record.
    if (!found || !can(ctx.viewer, Operation.READ_CERTIFICATE_RECORD, { organisationId: found.unit.applicant.id })) return null;
    const today = chinaDate(ctx.clock.now());
    const dueOn = renewalApplicationDueOn(currentScheme, found.expiresOn);
    const running = await em.findOne(CertificationCase, { renewsCertificate: found, ...RUNNING_RENEWAL }, { orderBy: { createdAt: 'desc' } });
    const open = [CertificateStatus.VALID, CertificateStatus.SUSPENDED].includes(found.status) && today < found.expiresOn;
    return {
      certificateNumber: found.number, certificateStatus: found.status, expiresOn: found.expiresOn, dueOn,
      completionDueOn: renewalCompletionDueOn(currentScheme, found.expiresOn),
      canApply: open && !running && can(ctx.viewer, Operation.APPLY_FOR_RECERTIFICATION, { organisationId: found.unit.applicant.id }),
      lateIfAppliedToday: today > dueOn,
      running: running ? { id: running.id, caseNo: running.caseNo, status: running.status, appliedOn: running.renewalAppliedOn!, late: running.renewalLate } : null,
    };
  }

  @FieldResolver(() => RenewalType, { nullable: true, description: '§9: the certificate this case renews, when it is a recertification' })
  async renewal(@Root() c: CertificationCaseType, @Ctx() ctx: Context): Promise<RenewalType | null> {
    // The case was already checked for READ_CASE by the query that returned it.
    const found = await ctx.em.fork().findOne(CertificationCase, { id: c.id }, { populate: ['renewsCertificate'] });
    const certificate = found?.renewsCertificate;
    if (!found || !certificate) return null;
    const scheme = schemeFor(found.schemeId, found.schemeVersion);
    const expiresOn = found.renewalExpiresOn ?? certificate.expiresOn;
    return {
      certificateNumber: certificate.number, appliedOn: found.renewalAppliedOn!, late: found.renewalLate, treatedAsNew: found.treatedAsNew,
      dueOn: renewalApplicationDueOn(scheme, expiresOn), completionDueOn: renewalCompletionDueOn(scheme, expiresOn),
    };
  }
}

