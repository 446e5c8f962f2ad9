import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { workspaceRoot } from '@cqc/db';

let font: Buffer | undefined;

/**
 * Noto Sans Hans (SIL OFL) from the @embedpdf/fonts-sc package: a fresh machine has no system
 * fonts, and PDF's standard fonts have no Chinese. Read once; pdfkit embeds only the glyphs a
 * document uses (subset), so a certificate stays a few dozen kilobytes.
 */
export function cjkFont(): Buffer {
  if (!font) {
    // Resolved as the api package does, wherever this code runs from (it may be bundled).
    const main = createRequire(join(workspaceRoot(), 'api', 'package.json')).resolve('@embedpdf/fonts-sc');
    font = readFileSync(join(dirname(main), '..', 'fonts', 'NotoSansHans-Regular.otf'));
  }
  return font;
}
