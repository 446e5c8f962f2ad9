import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Distribution } from './distribution.js';

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

export interface LoadJob {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Unmeasured load first (fills caches, JIT), default 0. */
  warmupSeconds?: number;
  kind: 'graphql' | 'bare';
  numbers: string[];
  distribution?: Distribution;
}

/** Runs autocannon (load-worker.ts) in a child process against `url`. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'cqc-load-'));
  const jobFile = join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify({ warmupSeconds: 0, distribution: 'uniform', ...job }));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, jobFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    if (code !== 0) throw new Error(`load generator failed (${code}): ${err.slice(-2000)}`);
    return JSON.parse(out) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
