import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { ReplyCache } from '../../../src/core/answer/reply-cache.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

describe('ReplyCache', () => {
  it('computes once per key and returns the remembered value after', () => {
    const cache = new ReplyCache<number>(10);
    let computed = 0;
    expect(cache.get('a', () => ++computed)).toBe(1);
    expect(cache.get('a', () => ++computed)).toBe(1);
    expect(computed).toBe(1);
  });

  it('never holds more than its limit, dropping the least recently used', () => {
    const cache = new ReplyCache<string>(3);
    for (const key of ['a', 'b', 'c']) cache.get(key, () => key);
    cache.get('a', () => 'again');
    cache.get('d', () => 'd');
    expect(cache.size).toBe(3);
    expect(cache.get('a', () => 'recomputed')).toBe('a');
    expect(cache.get('b', () => 'recomputed')).toBe('recomputed');
  });
});

describe('createAnswerer', () => {
  const answerer = createAnswerer(loadContent(CONTENT_DIR), { cacheSize: 2 });

  it('serves a repeated question from its cache, per mode and visibility', () => {
    const first = answerer.ask('which exam is harder?', { mode: 'direct', shareable: true });
    expect(answerer.ask('which exam is harder?', { mode: 'direct', shareable: true })).toBe(first);
    expect(answerer.ask('which exam is harder?', { mode: 'direct', shareable: false })).not.toBe(first);
  });
});
