/** The schema our migrations create every table in; other schemas (pg-boss's `pgboss`) are not ours to back up. */
export const SCHEMA = 'public';

/**
 * Session settings under which COPY writes and reads every table, on both sides. COPY's text
 * form of dates, times, intervals and bytea follows the session, so fixing it makes a table's
 * text (and its checksum) the same whatever the server's or the role's defaults, and lets the
 * restore read back exactly what the backup wrote.
 */
export const COPY_SESSION: readonly string[] = [
  `set local datestyle = 'ISO, YMD'`,
  `set local timezone = 'UTC'`,
  `set local intervalstyle = 'postgres'`,
  `set local bytea_output = 'hex'`,
  `set local extra_float_digits = 1`,
  `set local client_encoding = 'UTF8'`,
  // A timeout set on the role would cut a large table's COPY short.
  `set local statement_timeout = 0`,
];

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(table: string): string {
  return `${ident(SCHEMA)}.${ident(table)}`;
}

export interface CopyColumn {
  name: string;
  /** Text-like columns are sorted with the "C" collation, so the order does not depend on the database's locale. */
  collatable: boolean;
}

/**
 * A table's rows as COPY text in a fixed order (primary key, or the whole row's text for a table
 * without one), so that the restore can export the restored table again and compare checksums.
 */
export function copyOutSql(table: string, columns: readonly string[], orderBy: readonly CopyColumn[]): string {
  const order = orderBy.length > 0
    ? orderBy.map((c) => (c.collatable ? `${ident(c.name)} collate "C"` : ident(c.name))).join(', ')
    : `t::text collate "C"`;
  return `copy (select ${columns.map(ident).join(', ')} from ${qualified(table)} t order by ${order}) to stdout`;
}

export function copyInSql(table: string, columns: readonly string[]): string {
  return `copy ${qualified(table)} (${columns.map(ident).join(', ')}) from stdin`;
}

/** Rows in COPY text: one line each; a newline inside a value is written as the two characters `\n`. */
export function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
