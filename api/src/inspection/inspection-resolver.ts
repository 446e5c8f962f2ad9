import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CertificationCase, FactoryInspection, RectificationVerificationMethod, Role, User, schemeFor } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { LocalDate } from '../graphql/scalars.js';
import { recordReport, verifyRectification } from './inspection-report.js';
import { decideExemption, issueTask } from './inspection-task.js';
import { changeTask } from './inspection-task-change.js';
import { arrangeOnSiteVerification } from './onsite-verification.js';
import { FactoryInspectionType, InspectionReportInput, InspectionStaffRef } from './inspection-types.js';
import { INSPECTION_POPULATE, toInspectionView } from './inspection-view.js';
import { isId } from '../graphql/ids.js';

/** The initial factory inspection of §2 and §5. Thin: parse, call the service, return. */
@Resolver()
export class InspectionResolver {
  @Query(() => FactoryInspectionType, { nullable: true, description: 'The inspection track of a case the caller may see; null before the case is in evaluation or when not visible' })
  async factoryInspection(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<FactoryInspectionType | null> {
    const found = isId(caseId) ? await ctx.em.findOne(CertificationCase, { id: caseId }, { populate: ['unit.applicant'] }) : null;
    if (!found) return null;
    try {
      authorize(ctx.viewer, Operation.READ_CASE, { organisationId: found.unit.applicant.id });
    } catch (error) {
      if (ctx.viewer) return null; // not visible looks like not found
      throw error;
    }
    const inspection = await ctx.em.findOne(FactoryInspection, { certificationCase: caseId }, { populate: INSPECTION_POPULATE });
    return inspection ? view(ctx, inspection) : null;
  }

  @Query(() => [InspectionStaffRef], { description: 'Active inspectors a task can be issued to' })
  async inspectors(@Ctx() ctx: Context): Promise<InspectionStaffRef[]> {
    authorize(ctx.viewer, Operation.MANAGE_INSPECTION);
    const users = await ctx.em.find(User, { role: Role.INSPECTOR, active: true }, { orderBy: { displayName: 'asc' } });
    return users.map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  @Mutation(() => FactoryInspectionType, { description: '§2: accept (EXEMPTED) or reject (inspection needed) the proposed exemption' })
  async decideInspectionExemption(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('accept', () => Boolean) accept: boolean, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context,
  ) {
    await decideExemption(ctx, id, version, { accept, reason });
    return reload(ctx, id);
  }

  @Mutation(() => FactoryInspectionType, {
    description: '§5.3: assign an inspector, the on-site person-days and (optionally) the planned days on site; tells the applicant. RULE_VIOLATION outside the scheme’s bounds or past the §5.4 report limit',
  })
  async issueInspectionTask(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('inspectorId', () => ID) inspectorId: string, @Arg('personDays', () => Float) personDays: number,
    @Arg('plannedFrom', () => LocalDate, { nullable: true }) plannedFrom: string | null, @Arg('plannedTo', () => LocalDate, { nullable: true }) plannedTo: string | null,
    @Ctx() ctx: Context,
  ) {
    await issueTask(ctx, id, version, { inspectorId, personDays, plannedFrom, plannedTo });
    return reload(ctx, id);
  }

  @Mutation(() => FactoryInspectionType, {
    description: 'Rearrange an issued task before the report: inspector, person-days (§5.3), planned days (within the §5.4 limit, which keeps running); tells the applicant',
  })
  async changeInspectionTask(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('inspectorId', () => ID) inspectorId: string, @Arg('personDays', () => Float) personDays: number,
    @Arg('plannedFrom', () => LocalDate, { nullable: true }) plannedFrom: string | null, @Arg('plannedTo', () => LocalDate, { nullable: true }) plannedTo: string | null,
    @Arg('reason', () => String) reason: string, @Ctx() ctx: Context,
  ) {
    await changeTask(ctx, id, version, { inspectorId, personDays, plannedFrom, plannedTo, reason });
    return reload(ctx, id);
  }

  @Mutation(() => FactoryInspectionType, { description: '§5.4: send an inspector to verify the rectification on site, on a day within the rectification limit; tells the applicant' })
  async arrangeOnSiteVerification(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('inspectorId', () => ID) inspectorId: string, @Arg('plannedOn', () => LocalDate) plannedOn: string, @Ctx() ctx: Context,
  ) {
    await arrangeOnSiteVerification(ctx, id, version, { inspectorId, plannedOn });
    return reload(ctx, id);
  }

  @Mutation(() => FactoryInspectionType, { description: '§5.4: the assigned inspector records the checklist and the report; FAIL terminates the case' })
  async recordInspectionReport(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('input', () => InspectionReportInput) input: InspectionReportInput, @Ctx() ctx: Context,
  ) {
    await recordReport(ctx, id, version, input);
    return reload(ctx, id);
  }

  @Mutation(() => FactoryInspectionType, { description: '§5.4: verify rectified nonconformities (from documents, or on site by the inspector sent); all verified ⇒ PASSED' })
  async verifyInspectionRectification(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('nonconformityIds', () => [ID]) nonconformityIds: string[], @Arg('rectifiedOn', () => LocalDate) rectifiedOn: string,
    @Arg('note', () => String) note: string,
    @Arg('method', () => RectificationVerificationMethod, { defaultValue: RectificationVerificationMethod.DOCUMENTS }) method: RectificationVerificationMethod,
    @Ctx() ctx: Context,
  ) {
    await verifyRectification(ctx, id, version, { nonconformityIds, rectifiedOn, note, method });
    return reload(ctx, id);
  }
}

async function reload(ctx: Context, id: string): Promise<FactoryInspectionType> {
  const inspection = await ctx.em.fork().findOneOrFail(FactoryInspection, { id }, { populate: INSPECTION_POPULATE });
  return view(ctx, inspection);
}

function view(ctx: Context, inspection: FactoryInspection): FactoryInspectionType {
  const c = inspection.certificationCase;
  return toInspectionView(inspection, schemeFor(c.schemeId, c.schemeVersion), ctx.viewer?.role !== Role.ENTERPRISE);
}
