import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Certificate, CertificateStatusRequest, StatusRequestState, currentScheme } from '@cqc/db';
import { Operation, can } from '../auth/policy.js';
import type { Context } from '../context.js';
import { changeCertificateStatus, statusStateOf } from './change-certificate-status.js';
import { CertificateRecordType } from './certificate-record-types.js';
import type { StatusCommand } from './status-machine.js';
import { chinaDate } from '../clock.js';
import { availableCertificateActions } from './available-status-actions.js';

/** §8.5: suspension, restoration, cancellation and revocation of a certificate. Thin: parse, call, return. */
@Resolver()
export class CertificateStatusResolver {
  @Query(() => CertificateRecordType, { nullable: true, description: 'A certificate as its holder and the certification body handle it; null when not visible' })
  async certificateRecord(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<CertificateRecordType | null> {
    const found = await ctx.em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    // Not found and not visible look the same, so numbers of other holders' records cannot be probed.
    if (!found || !can(ctx.viewer, Operation.READ_CERTIFICATE_RECORD, { organisationId: found.unit.applicant.id })) return null;
    return toRecord(ctx, found);
  }

  @Mutation(() => CertificateRecordType, { description: '§8.5.1: suspend with one of the nine reason codes and the cause that sets the maximum (§8.5.1.1)' })
  async suspendCertificate(
    @Arg('number', () => String) number: string, @Arg('version', () => Int) version: number,
    @Arg('reasonCode', () => String) reasonCode: string, @Arg('causeCode', () => String) causeCode: string,
    @Arg('publicReasonZh', () => String) publicReasonZh: string, @Arg('publicReasonEn', () => String) publicReasonEn: string,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, number, version, { type: 'SUSPEND', reasonCode, causeCode, publicReasonZh, publicReasonEn });
  }

  @Mutation(() => CertificateRecordType, { description: '§8.5.2: restore within the suspension period, after rectification' })
  async restoreCertificate(
    @Arg('number', () => String) number: string, @Arg('version', () => Int) version: number,
    @Arg('publicReasonZh', () => String) publicReasonZh: string, @Arg('publicReasonEn', () => String) publicReasonEn: string,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, number, version, { type: 'RESTORE', publicReasonZh, publicReasonEn });
  }

  @Mutation(() => CertificateRecordType, { description: '§8.5.3: cancel with one of the five reason codes' })
  async cancelCertificate(
    @Arg('number', () => String) number: string, @Arg('version', () => Int) version: number, @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('publicReasonZh', () => String) publicReasonZh: string, @Arg('publicReasonEn', () => String) publicReasonEn: string,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, number, version, { type: 'CANCEL', reasonCode, publicReasonZh, publicReasonEn });
  }

  @Mutation(() => CertificateRecordType, { description: '§8.5.4: revoke with one of the ten reason codes' })
  async revokeCertificate(
    @Arg('number', () => String) number: string, @Arg('version', () => Int) version: number, @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('publicReasonZh', () => String) publicReasonZh: string, @Arg('publicReasonEn', () => String) publicReasonEn: string,
    @Ctx() ctx: Context,
  ) {
    return run(ctx, number, version, { type: 'REVOKE', reasonCode, publicReasonZh, publicReasonEn });
  }
}

async function run(ctx: Context, number: string, version: number, command: StatusCommand): Promise<CertificateRecordType> {
  await changeCertificateStatus({ em: ctx.em, viewer: ctx.viewer, clock: ctx.clock }, number, version, command);
  const em = ctx.em.fork();
  return toRecord({ ...ctx, em }, await em.findOneOrFail(Certificate, { number }, { populate: ['unit.applicant'] }));
}

async function toRecord(ctx: Context, c: Certificate): Promise<CertificateRecordType> {
  const holder = { organisationId: c.unit.applicant.id };
  const openRequest = (await ctx.em.count(CertificateStatusRequest, { certificate: c, state: StatusRequestState.PENDING })) > 0;
  const availableActions = availableCertificateActions(await statusStateOf(ctx.em, c), {
    mayDecide: can(ctx.viewer, Operation.MANAGE_CERTIFICATE_STATUS, holder),
    mayRequest: can(ctx.viewer, Operation.REQUEST_CERTIFICATE_STATUS_CHANGE, holder),
    openRequest, scheme: currentScheme, today: chinaDate(ctx.clock.now()),
  });
  return {
    id: c.id, number: c.number, status: c.status, suspendedUntil: c.suspendedUntil ?? null, expiresOn: c.expiresOn,
    holderId: c.unit.applicant.id, holderNameZh: c.unit.applicant.nameZh, version: c.version, availableActions,
  };
}
