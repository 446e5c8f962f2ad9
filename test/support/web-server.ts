import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../web');

export const webBuildExists = () => existsSync(resolve(webDir, 'build/server/index.js'));

/** Serves the built Remix app with web/server.mjs (as `pnpm start` does) against the given API; resolves when it answers. */
export async function startWebServer(options: {
  port: number;
  apiUrl: string;
  /** WEB_TRUST_PROXY of the web server (default none): `loopback` lets a test name browsers in X-Forwarded-For. */
  trustProxy?: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['server.mjs'], {
    cwd: webDir,
    env: {
      ...process.env,
      PORT: String(options.port), HOST: '127.0.0.1', API_URL: options.apiUrl, NODE_ENV: 'production', SESSION_SECRET: 'browser-test-session-secret-of-32-characters-or-more',
      WEB_TRUST_PROXY: options.trustProxy ?? 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`web server exited: ${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`web server did not answer within 30 s: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}
