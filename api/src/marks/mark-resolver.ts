import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { MarkApproval, MarkApprovalState, MarkOrder, currentScheme } from '@cqc/db';
import { Operation, authorizeViewer, can, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { applyForMarkApproval, decideMarkApproval } from './mark-approvals.js';
import { orderStandardMarks } from './mark-orders.js';
import {
  MarkApprovalInputType, MarkApprovalType, MarkOrderType, MarkRulesType, toMarkApprovalView, toMarkOrderView, toMarkRulesView,
} from './mark-types.js';

const POPULATE = ['certificate.unit.applicant', 'designDocument'] as const;

/** §10: mark-usage approvals and standard-mark orders. Thin: parse, call the service, return. */
@Resolver()
export class MarkResolver {
  @Query(() => MarkRulesType, { description: '§10: application methods and positions the scheme allows' })
  markRules(@Ctx() ctx: Context): MarkRulesType {
    authorizeViewer(ctx.viewer, Operation.READ_SCHEME);
    return toMarkRulesView(currentScheme);
  }

  @Query(() => [MarkApprovalType], { description: 'Mark-usage approvals, newest first: the holder’s own, staff any; optionally of one certificate or state' })
  async markApprovals(
    @Arg('number', () => String, { nullable: true }) number: string | null,
    @Arg('state', () => MarkApprovalState, { nullable: true }) state: MarkApprovalState | null,
    @Ctx() ctx: Context,
  ): Promise<MarkApprovalType[]> {
    const own = ownFilter(ctx);
    const rows = await ctx.em.find(MarkApproval, {
      ...(number ? { certificate: { number, ...own } } : { certificate: own }), ...(state ? { state } : {}),
    }, { populate: POPULATE, orderBy: { createdAt: 'desc' } });
    return rows.map((a) => toMarkApprovalView(a, currentScheme));
  }

  @Query(() => MarkApprovalType, { description: 'One mark-usage approval; another organisation’s looks like one that does not exist' })
  async markApproval(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MarkApprovalType> {
    authorizeViewer(ctx.viewer, Operation.READ_MARKS, ctx.viewer ? { organisationId: ctx.viewer.organisationId } : undefined);
    const found = isId(id) ? await ctx.em.findOne(MarkApproval, { id }, { populate: POPULATE }) : null;
    if (!found || !can(ctx.viewer, Operation.READ_MARKS, { organisationId: found.certificate.unit.applicant.id })) throw new AppError(ErrorCode.NOT_FOUND, 'No such mark application');
    return toMarkApprovalView(found, currentScheme);
  }

  @Query(() => [MarkOrderType], { description: 'Standard-mark orders, newest first: the holder’s own, staff any' })
  async markOrders(@Arg('number', () => String, { nullable: true }) number: string | null, @Ctx() ctx: Context): Promise<MarkOrderType[]> {
    const own = ownFilter(ctx);
    const rows = await ctx.em.find(MarkOrder, number ? { certificate: { number, ...own } } : { certificate: own }, {
      populate: ['certificate.unit.applicant'], orderBy: { createdAt: 'desc' },
    });
    return rows.map(toMarkOrderView);
  }

  @Mutation(() => MarkApprovalType, { description: '§10.2: the holder applies for a mark-usage approval for its certificate in force' })
  async applyForMarkApproval(@Arg('input', () => MarkApprovalInputType) input: MarkApprovalInputType, @Ctx() ctx: Context): Promise<MarkApprovalType> {
    const filed = await applyForMarkApproval(ctx, {
      number: input.number, methods: input.methods, positions: input.positions, undistortedDeclared: input.undistortedDeclared,
      designDocumentId: input.designDocumentId ?? null, note: input.note,
    });
    return reloaded(ctx, filed.id);
  }

  @Mutation(() => MarkApprovalType, { description: '§10.2: approve (number and date given) or refuse (a note is required) a mark-usage application' })
  async decideMarkApproval(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { defaultValue: '' }) note: string, @Ctx() ctx: Context,
  ): Promise<MarkApprovalType> {
    const decided = await decideMarkApproval(ctx, id, version, { approve, note });
    return reloaded(ctx, decided.id);
  }

  @Mutation(() => MarkOrderType, { description: '§10.2: the holder orders standard-size printed marks for its certificate in force' })
  async orderStandardMarks(
    @Arg('number', () => String) number: string, @Arg('quantity', () => Int) quantity: number,
    @Arg('note', () => String, { defaultValue: '' }) note: string, @Ctx() ctx: Context,
  ): Promise<MarkOrderType> {
    const order = await orderStandardMarks(ctx, { number, quantity, note });
    return toMarkOrderView(await ctx.em.fork().findOneOrFail(MarkOrder, { id: order.id }, { populate: ['certificate.unit.applicant'] }));
  }
}

/** The certificate filter the viewer's reach allows: its own organisation's, or any. */
function ownFilter(ctx: Context): { unit?: { applicant: string } } {
  const viewer = authorizeViewer(ctx.viewer, Operation.READ_MARKS, ctx.viewer ? { organisationId: ctx.viewer.organisationId } : undefined);
  return reach(viewer, Operation.READ_MARKS) === 'OWN_ORGANISATION' ? { unit: { applicant: viewer.organisationId } } : {};
}

async function reloaded(ctx: Context, id: string): Promise<MarkApprovalType> {
  return toMarkApprovalView(await ctx.em.fork().findOneOrFail(MarkApproval, { id }, { populate: POPULATE }), currentScheme);
}
