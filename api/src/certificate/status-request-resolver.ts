import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CertificateStatusRequest, StatusRequestKind, StatusRequestState } from '@cqc/db';
import { Operation, authorizeViewer, can, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { decideStatusRequest, fileStatusRequest } from './status-requests.js';
import { StatusRequestType, toStatusRequestView } from './status-request-types.js';
import type { StatusRequestInput } from './status-request-rules.js';

const POPULATE = ['certificate.unit.applicant'] as const;

/** The holder's §8.5 requests and their decision. Thin: parse, call the service, return. */
@Resolver()
export class StatusRequestResolver {
  @Query(() => [StatusRequestType], { description: 'Requests of one certificate, newest first: its holder’s users and staff' })
  async certificateStatusRequests(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<StatusRequestType[]> {
    const rows = await ctx.em.find(CertificateStatusRequest, { certificate: { number } }, { populate: POPULATE, orderBy: { createdAt: 'desc' } });
    const visible = rows.filter((r) => can(ctx.viewer, Operation.READ_CERTIFICATE_RECORD, { organisationId: r.certificate.unit.applicant.id }));
    return visible.map(toStatusRequestView);
  }

  @Query(() => [StatusRequestType], { description: 'Requests waiting for a decision, oldest first (the certification body’s inbox)' })
  async openCertificateStatusRequests(@Ctx() ctx: Context): Promise<StatusRequestType[]> {
    const viewer = authorizeViewer(ctx.viewer, Operation.MANAGE_CERTIFICATE_STATUS, { organisationId: '' });
    const own = reach(viewer, Operation.MANAGE_CERTIFICATE_STATUS) === 'OWN_ORGANISATION' ? { certificate: { unit: { applicant: viewer.organisationId } } } : {};
    const rows = await ctx.em.find(CertificateStatusRequest, { state: StatusRequestState.PENDING, ...own }, { populate: POPULATE, orderBy: { requestedOn: 'asc', createdAt: 'asc' } });
    return rows.map(toStatusRequestView);
  }

  @Mutation(() => StatusRequestType, { description: '§8.5.1(8): the holder asks to suspend its certificate (seasonal or order-based production)' })
  async requestCertificateSuspension(@Arg('number', () => String) number: string, @Arg('explanation', () => String) explanation: string, @Ctx() ctx: Context) {
    return file(ctx, number, { kind: StatusRequestKind.SUSPENSION, explanation });
  }

  @Mutation(() => StatusRequestType, { description: '§8.5.2: within the suspension period, the holder asks for restoration and says what was rectified' })
  async requestCertificateRestoration(@Arg('number', () => String) number: string, @Arg('explanation', () => String) explanation: string, @Ctx() ctx: Context) {
    return file(ctx, number, { kind: StatusRequestKind.RESTORATION, explanation });
  }

  @Mutation(() => StatusRequestType, { description: '§8.5.3: the holder asks to cancel its certificate (reason C2 or C4)' })
  async requestCertificateCancellation(
    @Arg('number', () => String) number: string, @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('explanation', () => String) explanation: string, @Ctx() ctx: Context,
  ) {
    return file(ctx, number, { kind: StatusRequestKind.CANCELLATION, reasonCode, explanation });
  }

  @Mutation(() => StatusRequestType, { description: 'Grant (the status changes now) or refuse (a note is required) a holder’s request' })
  async decideCertificateStatusRequest(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('grant', () => Boolean) grant: boolean,
    @Arg('note', () => String, { defaultValue: '' }) note: string, @Ctx() ctx: Context,
  ) {
    const decided = await decideStatusRequest({ em: ctx.em, viewer: ctx.viewer, clock: ctx.clock }, id, version, { grant, note });
    return reloaded(ctx, decided.id);
  }
}

async function file(ctx: Context, number: string, input: StatusRequestInput) {
  const filed = await fileStatusRequest({ em: ctx.em, viewer: ctx.viewer, clock: ctx.clock }, number, input);
  return reloaded(ctx, filed.id);
}

async function reloaded(ctx: Context, id: string) {
  return toStatusRequestView(await ctx.em.fork().findOneOrFail(CertificateStatusRequest, { id }, { populate: POPULATE }));
}
