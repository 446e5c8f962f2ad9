import { Ctx, Arg, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { runSweeps } from './sweeps.js';

@ObjectType()
class SweepResult {
  @Field(() => String) name!: string;
  @Field(() => Int) affected!: number;
}

@ObjectType({ description: 'What one run of the deadline sweeps did' })
class SweepReportType {
  @Field(() => Date) at!: Date;
  @Field(() => [SweepResult]) results!: SweepResult[];
}

@ObjectType()
class PlatformClock {
  @Field(() => Date) now!: Date;
  @Field(() => Boolean, { description: 'Started in test mode: the clock can be set and sweeps run on demand' }) testMode!: boolean;
}

/**
 * Test mode (never the default, refused in production): an ADMIN sets the platform clock and
 * runs the due sweeps, so that end-to-end scenarios over HTTP can reach a deadline.
 */
@Resolver()
export class TestModeResolver {
  @Query(() => PlatformClock)
  platformClock(@Ctx() ctx: Context): PlatformClock {
    return { now: ctx.clock.now(), testMode: ctx.testMode !== null };
  }

  @Mutation(() => PlatformClock, { description: 'Test mode only: set the platform clock (ADMIN)' })
  setPlatformClock(@Arg('now', () => Date) now: Date, @Ctx() ctx: Context): PlatformClock {
    const testMode = requireTestMode(ctx);
    testMode.clock.setNow(now);
    return { now: ctx.clock.now(), testMode: true };
  }

  @Mutation(() => SweepReportType, { description: 'Test mode only: run the deadline sweeps now (ADMIN)' })
  async runDueSweeps(@Ctx() ctx: Context): Promise<SweepReportType> {
    const testMode = requireTestMode(ctx);
    return runSweeps(ctx.orm, testMode.sweeps, ctx.clock.now());
  }
}

function requireTestMode(ctx: Context) {
  authorizeViewer(ctx.viewer, Operation.ADMINISTER_TEST_MODE);
  if (!ctx.testMode) throw new AppError(ErrorCode.FORBIDDEN, 'The platform was not started in test mode', { reason: 'TEST_MODE_OFF' });
  return ctx.testMode;
}
