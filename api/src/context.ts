import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { CertificateIndex } from '@cqc/registry';
import type { Viewer } from './auth/viewer.js';
import type { SessionPolicy } from './auth/session-service.js';
import type { AdjustableClock, Clock } from './clock.js';
import type { Sweep } from './jobs/sweeps.js';
import type { Loaders } from './loaders.js';
import type { PasswordResetDeps } from './password-reset/request-reset.js';
import type { RequestRateLimit } from './rate-limit/middleware.js';

/** What every resolver receives: one fresh EntityManager and one set of loaders per request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  clock: Clock;
  index: CertificateIndex;
  sessionPolicy: SessionPolicy;
  /** For work that needs its own transactions (sweeps); resolvers use `em`. */
  orm: MikroORM;
  /** Present only when the platform runs in test mode. */
  testMode: TestMode | null;
  /** The public limits left to charge for an anonymous, non-exempt client (batch verification). */
  rateLimit?: RequestRateLimit | null;
  /** Where reset mails go and how their links start; absent in contexts built without an HTTP server. */
  passwordReset?: PasswordResetDeps;
}

export interface TestMode {
  clock: AdjustableClock;
  sweeps: readonly Sweep[];
}
