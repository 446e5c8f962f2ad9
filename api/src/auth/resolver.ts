import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { User } from '@cqc/db';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { Operation, authorize, authorizeViewer } from './policy.js';
import { revokeSession } from './session-service.js';
import { loginPayload, signInDeps } from '../mfa/login-payload.js';
import { signIn } from '../mfa/sign-in.js';
import { LoginPayload, ViewerType } from './types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in; errors with BAD_CREDENTIALS, or TOO_MANY_ATTEMPTS (`extensions.retryAfterSeconds`) after repeated failures for the address' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    authorize(ctx.viewer, Operation.LOGIN);
    await ctx.rateLimit?.chargeSignIn();
    if (email.length > 320 || password.length > 1024) throw new AppError(ErrorCode.BAD_CREDENTIALS, 'E-mail or password is wrong');
    // With MFA the session comes from completeMfaLogin (api/src/mfa/sign-in.ts).
    return loginPayload(await signIn(signInDeps(ctx), email, password), ctx.clock);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = authorizeViewer(ctx.viewer, Operation.LOGOUT);
    // An API token is not ended by logging out: it is revoked, audited, with revokeApiToken.
    if (!viewer.sessionId) throw new AppError(ErrorCode.FORBIDDEN, 'An API token is revoked with revokeApiToken, not by logging out');
    await revokeSession(ctx.em, viewer.sessionId, ctx.clock);
    return true;
  }

  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null when anonymous' })
  async me(@Ctx() ctx: Context): Promise<ViewerType | null> {
    if (!ctx.viewer) return null;
    const viewer = authorizeViewer(ctx.viewer, Operation.READ_SELF);
    const user = await ctx.loaders.userById.load(viewer.userId);
    if (!user) return null;
    const organisation = await ctx.loaders.organisationById.load(viewer.organisationId);
    return toViewer(user, organisation ?? undefined, viewer.mfaEnrolmentRequired ?? false);
  }
}

export function toViewer(user: User, organisation = user.organisation, mfaEnrolmentRequired = false): ViewerType {
  return {
    mfaEnrolmentRequired,
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: { id: organisation.id, nameZh: organisation.nameZh, nameEn: organisation.nameEn },
  };
}
