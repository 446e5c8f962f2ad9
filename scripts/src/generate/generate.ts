import type pg from 'pg';
import { currentScheme, DEMO_REFERENCE_DATE, type Scheme } from '@cqc/db';
import { replayHistory } from '../../../api/src/import/replay-history.js';
import { NUMBER_BASE, generateCertificate, type Parties } from './certificates.js';
import { inPoolTransaction } from '@cqc/db';
import { copyLines } from './copy.js';
import { CREDIT_CODE_PREFIX, factoriesOf, manufacturer } from './parties.js';
import { CERTIFICATE_TABLES, certificateLines, emptyLines, factoryLine, organisationLine } from './rows.js';

export interface GenerateOptions {
  pool: pg.Pool;
  /** Total generated certificates wanted; those already there are kept (a run resumes). */
  certificates: number;
  seed?: number;
  /** The day the data describes: no history entry is later. */
  asOf?: string;
  /** Certificates per transaction. */
  batchSize?: number;
  /** Manufacturers to create (default: one per 500 certificates, 10 to 2,000); fixed by the first run. */
  manufacturers?: number;
  scheme?: Scheme;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Generated certificates that already existed. */
  existing: number;
  created: number;
  manufacturers: number;
  factories: number;
}

/**
 * Writes fictional certificates in bulk: each batch is built in memory exactly as the import
 * service would build it (replayHistory validates every history), then copied table by table
 * with COPY in one transaction. While PostgreSQL takes one batch, the next is being built.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { pool, certificates: total, seed = 20261127, asOf = DEMO_REFERENCE_DATE, batchSize = 2000, scheme = currentScheme } = options;
  const parties = await ensureParties(pool, seed, options.manufacturers ?? Math.min(2000, Math.max(10, Math.ceil(total / 500))));
  const { rows } = await pool.query<{ next: number | null }>(
    `select max(substr(number, 6)::int) + 1 - $1 as next from certificate where number ~ '^CQC[0-9]{2}5[0-9]{8}$'`,
    [NUMBER_BASE],
  );
  const existing = rows[0]?.next ?? 0;
  const createdAt = new Date().toISOString();
  let done = existing;
  options.onProgress?.(done, total);

  const build = (from: number, to: number) => {
    const lines = emptyLines();
    for (let i = from; i < to; i++) {
      const g = generateCertificate(seed, i, parties, asOf, scheme);
      certificateLines(lines, seed, i, g, replayHistory(g.input, scheme, asOf), scheme, createdAt);
    }
    return lines;
  };
  let inFlight: Promise<void> | null = null;
  for (let from = existing; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    const lines = build(from, to);
    await inFlight;
    inFlight = inPoolTransaction(pool, async (client) => {
      await skipReferenceChecks(client);
      await copyLines(client, lines, CERTIFICATE_TABLES);
    }).then(() => {
      done += to - from;
      options.onProgress?.(done, total);
    });
  }
  await inFlight;
  if (total > existing) await pool.query(`analyze certification_unit, product_model, key_component_configuration, key_component, certificate, certificate_version, certificate_status_event`);
  return {
    existing: Math.min(existing, total),
    created: Math.max(0, total - existing),
    manufacturers: parties.manufacturers.length,
    factories: parties.factories.reduce((n, f) => n + f.length, 0),
  };
}

/** The generated manufacturers and factories: created once, reused (same count) by later runs. */
async function ensureParties(pool: pg.Pool, seed: number, wanted: number): Promise<Parties> {
  const { rows } = await pool.query<{ n: string }>(`select count(*) as n from organisation where credit_code like $1`, [`${CREDIT_CODE_PREFIX}%`]);
  const have = Number(rows[0]!.n);
  if (have > 0) {
    const first = await pool.query<{ id: string }>(`select id from organisation where credit_code = $1`, [manufacturer(seed, 0).creditCode]);
    const madeWith = first.rows[0] ? parseInt(first.rows[0].id.slice(0, 8), 16) : seed;
    if (madeWith !== seed) throw new Error(`the generated data in this database was made with --seed ${madeWith}; resume with that seed`);
  }
  const count = have > 0 ? have : wanted;
  const manufacturers = Array.from({ length: count }, (_, i) => manufacturer(seed, i));
  const factories = manufacturers.map((o, i) => factoriesOf(seed, o, i));
  if (have === 0) {
    const createdAt = new Date().toISOString();
    await inPoolTransaction(pool, (client) =>
      copyLines(client, {
        organisation: manufacturers.map((o) => organisationLine(o, createdAt)),
        factory: factories.flat().map((f) => factoryLine(f, createdAt)),
      }, ['organisation', 'factory']),
    );
  }
  return { manufacturers, factories };
}

/**
 * The rows reference each other by construction (ids derived from the same index), so the
 * foreign-key triggers, which cost a lookup per row, are skipped for the batch when the role
 * may do so (a superuser, as with the embedded server); otherwise they run as usual.
 */
async function skipReferenceChecks(client: pg.PoolClient): Promise<void> {
  await client.query('savepoint replication_role');
  try {
    await client.query(`set local session_replication_role = replica`);
    await client.query('release savepoint replication_role');
  } catch {
    await client.query('rollback to savepoint replication_role');
  }
}
