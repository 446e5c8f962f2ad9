import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/support/test-database.js';
import { arrayLiteral, copyLine } from './copy-text.js';

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let client: pg.Client;
beforeAll(async () => {
  database = await createEmptyDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe('COPY text format', () => {
  it('writes array literals PostgreSQL reads back as the same values', async () => {
    for (const values of [[], ['p:abc', '断路器', 'x:word'], ['a"b', 'c\\d', 'e,f', '{g}', ' h ', ''], ['NULL']]) {
      const { rows } = await client.query<{ v: string[] }>(`select $1::text[] as v`, [arrayLiteral(values)]);
      expect(rows[0]!.v).toEqual(values);
    }
  });

  it('escapes tabs, newlines and backslashes, and writes null, booleans and numbers', () => {
    expect(copyLine(['a\tb', 'c\nd\re', 'f\\g', null, undefined, true, false, 42])).toBe('a\\tb\tc\\nd\\re\tf\\\\g\t\\N\t\\N\tt\tf\t42\n');
    expect(copyLine([JSON.stringify({ name: 'say "hi"' })])).toBe('{"name":"say \\\\"hi\\\\""}\n');
  });
});
