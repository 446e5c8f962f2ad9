import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Certificate, CertificateChangeKind, CertificateChangeRequest, CertificateChangeStatus, type PartyChange } from '@cqc/db';
import { Operation, authorize, authorizeViewer, can, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { isId } from '../graphql/ids.js';
import { approveChange, rejectChange } from './decide-change.js';
import { assessChange, recordChangeTests } from './evaluate-change.js';
import {
  CertificateChangeAssessmentInput, CertificateChangePartyInput, CertificateChangeTestsInput, CertificateExtensionInput, CertificateVariationInput,
} from './change-inputs.js';
import { CertificateChangeRequestType, ChangeableCertificate } from './change-types.js';
import { toChangeables, toRequestViews } from './change-view.js';
import { requestChange } from './request-change.js';

const LIST_LIMIT = 200;

/** A party input without its empty fields. */
function party(p: CertificateChangePartyInput | null | undefined): PartyChange | null {
  if (!p) return null;
  return Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'string')) as PartyChange;
}

/** §8.2 variations and §8.3 extensions: the holder files, the engineer evaluates, the decider decides. Thin: parse, call, return. */
@Resolver()
export class CertificateChangeResolver {
  @Query(() => [ChangeableCertificate], { description: 'The caller’s organisation’s certificates with their current contents, to vary or extend' })
  async changeableCertificates(@Ctx() ctx: Context): Promise<ChangeableCertificate[]> {
    const viewer = authorizeViewer(ctx.viewer, Operation.REQUEST_CERTIFICATE_CHANGE, { organisationId: ctx.viewer?.organisationId ?? '' });
    const found = await ctx.em.find(Certificate, { unit: { applicant: viewer.organisationId } }, { populate: ['unit.applicant'], orderBy: { number: 'asc' }, limit: LIST_LIMIT });
    return toChangeables(ctx.em, found);
  }

  @Query(() => ChangeableCertificate, { nullable: true, description: 'One certificate’s current contents; null when not visible' })
  async changeableCertificate(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<ChangeableCertificate | null> {
    const found = await ctx.em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
    if (!found || !can(ctx.viewer, Operation.READ_CERTIFICATE_CHANGE, { organisationId: found.unit.applicant.id })) return null;
    return (await toChangeables(ctx.em, [found]))[0] ?? null;
  }

  @Query(() => [CertificateChangeRequestType], { description: 'Change requests, newest first: the holder sees its own, staff all' })
  async certificateChangeRequests(
    @Arg('status', () => CertificateChangeStatus, { nullable: true }) status: CertificateChangeStatus | null,
    @Arg('number', () => String, { nullable: true }) number: string | null,
    @Ctx() ctx: Context,
  ): Promise<CertificateChangeRequestType[]> {
    const scope = reach(ctx.viewer, Operation.READ_CERTIFICATE_CHANGE);
    if (!scope) authorize(ctx.viewer, Operation.READ_CERTIFICATE_CHANGE);
    const where: FilterQuery<CertificateChangeRequest> = {};
    if (status) where.status = status;
    if (number) where.certificate = { number };
    if (scope === 'OWN_ORGANISATION') where.certificate = { ...(number ? { number } : {}), unit: { applicant: ctx.viewer!.organisationId } };
    const found = await ctx.em.find(CertificateChangeRequest, where, { populate: ['certificate.unit.applicant'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
    return toRequestViews(ctx.em, found);
  }

  @Query(() => CertificateChangeRequestType, { nullable: true, description: 'One change request; null when not visible' })
  async certificateChangeRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CertificateChangeRequestType | null> {
    const found = isId(id) ? await ctx.em.findOne(CertificateChangeRequest, { id }, { populate: ['certificate.unit.applicant'] }) : null;
    if (!found || !can(ctx.viewer, Operation.READ_CERTIFICATE_CHANGE, { organisationId: found.certificate.unit.applicant.id })) return null;
    return (await toRequestViews(ctx.em, [found]))[0]!;
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.2.1: the holder requests a variation of its certificate' })
  async requestCertificateVariation(@Arg('input', () => CertificateVariationInput) input: CertificateVariationInput, @Ctx() ctx: Context) {
    const created = await requestChange(ctx, CertificateChangeKind.VARIATION, {
      number: input.number, certificateVersion: input.certificateVersion, areas: input.areas, descriptionZh: input.descriptionZh,
      descriptionEn: input.descriptionEn ?? '', documents: input.documents,
      proposal: {
        applicant: party(input.applicant), manufacturer: party(input.manufacturer), factory: party(input.factory), productNameZh: input.productNameZh, productNameEn: input.productNameEn,
        keyComponentConfigurations: (input.keyComponentConfigurations ?? []).map((c) => ({
          label: c.label, components: c.components.map((k) => ({ type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null, grade: k.grade ?? null, dimensions: k.dimensions ?? null, supplier: k.supplier })),
        })),
      },
    });
    return this.view(ctx, created.id);
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.3.1: the holder requests an extension of its certificate by further models' })
  async requestCertificateExtension(@Arg('input', () => CertificateExtensionInput) input: CertificateExtensionInput, @Ctx() ctx: Context) {
    const created = await requestChange(ctx, CertificateChangeKind.EXTENSION, {
      number: input.number, certificateVersion: input.certificateVersion, areas: [], descriptionZh: input.descriptionZh,
      descriptionEn: input.descriptionEn ?? '', documents: input.documents, proposal: { models: input.models },
    });
    return this.view(ctx, created.id);
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.2.2 / §8.3.1: the engineer decides whether testing is needed (and the basis model of an extension)' })
  async assessCertificateChange(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('input', () => CertificateChangeAssessmentInput) input: CertificateChangeAssessmentInput, @Ctx() ctx: Context,
  ) {
    await assessChange(ctx, id, version, { testingRequired: input.testingRequired, representativeModel: input.representativeModel ?? null, onSiteVerificationRequired: input.onSiteVerificationRequired, note: input.note });
    return this.view(ctx, id);
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.2.2 / §8.3.1: the engineer records the test outcome or the supplementary tests' })
  async recordCertificateChangeTests(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('input', () => CertificateChangeTestsInput) input: CertificateChangeTestsInput, @Ctx() ctx: Context,
  ) {
    await recordChangeTests(ctx, id, version, {
      testOutcome: input.testOutcome ?? null, note: input.note, onSiteVerificationPassed: input.onSiteVerificationPassed ?? null,
      supplementaryTests: input.supplementaryTests.map((t) => ({ designation: t.designation, items: t.items, passed: t.passed, grade: t.grade ?? null })),
    });
    return this.view(ctx, id);
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.2.1 / §8.3.1: approve: a new certificate version with the same number' })
  async approveCertificateChange(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('certificateVersion', () => Int) certificateVersion: number,
    @Arg('reason', () => String, { defaultValue: '' }) reason: string, @Ctx() ctx: Context,
  ) {
    await approveChange(ctx, id, version, certificateVersion, reason);
    return this.view(ctx, id);
  }

  @Mutation(() => CertificateChangeRequestType, { description: '§8.2.2: reject: the certificate stays as it is' })
  async rejectCertificateChange(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string, @Ctx() ctx: Context,
  ) {
    await rejectChange(ctx, id, version, reason);
    return this.view(ctx, id);
  }

  private async view(ctx: Context, id: string): Promise<CertificateChangeRequestType> {
    const em = ctx.em.fork();
    const found = await em.findOneOrFail(CertificateChangeRequest, { id }, { populate: ['certificate.unit.applicant'] });
    return (await toRequestViews(em, [found]))[0]!;
  }
}
