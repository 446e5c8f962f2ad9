import { Field, Int, ObjectType } from 'type-graphql';
import { AppError, ErrorCode } from '../errors.js';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/**
 * Cursors are opaque to clients; inside they are offsets into the ordered result. Registry
 * results are ordered by a stable key, so an offset cursor is stable between pages.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return -1;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Malformed cursor', { field: 'after' });
  return Number(match[1]);
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return size;
}

export { Int };
