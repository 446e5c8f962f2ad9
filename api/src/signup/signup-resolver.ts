import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Organisation, OrganisationClaim } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { approveClaim, pendingClaims, rejectClaim } from './claim-decision.js';
import { signUp } from './sign-up.js';
import { ClaimedOrganisationType, OrganisationClaimInput, OrganisationClaimType, VerifiedSignUpType } from './signup-types.js';
import { verifySignUp } from './verify-sign-up.js';

/** Enterprise sign-up with e-mail verification, and the administrator's decision on the claim. Thin: limit, call the service. */
@Resolver()
export class SignUpResolver {
  @Mutation(() => Boolean, {
    description: 'Registers a person and their organisation claim, and mails a verification link (24 h, single use). Always true for a well-formed form, whether or not the address has an account (its owner is mailed instead). Errors: BAD_USER_INPUT (`extensions.problems`), WEAK_PASSWORD.',
  })
  async signUp(
    @Arg('email', () => String) email: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('password', () => String) password: string,
    @Arg('claim', () => OrganisationClaimInput) claim: OrganisationClaimInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    authorize(ctx.viewer, Operation.SIGN_UP);
    await ctx.rateLimit?.chargeSignIn();
    signUp(ctx.passwordReset, ctx.orm, { email, displayName, password, claim: { ...claim } }, ctx.clock.now());
    return true;
  }

  @Mutation(() => VerifiedSignUpType, { description: 'Confirms a sign-up’s e-mail address with the mailed token; errors with INVALID_SIGNUP_TOKEN' })
  async verifySignUp(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<VerifiedSignUpType> {
    authorize(ctx.viewer, Operation.SIGN_UP);
    await ctx.rateLimit?.chargeSignIn();
    const claimed = await verifySignUp(ctx, token);
    return { organisationNameZh: claimed.nameZh, organisationNameEn: claimed.nameEn };
  }

  @Query(() => [OrganisationClaimType], { description: 'ADMIN: verified organisation claims awaiting a decision, oldest first' })
  async pendingOrganisationClaims(@Ctx() ctx: Context): Promise<OrganisationClaimType[]> {
    return (await pendingClaims(ctx)).map(({ claim, existing }) => toClaimType(claim, existing));
  }

  @Mutation(() => OrganisationClaimType, { description: 'ADMIN: approve a claim: creates the organisation and its user manager. Errors: ORGANISATION_EXISTS, ACCOUNT_EXISTS, ILLEGAL_TRANSITION' })
  async approveClaim(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OrganisationClaimType> {
    return toClaimType(await approveClaim(ctx, id), null);
  }

  @Mutation(() => OrganisationClaimType, { description: 'ADMIN: reject a claim; the reason is mailed to the claimant' })
  async rejectClaim(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<OrganisationClaimType> {
    return toClaimType(await rejectClaim(ctx, id, reason), null);
  }
}

const org = (o: Organisation | null | undefined): ClaimedOrganisationType | null => (o ? { id: o.id, nameZh: o.nameZh, nameEn: o.nameEn } : null);

function toClaimType(c: OrganisationClaim, existing: Organisation | null): OrganisationClaimType {
  return {
    id: c.id, status: c.status, email: c.signUp.email, displayName: c.signUp.displayName, nameZh: c.nameZh, nameEn: c.nameEn,
    creditCode: c.creditCode, addressZh: c.addressZh, addressEn: c.addressEn, businessScope: c.businessScope, submittedAt: c.createdAt,
    reason: c.reason ?? null, organisation: org(c.organisation), existingOrganisation: org(existing), version: c.version,
  };
}
