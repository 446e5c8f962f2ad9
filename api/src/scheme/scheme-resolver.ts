import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { UnknownSchemeError, currentScheme, schemeFor } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { SchemeType } from './scheme-types.js';
import { toSchemeView } from './scheme-view.js';

/** The rule's reference data (read-only): what forms offer to choose from, e.g. termination reasons. */
@Resolver()
export class SchemeResolver {
  @Query(() => SchemeType, { nullable: true, description: 'A version of the rule (a case’s schemeId and schemeVersion), or the current one without arguments; null when not registered' })
  scheme(
    @Ctx() ctx: Context,
    @Arg('id', () => String, { nullable: true }) id?: string | null,
    @Arg('version', () => String, { nullable: true }) version?: string | null,
  ): SchemeType | null {
    authorize(ctx.viewer, Operation.READ_SCHEME);
    if (!id && !version) return toSchemeView(currentScheme);
    if (!id || !version) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give both the scheme id and its version, or neither', { field: id ? 'version' : 'id' });
    try {
      return toSchemeView(schemeFor(id, version));
    } catch (error) {
      if (error instanceof UnknownSchemeError) return null;
      throw error;
    }
  }
}
