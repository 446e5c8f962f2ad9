import { runProjectorOnce, type ProjectorOptions } from './projector.js';

export interface ProjectorLoopOptions extends ProjectorOptions {
  /** Pause between polls when the outbox is empty. */
  intervalMs?: number;
  /** Where a failed poll is reported; the loop keeps polling (the events stay unprocessed). */
  onError?: (error: unknown) => void;
}

export interface RunningProjector {
  /** Stops polling and waits for a run in progress. */
  stop(): Promise<void>;
  /** Applies every event committed so far, now, and resolves when the outbox is empty. */
  drain(): Promise<void>;
}

/**
 * Polls the outbox: runs batches back to back while they come full, then waits `intervalMs`.
 * Runs never overlap within the process (`drain` queues behind a poll); across processes the
 * projector's advisory lock serialises them.
 */
export function startProjector(options: ProjectorLoopOptions): RunningProjector {
  const { intervalMs = 1000, onError = (error) => console.error('registry projector failed', error) } = options;
  const batchSize = options.batchSize ?? 100;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const drainAll = async () => {
    while ((await runProjectorOnce({ ...options, batchSize })).processed === batchSize);
  };
  const tick = async () => {
    try {
      await exclusive(drainAll);
    } catch (error) {
      onError(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };

  void tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await queue;
    },
    drain: () => exclusive(drainAll),
  };
}
