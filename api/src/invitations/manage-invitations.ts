import type { EntityManager } from '@mikro-orm/postgresql';
import { Invitation, Organisation, User } from '@cqc/db';
import { hashToken, newToken } from '../auth/token.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { recordAudit } from '../signup/audit.js';
import type { MailDeps } from '../signup/sign-up.js';
import { normalizeEmail } from '../signup/signup-input.js';
import { SIGNUP_LIMITS } from '../signup/signup-limits.js';
import { invitationMail, webLink } from '../signup/signup-mail.js';
import { requireUserManager } from './user-manager.js';

export interface InvitationContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  passwordReset?: MailDeps;
}

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export function invitationStatus(i: Invitation, now: Date): InvitationStatus {
  if (i.acceptedAt) return 'ACCEPTED';
  if (i.revokedAt) return 'REVOKED';
  return i.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

/** The organisation addressed: the one given, or the caller's own. */
export const targetOrganisation = (viewer: Viewer | null, organisationId?: string | null) => organisationId ?? viewer?.organisationId ?? '';

/**
 * Invites an address into the organisation: a single-use link valid 7 days, mailed after the
 * commit; an open invitation of the same address is revoked (the newest link is the one that works).
 */
export async function inviteUser(ctx: InvitationContext, rawEmail: string, organisationId?: string | null): Promise<Invitation> {
  const orgId = targetOrganisation(ctx.viewer, organisationId);
  const manager = await requireUserManager(ctx.em, ctx.viewer, orgId);
  const email = normalizeEmail(rawEmail);
  if (!email) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Not an e-mail address', { field: 'email' });
  const now = ctx.clock.now();
  const token = newToken();
  const invitation = await ctx.em.fork().transactional(async (tx) => {
    if (await tx.findOne(User, { email, organisation: orgId })) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'This address is already a user of your organisation', { field: 'email' });
    }
    const replaced = await tx.nativeUpdate(Invitation, { organisation: orgId, email, acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } }, { revokedAt: now });
    const invitation = tx.create(Invitation, {
      organisation: tx.getReference(Organisation, orgId), email, invitedBy: tx.getReference(User, manager.id), tokenHash: hashToken(token),
      createdAt: now, expiresAt: new Date(now.getTime() + SIGNUP_LIMITS.invitationDays * 86_400_000),
    });
    recordAudit(tx, now, { userId: manager.id, role: manager.role }, {
      action: 'invitation.created', aggregateType: 'invitation', aggregateId: invitation.id, toState: 'PENDING',
      payload: { organisationId: orgId, email, expiresAt: invitation.expiresAt.toISOString(), replaced },
    });
    await tx.flush();
    await tx.populate(invitation, ['organisation', 'invitedBy']);
    return invitation;
  });
  const deps = ctx.passwordReset;
  if (deps?.transport) {
    const transport = deps.transport;
    const mail = invitationMail(email, invitation.organisation.nameZh, manager.displayName, webLink(deps.publicWebUrl, `/invitations/${token}`));
    deps.background.run('invitation mail', () => transport.send(mail));
  }
  return invitation;
}

/** The organisation's invitations, newest first. */
export async function listInvitations(ctx: InvitationContext, organisationId?: string | null): Promise<Invitation[]> {
  const orgId = targetOrganisation(ctx.viewer, organisationId);
  await requireUserManager(ctx.em, ctx.viewer, orgId);
  return ctx.em.find(Invitation, { organisation: orgId }, { populate: ['invitedBy'], orderBy: { createdAt: 'desc' }, limit: 200 });
}

/** Revokes an open invitation: its link stops working at once. */
export async function revokeInvitation(ctx: InvitationContext, id: string): Promise<Invitation> {
  const found = isId(id) ? await ctx.em.findOne(Invitation, { id }) : null;
  if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such invitation');
  const manager = await requireUserManager(ctx.em, ctx.viewer, found.organisation.id);
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (tx) => {
    const revoked = await tx.nativeUpdate(Invitation, { id, acceptedAt: null, revokedAt: null }, { revokedAt: now });
    const invitation = await tx.findOneOrFail(Invitation, { id }, { populate: ['invitedBy'] });
    if (revoked !== 1) {
      const status = invitationStatus(invitation, now);
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `This invitation is ${status.toLowerCase()}`, { status });
    }
    recordAudit(tx, now, { userId: manager.id, role: manager.role }, {
      action: 'invitation.revoked', aggregateType: 'invitation', aggregateId: id, fromState: 'PENDING', toState: 'REVOKED', payload: { email: invitation.email },
    });
    return invitation;
  });
}
