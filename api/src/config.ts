import { z } from 'zod';

/**
 * The platform's configuration, parsed and validated once at boot. The rest of the code gets a
 * Config value and never reads process.env.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54320),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  /** Sessions end after this much inactivity… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  /** …and at the latest this long after login. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /**
   * Test mode: an ADMIN may set the platform clock and run the deadline sweeps over GraphQL.
   * Never the default, and refused in production.
   */
  TEST_MODE: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  /** SMTP server for notices, e.g. smtp://user:pass@host:587; unset: mails go to DATA_DIR/mailbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('CQC 节能认证 <noreply@cqc-breakers.test>'),
  /** Signs the web session cookie; when unset, `pnpm start` makes one and keeps it in DATA_DIR. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Largest document upload accepted, in bytes (default 20 MiB). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** Proxies whose X-Forwarded-For the API believes (Express `trust proxy`): `loopback`, IPs, CIDRs; `none` for none. */
  TRUST_PROXY: z.string().default('loopback'),
  /** Public limits per client address and minute (api/src/rate-limit, docs/decisions/0008-rate-limits.md). */
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_BATCH_POINTS_PER_MINUTE: z.coerce.number().int().positive().default(50),
  RATE_LIMIT_IDENTIFIERS_PER_BATCH_POINT: z.coerce.number().int().positive().default(100),
  RATE_LIMIT_EXPORTS_PER_MINUTE: z.coerce.number().int().positive().default(4),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Addresses never limited (the platform's own processes); `none` limits every address. */
  RATE_LIMIT_EXEMPT: z.string().default('loopback'),
  /** Ed25519 private key signing public records (PKCS#8 PEM or its base64 DER); unset: `pnpm start` makes one and keeps it in DATA_DIR. */
  SIGNING_KEY: z.string().optional(),
  /** Base URL of the public web app, as the public reaches it: QR codes and e-mail links point there. */
  PUBLIC_WEB_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Base URL of the API as the public reaches it: the one-click unsubscribe of watchlist mails (RFC 8058) posts there. */
  PUBLIC_API_URL: z.string().url().default('http://127.0.0.1:4000'),
  /**
   * Certification-body staff must use TOTP MFA (api/src/mfa). On by default and always on in
   * production; `false` lets a local demo's staff sign in with the password alone (README).
   */
  MFA_REQUIRED_FOR_STAFF: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  /** AES-256 key (32 bytes, base64) encrypting the TOTP secrets; unset: `pnpm start` makes one and keeps it in DATA_DIR. */
  MFA_SECRET_KEY: z.string().optional(),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  if (parsed.data.TEST_MODE && parsed.data.NODE_ENV === 'production') {
    throw new Error('Invalid configuration: TEST_MODE cannot be enabled when NODE_ENV is production');
  }
  if (!parsed.data.MFA_REQUIRED_FOR_STAFF && parsed.data.NODE_ENV === 'production') {
    throw new Error('Invalid configuration: MFA_REQUIRED_FOR_STAFF cannot be false when NODE_ENV is production');
  }
  return parsed.data;
}
