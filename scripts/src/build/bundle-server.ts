/**
 * Bundles a server entry point (TypeScript of this workspace) into one JavaScript file, so that
 * the process runs without the tsx loader: the loader's own thread and the compiled sources it
 * keeps cost a server ~60 MB of resident memory (decision 0015). Third-party packages are not
 * bundled: each import is resolved here, as the importing workspace package would resolve it, and
 * kept as an import of that absolute file, so the bundle may live anywhere and every package runs
 * as published (native addons, dynamic requires, files read next to their code).
 */
import { isBuiltin } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const RESOLVING = Symbol('resolving');

/** Bare imports of third-party packages become imports of the files they resolve to now. */
const thirdPartyByPath: Plugin = {
  name: 'third-party-by-path',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === RESOLVING || isBuiltin(args.path) || args.path.startsWith('@cqc/')) return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: RESOLVING });
      if (found.errors.length > 0) return { errors: found.errors };
      // JSON data is bundled: importing it from a file would need an import attribute.
      if (found.path.endsWith('.json')) return { path: found.path };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

export async function bundleServer(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [thirdPartyByPath],
    // CommonJS code inside the bundle (none of ours) would need `require`: give it one.
    banner: { js: `import { createRequire as __cqcCreateRequire } from 'node:module'; const require = __cqcCreateRequire(import.meta.url);` },
  });
}
