/**
 * What the playground says: to the person who ran `npm start`, and, as Slackbot, to the page's
 * user when Slack itself could not do something. (The page's own labels are in web/words.js.)
 */
export const PLAYGROUND_WORDS = {
  running: (url: string, guides: number, sections: number) =>
    [
      `CertPath playground is running: open ${url}`,
      `  A local Slack (#general, #random, a DM with the bot and its Home tab) where the real bot answers (${guides} guide${guides === 1 ? '' : 's'}, ${sections} sections).`,
      '  For a real Slack workspace, create the app from manifest.yml and set SLACK_BOT_TOKEN with SLACK_APP_TOKEN',
      '  (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); .env.example describes them. Ctrl+C stops the playground.',
    ].join('\n'),
  portInUse: (port: number) =>
    `port ${port} is already in use on 127.0.0.1: stop whatever uses it, or set PORT to another port`,
  /** Slack's words when a slash command gets no usable answer from the app. */
  commandFailed: (command: string, error: string) => `${command} failed with the error "${error}"`,
  unknownCommand: (command: string) =>
    `${command} is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands.`,
  deliveryFailed: (kind: string) => `the ${kind} did not reach the bot`,
  /** Slackbot, when someone @mentions the bot where it is not a member: the bot never sees that message. */
  mentionedNonMember: (bot: string) =>
    `You mentioned @${bot}, but they're not in this channel, so they won't see your message. Type \`/invite @${bot}\` to add them.`,
  invited: (bot: string, channel: string) => `You added @${bot} to #${channel}. It now sees messages here.`,
  alreadyMember: (bot: string, channel: string) => `@${bot} is already in ${channel}.`,
  inviteWhom: (bot: string) => `In the playground you can invite only the bot: \`/invite @${bot}\`.`,
  cannotInviteToDm: "You can't invite anyone to a direct message.",
} as const;
