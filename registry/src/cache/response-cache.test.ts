import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

const answer = (number: string, body = `{"data":{"certificate":{"number":"${number}"}}}`) => ({ body: Buffer.from(body), headers: { 'content-type': 'application/json' }, number });

describe('response cache', () => {
  it('drops the answers of the numbers invalidated, and everything on a rebuild', () => {
    const source = new EventEmitter();
    const cache = new ResponseCache(source);
    cache.set(cache.ticket(), 'a1', answer('A'));
    cache.set(cache.ticket(), 'a2', answer('A'));
    cache.set(cache.ticket(), 'b', answer('B'));
    source.emit('invalidated', { numbers: ['A'], all: false, seq: 1 });
    expect(cache.get('a1')).toBeUndefined();
    expect(cache.get('a2')).toBeUndefined();
    expect(cache.get('b')?.number).toBe('B');
    source.emit('invalidated', { numbers: [], all: true, seq: 2 });
    expect(cache.size).toBe(0);
    cache.close();
    expect(source.listenerCount('invalidated')).toBe(0);
  });

  it('does not store an answer computed across an invalidation', () => {
    const source = new EventEmitter();
    const cache = new ResponseCache(source);
    const ticket = cache.ticket();
    source.emit('invalidated', { numbers: ['Z'], all: false, seq: 1 });
    expect(cache.set(ticket, 'a', answer('A'))).toBe(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.set(cache.ticket(), 'a', answer('A'))).toBe(true);
  });

  it('stays within its byte budget', () => {
    const cache = new ResponseCache(new EventEmitter(), { maxBytes: 1_000 });
    for (let i = 0; i < 100; i++) cache.set(cache.ticket(), `k${i}`, answer(`N${i}`, 'x'.repeat(100)));
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get('k99')).toBeDefined();
  });

  it('counts a body by its UTF-8 bytes (Chinese text takes three a character)', () => {
    const cache = new ResponseCache(new EventEmitter(), { maxBytes: 1_000 });
    for (let i = 0; i < 10; i++) cache.set(cache.ticket(), `k${i}`, answer(`N${i}`, '中'.repeat(100)));
    expect(cache.size).toBe(3);
    expect(cache.get('k9')?.body.toString()).toBe('中'.repeat(100));
  });
});
