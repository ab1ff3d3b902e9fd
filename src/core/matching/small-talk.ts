import { words } from './tokenize.js';

/** Messages that are not questions about the guide but still deserve a reply when addressed to the bot. */
export type SmallTalk = 'greeting' | 'thanks' | 'help' | 'topics';

const GREETING = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'yo',
  'morning',
  'afternoon',
  'evening',
  'greetings',
  'sup',
  // Farewells get the same short friendly reply.
  'night',
  'bye',
  'goodbye',
  'cya',
]);
const THANKS = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'cheers',
  'appreciated',
  'appreciate',
  'tysm',
  'thankyou',
  'kudos',
]);
/** Praise ("nice work everyone", "great job") is answered like thanks: warmly, briefly, without a section. */
const PRAISE = /^(nice|great|good|awesome|amazing|excellent|fantastic)\s+(work|job|stuff|one)\b|^well done\b/;
/** Words that may surround a greeting or thanks without making it a question. */
const FILLER = new Set([
  'good',
  'there',
  'team',
  'all',
  'everyone',
  'folks',
  'guys',
  'yall',
  'you',
  'so',
  'much',
  'very',
  'lot',
  'lots',
  'a',
  'great',
  'awesome',
  'again',
  'bot',
  'certpath',
  'buddy',
  'friend',
  'mate',
  'that',
  'this',
  'helps',
  'helped',
  'it',
  'for',
  'the',
  'help',
  'many',
  'nice',
  'ok',
  'okay',
  'oh',
  'wow',
  'hugely',
  'really',
  'whats',
  'up',
  'day',
]);
const HELP = [/^(help|usage|\?+|what can you do|how does this work|how do i use (this|you)|commands?)$/];
const TOPICS = [
  /^(topics?|menu|toc|contents|table of contents|list( topics)?|(show|list)( me)?( all)?( the)? topics)$/,
];

/** Classifies a whole message as small talk, or undefined when it should be matched against the guides. */
export function smallTalk(text: string): SmallTalk | undefined {
  const list = words(text);
  const plain = list.join(' ');
  if (plain === '' || HELP.some((pattern) => pattern.test(plain))) return 'help';
  if (TOPICS.some((pattern) => pattern.test(plain))) return 'topics';
  const only = (set: ReadonlySet<string>) =>
    list.some((word) => set.has(word)) && list.every((word) => set.has(word) || FILLER.has(word));
  if (
    only(THANKS) ||
    (PRAISE.test(plain) &&
      list.every(
        (word) =>
          FILLER.has(word) ||
          ['work', 'job', 'stuff', 'one', 'well', 'done', 'excellent', 'amazing', 'fantastic'].includes(word),
      ))
  ) {
    return 'thanks';
  }
  if (only(GREETING)) return 'greeting';
  return undefined;
}
