import { BackupInputError } from './backup-error.js';
import type { CopyColumn } from './copy-sql.js';

export const FORMAT = 'cqc-database-backup';
export const FORMAT_VERSION = 1;

/** The last entry of the archive: it can only be written once every table's checksum is known. */
export const MANIFEST_ENTRY = 'manifest.json';

export interface TableManifest {
  name: string;
  /** The columns of the COPY text, in the order of its fields. */
  columns: string[];
  /** The order the rows were written in (see copyOutSql); the restore exports in the same order to compare. */
  orderBy: CopyColumn[];
  rows: number;
  /** SHA-256 (hex) of the table's COPY text: its parts concatenated. */
  sha256: string;
  /** Archive entries holding the text, in order; none for an empty table. */
  parts: string[];
}

export interface SequenceManifest {
  name: string;
  /** As text: a bigint does not fit a JSON number. */
  lastValue: string;
  isCalled: boolean;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  serverVersion: string;
  database: string;
  /** Names from the MikroORM migrations table, in the order they ran. */
  migrations: string[];
  /** Tables in load order: every table before those referencing it. */
  tables: TableManifest[];
  sequences: SequenceManifest[];
  /** Tables that existed but were left out because a rebuild recreates them (rebuilt-tables.ts). */
  leftOut: string[];
}

/**
 * Archive entry of a table's n-th part. Parts are cut at row boundaries, so each one is a COPY
 * file of its own; the table name is encoded so that no name can leave the `tables/` folder.
 */
export function partEntry(table: string, part: number): string {
  return `tables/${encodeURIComponent(table)}/${String(part).padStart(4, '0')}.copy`;
}

/** The table folder of an entry name (`tables/<encoded name>/…`), or null for any other entry. */
export function tableFolderOf(entry: string): string | null {
  const match = /^tables\/([^/]+)\/\d{4,}\.copy$/.exec(entry);
  return match ? match[1]! : null;
}

export function tableFolder(table: string): string {
  return encodeURIComponent(table);
}

export function parseManifest(text: string, file: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupInputError(`${file}: the manifest is not valid JSON`);
  }
  const bad = (what: string) => new BackupInputError(`${file}: the manifest is not one this program wrote (${what})`);
  if (!isObject(value) || value.format !== FORMAT) throw bad('format');
  if (value.formatVersion !== FORMAT_VERSION) {
    throw new BackupInputError(`${file}: backup format version ${String(value.formatVersion)}; this program reads version ${FORMAT_VERSION}`);
  }
  for (const key of ['createdAt', 'serverVersion', 'database'] as const) if (typeof value[key] !== 'string') throw bad(key);
  if (!isStringArray(value.migrations)) throw bad('migrations');
  if (!isStringArray(value.leftOut)) throw bad('leftOut');
  if (!Array.isArray(value.tables) || !value.tables.every(isTableManifest)) throw bad('tables');
  if (!Array.isArray(value.sequences) || !value.sequences.every(isSequenceManifest)) throw bad('sequences');
  return value as unknown as Manifest;
}

function isTableManifest(t: unknown): t is TableManifest {
  return isObject(t) && typeof t.name === 'string' && isStringArray(t.columns) && t.columns.length > 0
    && Array.isArray(t.orderBy) && t.orderBy.every((c) => isObject(c) && typeof c.name === 'string' && typeof c.collatable === 'boolean')
    && Number.isSafeInteger(t.rows) && (t.rows as number) >= 0
    && typeof t.sha256 === 'string' && /^[0-9a-f]{64}$/.test(t.sha256)
    && isStringArray(t.parts) && t.parts.every((p) => tableFolderOf(p) === tableFolder(t.name as string));
}

function isSequenceManifest(s: unknown): s is SequenceManifest {
  return isObject(s) && typeof s.name === 'string' && typeof s.lastValue === 'string' && /^-?\d+$/.test(s.lastValue) && typeof s.isCalled === 'boolean';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
