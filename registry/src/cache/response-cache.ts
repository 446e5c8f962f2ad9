import { LRUCache } from 'lru-cache';
import type { Invalidation } from './registry-cache.js';

/** A stored answer: what the API sent for one request, and the certificate it was made from. */
export interface CachedResponse {
  /** UTF-8, outside the JS heap: about half the memory of the string it was sent as. */
  body: Buffer;
  headers: Record<string, string>;
  number: string;
}

/** What the response cache listens to: a RegistryCache (its 'invalidated' events). */
export interface InvalidationSource {
  on(event: 'invalidated', listener: (invalidation: Invalidation) => void): unknown;
  off(event: 'invalidated', listener: (invalidation: Invalidation) => void): unknown;
}

export interface ResponseCacheOptions {
  /** Bytes of stored bodies and keys at most (default 32 MiB; keys counted as one byte a character). */
  maxBytes?: number;
}

/**
 * Whole answers to public single-certificate reads, each filed under the certificate number it
 * was made from, dropped with that number when the registry cache drops the record (same event,
 * same tick), so a response cache never outlives the record cache it was built from.
 *
 * A response computed across an invalidation must not be stored: `ticket()` before computing,
 * `set(ticket, …)` after; the set is ignored when an invalidation happened in between.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly byNumber = new Map<string, Set<string>>();
  private epoch = 0;
  readonly stats = { hits: 0, misses: 0 };
  private readonly onInvalidated = (invalidation: Invalidation) => this.invalidate(invalidation);

  constructor(private readonly source: InvalidationSource, options: ResponseCacheOptions = {}) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes ?? 32 * 2 ** 20,
      sizeCalculation: (value, key) => Math.max(1, value.body.byteLength + key.length),
      dispose: (value, key) => this.unfile(value.number, key),
    });
    source.on('invalidated', this.onInvalidated);
  }

  get(key: string): CachedResponse | undefined {
    const found = this.entries.get(key);
    if (found) this.stats.hits++;
    else this.stats.misses++;
    return found;
  }

  /** Taken before computing a response that may be stored. */
  ticket(): number {
    return this.epoch;
  }

  /** Stores unless an invalidation happened since `ticket` was taken; returns whether it stored. */
  set(ticket: number, key: string, response: CachedResponse): boolean {
    if (ticket !== this.epoch) return false;
    this.entries.set(key, response);
    let keys = this.byNumber.get(response.number);
    if (!keys) this.byNumber.set(response.number, (keys = new Set()));
    keys.add(key);
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Stops following the registry cache and drops everything. */
  close(): void {
    this.source.off('invalidated', this.onInvalidated);
    this.epoch++;
    this.entries.clear();
  }

  private invalidate({ numbers, all }: Invalidation): void {
    this.epoch++;
    if (all) {
      this.entries.clear();
      return;
    }
    for (const number of numbers) for (const key of [...(this.byNumber.get(number) ?? [])]) this.entries.delete(key);
  }

  private unfile(number: string, key: string): void {
    const keys = this.byNumber.get(number);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.byNumber.delete(number);
  }
}
