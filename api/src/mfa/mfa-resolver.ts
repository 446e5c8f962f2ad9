import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { MfaRecoveryCode, UserMfa } from '@cqc/db';
import { LoginPayload } from '../auth/types.js';
import { Operation, authorize, authorizeSession, can } from '../auth/policy.js';
import type { Context } from '../context.js';
import { beginEnrolment, confirmEnrolment, disableMfa, regenerateRecoveryCodes, type MfaChangeDeps } from './enrolment.js';
import { loginPayload, signInDeps } from './login-payload.js';
import { mfaRequiredFor } from './mfa-settings.js';
import { MfaEnrolmentType, MfaStatusType, RecoveryCodesType } from './mfa-types.js';
import { completeMfaSignIn } from './sign-in.js';

/** TOTP two-factor authentication: the sign-in's second step and one's own enrolment. Thin: authorize, call the service. */
@Resolver()
export class MfaResolver {
  @Mutation(() => LoginPayload, {
    description: 'The second step of a sign-in with MFA: the challenge from `login` and a 6-digit code or a recovery code. Errors with INVALID_MFA_CODE, INVALID_MFA_CHALLENGE or TOO_MANY_ATTEMPTS',
  })
  async completeMfaLogin(@Arg('challenge', () => String) challenge: string, @Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<LoginPayload> {
    authorize(ctx.viewer, Operation.LOGIN);
    await ctx.rateLimit?.chargeSignIn();
    return loginPayload(await completeMfaSignIn(signInDeps(ctx), challenge, code), ctx.clock);
  }

  @Query(() => MfaStatusType, { description: 'The caller’s two-factor authentication' })
  async myMfa(@Ctx() ctx: Context): Promise<MfaStatusType> {
    const viewer = authorizeSession(ctx.viewer, Operation.MANAGE_OWN_MFA);
    const mfa = await ctx.em.findOne(UserMfa, { user: viewer.userId });
    const enabled = !!mfa?.enabledAt;
    const recoveryCodesLeft = enabled ? await ctx.em.count(MfaRecoveryCode, { user: viewer.userId, usedAt: null }) : 0;
    return {
      enabled, enabledAt: mfa?.enabledAt ?? null, enrolmentPending: !!mfa && !enabled, recoveryCodesLeft,
      required: mfaRequiredFor(viewer.role, { requiredForStaff: true }),
      canDisable: enabled && can(viewer, Operation.DISABLE_OWN_MFA),
    };
  }

  @Mutation(() => MfaEnrolmentType, { description: 'Starts enrolment: a new secret, shown once. ILLEGAL_TRANSITION when MFA is already on' })
  async beginMfaEnrolment(@Ctx() ctx: Context): Promise<MfaEnrolmentType> {
    return beginEnrolment(changeDeps(ctx), authorizeSession(ctx.viewer, Operation.MANAGE_OWN_MFA));
  }

  @Mutation(() => RecoveryCodesType, { description: 'Turns MFA on with the first code from the app; ends the user’s other sessions; returns the recovery codes once' })
  async confirmMfaEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<RecoveryCodesType> {
    const viewer = authorizeSession(ctx.viewer, Operation.MANAGE_OWN_MFA);
    return { codes: await confirmEnrolment(changeDeps(ctx), viewer, code) };
  }

  @Mutation(() => RecoveryCodesType, { description: 'Replaces the recovery codes (a current 6-digit code is needed); returns the new ones once' })
  async regenerateRecoveryCodes(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<RecoveryCodesType> {
    const viewer = authorizeSession(ctx.viewer, Operation.MANAGE_OWN_MFA);
    return { codes: await regenerateRecoveryCodes(changeDeps(ctx), viewer, code) };
  }

  @Mutation(() => Boolean, { description: 'Turns MFA off with a 6-digit or recovery code, where the role may (not staff); ends the user’s other sessions' })
  async disableMfa(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = authorizeSession(ctx.viewer, Operation.DISABLE_OWN_MFA);
    await disableMfa(changeDeps(ctx), viewer, code);
    return true;
  }
}

function changeDeps(ctx: Context): MfaChangeDeps {
  return { em: ctx.em, clock: ctx.clock, key: signInDeps(ctx).mfa.key };
}
