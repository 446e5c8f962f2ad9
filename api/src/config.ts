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
  return parsed.data;
}
