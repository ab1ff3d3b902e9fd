import { BOT, CHANNELS, HUMAN } from './emulator/index.js';

/** What typing a line into Slack's composer does. */
export type ComposerIntent =
  | { kind: 'command'; command: string; text: string }
  | { kind: 'unknown_command'; command: string }
  /** Slack's built-in `/invite @someone`; `bot` says whether it names the bot. */
  | { kind: 'invite'; bot: boolean }
  | { kind: 'message'; text: string };

const MENTIONABLE = [
  { name: BOT.name, markup: `<@${BOT.userId}>` },
  { name: HUMAN.name, markup: `<@${HUMAN.id}>` },
  { name: 'here', markup: '<!here>' },
  { name: 'channel', markup: '<!channel>' },
  { name: 'everyone', markup: '<!everyone>' },
];

/** Slack's client escapes these before sending, so `<` typed by a person is never markup. */
function escapeTyped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `@certpath` → `<@U0CERTBOT>`, `#general` → `<#C0GENERAL|general>`, as Slack's autocomplete would. */
function linkNames(text: string): string {
  let out = text;
  for (const { name, markup } of MENTIONABLE) {
    out = out.replace(
      new RegExp(`(^|[^\\w@])@${name}(?![\\w-])`, 'gi'),
      (_, before: string) => `${before}${markup}`,
    );
  }
  for (const channel of CHANNELS.filter((c) => c.type !== 'im')) {
    out = out.replace(
      new RegExp(`(^|[^\\w&#])#${channel.name}(?![\\w-])`, 'gi'),
      (_, before: string) => `${before}<#${channel.id}|${channel.name}>`,
    );
  }
  return out;
}

/**
 * Reads what the page's user typed as Slack would: `/certpath …` is the slash command, `/invite
 * @certpath` Slack's own command to add the bot to a channel, another `/word` is a command Slack does not know, anything else is a message (mentions linked,
 * `& < >` escaped). Undefined for a blank line, which Slack does not send.
 */
export function interpretComposerText(typed: string, command: string): ComposerIntent | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const slash = /^(\/\S+)(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (slash?.[1]) {
    const name = slash[1].toLowerCase();
    if (name === '/invite')
      return { kind: 'invite', bot: linkNames(slash[2] ?? '').includes(`<@${BOT.userId}>`) };
    if (name !== command) return { kind: 'unknown_command', command: slash[1] };
    return { kind: 'command', command, text: (slash[2] ?? '').trim() };
  }
  return { kind: 'message', text: linkNames(escapeTyped(trimmed)) };
}
