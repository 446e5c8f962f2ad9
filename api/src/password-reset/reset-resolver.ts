import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { passwordPolicy } from '../auth/password-rules.js';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { parseResetEmail, requestPasswordReset } from './request-reset.js';
import { resetPassword } from './reset-password.js';

@ObjectType({ description: 'What a new password must satisfy, so that forms can say it before the first try' })
export class PasswordRulesType {
  @Field(() => Int, { description: 'Fewest characters (Unicode code points)' }) minLength!: number;
  @Field(() => Int, { description: 'Most characters (Unicode code points)' }) maxLength!: number;
}

/** Password reset by e-mail (no login). Thin: limit, parse, call the service. */
@Resolver()
export class PasswordResetResolver {
  @Query(() => PasswordRulesType, { description: 'The rules for a new password (for accounts signing in with a password alone)' })
  passwordRules(@Ctx() ctx: Context): PasswordRulesType {
    authorize(ctx.viewer, Operation.RESET_PASSWORD);
    return passwordPolicy({ mfa: false });
  }

  @Mutation(() => Boolean, {
    description: 'Mails a single-use reset link (valid 30 minutes) if an active account has this address. Always true, whether or not it has one.',
  })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    authorize(ctx.viewer, Operation.REQUEST_PASSWORD_RESET);
    await ctx.rateLimit?.chargeSignIn();
    const address = parseResetEmail(email);
    if (ctx.passwordReset) requestPasswordReset(ctx.passwordReset, ctx.orm, address, ctx.clock.now());
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of a reset mail and signs the account out everywhere; errors with INVALID_RESET_TOKEN or WEAK_PASSWORD (`extensions.reasons`).',
  })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    authorize(ctx.viewer, Operation.RESET_PASSWORD);
    await ctx.rateLimit?.chargeSignIn();
    await resetPassword(ctx, token, newPassword);
    return true;
  }
}
