import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../src/core/guide.js';
import { quoteCue } from '../../../src/core/recommend/quote-cue.js';

const BACKEND: Criterion = {
  id: 'backend-apps',
  kind: 'statement',
  label: 'I build backend applications',
  side: 'developer',
  weight: 2,
  keywords: ['backend', 'back end', 'server side'],
};

describe('quoteCue', () => {
  it('quotes the keyword as typed, with the content words of its phrase around it', () => {
    expect(quoteCue("I'm a java backend dev, which one?", BACKEND)).toBe('java backend dev');
    expect(quoteCue('BACKEND engineer here', BACKEND)).toBe('BACKEND engineer');
  });

  it('matches a keyword of several words across a hyphen, as matching does', () => {
    expect(quoteCue('Node server-side work. Which first?', BACKEND)).toBe('Node server-side work');
  });

  it('stops the quote at punctuation and at function words', () => {
    expect(quoteCue('Python, backend. Which?', BACKEND)).toBe('backend');
    expect(quoteCue('I do backend in Go', BACKEND)).toBe('backend');
  });

  it('quotes from the text without Slack markup', () => {
    expect(quoteCue('<@U0CERTBOT> backend dev here', BACKEND)).toBe('backend dev');
  });

  it('finds nothing when no keyword occurs as typed', () => {
    expect(quoteCue('I do bakend stuff', BACKEND)).toBeUndefined();
    expect(quoteCue('', BACKEND)).toBeUndefined();
  });
});
