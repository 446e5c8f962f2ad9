import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ResponseCache, type CertificateIndex, type InvalidationSource } from '@cqc/registry';
import { authenticate, type SessionPolicy } from './auth/session-service.js';
import { bearerToken } from './auth/token.js';
import type { Clock } from './clock.js';
import type { Context, TestMode } from './context.js';
import { formatError } from './errors.js';
import { createLoaders } from './loaders.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './documents/media-types.js';
import type { DocumentStorage } from './documents/storage.js';
import { documentRouter } from './documents/upload-route.js';
import { buildApiSchema } from './schema.js';
import { watchRouter } from './watchlist/unsubscribe-route.js';
import { DEFAULT_RATE_LIMITS, PublicRateLimiter, authenticatedViewer, rateLimitMiddleware, requestRateLimit, type RateLimits } from './rate-limit/index.js';
import { openDataRouter } from './open-data/router.js';
import { generateSigningKey, type SigningKey } from './signing/signing-key.js';
import { signingRouter } from './signing/signing-routes.js';
import { certificateDocumentRouter } from './certificate-document/document-route.js';
import { certificateFastPath } from './registry/certificate-fast-path.js';
import type { MailTransport } from './mail/mail-transport.js';
import { BackgroundWork } from './password-reset/background-work.js';
import { importRouter } from './import/import-route.js';
import { mfaSettings, type MfaSettings } from './mfa/mfa-settings.js';
import { clientInfo } from './accounts/client-info.js';
import { listen } from './http-server.js';

