import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COLUMNS, type Lines, type Table } from './rows.js';

/** Streams the lines of each table into it with COPY … FROM STDIN, tables in the given order. */
export async function copyLines(client: pg.PoolClient, lines: Partial<Lines>, tables: Table[]): Promise<void> {
  for (const table of tables) {
    const rows = lines[table];
    if (!rows || rows.length === 0) continue;
    const sql = `copy "${table}" (${COLUMNS[table].map((c) => `"${c}"`).join(', ')}) from stdin`;
    // Chunks of a few thousand lines keep each buffer small while still making few writes.
    const chunks = function* () {
      for (let i = 0; i < rows.length; i += 2000) yield rows.slice(i, i + 2000).join('');
    };
    await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  }
}
