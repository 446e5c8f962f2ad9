/**
 * The public limits (issue 5, point 8; docs/decisions/0008-rate-limits.md). Counted per client
 * address over a fixed window of one minute; signed-in callers and exempt addresses are never
 * counted.
 */
export interface RateLimits {
  /** Anonymous GraphQL requests plus requests to /registry/*, per client and minute. */
  publicPerMinute: number;
  /** Batch verification points per client and minute… */
  batchPointsPerMinute: number;
  /** …where one point pays for this many identifiers (a batch of 1 to 100 costs 1 by default). */
  identifiersPerBatchPoint: number;
  /** Open-data exports (CSV or JSON Lines) per client and minute. */
  exportsPerMinute: number;
  /**
   * Sign-in and password-reset requests (login, requestPasswordReset, resetPassword) per client
   * and minute, on top of `publicPerMinute`: password guessing across many accounts and reset-mail
   * floods are slowed per address, while the per-account lockout (auth/login-throttle.ts) guards
   * each account against guessing from many addresses.
   */
  signInPerMinute: number;
  /**
   * Addresses never limited, comma-separated: `loopback`, IPs or CIDR ranges. The default
   * exempts the platform's own processes (the web server's calls without a forwarded browser
   * address, local tools and benchmarks); browsers reach the API through the web server, which
   * forwards their address.
   */
  exempt: string;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  publicPerMinute: 300,
  batchPointsPerMinute: 50,
  identifiersPerBatchPoint: 100,
  exportsPerMinute: 4,
  signInPerMinute: 20,
  exempt: 'loopback',
};

/** The configuration keys RATE_LIMIT_* (api/src/config.ts) as limits. */
export function rateLimitsFromConfig(config: {
  RATE_LIMIT_PUBLIC_PER_MINUTE: number;
  RATE_LIMIT_BATCH_POINTS_PER_MINUTE: number;
  RATE_LIMIT_IDENTIFIERS_PER_BATCH_POINT: number;
  RATE_LIMIT_EXPORTS_PER_MINUTE: number;
  RATE_LIMIT_SIGN_IN_PER_MINUTE: number;
  RATE_LIMIT_EXEMPT: string;
}): RateLimits {
  return {
    publicPerMinute: config.RATE_LIMIT_PUBLIC_PER_MINUTE,
    batchPointsPerMinute: config.RATE_LIMIT_BATCH_POINTS_PER_MINUTE,
    identifiersPerBatchPoint: config.RATE_LIMIT_IDENTIFIERS_PER_BATCH_POINT,
    exportsPerMinute: config.RATE_LIMIT_EXPORTS_PER_MINUTE,
    signInPerMinute: config.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    exempt: config.RATE_LIMIT_EXEMPT,
  };
}
