import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { activeEngineers } from './case-assignment.js';
import { CaseEngineerRef } from './case-document-types.js';

/** Whom a case can be given to; the assignment itself is `assignCaseEngineer`. */
@Resolver()
export class CaseAssignmentResolver {
  @Query(() => [CaseEngineerRef], { description: 'ENGINEER, ADMIN: active engineers a case can be assigned to' })
  engineers(@Ctx() ctx: Context): Promise<CaseEngineerRef[]> {
    return activeEngineers(ctx);
  }
}
