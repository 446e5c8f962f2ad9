import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CreditStatus, OrganisationKind, type Lab } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { LocalDate } from '../graphql/scalars.js';
import { LabType } from '../type-test/type-test-types.js';
import { AdminOrganisationType, CalendarDayInput, CalendarDayType, CalendarYearType, LabInput } from './admin-types.js';
import { listCalendarDays, listCalendarYears, publishCalendarYear } from './calendar-admin.js';
import { createLab, updateLabScope } from './lab-admin.js';
import { listOrganisations, setOrganisationCredit, toAdminOrganisation } from './organisation-credit.js';

/** Reference data the process needs (ADMIN only): credit standing, labs and their CMA scope, the calendar. The `labs` list is the type test's. */
@Resolver()
export class AdminResolver {
  @Query(() => [AdminOrganisationType], { description: 'ADMIN: organisations by kind and name or credit-code fragment, with their credit standing' })
  async organisations(
    @Arg('kind', () => OrganisationKind, { nullable: true }) kind: OrganisationKind | null | undefined,
    @Arg('query', () => String, { nullable: true }) query: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AdminOrganisationType[]> {
    authorize(ctx.viewer, Operation.ADMINISTER_REFERENCE_DATA);
    return (await listOrganisations(ctx.em, { kind, query })).map(toAdminOrganisation);
  }

  @Query(() => [CalendarYearType], { description: 'ADMIN: years whose official schedule is in the working-day calendar' })
  async calendarYears(@Ctx() ctx: Context): Promise<CalendarYearType[]> {
    authorize(ctx.viewer, Operation.ADMINISTER_REFERENCE_DATA);
    return (await listCalendarYears(ctx.em)).map((y) => ({ year: y.year, source: y.source, publishedOn: y.publishedOn ?? null }));
  }

  @Query(() => [CalendarDayType], { description: 'ADMIN: the holidays and make-up working days of a year' })
  async calendarDays(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<CalendarDayType[]> {
    authorize(ctx.viewer, Operation.ADMINISTER_REFERENCE_DATA);
    return (await listCalendarDays(ctx.em, year)).map((d) => ({ date: d.date, kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn, source: d.source }));
  }

  @Mutation(() => AdminOrganisationType, { description: 'ADMIN: record the credit standing (§3.2/§3.3); source required unless NONE, checkedOn not after today' })
  async setOrganisationCredit(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => CreditStatus) status: CreditStatus,
    @Arg('source', () => String, { nullable: true }) source: string | null | undefined,
    @Arg('checkedOn', () => LocalDate) checkedOn: string,
    @Ctx() ctx: Context,
  ): Promise<AdminOrganisationType> {
    return toAdminOrganisation(await setOrganisationCredit(ctx, { organisationId, version, status, source, checkedOn }));
  }

  @Mutation(() => LabType, { description: 'ADMIN: a new lab (organisation of kind LAB) with its CMA accreditation' })
  async createLab(@Arg('input', () => LabInput) input: LabInput, @Ctx() ctx: Context): Promise<LabType> {
    return toLabType(await createLab(ctx, input));
  }

  @Mutation(() => LabType, { description: 'ADMIN: change a lab’s CMA certificate number and scope (one test item per entry)' })
  async updateLabScope(
    @Arg('labId', () => ID) labId: string,
    @Arg('version', () => Int) version: number,
    @Arg('cmaCertificateNo', () => String) cmaCertificateNo: string,
    @Arg('cmaScope', () => [String]) cmaScope: string[],
    @Ctx() ctx: Context,
  ): Promise<LabType> {
    return toLabType(await updateLabScope(ctx, { labId, version, cmaCertificateNo, cmaScope }));
  }

  @Mutation(() => CalendarYearType, { description: 'ADMIN: enter a year’s official holiday schedule; BAD_USER_INPUT lists every problem in `extensions.problems`' })
  async publishCalendarYear(
    @Arg('year', () => Int) year: number,
    @Arg('days', () => [CalendarDayInput]) days: CalendarDayInput[],
    @Arg('publishedOn', () => LocalDate, { nullable: true }) publishedOn: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<CalendarYearType> {
    const saved = await publishCalendarYear(ctx, { year, days: days.map((d) => ({ ...d })), publishedOn });
    return { year: saved.year, source: saved.source, publishedOn: saved.publishedOn ?? null };
  }
}

function toLabType(l: Lab): LabType {
  return { id: l.id, nameZh: l.organisation.nameZh, nameEn: l.organisation.nameEn, cmaCertificateNo: l.cmaCertificateNo, cmaScope: [...l.cmaScope], version: l.version };
}
