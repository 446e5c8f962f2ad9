import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Invitation, User } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { acceptInvitation } from './accept-invitation.js';
import { InvitationStatusEnum, InvitationType, OrganisationUserType } from './invitation-types.js';
import { invitationStatus, inviteUser, listInvitations, revokeInvitation } from './manage-invitations.js';
import { deactivateOrganisationUser, listOrganisationUsers } from './organisation-users.js';

/** An enterprise's user managers invite, list and deactivate its users; invitees accept. Thin: call the service. */
@Resolver()
export class InvitationResolver {
  @Mutation(() => InvitationType, { description: 'A user manager invites an address into the organisation (default: their own); mails a single-use link valid 7 days' })
  async inviteUser(
    @Arg('email', () => String) email: string,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<InvitationType> {
    return toInvitationType(await inviteUser(ctx, email, organisationId), ctx.clock.now());
  }

  @Query(() => [InvitationType], { description: 'A user manager: the organisation’s invitations, newest first' })
  async invitations(@Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null | undefined, @Ctx() ctx: Context): Promise<InvitationType[]> {
    const now = ctx.clock.now();
    return (await listInvitations(ctx, organisationId)).map((i) => toInvitationType(i, now));
  }

  @Mutation(() => InvitationType, { description: 'A user manager revokes an open invitation; errors with ILLEGAL_TRANSITION when it is no longer open' })
  async revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvitationType> {
    return toInvitationType(await revokeInvitation(ctx, id), ctx.clock.now());
  }

  @Query(() => [OrganisationUserType], { description: 'A user manager: the organisation’s users' })
  async organisationUsers(@Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null | undefined, @Ctx() ctx: Context): Promise<OrganisationUserType[]> {
    return (await listOrganisationUsers(ctx, organisationId)).map(toUserType);
  }

  @Mutation(() => OrganisationUserType, { description: 'A user manager deactivates a user of the organisation and ends their sessions' })
  async deactivateOrganisationUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<OrganisationUserType> {
    return toUserType(await deactivateOrganisationUser(ctx, userId));
  }

  @Mutation(() => Boolean, {
    description: 'Creates the invited person’s account (ENTERPRISE user of the inviting organisation). Errors: INVALID_INVITATION (`extensions.reason`), WEAK_PASSWORD, BAD_USER_INPUT, ACCOUNT_EXISTS',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    authorize(ctx.viewer, Operation.ACCEPT_INVITATION);
    await ctx.rateLimit?.chargeSignIn();
    await acceptInvitation(ctx, token, displayName, password);
    return true;
  }
}

function toInvitationType(i: Invitation, now: Date): InvitationType {
  return {
    id: i.id, email: i.email, status: invitationStatus(i, now) as InvitationStatusEnum, createdAt: i.createdAt, expiresAt: i.expiresAt,
    invitedBy: i.invitedBy.displayName,
  };
}

function toUserType(u: User): OrganisationUserType {
  return { id: u.id, email: u.email, displayName: u.displayName, active: u.active, managesUsers: u.managesUsers };
}
