import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Lab } from '@cqc/db';
import { Operation, authorize, can } from '../auth/policy.js';
import type { Context } from '../context.js';
import { LocalDate } from '../graphql/scalars.js';
import type { ResultInput, SampleInput } from './type-test-input.js';
import { concludeRound, enterResults } from './type-test-results.js';
import { recordKeyComponentTests } from './type-test-key-components.js';
import { assignLab, recordFee, recordSamples, startRetest } from './type-test-service.js';
import type { TypeTestContext } from './run-type-test-command.js';
import { KeyComponentTestInput, LabType, TestItemResultInput, TestSampleInput, TypeTestType } from './type-test-types.js';
import { LabTypeTestType } from './lab-type-test-types.js';
import { labTypeTests } from './lab-type-tests.js';
import { loadTypeTest, mayReadTypeTest, toTypeTestView } from './type-test-view.js';

/** The type test of a case in evaluation (§4). Thin: parse, call the service, return. */
@Resolver()
export class TypeTestResolver {
  @Query(() => TypeTestType, { nullable: true, description: 'The case’s type test, if one is assigned and the caller may see it' })
  async typeTest(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<TypeTestType | null> {
    if (!ctx.viewer) authorize(ctx.viewer, Operation.READ_TYPE_TEST);
    const found = await loadTypeTest(ctx.em, caseId);
    // Not visible looks like not assigned, so ids cannot be probed.
    if (!found || !mayReadTypeTest(ctx.viewer, found)) return null;
    return toTypeTestView(found, await ctx.loaders.calendar());
  }

  @Query(() => [LabTypeTestType], { description: 'LAB users: the type tests assigned to their lab, open ones first, then by due date' })
  async labTypeTests(@Ctx() ctx: Context): Promise<LabTypeTestType[]> {
    return labTypeTests(ctx.em, ctx.viewer);
  }

  @Query(() => [LabType], { description: 'Labs a type test can be assigned to, with their CMA scope' })
  async labs(@Ctx() ctx: Context): Promise<LabType[]> {
    // Engineers choose from it; administrators maintain it (api/src/admin).
    if (!can(ctx.viewer, Operation.ADMINISTER_REFERENCE_DATA)) authorize(ctx.viewer, Operation.MANAGE_TYPE_TEST);
    const labs = await ctx.em.find(Lab, {}, { populate: ['organisation'], orderBy: { cmaCertificateNo: 'asc' } });
    return labs.map((l) => ({ id: l.id, nameZh: l.organisation.nameZh, nameEn: l.organisation.nameEn, cmaCertificateNo: l.cmaCertificateNo, cmaScope: [...l.cmaScope], version: l.version }));
  }

  @Mutation(() => TypeTestType, { description: 'Assign (or, before testing starts, change) the lab; RULE_VIOLATION when its CMA scope misses a test item' })
  async assignTypeTestLab(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('labId', () => ID) labId: string,
    @Arg('testItems', () => [String]) testItems: string[],
    @Arg('version', () => Int, { nullable: true, description: 'The type test’s version; omit for the first assignment' }) version: number | null | undefined,
    @Ctx() ctx: Context,
  ) {
    await assignLab(await serviceContext(ctx), caseId, version ?? null, { labId, testItems });
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType) async recordTypeTestSamples(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('samples', () => [TestSampleInput]) samples: SampleInput[], @Ctx() ctx: Context) {
    await recordSamples(await serviceContext(ctx), caseId, version, samples);
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType) async recordTypeTestFee(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('receivedOn', () => LocalDate) receivedOn: string, @Ctx() ctx: Context) {
    await recordFee(await serviceContext(ctx), caseId, version, receivedOn);
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType, { description: 'LAB users of the assigned lab: enter or correct results of the current round' })
  async enterTypeTestResults(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('results', () => [TestItemResultInput]) results: ResultInput[], @Ctx() ctx: Context) {
    await enterResults(await serviceContext(ctx), caseId, version, results);
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType, { description: 'LAB users of the assigned lab: conclude the round (all passed ⇒ PASSED, else FAILED and the applicant is notified)' })
  async concludeTypeTestRound(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reportDocumentId', () => ID, { nullable: true }) reportDocumentId: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    await concludeRound(await serviceContext(ctx), caseId, version, reportDocumentId ?? null);
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType, { description: '§4.2.3: the key-component tests the type test waits for (replaces the list); the longest, when longer than the scheme’s limit, governs the type-test clock' })
  async recordKeyComponentTests(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('tests', () => [KeyComponentTestInput]) tests: KeyComponentTestInput[],
    @Ctx() ctx: Context,
  ) {
    await recordKeyComponentTests(await serviceContext(ctx), caseId, version, tests);
    return reload(ctx, caseId);
  }

  @Mutation(() => TypeTestType, { description: 'After rectification: start the next test round' })
  async startTypeTestRetest(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    await startRetest(await serviceContext(ctx), caseId, version);
    return reload(ctx, caseId);
  }
}

async function serviceContext(ctx: Context): Promise<TypeTestContext> {
  return { em: ctx.em, viewer: ctx.viewer, clock: ctx.clock, calendar: await ctx.loaders.calendar() };
}

/** The caller was allowed to act on the track, which implies reading it. */
async function reload(ctx: Context, caseId: string): Promise<TypeTestType> {
  const found = await loadTypeTest(ctx.em.fork(), caseId);
  return toTypeTestView(found!, await ctx.loaders.calendar());
}
