import { z } from 'zod';
import { parseIsoDate } from '../dates.js';
import type { Column } from './columns.js';
import type { IssueCode } from './issues.js';

/** `2021/3/5` and `2021-3-5` as typed in a spreadsheet become `2021-03-05`. */
function normaliseDate(value: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value;
}

const LIST_SEPARATOR = /\s*[;,，；、]\s*/;

/** The zod schema of one column: the error message is the issue code the report shows. */
function columnSchema(c: Column): z.ZodType {
  const required = (code: IssueCode) => (iss: { input?: unknown }) => (iss.input === undefined ? 'REQUIRED' : code);
  let schema: z.ZodType;
  switch (c.kind) {
    case 'text':
      schema = z.string({ error: required('REQUIRED') });
      break;
    case 'date':
      schema = z.string({ error: required('NOT_A_DATE') }).transform(normaliseDate).refine((v) => parseIsoDate(v) !== null, { error: 'NOT_A_DATE' });
      break;
    case 'int':
      schema = z.string({ error: required('NOT_A_NUMBER') }).regex(/^\d{1,6}$/, { error: 'NOT_A_NUMBER' }).transform(Number);
      break;
    case 'list':
      schema = z.string({ error: required('NOT_A_LIST') })
        .regex(/^\d{1,6}(\s*[;,，；、]\s*\d{1,6})*$/, { error: 'NOT_A_LIST' })
        .transform((v) => v.split(LIST_SEPARATOR).map(Number));
      break;
    case 'enum':
      schema = z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(c.values as [string, ...string[]], { error: required('NOT_ONE_OF') }));
      break;
  }
  // An empty cell is "not given": required columns then fail with REQUIRED, optional ones are null.
  const given = z.preprocess((v) => (v === '' ? undefined : v), c.required ? schema : schema.optional());
  return c.required ? given : given.transform((v) => v ?? null);
}

export type ParsedRow = Record<string, any>;

/** A zod object for a sheet's row; its failures carry the column and the issue code. */
export function rowSchema(columns: readonly Column[]) {
  return z.object(Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)])));
}
