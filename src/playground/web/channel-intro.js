/** The top of a conversation: what it is, and whether the bot can see what is said in it. */
import { h } from './dom.js';
import { icon } from './icons.js';
import { avatar } from './message.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').ChannelView} ChannelView */
/** @typedef {import('../display/display-types.js').PlaygroundSnapshot} PlaygroundSnapshot */

/**
 * @param {ChannelView} channel
 * @param {PlaygroundSnapshot | undefined} snapshot
 */
export function channelIntro(channel, snapshot) {
  const bot = snapshot?.bot.name ?? 'certpath';
  const command = snapshot?.command ?? '/certpath';
  if (channel.kind === 'im') {
    return h('div', { className: 'channel-intro' }, [
      snapshot && avatar(snapshot.bot, 'large'),
      h('h2', {}, [bot]),
      h('p', {}, [WORDS.dmIntro(bot)]),
    ]);
  }
  const membership = channel.botIsMember ? WORDS.memberNote(bot) : WORDS.notMemberNote(bot, command);
  return h('div', { className: 'channel-intro' }, [
    h('span', { className: 'intro-mark' }, [icon('hash')]),
    h('h2', {}, [channel.label]),
    h('p', {}, [`${WORDS.channelIntro(channel.label)} ${membership}`]),
  ]);
}
