import { SYSTEM_ACTOR } from '@cqc/db';
import { chinaDate } from '../clock.js';
import type { Sweep } from '../jobs/sweeps.js';
import { generateAnnualPlans } from './plan-generation.js';
import { sweepFailedSamples, sweepMissingSamples } from './sample-consequences.js';
import { sweepSurveillanceRectification, sweepYearFailures } from './year-failure.js';

/**
 * §7's deadline steps, each idempotent (a second run at the same time changes nothing), in the
 * order they feed each other: overdue rectifications fail a year before failed years are handled.
 */
export const SURVEILLANCE_SWEEPS: readonly Sweep[] = [
  {
    // §7.1.1: the current year's plans for every certificate certified in an earlier year.
    name: 'surveillance-plans',
    run: async (orm, now) => ({ affected: await generateAnnualPlans(orm.em.fork(), Number(chinaDate(now).slice(0, 4)), now, SYSTEM_ACTOR) }),
  },
  {
    // §7.1.4: nonconformities not rectified within 60 days ⇒ the visit, hence the year, fails.
    name: 'surveillance-rectification',
    run: async (orm, now) => ({ affected: await sweepSurveillanceRectification(orm.em.fork(), now) }),
  },
  {
    // §7.3: a failed year ⇒ §8.5 (S3 suspension).
    name: 'surveillance-year-failure',
    run: async (orm, now) => ({ affected: await sweepYearFailures(orm.em.fork(), now) }),
  },
  {
    // §7.2: no sample at the resampling, or none within 60 days ⇒ the related certificates are suspended.
    name: 'surveillance-no-sample',
    run: async (orm, now) => ({ affected: await sweepMissingSamples(orm.em.fork(), now) }),
  },
  {
    // §7.2: a failed model not rectified and retested within 3 months ⇒ withdrawn; none left ⇒ revoked.
    name: 'surveillance-failed-model',
    run: async (orm, now) => ({ affected: await sweepFailedSamples(orm.em.fork(), now) }),
  },
];
