/**
 * `pnpm build:server`: the platform's server as one JavaScript file, `dist/start.mjs`, which
 * `pnpm serve` runs with plain Node (decision 0015).
 */
import { join } from 'node:path';
import { workspaceRoot } from '@cqc/db';
import { bundleServer } from './bundle-server.js';

const root = workspaceRoot();
const started = Date.now();
await bundleServer(join(root, 'scripts/src/start.ts'), join(root, 'dist/start.mjs'));
console.log(`[build] dist/start.mjs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
