import { OptimisticLockError } from '@mikro-orm/core';
import { AppError, ErrorCode } from './errors.js';

/** A stale version, seen before or during the write, becomes a typed CONFLICT; nothing is written. */
export async function conflictsAsTypedErrors<T>(work: () => Promise<T>, what: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new AppError(ErrorCode.CONFLICT, `The ${what} was changed by someone else; reload it`);
    throw error;
  }
}
