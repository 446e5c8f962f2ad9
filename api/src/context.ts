import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { CertificateIndex } from '@cqc/registry';
import type { Viewer } from './auth/viewer.js';
import type { SessionPolicy } from './auth/session-service.js';
import type { AdjustableClock, Clock } from './clock.js';
import type { Sweep } from './jobs/sweeps.js';
import type { Loaders } from './loaders.js';
import type { PasswordResetDeps } from './password-reset/request-reset.js';
import type { MfaSettings } from './mfa/mfa-settings.js';
import type { ClientInfo } from './accounts/client-info.js';
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
  /** Whether staff must use MFA, and the key of the TOTP secrets; absent: required, with a key of the process (api/src/mfa). */
  mfa?: MfaSettings;
  /** The caller's address and browser, recorded on the sessions it opens; absent outside HTTP. */
  client?: ClientInfo;
}

export interface TestMode {
  clock: AdjustableClock;
  sweeps: readonly Sweep[];
}
