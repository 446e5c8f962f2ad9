import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CertificateTransition, RequirementChange, RequirementChangeKind, TransitionState } from '@cqc/db';
import { Operation, authorizeViewer, reach } from '../auth/policy.js';
import type { Context } from '../context.js';
import { announceRequirementChange } from './announce-change.js';
import { CertificateTransitionType, RequirementChangeType } from './requirement-change-types.js';
import { recordTransition } from './transitions.js';

const TRANSITION_POPULATE = ['requirementChange', 'certificate.unit.applicant'] as const;

/** §8.4: requirement changes, their transitions, and the holders' view of them. Thin. */
@Resolver()
export class RequirementChangeResolver {
  @Query(() => [RequirementChangeType], { description: 'Every announced requirement change, newest first, with its transition counts (holders and staff)' })
  async requirementChanges(@Ctx() ctx: Context): Promise<RequirementChangeType[]> {
    // Holders were told of every change anyway; the counts are aggregates over all certificates.
    if (!reach(ctx.viewer, Operation.READ_CERTIFICATE_RECORD)) authorizeViewer(ctx.viewer, Operation.READ_CERTIFICATE_RECORD);
    const changes = await ctx.em.find(RequirementChange, {}, { orderBy: { announcedOn: 'desc', createdAt: 'desc' } });
    const counts = await ctx.em.execute<Array<{ id: string; state: TransitionState; n: string }>>(
      'select requirement_change_id as id, state, count(*) as n from certificate_transition group by requirement_change_id, state',
    );
    const count = (id: string, state: TransitionState) => Number(counts.find((c) => c.id === id && c.state === state)?.n ?? 0);
    return changes.map((c) => ({
      id: c.id, kind: c.kind, titleZh: c.titleZh, titleEn: c.titleEn, planZh: c.planZh, schemeVersion: c.schemeVersion ?? null,
      announcedOn: c.announcedOn, transitionDeadline: c.transitionDeadline,
      pending: count(c.id, TransitionState.PENDING), transitioned: count(c.id, TransitionState.TRANSITIONED), suspended: count(c.id, TransitionState.SUSPENDED),
    }));
  }

  @Query(() => [CertificateTransitionType], { description: 'Transitions still pending: every holder’s for staff, one’s own for enterprise users' })
  async pendingCertificateTransitions(@Ctx() ctx: Context): Promise<CertificateTransitionType[]> {
    const scope = reach(ctx.viewer, Operation.READ_CERTIFICATE_RECORD);
    const viewer = authorizeViewer(ctx.viewer, Operation.READ_CERTIFICATE_RECORD, { organisationId: ctx.viewer?.organisationId ?? '' });
    const own = scope === 'OWN_ORGANISATION' ? { certificate: { unit: { applicant: viewer.organisationId } } } : {};
    const rows = await ctx.em.find(CertificateTransition, { state: TransitionState.PENDING, ...own }, {
      populate: TRANSITION_POPULATE, orderBy: { requirementChange: { transitionDeadline: 'asc' }, certificate: { number: 'asc' } }, limit: 500,
    });
    return rows.map(toView);
  }

  @Mutation(() => RequirementChangeType, { description: '§8.4: announce a revision with its plan and transition deadline; every holder is told' })
  async announceRequirementChange(
    @Arg('kind', () => RequirementChangeKind) kind: RequirementChangeKind,
    @Arg('titleZh', () => String) titleZh: string, @Arg('titleEn', () => String) titleEn: string, @Arg('planZh', () => String) planZh: string,
    @Arg('transitionDeadline', () => String) transitionDeadline: string,
    @Arg('schemeVersion', () => String, { nullable: true }) schemeVersion: string | null,
    @Ctx() ctx: Context,
  ): Promise<RequirementChangeType> {
    const change = await announceRequirementChange(ctx, { kind, titleZh, titleEn, planZh, transitionDeadline, schemeVersion: schemeVersion ?? null });
    return (await this.requirementChanges(ctx)).find((c) => c.id === change.id)!;
  }

  @Mutation(() => CertificateTransitionType, { description: '§8.4: the certificate completed its transition' })
  async recordCertificateTransition(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { defaultValue: '' }) note: string,
    @Ctx() ctx: Context,
  ): Promise<CertificateTransitionType> {
    await recordTransition(ctx, id, version, note);
    return toView(await ctx.em.fork().findOneOrFail(CertificateTransition, { id }, { populate: TRANSITION_POPULATE }));
  }
}

function toView(t: CertificateTransition): CertificateTransitionType {
  return {
    id: t.id, requirementChangeId: t.requirementChange.id, requirementChangeTitleZh: t.requirementChange.titleZh,
    transitionDeadline: t.requirementChange.transitionDeadline, certificateNumber: t.certificate.number,
    holderNameZh: t.certificate.unit.applicant.nameZh, state: t.state, completedOn: t.completedOn ?? null, note: t.note ?? null, version: t.version,
  };
}

