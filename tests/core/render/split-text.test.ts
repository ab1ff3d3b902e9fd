import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/core/render/split-text.js';

describe('splitText', () => {
  it('keeps text that fits in one piece', () => {
    expect(splitText('a\n\nb', 10)).toEqual(['a\n\nb']);
  });

  it('cuts at paragraph breaks first', () => {
    expect(splitText('aaaa\n\nbbbb\n\ncccc', 10)).toEqual(['aaaa\n\nbbbb', 'cccc']);
  });

  it('cuts a paragraph that is too long between words', () => {
    const pieces = splitText('one two three four five six', 10);
    expect(pieces).toEqual(['one two', 'three four', 'five six']);
  });

  it('cuts a single huge word only when it must, and loses nothing', () => {
    const pieces = splitText('x'.repeat(25), 10);
    expect(pieces.map((piece) => piece.length)).toEqual([10, 10, 5]);
  });

  it('returns nothing for empty text', () => {
    expect(splitText('', 10)).toEqual([]);
  });
});
