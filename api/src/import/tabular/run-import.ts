import type { MikroORM } from '@mikro-orm/postgresql';
import { Certificate, currentScheme, type Actor, type ImportBatch, type Scheme } from '@cqc/db';
import type { Clock } from '../../clock.js';
import { toIsoDate } from '../dates.js';
import { importBatch } from '../import-service.js';
import { assembleBatch } from './assemble-batch.js';
import type { ImportIssue } from './issues.js';
import { readTabularFiles, type SourceFile } from './read-files.js';

export type CertificateOutcome = 'IMPORTED' | 'ALREADY_PRESENT' | 'NOT_WRITTEN' | 'WOULD_IMPORT';

export interface TabularImportResult {
  /** INVALID: the file has issues and nothing was written. FAILED: a write failed after validation (see outcomes). */
  status: 'DONE' | 'INVALID' | 'FAILED' | 'DRY_RUN';
  issues: ImportIssue[];
  total: number;
  imported: number;
  skipped: number;
  certificates: Array<{ number: string; row: number; outcome: CertificateOutcome }>;
  error: string | null;
}

export interface TabularImportOptions {
  clock: Clock;
  actor: Actor;
  scheme?: Scheme;
  /** Certificates per importBatch call (one transaction each). */
  chunkSize?: number;
  dryRun?: boolean;
  /** Called once the file is checked (done 0) and after every chunk. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

export const DEFAULT_CHUNK_SIZE = 200;

/**
 * Imports a CSV or XLSX file through the import service.
 *
 * The WHOLE file is read, checked and its histories replayed before anything is written: a file
 * with any bad row writes nothing and the report lists every bad row. Only then are the
 * certificates written in chunks, one importBatch transaction each, so that progress can be
 * shown and a large file does not hold one huge transaction. A chunk can then fail only for
 * reasons outside the file (database gone, a concurrent import of the same numbers); the report
 * says which certificates were written, and re-running the file completes it, because
 * importBatch skips numbers that exist.
 */
export async function runTabularImport(orm: MikroORM, files: SourceFile[], options: TabularImportOptions): Promise<TabularImportResult> {
  const scheme = options.scheme ?? currentScheme;
  const read = await readTabularFiles(files);
  const assembled = read.issues.length > 0
    ? { batch: null, issues: read.issues, rowOf: new Map<string, number>() }
    : assembleBatch(read.sheets, scheme, toIsoDate(options.clock.now()));
  const result: TabularImportResult = { status: 'INVALID', issues: assembled.issues, total: 0, imported: 0, skipped: 0, certificates: [], error: null };
  if (!assembled.batch || assembled.issues.length > 0) return result;

  const batch = assembled.batch;
  result.total = batch.certificates.length;
  result.certificates = batch.certificates.map((c) => ({ number: c.number, row: assembled.rowOf.get(c.number) ?? 0, outcome: 'NOT_WRITTEN' }));
  const outcome = new Map(result.certificates.map((c) => [c.number, c]));
  await options.onProgress?.(0, result.total);

  if (options.dryRun) {
    const present = await existingNumbers(orm, batch.certificates.map((c) => c.number));
    for (const c of result.certificates) c.outcome = present.has(c.number) ? 'ALREADY_PRESENT' : 'WOULD_IMPORT';
    result.skipped = present.size;
    result.status = 'DRY_RUN';
    return result;
  }

  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  let done = 0;
  try {
    for (let start = 0; start < batch.certificates.length; start += size) {
      const chunk = chunkOf(batch, start, size);
      const numbers = chunk.certificates.map((c) => c.number);
      // Which ones importBatch will skip, to say so per certificate (it reports only a count).
      const present = await existingNumbers(orm, numbers);
      const report = await importBatch(orm, chunk, { clock: options.clock, actor: options.actor, scheme });
      for (const n of numbers) outcome.get(n)!.outcome = present.has(n) ? 'ALREADY_PRESENT' : 'IMPORTED';
      result.imported += report.certificates;
      result.skipped += report.skippedCertificates;
      done += numbers.length;
      await options.onProgress?.(done, result.total);
    }
    result.status = 'DONE';
  } catch (error) {
    result.status = 'FAILED';
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/** The certificates of one chunk with only the parties they name. */
function chunkOf(batch: ImportBatch, start: number, size: number): ImportBatch {
  const certificates = batch.certificates.slice(start, start + size);
  const orgKeys = new Set(certificates.flatMap((c) => [c.applicantKey, c.manufacturerKey]));
  const factoryKeys = new Set(certificates.map((c) => c.factoryKey));
  const factories = batch.factories.filter((f) => factoryKeys.has(f.key));
  for (const f of factories) orgKeys.add(f.operatorKey);
  return { ...batch, organisations: batch.organisations.filter((o) => orgKeys.has(o.key)), factories, certificates };
}

async function existingNumbers(orm: MikroORM, numbers: string[]): Promise<Set<string>> {
  const rows = await orm.em.fork().find(Certificate, { number: { $in: numbers } }, { fields: ['number'] });
  return new Set(rows.map((c) => c.number));
}
