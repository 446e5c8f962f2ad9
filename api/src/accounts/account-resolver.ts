import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiTokenType } from '../regulator/api-token-types.js';
import { MySessionType } from './account-types.js';
import { changeMyPassword } from './change-password.js';
import { listMyApiTokens } from './my-api-tokens.js';
import { listMySessions, revokeMyOtherSessions, revokeMySession } from './my-sessions.js';

/** Anyone signed in, on their own account: sessions, API tokens they made, password. Needs a session, not an API token. */
@Resolver()
export class AccountResolver {
  @Query(() => [MySessionType], { description: 'The caller’s live sessions, newest first; `current` marks this one' })
  mySessions(@Ctx() ctx: Context): Promise<MySessionType[]> {
    return listMySessions(ctx);
  }

  @Query(() => [ApiTokenType], { description: 'The API tokens the caller created (revoke one with revokeApiToken); empty for roles without tokens' })
  myApiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return listMyApiTokens(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the caller’s own sessions; NOT_FOUND for any other id' })
  revokeMySession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return revokeMySession(ctx, id);
  }

  @Mutation(() => Int, { description: 'Ends every session of the caller but this one; the number ended' })
  revokeMyOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return revokeMyOtherSessions(ctx);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password, given the current one, and ends the caller’s other sessions; BAD_CREDENTIALS (`field` currentPassword), WEAK_PASSWORD (`reasons`), TOO_MANY_ATTEMPTS',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await changeMyPassword(ctx, currentPassword, newPassword);
    return true;
  }
}
