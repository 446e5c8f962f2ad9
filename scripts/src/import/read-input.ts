import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The files of `--file`: one .xlsx workbook, or a folder holding the sheets' .csv files. */
export function readInput(path: string): Array<{ name: string; content: Buffer }> {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).filter((name) => /\.csv$/i.test(name)).sort().map((name) => ({ name, content: readFileSync(join(path, name)) }));
  }
  return [{ name: basename(path), content: readFileSync(path) }];
}
