import { describe, expect, it } from 'vitest';
import { inlineMrkdwn, markdownToMrkdwn } from '../../../src/core/render/markdown-to-mrkdwn.js';

describe('markdownToMrkdwn', () => {
  it('makes bold single-starred and keeps underscores for italics', () => {
    expect(markdownToMrkdwn('**bold** and _italic_ and *also italic*')).toBe(
      '*bold* and _italic_ and _also italic_',
    );
  });

  it('turns headings into bold lines', () => {
    expect(markdownToMrkdwn('### Study tips\nText')).toBe('*Study tips*\nText');
  });

  it('turns dash and star list items into bullets, joining wrapped items', () => {
    expect(markdownToMrkdwn('- one\n* two\n  still two\n+ three')).toBe('• one\n• two still two\n• three');
  });

  it('rewrites links to Slack links', () => {
    expect(markdownToMrkdwn('see [the guide](https://example.com/a?b=1&c=2)')).toBe(
      'see <https://example.com/a?b=1&amp;c=2|the guide>',
    );
  });

  it('keeps paragraphs, and joins the hard-wrapped lines inside them', () => {
    expect(markdownToMrkdwn('first line\nsame paragraph\n\n\nsecond paragraph')).toBe(
      'first line same paragraph\n\nsecond paragraph',
    );
  });

  it('escapes what the author wrote so it cannot become a mention', () => {
    expect(markdownToMrkdwn('ping <!channel> & a < b')).toBe('ping &lt;!channel&gt; &amp; a &lt; b');
  });

  it('leaves code spans and plain asterisks in words alone', () => {
    expect(inlineMrkdwn('run `npm test` for 2*3')).toBe('run `npm test` for 2*3');
  });
});
