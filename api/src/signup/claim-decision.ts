import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, OrganisationClaim, OrganisationClaimStatus, OrganisationKind, Role, User } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { recordAudit, type AuditActor } from './audit.js';
import { claimApprovedMail, claimRejectedMail, webLink } from './signup-mail.js';
import type { MailDeps } from './sign-up.js';

interface ClaimContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  passwordReset?: MailDeps;
}

/** Verified, undecided claims, oldest first, with the organisation that already has the claimed code (if any). */
export async function pendingClaims(ctx: ClaimContext): Promise<Array<{ claim: OrganisationClaim; existing: Organisation | null }>> {
  authorizeViewer(ctx.viewer, Operation.DECIDE_ORGANISATION_CLAIM);
  const claims = await ctx.em.find(
    OrganisationClaim,
    { status: OrganisationClaimStatus.PENDING, signUp: { verifiedAt: { $ne: null } } },
    { populate: ['signUp'], orderBy: { createdAt: 'asc' }, limit: 500 },
  );
  const codes = [...new Set(claims.map((c) => c.creditCode))];
  const existing = codes.length ? await ctx.em.find(Organisation, { creditCode: { $in: codes } }) : [];
  const byCode = new Map(existing.map((o) => [o.creditCode!, o]));
  return claims.map((claim) => ({ claim, existing: byCode.get(claim.creditCode) ?? null }));
}

const notPending = (status: string) => new AppError(ErrorCode.ILLEGAL_TRANSITION, `This claim is ${status}, not pending`, { status });

async function loadPending(tx: EntityManager, id: string): Promise<OrganisationClaim> {
  if (!isId(id)) throw new AppError(ErrorCode.NOT_FOUND, 'No such organisation claim');
  // The row lock makes two administrators deciding at once take turns; the second sees the decision.
  await tx.execute(`select 1 from organisation_claim where id = ? for update`, [id]);
  const claim = await tx.findOne(OrganisationClaim, { id }, { populate: ['signUp', 'signUp.passwordHash'] });
  if (!claim) throw new AppError(ErrorCode.NOT_FOUND, 'No such organisation claim');
  if (claim.status !== OrganisationClaimStatus.PENDING) throw notPending(claim.status);
  return claim;
}

/**
 * Approves a verified claim: creates the ENTERPRISE organisation and the claimant's account
 * (ENTERPRISE, `managesUsers`), in one transaction with audit events. When an organisation
 * already has the claimed credit code, approval is refused (ORGANISATION_EXISTS): a mailbox
 * proves nothing about a company, so a stranger must never be handed an organisation that
 * exists; its own users invite whoever joins it, and the administrator rejects this claim.
 */
export async function approveClaim(ctx: ClaimContext, id: string): Promise<OrganisationClaim> {
  const viewer = authorizeViewer(ctx.viewer, Operation.DECIDE_ORGANISATION_CLAIM);
  const actor: AuditActor = { userId: viewer.userId, role: viewer.role };
  const now = ctx.clock.now();
  let approved: { claim: OrganisationClaim; email: string };
  try {
    approved = await ctx.em.fork().transactional(async (tx) => {
      const claim = await loadPending(tx, id);
      if (!claim.signUp.verifiedAt) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'The claimant has not confirmed the e-mail address yet', { status: 'UNVERIFIED' });
      const existing = await tx.findOne(Organisation, { creditCode: claim.creditCode });
      if (existing) throw organisationExists(existing.id);
      if (await tx.findOne(User, { email: claim.signUp.email })) throw accountExists();
      const organisation = tx.create(Organisation, {
        kind: OrganisationKind.ENTERPRISE, nameZh: claim.nameZh, nameEn: claim.nameEn || claim.nameZh,
        addressZh: claim.addressZh, addressEn: claim.addressEn || claim.addressZh, creditCode: claim.creditCode, createdAt: now,
      });
      const user = tx.create(User, {
        email: claim.signUp.email, displayName: claim.signUp.displayName, role: Role.ENTERPRISE, organisation,
        passwordHash: claim.signUp.passwordHash, managesUsers: true, createdAt: now,
      });
      claim.status = OrganisationClaimStatus.APPROVED;
      claim.decidedBy = tx.getReference(User, viewer.userId);
      claim.decidedAt = now;
      claim.organisation = organisation;
      recordAudit(tx, now, actor, { action: 'organisation-claim.approved', aggregateType: 'organisation-claim', aggregateId: claim.id, fromState: 'PENDING', toState: 'APPROVED', payload: { organisationId: organisation.id, userId: user.id } });
      recordAudit(tx, now, actor, { action: 'organisation.created', aggregateType: 'organisation', aggregateId: organisation.id, payload: { claimId: claim.id, creditCode: claim.creditCode } });
      recordAudit(tx, now, actor, { action: 'user.created', aggregateType: 'user', aggregateId: user.id, payload: { role: Role.ENTERPRISE, organisationId: organisation.id, managesUsers: true, claimId: claim.id } });
      await tx.flush();
      return { claim, email: user.email };
    });
  } catch (error) {
    // Another approval of the same code or address committed in between.
    if (error instanceof UniqueConstraintViolationException) {
      throw /credit_code/.test(error.message) ? organisationExists(null) : accountExists();
    }
    throw error;
  }
  mailAfterCommit(ctx, claimApprovedMail(approved.email, approved.claim.nameZh, webLink(ctx.passwordReset?.publicWebUrl ?? '', '/login')));
  return approved.claim;
}

/** Rejects a claim with a reason, which is mailed to the claimant. Nothing else changes. */
export async function rejectClaim(ctx: ClaimContext, id: string, rawReason: string): Promise<OrganisationClaim> {
  const viewer = authorizeViewer(ctx.viewer, Operation.DECIDE_ORGANISATION_CLAIM);
  const reason = rawReason.trim();
  if (reason === '') throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give the reason: it is mailed to the claimant', { field: 'reason' });
  if (reason.length > 2000) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The reason is longer than 2000 characters', { field: 'reason' });
  const now = ctx.clock.now();
  const claim = await ctx.em.fork().transactional(async (tx) => {
    const claim = await loadPending(tx, id);
    claim.status = OrganisationClaimStatus.REJECTED;
    claim.decidedBy = tx.getReference(User, viewer.userId);
    claim.decidedAt = now;
    claim.reason = reason;
    recordAudit(tx, now, { userId: viewer.userId, role: viewer.role }, {
      action: 'organisation-claim.rejected', aggregateType: 'organisation-claim', aggregateId: claim.id, fromState: 'PENDING', toState: 'REJECTED', reason,
    });
    return claim;
  });
  mailAfterCommit(ctx, claimRejectedMail(claim.signUp.email, claim.nameZh, reason));
  return claim;
}

function organisationExists(organisationId: string | null) {
  return new AppError(ErrorCode.ORGANISATION_EXISTS, 'An organisation with this credit code exists already: its own users invite whoever joins it; reject this claim', { organisationId });
}

const accountExists = () => new AppError(ErrorCode.ACCOUNT_EXISTS, 'An account with the claimant’s e-mail address exists already');

/** Decision mails go out after the commit, in the background: a mail server's delay never holds the decision. */
function mailAfterCommit(ctx: ClaimContext, mail: Parameters<NonNullable<MailDeps['transport']>['send']>[0]): void {
  const deps = ctx.passwordReset;
  if (!deps?.transport) return;
  const transport = deps.transport;
  deps.background.run('claim decision mail', () => transport.send(mail));
}
