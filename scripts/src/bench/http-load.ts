import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  /** Latency in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon (load-worker.ts) in a child process against `url`. */
export async function runLoad(job: { url: string; connections: number; durationSeconds: number; kind: 'graphql' | 'bare'; numbers: string[] }): Promise<LoadResult> {
  const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', worker, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`load generator failed (${code}): ${err.slice(-2000)}`);
  return JSON.parse(out) as LoadResult;
}
