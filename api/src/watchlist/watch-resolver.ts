import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { WatchLanguage } from '@cqc/db';
import type { Context } from '../context.js';
import { Operation, authorize } from '../auth/policy.js';
import { confirmFollow, unsubscribe } from './confirm-unsubscribe.js';
import { follow } from './follow.js';
import { FollowRequestType, WatchType, toWatchType } from './watch-types.js';
import { certificateTargets, manufacturerTarget, modelTarget } from './watch-targets.js';

/** Public watchlists (no login): follow by e-mail, confirm, unsubscribe. Thin: parse, call the service, return. */
@Resolver()
export class WatchResolver {
  @Mutation(() => FollowRequestType, { description: 'Follow status changes of certificates by e-mail (a confirmation mail is sent first)' })
  async followCertificates(
    @Arg('email', () => String) email: string,
    @Arg('certificateNumbers', () => [String]) numbers: string[],
    @Arg('language', () => WatchLanguage, { defaultValue: WatchLanguage.ZH }) language: WatchLanguage,
    @Ctx() ctx: Context,
  ): Promise<FollowRequestType> {
    authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
    return follow(ctx, email, language, await certificateTargets(ctx.em, numbers));
  }

  @Mutation(() => FollowRequestType, { description: 'Follow every certificate covering a model (designation as the registry matches it)' })
  async followModel(
    @Arg('email', () => String) email: string,
    @Arg('designation', () => String) designation: string,
    @Arg('language', () => WatchLanguage, { defaultValue: WatchLanguage.ZH }) language: WatchLanguage,
    @Ctx() ctx: Context,
  ): Promise<FollowRequestType> {
    authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
    return follow(ctx, email, language, [await modelTarget(ctx.em, designation)]);
  }

  @Mutation(() => FollowRequestType, { description: 'Follow every certificate of a manufacturer (its organisation id in the registry)' })
  async followManufacturer(
    @Arg('email', () => String) email: string,
    @Arg('manufacturerId', () => ID) manufacturerId: string,
    @Arg('language', () => WatchLanguage, { defaultValue: WatchLanguage.ZH }) language: WatchLanguage,
    @Ctx() ctx: Context,
  ): Promise<FollowRequestType> {
    authorize(ctx.viewer, Operation.FOLLOW_REGISTRY);
    return follow(ctx, email, language, [await manufacturerTarget(ctx.em, manufacturerId)]);
  }

  @Mutation(() => [WatchType], { description: 'Confirm a follow request with the token of its confirmation mail' })
  async confirmFollow(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<WatchType[]> {
    return (await confirmFollow(ctx, token)).map(toWatchType);
  }

  @Mutation(() => WatchType, { description: 'Stop one watch with the token of its unsubscribe link (idempotent)' })
  async unsubscribe(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<WatchType> {
    return toWatchType(await unsubscribe(ctx, token));
  }
}
