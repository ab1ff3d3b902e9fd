/**
 * Every label the page shows, in one place. (What the bot and Slackbot say comes from the
 * server; these are the playground's own words.)
 */
export const WORDS = {
  pageTitle: (/** @type {string} */ place) => `${place} · CertPath playground`,
  home: 'Home',
  channels: 'Channels',
  directMessages: 'Direct messages',
  app: 'APP',
  onlyVisibleToYou: 'Only visible to you',
  edited: '(edited)',
  replies: (/** @type {number} */ n) => (n === 1 ? '1 reply' : `${n} replies`),
  viewThread: 'View thread',
  lastReply: (/** @type {string} */ time) => `Last reply ${time}`,
  thread: 'Thread',
  closeThread: 'Close thread',
  message: 'Message',
  reply: 'Reply',
  send: 'Send',
  placeholder: (/** @type {string} */ where) => `Message ${where}`,
  replyPlaceholder: 'Reply…',
  /** In a DM the bot reads everything, so the hint suggests neither a mention nor the command. */
  composerHint: (/** @type {string} */ command, /** @type {boolean} */ inDm) =>
    inDm
      ? 'Just type your question  ·  quiz, topics or help work too  ·  Shift+Enter for a new line'
      : `Try ${command} which exam is harder?  ·  @certpath …  ·  Shift+Enter for a new line`,
  channelIntro: (/** @type {string} */ label) => `This is the very beginning of ${label}.`,
  memberNote: (/** @type {string} */ bot) =>
    `${bot} is in this channel: mention it, or just ask — it answers questions it is sure about in a thread.`,
  notMemberNote: (/** @type {string} */ bot, /** @type {string} */ command) =>
    `${bot} is not in this channel, so it doesn't see messages here. ${command} still works anywhere.`,
  dmIntro: (/** @type {string} */ bot) =>
    `This is your direct message with ${bot}. Ask it anything about the two certifications.`,
  channelTopic: (/** @type {string} */ bot, /** @type {boolean} */ member) =>
    member ? `${bot} is a member` : `${bot} is not a member`,
  dmTopic: 'Direct message · app',
  homeTitle: 'Home',
  homeTopic: (/** @type {string} */ bot) => `${bot}'s App Home`,
  homeLoading: 'Opening Home…',
  moreOptions: 'More options',
  close: 'Close',
  cancel: 'Cancel',
  modalTrouble: 'We had some trouble connecting. Try again?',
  actionFailed: (/** @type {string} */ bot, /** @type {string} */ error) =>
    `${bot} didn't respond to that (${error}). Try again?`,
  sendFailed: 'Your message could not be sent. Is the playground still running?',
  offline: 'Reconnecting to the playground…',
  unsupportedBlock: (/** @type {string} */ type) => `This ${type} block can't be shown in the playground.`,
  unsupportedElement: (/** @type {string} */ type) => `[${type}]`,
  optional: '(optional)',
  menu: 'Menu',
};
