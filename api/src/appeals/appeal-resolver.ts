import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Appeal, AppealState } from '@cqc/db';
import { Operation, authorizeViewer, can, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { AppealStep } from './appeal-machine.js';
import { takeAppealStep } from './appeal-steps.js';
import { AppealInputType, AppealType, toAppealView } from './appeal-types.js';
import { fileAppeal } from './file-appeal.js';

const POPULATE = ['organisation', 'case', 'certificate', 'documents.document'] as const;

/** §13: appeals, complaints and disputes. Thin: parse, call the service, return. */
@Resolver()
export class AppealResolver {
  @Query(() => [AppealType], { description: 'Appeals, complaints and disputes, newest first: the filer’s own, staff any; optionally in one state' })
  async appeals(@Arg('state', () => AppealState, { nullable: true }) state: AppealState | null, @Ctx() ctx: Context): Promise<AppealType[]> {
    const viewer = authorizeViewer(ctx.viewer, Operation.READ_APPEAL, ctx.viewer ? { organisationId: ctx.viewer.organisationId } : undefined);
    const own = reach(viewer, Operation.READ_APPEAL) === 'OWN_ORGANISATION' ? { organisation: viewer.organisationId } : {};
    const rows = await ctx.em.find(Appeal, { ...own, ...(state ? { state } : {}) },
      // The reference breaks ties: filings in the same instant keep their filing order.
      { populate: POPULATE, orderBy: { createdAt: 'desc', reference: 'desc' } });
    return rows.map(toAppealView);
  }

  @Query(() => AppealType, { description: 'One appeal; another organisation’s looks like one that does not exist' })
  async appeal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AppealType> {
    authorizeViewer(ctx.viewer, Operation.READ_APPEAL, ctx.viewer ? { organisationId: ctx.viewer.organisationId } : undefined);
    const found = isId(id) ? await ctx.em.findOne(Appeal, { id }, { populate: POPULATE }) : null;
    if (!found || !can(ctx.viewer, Operation.READ_APPEAL, { organisationId: found.organisation.id })) throw new AppError(ErrorCode.NOT_FOUND, 'No such appeal, complaint or dispute');
    return toAppealView(found);
  }

  @Mutation(() => AppealType, { description: '§13: the applicant or holder files an appeal, complaint or dispute' })
  async fileAppeal(@Arg('input', () => AppealInputType) input: AppealInputType, @Ctx() ctx: Context): Promise<AppealType> {
    const filed = await fileAppeal(ctx, {
      kind: input.kind, caseNo: input.caseNo ?? null, certificateNumber: input.certificateNumber ?? null,
      subject: input.subject, text: input.text, documentIds: input.documentIds,
    });
    return reloaded(ctx, filed.id);
  }

  @Mutation(() => AppealType, { description: '§13: register (acknowledge) a filed appeal' })
  async acknowledgeAppeal(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { defaultValue: '' }) note: string, @Ctx() ctx: Context) {
    return step(ctx, id, version, { type: 'ACKNOWLEDGE', note });
  }

  @Mutation(() => AppealType, { description: '§13: open the investigation of a registered appeal, saying what is examined' })
  async investigateAppeal(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return step(ctx, id, version, { type: 'INVESTIGATE', note });
  }

  @Mutation(() => AppealType, { description: '§13: decide an investigated appeal (UPHELD or REJECTED) with reasons; the decider must not have acted on what is appealed' })
  async decideAppeal(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('reason', () => String) reason: string, @Ctx() ctx: Context,
  ) {
    return step(ctx, id, version, { type: 'DECIDE', outcome: upheld ? AppealState.UPHELD : AppealState.REJECTED, reason });
  }

  @Mutation(() => AppealType, { description: '§13: the filer withdraws its open appeal' })
  async withdrawAppeal(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason', () => String, { defaultValue: '' }) reason: string, @Ctx() ctx: Context) {
    return step(ctx, id, version, { type: 'WITHDRAW', reason });
  }
}

async function step(ctx: Context, id: string, version: number, s: AppealStep): Promise<AppealType> {
  const appeal = await takeAppealStep(ctx, id, version, s);
  return reloaded(ctx, appeal.id);
}

async function reloaded(ctx: Context, id: string): Promise<AppealType> {
  return toAppealView(await ctx.em.fork().findOneOrFail(Appeal, { id }, { populate: POPULATE }));
}
