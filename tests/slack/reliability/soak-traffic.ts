import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BOT } from '../../../src/playground/emulator/index.js';

/** What people type after `/certpath`: answers, typos, personas, gaps, chatter, help, markup. */
const COMMAND_TEXTS = [
  'which exam is harder?',
  'which one pays more',
  'sallary comparison',
  'how much coding does the developer exam need?',
  'SAA-C03 vs DVA-C02',
  'I am a sysadmin, which should I take?',
  'how much is the exam?',
  'what is the weather like',
  'topics',
  'help',
  '',
  'thanks!',
  '<!channel> <@U0EVIL> which is harder?',
];

/** Mentions (always answered) and overheard messages (answered or not). */
const EVENT_TEXTS = [
  `<@${BOT.userId}> hi`,
  `<@${BOT.userId}> thanks`,
  `<@${BOT.userId}> is the architect exam harder?`,
  'lunch at noon?',
  'which pays more, SAA or DVA?',
  'ok',
];

/** Slash command `i`, form-encoded as Slack sends it. */
export function commandBody(i: number, responseUrl: string): string {
  return new URLSearchParams({
    command: '/certpath',
    text: COMMAND_TEXTS[i % COMMAND_TEXTS.length]!,
    user_id: 'U0HUMAN',
    channel_id: 'C0GENERAL',
    team_id: 'T0CERTPATH',
    response_url: responseUrl,
    trigger_id: `${i}.1`,
  }).toString();
}

/** Whether event `i` mentions the bot, so that it must be answered. */
export const isMention = (i: number): boolean => EVENT_TEXTS[i % EVENT_TEXTS.length]!.startsWith('<@');

/** The ts of event `i` of a round: unique across rounds, so each is a message of its own. */
export function eventTs(round: number, i: number): string {
  return `17${round}0000000.${String(i).padStart(6, '0')}`;
}

/** Event `i` of a round: a mention or a message in #general, in its `event_callback` envelope. */
export function eventBody(round: number, i: number): string {
  const text = EVENT_TEXTS[i % EVENT_TEXTS.length]!;
  const ts = eventTs(round, i);
  const mention = isMention(i);
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T0CERTPATH',
    api_app_id: 'A0CERTPATH',
    event_id: `Ev${round}R${i}`,
    event_time: 1_700_000_000,
    event: {
      type: mention ? 'app_mention' : 'message',
      user: 'U0HUMAN',
      text,
      ts,
      event_ts: ts,
      channel: 'C0GENERAL',
      ...(mention ? {} : { channel_type: 'channel' }),
    },
  });
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** `0..n-1` shuffled deterministically, so commands and events arrive interleaved. */
export function interleaved(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7919) % n) - ((b * 7919) % n));
}

/** The garbage collector, without needing --expose-gc on the command line. */
export function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
