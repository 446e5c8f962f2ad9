import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { addressList } from './address-list.js';
import type { RateLimits } from './limits.js';

export type Bucket = 'public' | 'batch' | 'export' | 'signIn';

const WINDOW_SECONDS = 60;

/**
 * The public buckets, kept in this process's memory (docs/decisions/0008-rate-limits.md): each
 * client address has a count per bucket that empties every minute.
 */
export class PublicRateLimiter {
  private readonly buckets: Record<Bucket, RateLimiterMemory>;
  readonly isExempt: (address: string) => boolean;

  constructor(readonly limits: RateLimits) {
    const bucket = (keyPrefix: string, points: number) => new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
    this.buckets = {
      public: bucket('public', limits.publicPerMinute),
      batch: bucket('batch', limits.batchPointsPerMinute),
      export: bucket('export', limits.exportsPerMinute),
      signIn: bucket('signIn', limits.signInPerMinute),
    };
    this.isExempt = addressList(limits.exempt);
  }

  /** What a batch of `count` identifiers costs in the batch bucket. */
  batchCost(count: number): number {
    return Math.max(1, Math.ceil(count / this.limits.identifiersPerBatchPoint));
  }

  /** Takes `points` from the client's bucket: null when allowed, else the seconds to wait. */
  async charge(bucket: Bucket, client: string, points = 1): Promise<number | null> {
    try {
      await this.buckets[bucket].consume(client, points);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  }
}
