import { describe, expect, it } from 'vitest';
import { charLength, truncate } from '../../../src/core/render/truncate.js';

describe('truncate', () => {
  it('returns short text unchanged', () => {
    expect(truncate('hello', 5)).toBe('hello');
  });

  it('cuts long text and ends it with an ellipsis within the limit', () => {
    expect(truncate('hello world', 8)).toBe('hello w…');
    expect(charLength(truncate('x'.repeat(500), 150))).toBe(150);
  });

  it('drops the space before the ellipsis', () => {
    expect(truncate('hello world again', 7)).toBe('hello…');
  });

  it('never cuts a surrogate pair in half', () => {
    const cut = truncate('🚀'.repeat(10), 4);
    expect(cut).toBe('🚀🚀🚀…');
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('never cuts an emoji sequence in half', () => {
    const family = '👩‍👩‍👧‍👦';
    const cut = truncate(`ab${family}cd`, 6);
    expect(cut).toBe('ab…');
  });

  it('counts characters as Slack does, not UTF-16 units', () => {
    expect(truncate('🚀🚀', 2)).toBe('🚀🚀');
    expect(charLength('🚀🚀')).toBe(2);
  });
});
