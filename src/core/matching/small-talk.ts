import { type CommandText, parseCommand } from './command-text.js';
import { words } from './tokenize.js';

/** Messages that are not questions about the guide but still deserve a reply when addressed to the bot. */
export type SmallTalk = 'greeting' | 'thanks' | 'acknowledgement' | 'about' | CommandText['kind'];

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
/** Praise of the answer itself ("that was helpful", "super useful, exactly what I needed"): thanks too. */
const ANSWER_PRAISE: ReadonlySet<string> = new Set(['helpful', 'useful', 'informative']);
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
  // "thanks, that fixed it!", "thanks, did the trick", "ty, that answers it"
  'fixed',
  'worked',
  'works',
  'sorted',
  'solved',
  'answers',
  'answered',
  'did',
  'trick',
  // "thanks bot, that was helpful", "thx, super useful, exactly what I needed"
  ...ANSWER_PRAISE,
  'was',
  'is',
  'clear',
  'super',
  'exactly',
  'what',
  'needed',
  'perfect',
  'brilliant',
]);
/** A message that only checks the bot is there ("test", "testing 1 2 3", "ping"): greeted back, not matched. */
const TESTING: ReadonlySet<string> = new Set(['test', 'testing', 'ping']);
const NO_WORDS: ReadonlySet<string> = new Set();
/** What may follow a test ("testing 1 2 3", "test one two"). */
const COUNTING: ReadonlySet<string> = new Set(['one', 'two', 'three', '1', '2', '3', '123']);
/**
 * Acknowledgements and reactions ("ok", "got it", "lol"): said to the bot in a DM, they deserve a
 * short friendly word back, never "the guide doesn't cover 'ok'".
 */
const ACKNOWLEDGEMENT: ReadonlySet<string> = new Set(
  `ok okay okey kk lol lmao rofl haha hah hehe ha cool nice neat sure alright fine yep yup yes yeah no
  nope nah np hmm hm ah oh wow interesting gotcha noted understood perfect sweet right true fair makes
  sense enough got it see great awesome good brb omg xd same ditto agreed agree seconded exactly indeed facts
  this`.split(/\s+/),
);

/** A vote of agreement: "+1", "big +1 to this", "+1000". */
const PLUS_ONE = /^\W*(?:big\s+|huge\s+)?\+\s?1\d*(?:\s+(?:to|on|for)?\s*(?:this|that|it))?\W*$/iu;

/**
 * Questions about the bot itself, not the guide: who made it, what it is, where its answers come from and
 * how current they are ("who built you?", "are you ChatGPT?", "what are your answers based on?").
 */
const ABOUT_THE_BOT = [
  /\bwho\s+(?:made|built|created|wrote|programmed|trained|owns|maintains|runs)\s+you\b/,
  /\bare\s+you\s+(?:a\s+|an\s+)?(?:bot|robot|ai|human|person|real|chatgpt|chat\s+gpt|gpt|llm|machine)\b/,
  /\bwhat\s+are\s+you(?:\s+exactly)?\s*$/,
  /\b(?:where|what|how)\b.*\byour\s+(?:answers|answer|data|sources|source|information|info|knowledge)\b/,
  /\byour\s+(?:answers|data|sources|information|info|knowledge)\b.*\b(?:from|based|current|date|old|updated)\b/,
];

/** Classifies a whole message as small talk, or undefined when it should be matched against the guides. */
export function smallTalk(text: string): SmallTalk | undefined {
  const list = words(text);
  const command = parseCommand(text, list);
  if (command) return command.kind;
  const plain = list.join(' ');
  /** Some word of `set`, and every word of it, of FILLER or of `also`. */
  const only = (set: ReadonlySet<string>, also: ReadonlySet<string> = NO_WORDS) =>
    list.some((word) => set.has(word)) &&
    list.every((word) => set.has(word) || FILLER.has(word) || also.has(word));
  if (
    only(THANKS) ||
    only(ANSWER_PRAISE) ||
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
  if (only(TESTING, COUNTING)) return 'greeting';
  if (
    list.some((word) => word === 'you' || word === 'your') &&
    ABOUT_THE_BOT.some((pattern) => pattern.test(plain))
  )
    return 'about';
  if (PLUS_ONE.test(text)) return 'acknowledgement';
  if (list.length <= 4 && list.every((word) => ACKNOWLEDGEMENT.has(word))) return 'acknowledgement';
  return undefined;
}
