import type { EntityManager } from '@mikro-orm/postgresql';
import type { CertificateIndex } from '@cqc/registry';
import type { Viewer } from './auth/viewer.js';
import type { SessionPolicy } from './auth/session-service.js';
import type { Clock } from './clock.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives: one fresh EntityManager and one set of loaders per request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  clock: Clock;
  index: CertificateIndex;
  sessionPolicy: SessionPolicy;
}
