import { describe, expect, it } from 'vitest';
import { CostlyCache } from './costly-cache.js';

describe('CostlyCache', () => {
  it('keeps a costly entry while cheaper ones come and go', () => {
    const cache = new CostlyCache<string>(3);
    cache.set('huge', 'H', 1_000_000);
    for (let i = 0; i < 50; i++) cache.set(`small${i}`, `s${i}`, 30_000);
    expect(cache.get('huge')).toBe('H');
    expect(cache.size).toBe(3);
    expect(cache.get('small49')).toBe('s49');
    expect(cache.get('small0')).toBeUndefined();
  });

  it('lets a costly entry that is no longer asked for age out', () => {
    const cache = new CostlyCache<string>(2);
    cache.set('old', 'O', 100_000);
    // Each eviction raises the floor by the evicted priority: entries asked for again outrank it.
    for (let i = 0; i < 10; i++) {
      cache.set(`hot${i}`, `h${i}`, 60_000);
      cache.get(`hot${i}`);
    }
    expect(cache.get('old')).toBeUndefined();
    expect(cache.get('hot9')).toBe('h9');
  });

  it('replaces the value of a key it holds without evicting another', () => {
    const cache = new CostlyCache<string>(2);
    cache.set('a', '1', 10);
    cache.set('b', '2', 10);
    cache.set('a', '3', 10);
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual(['3', '2', 2]);
  });
});
