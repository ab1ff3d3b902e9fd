import { describe, expect, it } from 'vitest';
import { interpretComposerText } from '../../src/playground/composer.js';

const read = (text: string) => interpretComposerText(text, '/certpath');

describe('interpretComposerText', () => {
  it('reads the bot’s slash command with its text', () => {
    expect(read('  /certpath which exam is harder? ')).toEqual({
      kind: 'command',
      command: '/certpath',
      text: 'which exam is harder?',
    });
    expect(read('/certpath')).toEqual({ kind: 'command', command: '/certpath', text: '' });
  });

  it('reports any other slash command as unknown, as Slack does', () => {
    expect(read('/giphy cats')).toEqual({ kind: 'unknown_command', command: '/giphy' });
  });

  it('reads Slack’s own /invite, and whether it names the bot', () => {
    expect(read('/invite @certpath')).toEqual({ kind: 'invite', bot: true });
    expect(read('/INVITE <@U0CERTBOT>')).toEqual({ kind: 'invite', bot: true });
    expect(read('/invite @someone')).toEqual({ kind: 'invite', bot: false });
  });

  it('links @certpath as a mention of the bot user', () => {
    expect(read('@certpath which one pays more?')).toEqual({
      kind: 'message',
      text: '<@U0CERTBOT> which one pays more?',
    });
    expect(read('hey @CertPath!')).toEqual({ kind: 'message', text: 'hey <@U0CERTBOT>!' });
  });

  it('leaves look-alikes alone', () => {
    expect(read('mail me@certpath.dev or @certpathy')).toEqual({
      kind: 'message',
      text: 'mail me@certpath.dev or @certpathy',
    });
  });

  it('links channel names and broadcast mentions', () => {
    expect(read('see #general @here')).toEqual({ kind: 'message', text: 'see <#C0GENERAL|general> <!here>' });
  });

  it('escapes what a person types, so it is never markup', () => {
    expect(read('<!channel> & <https://evil|x>')).toEqual({
      kind: 'message',
      text: '&lt;!channel&gt; &amp; &lt;https://evil|x&gt;',
    });
  });

  it('sends nothing for a blank line', () => {
    expect(read('  \n ')).toBeUndefined();
  });
});
