/** `pnpm import:template -- --out FILE.xlsx`: writes the import workbook with its example certificate. */
import { writeFileSync } from 'node:fs';
import { EXAMPLE_ROWS, writeWorkbook } from '@cqc/api';

const argv = process.argv.slice(2);
const out = argv[argv.indexOf('--out') + 1];
if (!argv.includes('--out') || !out) {
  console.error('usage: pnpm import:template -- --out FILE.xlsx');
  process.exit(64);
}
writeFileSync(out, await writeWorkbook(EXAMPLE_ROWS));
console.error(`[import] template written to ${out}`);
