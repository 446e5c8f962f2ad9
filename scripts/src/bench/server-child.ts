import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceRoot } from '@cqc/db';
import { bundleServer } from '../build/bundle-server.js';
import { SERVER_NODE_FLAGS } from '../build/server-flags.js';

export interface CacheStats {
  cache: { hits: number; misses: number };
  responses: { hits: number; misses: number };
}

/** A measured server in its own process (server-process.ts). */
export interface ServerChild {
  url: string;
  /** Memory of the server's process (bytes): resident, V8 heap, buffers. */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** Cache counters of an API process (zeros for the bare server). */
  stats(): Promise<CacheStats>;
  close(): Promise<void>;
}

let bundled: Promise<string> | undefined;

/** server-process.ts bundled as `pnpm serve` runs the platform: plain Node, no tsx loader (decision 0015), the same flags (0016). */
function serverBundle(): Promise<string> {
  const outfile = join(workspaceRoot(), 'dist', 'bench-server.mjs');
  bundled ??= bundleServer(fileURLToPath(new URL('./server-process.ts', import.meta.url)), outfile).then(() => outfile);
  return bundled;
}

export async function startServerChild(mode: 'cached' | 'plain' | 'bare', databaseUrl: string): Promise<ServerChild> {
  const child = fork(await serverBundle(), [mode, databaseUrl], {
    execArgv: [...SERVER_NODE_FLAGS],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await reply<{ url: string }>(child, 'url');
  return {
    url,
    memory: async () => {
      child.send('memory');
      return (await reply<{ memory: NodeJS.MemoryUsage }>(child, 'memory')).memory;
    },
    stats: async () => {
      if (mode === 'bare') return { cache: { hits: 0, misses: 0 }, responses: { hits: 0, misses: 0 } };
      child.send('stats');
      return reply<CacheStats>(child, 'responses');
    },
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.send('close');
      await exited;
    },
  };
}

/** The next message carrying `field`; rejects if the child exits first. */
function reply<T>(child: ChildProcess, field: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (typeof message === 'object' && message !== null && field in message) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      }
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`bench server (${field}) exited with ${code}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
