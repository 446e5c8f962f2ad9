/**
 * PostgreSQL's COPY text format, for bulk loads (the generator's tables, a registry rebuild's
 * documents): one line per row, tab-separated, `\N` for null, backslash escapes.
 */
export type CopyValue = string | number | boolean | null | undefined;

/** One COPY text line, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}

/** A text[] (or uuid[]) value as an array literal, every element quoted; copyLine escapes it further. */
export function arrayLiteral(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  // One scan for the common case (search tokens, ids): nothing to escape.
  if (!/[\\"]/.test(values.join(''))) return `{"${values.join('","')}"}`;
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
