import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/core/render/escape-mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('turns broadcast and user mentions into plain words', () => {
    expect(escapeMrkdwn('<!channel> hi <@U1>')).toBe('&lt;!channel&gt; hi &lt;@U1&gt;');
    expect(escapeMrkdwn('<!here|here>')).not.toContain('<!here');
  });

  it('escapes ampersands', () => {
    expect(escapeMrkdwn('R&D & ops')).toBe('R&amp;D &amp; ops');
  });

  it('does not escape twice what Slack already escaped', () => {
    expect(escapeMrkdwn('a &lt; b &amp;&amp; c &gt; d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeMrkdwn(escapeMrkdwn('<x> & y'))).toBe(escapeMrkdwn('<x> & y'));
  });

  it('leaves other text alone', () => {
    expect(escapeMrkdwn('*bold* _it_ 🚀 é')).toBe('*bold* _it_ 🚀 é');
  });
});
