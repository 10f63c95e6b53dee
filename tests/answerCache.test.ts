import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/engine/answerCache.ts';
import { realEngine } from './helpers/corpus.ts';

describe('the answer cache', () => {
  const engine = realEngine();
  const complete = (cache: AnswerCache<unknown>, version: string, value: string): unknown =>
    cache.get(version, 'autocomplete', { command: 'operation', value }, () =>
      engine.completeOperations(value, 25),
    );

  it('answers a repeated (command, options) from the cache with the same answer', () => {
    const cache = new AnswerCache<unknown>();
    const first = complete(cache, 'v1', 'sky');
    expect(first).toEqual(engine.completeOperations('sky', 25));
    expect(complete(cache, 'v1', 'sky')).toBe(first);
    expect(complete(cache, 'v1', 'thes')).toEqual(engine.completeOperations('thes', 25));
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 2 });
  });

  it('keys options by name, not by the order they were given in', () => {
    const cache = new AnswerCache<number>();
    let computed = 0;
    cache.get('v1', 'search', { query: 'rotterdam', limit: 3 }, () => (computed += 1));
    cache.get('v1', 'search', { limit: 3, query: 'rotterdam' }, () => (computed += 1));
    cache.get(
      'v1',
      'search',
      { limit: 3, query: 'rotterdam', extra: undefined },
      () => (computed += 1),
    );
    cache.get('v1', 'search', { limit: 4, query: 'rotterdam' }, () => (computed += 1));
    expect(computed).toBe(2);
  });

  it('starts afresh for a new corpus version', () => {
    const cache = new AnswerCache<unknown>();
    const before = complete(cache, 'v1', 'sky');
    expect(complete(cache, 'v2', 'sky')).not.toBe(before);
    expect(cache.size).toBe(1);
  });

  it('evicts the least recently used answer past its capacity', () => {
    const cache = new AnswerCache<string>(2);
    const get = (query: string): string => cache.get('v1', 'search', { query }, () => query);
    get('a');
    get('b');
    get('a');
    get('c');
    expect(cache.size).toBe(2);
    const computed: string[] = [];
    for (const query of ['a', 'c', 'b'])
      cache.get('v1', 'search', { query }, () => (computed.push(query), query));
    // 'b' was the least recently used when 'c' came in: only it is computed again.
    expect(computed).toEqual(['b']);
  });
});
