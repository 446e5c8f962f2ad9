import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from '@cqc/db';
import { bundleServer } from './bundle-server.js';
import { SERVER_NODE_FLAGS } from './server-flags.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cqc-bundle-'));
// The entry must sit in the workspace: its imports resolve as this package's would.
const entry = join(here, `.bundle-fixture-${process.pid}.ts`);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(entry, { force: true });
});

describe('bundleServer', () => {
  it('bundles workspace code, imports third-party packages by their files, and runs from any folder', async () => {
    writeFileSync(entry, [
      `import pg from 'pg';`,
      `import { designationKey } from '@cqc/db';`,
      `console.log(JSON.stringify({ key: designationKey('XXM-250S'), pool: typeof pg.Pool }));`,
    ].join('\n'));
    const bundle = join(out, 'entry.mjs');
    await bundleServer(entry, bundle);
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain('function designationKey'); // ours: inside the bundle
    expect(text).toMatch(/from "file:\/\/[^"]*\/pg\/[^"]*"/); // theirs: imported from their files
    const printed = execFileSync(process.execPath, [bundle], { cwd: out, encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual({ key: 'xxm250s', pool: 'function' });
  });
});

describe('pnpm serve', () => {
  it('runs the bundle with the node flags the bench measures (server-flags.ts)', () => {
    const { scripts } = JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.serve).toMatch(new RegExp(`&& node ${SERVER_NODE_FLAGS.join(' ')} dist/start\\.mjs$`));
  });
});
