import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CaseStatus, CertificationCase, schemeFor } from '@cqc/db';
import { Operation, authorize, reach } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { ApplicationInput as ApplicationInputType } from './application-input.js';
import { ApplicationInput } from './application-input.js';
import type { CaseCommand } from './case-machine.js';
import { CertificationCaseType } from './case-types.js';
import { CASE_POPULATE, loadNotices, toCaseView } from './case-view.js';
import { caseDueDate } from './due-dates.js';
import { createApplication } from './create-application.js';
import { caseRules } from './case-rules.js';
import { evaluationComplete } from './evaluation.js';
import { runCaseCommand } from './run-case-command.js';
import { loadCaseDocuments } from './case-documents.js';
import { CertificationPlanInput } from '../plan/plan-types.js';
import { loadPlans } from '../plan/fee-payment.js';
import { toPlanView } from '../plan/plan-view.js';

/** Applications and the acceptance steps of §3.3–§3.4. Thin: parse, call the service, return. */
@Resolver()
export class CaseResolver {
  @Query(() => CertificationCaseType, { nullable: true, description: 'A case the caller may see; null otherwise' })
  async certificationCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CertificationCaseType | null> {
    const found = isId(id) ? await ctx.em.findOne(CertificationCase, { id }, { populate: CASE_POPULATE }) : null;
    if (!found) return null;
    try {
      authorize(ctx.viewer, Operation.READ_CASE, { organisationId: found.unit.applicant.id });
    } catch (error) {
      if (ctx.viewer) return null; // not visible looks like not found, so ids cannot be probed
      throw error;
    }
    return (await views(ctx, [found]))[0]!;
  }

  @Query(() => [CertificationCaseType], { description: 'Cases the caller may see, newest first (at most 100)' })
  async certificationCases(
    @Ctx() ctx: Context,
    @Arg('status', () => [CaseStatus], { nullable: true }) status?: CaseStatus[] | null,
    @Arg('assignedToMe', () => Boolean, { nullable: true, description: 'Only cases assigned to the signed-in engineer' }) assignedToMe?: boolean | null,
  ): Promise<CertificationCaseType[]> {
    const scope = reach(ctx.viewer, Operation.READ_CASE);
    if (!scope) authorize(ctx.viewer, Operation.READ_CASE, { organisationId: '' });
    const where = {
      ...(status?.length ? { status: { $in: status } } : {}),
      ...(scope === 'OWN_ORGANISATION' ? { unit: { applicant: ctx.viewer!.organisationId } } : {}),
      ...(assignedToMe ? { assignedEngineer: ctx.viewer!.userId } : {}),
    };
    const found = await ctx.em.find(CertificationCase, where, { populate: CASE_POPULATE, orderBy: { createdAt: 'desc' }, limit: 100 });
    return views(ctx, found);
  }

  @Mutation(() => CertificationCaseType, { description: 'Open an application (DRAFT); errors RULE_VIOLATION with findings per field' })
  async createApplication(@Arg('input', () => ApplicationInput) input: ApplicationInputType, @Ctx() ctx: Context) {
    const created = await createApplication(ctx, input);
    return reload(ctx, created.id);
  }

  @Mutation(() => CertificationCaseType) async submitApplication(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'SUBMIT' });
  }
  @Mutation(() => CertificationCaseType) async acceptApplication(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'ACCEPT' });
  }
  @Mutation(() => CertificationCaseType) async returnApplication(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'RETURN_FOR_AMENDMENT', reason });
  }
  @Mutation(() => CertificationCaseType) async refuseApplication(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'REFUSE', reason });
  }
  @Mutation(() => CertificationCaseType) async requestSupplement(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('items', () => String) items: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'REQUEST_SUPPLEMENT', items });
  }
  @Mutation(() => CertificationCaseType) async supplySupplement(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'SUPPLY_SUPPLEMENT' });
  }
  @Mutation(() => CertificationCaseType, { description: '§3.4: the document review is complete; the plan and the payment notice go out' })
  async completeDocumentReview(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('plan', () => CertificationPlanInput) plan: CertificationPlanInput, @Ctx() ctx: Context,
  ) {
    return command(ctx, id, version, { type: 'COMPLETE_DOCUMENT_REVIEW', plan });
  }
  @Mutation(() => CertificationCaseType, { description: '§6.1: type test and inspection complete; the case goes to review' })
  async startReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'START_REVIEW' });
  }
  @Mutation(() => CertificationCaseType, { description: '§6.1: the reviewer’s conclusion; not by anyone who evaluated the case' })
  async completeReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('conclusion', () => String) conclusion: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'COMPLETE_REVIEW', conclusion });
  }
  @Mutation(() => CertificationCaseType, { description: '§6.2: approve and issue the certificate; not by anyone who evaluated the case' })
  async approveCase(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'APPROVE' });
  }
  @Mutation(() => CertificationCaseType, { description: '§6.2: not approved; the case is terminated' })
  async rejectCase(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'REJECT', reason });
  }
  @Mutation(() => CertificationCaseType, { description: '§6.4: terminate with a scheme termination reason' })
  async terminateCase(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reasonCode', () => String) reasonCode: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'TERMINATE', reasonCode, reason });
  }
  @Mutation(() => CertificationCaseType) async withdrawApplication(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return command(ctx, id, version, { type: 'WITHDRAW', reason });
  }
}

async function command(ctx: Context, id: string, version: number, cmd: CaseCommand) {
  const calendar = await ctx.loaders.calendar();
  const scheme = await schemeOfCase(ctx, id);
  await runCaseCommand({ em: ctx.em, viewer: ctx.viewer, clock: ctx.clock, dueDate: caseDueDate(scheme, calendar), ...caseRules(scheme, evaluationComplete, ctx.clock) }, id, version, cmd);
  return reload(ctx, id);
}

async function schemeOfCase(ctx: Context, id: string) {
  const found = isId(id) ? await ctx.em.fork().findOne(CertificationCase, { id }, { fields: ['schemeId', 'schemeVersion'] }) : null;
  if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
  return schemeFor(found.schemeId, found.schemeVersion);
}

export async function reload(ctx: Context, id: string): Promise<CertificationCaseType> {
  const em = ctx.em.fork();
  const found = await em.findOneOrFail(CertificationCase, { id }, { populate: CASE_POPULATE });
  return (await views({ ...ctx, em }, [found]))[0]!;
}

async function views(ctx: Context, cases: CertificationCase[]): Promise<CertificationCaseType[]> {
  const ids = cases.map((c) => c.id);
  const notices = await loadNotices(ctx.em, ids);
  const documents = await loadCaseDocuments(ctx.em, ids);
  const plans = await loadPlans(ctx.em, ids);
  const calendar = await ctx.loaders.calendar();
  const today = chinaDate(ctx.clock.now());
  return cases.map((c) => {
    const plan = plans.get(c.id);
    return toCaseView(c, notices.get(c.id) ?? [], calendar, today, { documents: documents.get(c.id) ?? [], plan: plan ? toPlanView(plan) : null });
  });
}
