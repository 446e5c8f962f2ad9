import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding `pnpm-workspace.yaml`, found upwards from this module. Code that needs a
 * file of the checkout (the web app's build, a package's data) starts from here rather than from
 * its own location, which is another one when it runs bundled (scripts/src/build).
 */
export function workspaceRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error('not inside the workspace: no pnpm-workspace.yaml above this module');
  }
}
