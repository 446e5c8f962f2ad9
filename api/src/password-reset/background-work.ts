/**
 * Work a request starts and does not wait for. A password-reset request answers before it looks
 * the address up, so the time to answer cannot tell whether an account exists (OWASP Forgot
 * Password Cheat Sheet: uniform response time). `idle()` lets tests and shutdown wait for it.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  run(name: string, task: () => Promise<void>): void {
    const done: Promise<void> = task()
      .catch((error: unknown) => console.error(`[api] ${name} failed: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves once nothing started so far is still running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
