/**
 * Limits against mail bombing through the follow form: a stranger can make the platform mail an
 * address only a few times a day, and never about more than a handful of things at once. They
 * are platform policy, not the certification rule, so they live here rather than in the scheme.
 */
export const WATCH_LIMITS = {
  /** Certificates one request may follow. */
  targetsPerRequest: 20,
  /** Confirmation mails to one address in any 24 hours. */
  requestsPerDay: 5,
  /** Unconfirmed subscriptions asked for one address in any 24 hours. */
  pendingPerDay: 20,
  /** A confirmation link stops working after this many days. */
  confirmWithinDays: 7,
} as const;