export interface ApiDependencies {
  orm: MikroORM;
  index: CertificateIndex;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  limits?: Partial<QueryLimits>;
  /** Test mode: the adjustable clock (also passed as `clock`) and the sweeps to run on demand. */
  testMode?: TestMode;
  /**
   * Where uploaded documents' bytes are kept. Without it the /documents routes are not mounted
   * (apps built in tests for GraphQL alone); `pnpm start` and the test platform always pass one.
   */
  storage?: DocumentStorage;
  /** Largest accepted document upload, in bytes; 20 MiB when not given. */
  maxDocumentBytes?: number;
  /** Public per-client limits (api/src/rate-limit); defaults: DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<RateLimits>;
  /** Express `trust proxy`: whose X-Forwarded-For names the client (TRUST_PROXY); default `loopback`. */
  trustProxy?: string;
  /** Signs public certificate records (/registry/.../signed); default: a key made at startup, kept nowhere. */
  signingKey?: SigningKey;
  /** Base URL of the public web app, for QR codes and links; default http://127.0.0.1:3000. */
  publicWebUrl?: string;
  /** In-process cache of public records for `certificate(number)` (@cqc/registry RegistryCache); default none. */
  registryCache?: Pick<CertificateIndex, 'getByNumbers'>;
  /**
   * Whole answers to anonymous `certificate(number)` reads (api/src/registry/certificate-fast-path.ts,
   * docs/decisions/0010-registry-read-path.md). Default: one over `registryCache` when that emits
   * invalidations (a RegistryCache), else none; `false`: none.
   */
  responseCache?: ResponseCache | false;
  /** Sends the mails a request asks for (password-reset links); without it such requests send nothing. */
  mail?: MailTransport;
  /**
   * MFA: whether staff must use it (default true: MFA_REQUIRED_FOR_STAFF) and the key of the TOTP
   * secrets (default: one made at startup, kept nowhere). `pnpm start` passes both from config.
   */
  mfa?: Partial<MfaSettings>;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

/**
 * Query-shape limits. The deepest legitimate query (a search page with key components) is 6
 * levels deep; the rest leave room for clients without allowing abuse. Introspection is exempt
 * from the depth limit so that schema tools keep working.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxTokens: 2_000, maxCost: 5_000 };

function protection(limits: QueryLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: 10 },
    maxTokens: { n: limits.maxTokens },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export interface Api {
  app: Express;
  /** Serves `app` on `port` and `host` as production does (http-server.ts); resolves once listening. */
  listen(port: number, host: string): Promise<Server>;
  /** Waits for the work requests started in the background (password-reset mails); `stop` waits for it too. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The API's HTTP application: GraphQL at /graphql, document upload and download at /documents, and a health check. */
export async function createApi(deps: ApiDependencies): Promise<Api> {
  const armor = protection({ ...DEFAULT_LIMITS, ...deps.limits });
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [...armor.plugins],
    validationRules: [...armor.validationRules],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    introspection: true,
    formatError,
  });
  await apollo.start();
  const ownResponseCache = deps.responseCache === undefined && isInvalidationSource(deps.registryCache) ? new ResponseCache(deps.registryCache) : null;
  const responseCache = deps.responseCache || ownResponseCache;
  const background = new BackgroundWork();
  const mfa = mfaSettings(deps.mfa);
  const passwordReset = { transport: deps.mail ?? null, publicWebUrl: deps.publicWebUrl ?? 'http://127.0.0.1:3000', background };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(deps.trustProxy ?? 'loopback'));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Before every /graphql and /registry handler: the public limits (api/src/rate-limit).
  const limiter = new PublicRateLimiter({ ...DEFAULT_RATE_LIMITS, ...deps.rateLimits });
  app.use(['/graphql', '/registry'], rateLimitMiddleware({ limiter, orm: deps.orm, clock: deps.clock, sessionPolicy: deps.sessionPolicy }));
  if (deps.storage) {
    app.use(
      '/documents',
      documentRouter({
        orm: deps.orm,
        clock: deps.clock,
        sessionPolicy: deps.sessionPolicy,
        storage: deps.storage,
        maxBytes: deps.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
      }),
    );
  }
  app.use('/imports', importRouter({ orm: deps.orm, clock: deps.clock, sessionPolicy: deps.sessionPolicy, background }));
  app.use('/registry', signingRouter({ orm: deps.orm, clock: deps.clock, signingKey: deps.signingKey ?? generateSigningKey() }));
  app.use('/registry', certificateDocumentRouter({ orm: deps.orm, clock: deps.clock, publicWebUrl: deps.publicWebUrl ?? 'http://127.0.0.1:3000' }));
  app.use('/registry/open-data', openDataRouter({ orm: deps.orm }));
  app.use('/registry/watch', watchRouter({ orm: deps.orm, clock: deps.clock }));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    ...(responseCache ? [certificateFastPath(schema, responseCache, deps.index)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = deps.orm.em.fork();
        const token = bearerToken(req.headers.authorization);
        // The rate limiter may have authenticated this token already (signed-in callers skip the limits).
        const viewer = authenticatedViewer(res) ?? (token ? await authenticate(em, token, deps.clock, deps.sessionPolicy) : null);
        return {
          em,
          viewer,
          loaders: createLoaders(em, deps.index, deps.registryCache),
          clock: deps.clock,
          index: deps.index,
          sessionPolicy: deps.sessionPolicy,
          orm: deps.orm,
          testMode: deps.testMode ?? null,
          rateLimit: requestRateLimit(res),
          passwordReset,
          mfa,
          client: clientInfo(req),
        };
      },
    }),
  );
  // A body that is not JSON, or too large, is the client's mistake: a typed 400/413, no stack.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : 500;
    if (res.headersSent || status >= 500 || !Number.isInteger(status)) return next(error);
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body too large' : 'Malformed request body', extensions: { code: 'BAD_REQUEST' } }] });
  });
  return {
    app,
    listen: (port, host) => listen(app, port, host),
    idle: () => background.idle(),
    stop: async () => {
      ownResponseCache?.close();
      await background.idle();
      return apollo.stop();
    },
  };
}

function isInvalidationSource(value: unknown): value is InvalidationSource {
  return typeof value === 'object' && value !== null && typeof (value as InvalidationSource).on === 'function' && typeof (value as InvalidationSource).off === 'function';
}

/** TRUST_PROXY as Express takes it: `none` (or empty) trusts no proxy. */
function trustProxySetting(spec: string): string | false {
  return spec.trim() === '' || spec.trim() === 'none' ? false : spec;
}
