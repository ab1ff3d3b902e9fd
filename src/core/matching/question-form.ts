import { editDistance } from './edit-distance.js';
import { isEnglishWord } from './english-words.js';
import { STOP_WORDS } from './stop-words.js';
import { words } from './tokenize.js';

const INTERROGATIVE = new Set([
  'what',
  'whats',
  'which',
  'how',
  'hows',
  'why',
  'when',
  'where',
  'who',
  'whos',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'any',
  'anyone',
  'anybody',
  'has',
  'have',
  'was',
  'were',
  'isnt',
  'arent',
  'whom',
]);
/** Requests read as questions too: "tell me about…", "explain…", "help me pick…", "outline…", "walk me through…". */
const REQUEST = new Set([
  'tell',
  'explain',
  'describe',
  'show',
  'help',
  'compare',
  'list',
  'give',
  'recommend',
  'summarize',
  'summarise',
  'eli5',
  'outline',
  'define',
  'clarify',
  'contrast',
  'rank',
  'walk',
  'sum',
  'enumerate',
  'elaborate',
  'advise',
  'suggest',
  'break',
  'spell',
]);
/** An auxiliary before its subject asks: "*should i* do DVA next", "*am i* doing it backwards". */
const INVERTED = /\S\s+(should|can|could|would|do|does|am|will|shall)\s+(i|we)\s+\p{L}/iu;
const LEAD_IN = new Set([
  'so',
  'ok',
  'okay',
  'hey',
  'hi',
  'quick',
  'question',
  'q',
  'team',
  'folks',
  'all',
  'guys',
  'and',
  'but',
  'also',
  'btw',
  'um',
  'hmm',
  'well',
  'tbh',
  'ngl',
  'honestly',
  'imo',
  'pls',
  'please',
  'certpath',
  'actually',
  'then',
  'now',
  'real',
  'talk',
  'kindly',
  // Interjections before the question: "Ugh 😩 which is harder honestly."
  'ugh',
  'argh',
  'oof',
  'welp',
  'oh',
  'ah',
  'yo',
  'yeah',
  'alright',
]);

/** Prepositions a question may open with, before its question word ("*to* what extent", "*in* which way"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'on',
  'for',
  'at',
  'from',
  'by',
  'with',
  'of',
  'into',
  'under',
]);
/** The question words that follow such a preposition. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'what',
  'which',
  'whom',
  'whose',
  'how',
  'where',
  'when',
]);

/**
 * After a stop, comma or colon: it ends a sentence or clause only when no letter or digit follows at once — a
 * stop inside a word (".NET", "node.js", "2.5 years", "1,000 hours", "10:30") ends nothing. Shared by every
 * split into sentences or clauses here and in prepare-question.ts.
 */
export const NOT_IN_A_WORD = String.raw`(?![\p{L}\p{N}])`;
/** Clause ends; a line break is one too (a run-on's question starts on its own line once broken). */
const CLAUSES = new RegExp(String.raw`[;!…\n]|[,:.]${NOT_IN_A_WORD}|\s[-–—]\s`, 'u');
const AFTER_SENTENCES = new RegExp(String.raw`(?<=[?!\n]|\.${NOT_IN_A_WORD})`, 'u');

/**
 * A relative clause about someone just named, past the message's first word: "…for Sam, who passed both certs"
 * (not "Hey, who is the SAA for").
 */
const WHO_AFTER_A_NAME = /(?<=\S\s+\p{Lu}[\p{Ll}'’]+),\s*(?:who|whose|whom)\b[^,;.!]*/gu;

/**
 * A channel message asks something: a question mark, or a clause that opens like a question or a
 * request ("SA or DVA, what sets them apart", "tell me about the architect cert").
 */
export function looksLikeQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  // With no "?", "who" after a comma goes on about someone named before it: "cake in the kitchen for Sam, who
  // passed both AWS associate certs this quarter" asks nothing.
  return text
    .replace(WHO_AFTER_A_NAME, '')
    .split(CLAUSES)
    .some((clause) => {
      // "we're covering the exam topics" tells; without its apostrophe it would open with "were".
      const all = words(clause.replace(/\bwe['’]re\b/giu, 'we are'));
      const at = all.findIndex((word) => !LEAD_IN.has(word));
      const first = all[at];
      if (first !== undefined && (INTERROGATIVE.has(first) || REQUEST.has(first))) return true;
      // A question word after its preposition: "to what extent…", "in which way…", "for whom…"; not the
      // aside "for what it's worth".
      if (first !== undefined && PREPOSITIONS.has(first) && WH_WORDS.has(all[at + 1] ?? ''))
        return !(all[at + 2] ?? '').startsWith('it');
      // A question that lost its punctuation mid-clause: "just passed SAA last week 🎉 should i do DVA next".
      return INVERTED.test(clause);
    });
}

/**
 * A time of day: "at 4", "at 12:30", "3pm", "10:30 am" (not "at 98%", "at 2 years", "at 720").
 */
const CLOCK_TIME =
  /\bat\s+\d{1,2}(?::\d{2})?(?![\d.,%])(?!\s*(?:%|percent|years?|yrs?|months?|weeks?|days?|hours?|hrs?|k)\b)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;

/** Whether a message names a time of day: a meeting or an event ("is the study group still on at 4?"). */
export function namesATimeOfDay(text: string): boolean {
  return CLOCK_TIME.test(text);
}

/** The words an indirect question goes on with: "wondering *whether*…", "asked *which*…", "not sure *how*…". */
export const ASKED_WORDS = '(?:what|which|how|whether|if|why)';

/**
 * A question reported or wanted rather than asked: "HR wants to know which…", "need the ratings for…", "action
 * item: find out which cert goes deeper on networking", or the writer's not knowing ("…Not sure if associate is
 * really the middle tier", "no idea which…", "can't tell what…"; session 47: +2 top-1 on 50,621 eval lines,
 * nothing lost).
 */
const WANTS_TO_KNOW = new RegExp(
  String.raw`\b(?:know|wonder|wondering|ask|asks|asking|asked|need|needs|want|wants|looking for|(?:find|figure|work)\s+out|(?:sure|unsure|idea|tell)\s+${ASKED_WORDS})\b`,
  'i',
);

/**
 * Question words as they are often typed ("witch exam is mor deep", "wat jobs cn i get"): a message opening
 * with one asks, though looksLikeQuestion does not read it so (overheard, such a message is too rough to
 * answer, so it is not there).
 */
const TYPED_ASKING = new Set(['wich', 'witch', 'whch', 'wat', 'shud']);

/** Whether a message asks in any form: as a question, a question reported or wanted, or as typed. */
export function asksInAnyForm(text: string): boolean {
  if (looksLikeQuestion(text) || WANTS_TO_KNOW.test(text)) return true;
  // After its lead-in words: "quick q: witch exam is mor deep".
  const first = words(text).find((word) => !LEAD_IN.has(word));
  return first !== undefined && TYPED_ASKING.has(first);
}

/**
 * A question put to the people present about what they are doing or planning: "is anyone else doing the
 * SAA?", "who else is sitting it in May?", "anyone up for a DVA study session?", and how their own exam
 * went or is going ("how did your SAA go?", "did you pass the DVA?", "how's the DVA prep coming along?"), and
 * whether it went the same for them ("does anyone else blank on the SAA's long questions?", "how many of you
 * passed the DVA first time?", "how did you all find the SAA?"). Not "does anyone know which
 * is harder?" (what someone knows) nor "anyone done both? worth it?" (their experience, asked for the
 * question that follows).
 */
const ASKS_THE_ROOM = new RegExp(
  String.raw`^\W*(?:[^:?]{1,24}:\s+|[^:?—–]{1,40}\s[—–-]\s+)?(?:` +
    [
      // How their own exam went: "how did your SAA go?", "how was ur DVA?"
      String.raw`how\s+(?:did|was|were|is|are)\s+(?:your|ur)\b`,
      // Whether it went the same for them: "how many of you…", "how did you all find…", "does anyone else…"
      String.raw`how\s+many\s+of\s+(?:you|u|us|yall)\b`,
      String.raw`how\s+did\s+(?:you|u|yall|everyone|people)\s+(?:all\s+)?(?:find|like|feel\s+about|get\s+on\s+with)\b`,
      String.raw`(?:(?:does|did|do|has|have|is|was)\s+)?(?:anyone|anybody)\s+elses?\b`,
      // How it is going: "how's the DVA prep coming along?", "how's SAA going for you?", "…going, team?"
      String.raw`(?:hows|how\s+(?:is|are|was|were|did))\s+(?:\S+\s+){0,5}?(?:going|go|coming\s+along|treating\s+(?:you|u))(?:\s+(?:for\s+(?:you|u|ya|everyone|yall)|so\s+far))?(?:,?\s+(?!to\b)[a-z]+)?\W*$`,
      String.raw`(?:or\s+)?did\s+(?:you|u|yall)\s+(?:all\s+)?(?:pass|sit|take|finish|book|get|do|start|begin|skip)\b`,
      // Those among them who did something, called on to tell of it: "ppl who passed dva, did you actually use
      // the stuff at work after", "folks who sat both – would you do it again?"
      String.raw`(?:people|ppl|folks|those|anyone|everyone|yall|you)\s+(?:here\s+)?who\s+[^,?—–]{1,40}(?:,|\s[—–-])\s*(?:did|do|have|are|were|would)\s+(?:you|u|yall)\b`,
      // …or named as those the question is for, and asked what it was like: "question for people here who hold
      // both certifications: did the second one feel easier after the first?". Not a question asked of the
      // exams ("Q for ppl who did both: how much programming do you need for dva?"): that is the bot's too.
      String.raw`(?:(?:a\s+)?(?:quick\s+)?(?:question|q|qq|poll)\s+)?for\s+(?:people|ppl|folks|those|anyone|anybody|everyone)\s+(?:of\s+you\s+)?(?:here\s+)?(?:who|that)\s+[^:?—–]{1,60}(?::|\s[—–-])\s*(?:did|was|were|had)\s`,
      // Who among them holds or did something: "who here has the SAA?", "who else passed the DVA?"
      String.raw`(?:who|whos)\s+(?:here|else|around)\s+(?:has|have|holds|got|passed|failed|took|did|is|s)\b`,
      // Who has done it, already or ever: "who's done both?", "who's already got an associate cert?", "who
      // failed their first attempt?". Not "who has more coding?": a deed, not a possession.
      String.raw`(?:who|whos)\s+(?:has\s+|have\s+|s\s+)?(?:already\s+|actually\s+|ever\s+)?(?:done|got|gotten|passed|failed|taken|sat|cleared|finished|completed)\b`,
      // What they did, put back to them for confirmation: "so you passed the DVA, right?", "so it's confirmed you
      // passed the developer associate?", "so you got the pay bump after your cert?", "so Lucas went with the DVA?",
      // and their plan: "so that's SAA for you next quarter then?", "so it's still the SAA for you?".
      String.raw`so\s+(?:it['’]?s\s+confirmed\s+)?(?:you|u|(?!(?:i|we)\b)[\w-]+)\s+(?:(?:already|finally|actually)\s+)?(?:passed|got|switched|went\s+with|chose|picked|failed|sat|took|cleared)\b`,
      String.raw`so\s+(?:that['’]?s|it['’]?s|its)\s+(?:still\s+)?(?:\S+\s+){1,3}?for\s+(?:you|u|him|her|them)\b`,
      // What happened to them: "did anyone take the dev cert with no AWS job?", "did any of you sit both?"
      String.raw`did\s+(?:any(?:one|body)s?|any\s+of\s+(?:you|u|yall|us))\b`,
      // A group of theirs being formed: "anyone got a study group going for DVA-C02?"
      String.raw`any(?:one|body)\s+(?:got|have|has|running|starting|started|organi[sz]ing)\s+(?:a\s+)?(?:\S+\s+)?(?:group|club|cohort|session|channel|circle)\b`,
      // What it was like for them: "what was the coding part of the DVA like for you?", after a name too
      String.raw`(?:[\w-]+,\s+)?what\s+(?:was|were|is|s)\b[^?]{1,60}\blike\s+for\s+(?:you|u|ya|yall|you\s+all)\b`,
      // How it was for them, after they were asked: "…? how was that?", "how did it go for you?"
      String.raw`how\s+(?:was|is|did)\s+(?:that|it)(?:\s+go)?(?:\s+for\s+(?:you|u|yall|you\s+all))?\W*$`,
      // Whether it did something for them: "did the SAA actually help in your first design reviews?", "did
      // getting the DVA change anything for your career?"
      String.raw`did\s+(?:getting\s+|having\s+|passing\s+|doing\s+)?(?:the\s+|that\s+|your\s+|ur\s+)?[\w-]+\s+(?:cert\s+|exam\s+)?(?:actually\s+|really\s+|ever\s+)?(?:help|change|matter|pay\s+off)\b[^?]{0,30}\b(?:you|u|your|ur|yall)\b`,
      // Those among them who did it, asked what they did: "for those who did the DVA, how much lambda did you have going in?"
      String.raw`for\s+(?:those|anyone|people|everyone)\b[^?]{0,80}\b(?:did|had|were)\s+(?:you|u|yall)\b`,
      // What they did or feel: "anyone regret doing DVA before SAA?", "does anyone here regret…?"
      String.raw`(?:(?:does|did|has|have|do)\s+)?any(?:one|body)\s+(?:else\s+|here\s+)?(?:regret|regrets|regretted|tried|taken|took|passed|failed|went|used|found)\b`,
      // How it felt or went for them: "do you feel like SAA made you better at your job?", "how much did your
      // lead push you to get it?", "how long did you study for it?"
      String.raw`(?:do|did)\s+(?:you|u)\s+(?:guys\s+|all\s+)?(?:feel|find|regret|enjoy)\b`,
      String.raw`how\s+(?:much|long|many\s+\S+|often)\s+did\s+(?:you|your|u|ur|yall)\b`,
      // What each of them got or used: "what did everyone score on their SAA?", "what did you guys use to study?"
      String.raw`what\s+(?:did|do)\s+(?:every(?:one|body)|you\s+(?:all|guys)|yall|u\s+guys|people\s+here|folks\s+here)\s+(?:\S+\s+){0,2}?(?:score|scored|get|got|use|used|study\s+with|pay|paid)\b`,
      // Who among the workplace's people holds it, or how many do: "who on our team already has the SAA?", "how
      // many AWS-certified people do we have in the company?"
      String.raw`(?:who|whos)\s+(?:on|in|at|from)\s+(?:our|the|this|my|your)\s+(?:\S+\s+){0,2}?(?:already\s+|actually\s+)?(?:has|have|holds|got|is|s|did|passed)\b`,
      String.raw`how\s+many\s+(?:\S+\s+){0,3}?(?:do|did|does)\s+we\s+(?:have|got)\b`,
      // Who holds a role among them: "who's the hiring manager for the data architect opening?", "who is our
      // AWS contact?", "who's the person in security with the architect cert?"
      String.raw`(?:who|whos)\s+(?:is\s+|s\s+)?(?:the|our|their|your)\s+(?:\S+\s+){0,2}?(?:manager|lead|owner|contact|poc|dri|approver|recruiter|sponsor|on-?call|point\s+of\s+contact|person|guy|gal|colleague)\b`,
      // Whether they would join in: "whoever's doing the developer cert in May — want to pair on the practice labs?"
      String.raw`(?:(?:do\s+(?:you|u)|does\s+any(?:one|body)|any(?:one|body))\s+)?(?:want|wanna)\s+(?:to\s+)?(?:pair|study|team\s+up|buddy\s+up|join|meet|quiz|drill|swap|share|do\s+(?:it|this|them)\s+together)\b`,
      // Whether what they just told is normal: "I keep dreaming about security groups. is this normal during
      // architect exam prep"
      String.raw`is\s+(?:this|that)\s+(?:normal|common|usual)\b`,
      // Who would join something: "who'd be up for a lunch-and-learn on the DVA?"
      String.raw`(?:whod|who\s+would|who\s+wants\s+to)\s+(?:be\s+)?(?:up\s+for|interested|keen|down|like\s+to|want\s+to|join|come|run|host)\b`,
      // Who belongs to a group of theirs: "who else is in the SAA study group?", "who's on the DVA prep rota?"
      String.raw`(?:who|whos)\s+(?:else\s+)?(?:is\s+|s\s+)?(?:in|on)\s+(?:the|our|this|that|my|your)\s+(?:\S+\s+){0,3}?(?:group|club|cohort|rota|team|session|class|circle|batch|call|list|pod|squad|bootcamp|course)\b`,
      // What they are doing or planning: "is anyone else doing the SAA?", "who's in for…", "anyone joining…",
      // "anyone from the platform team want to pair-study for DVA?"
      String.raw`(?:(?:is|are|has|have|was|were)\s+)?(?:anyone|anybody|any of you|who|whos)\s+(?:else\s+)?(?:here\s+)?(?:(?:on|from|in)\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|squad|group|org)\s+)?(?:is\s+|s\s+)?(?:doing|taking|sitting|studying|prepping|preparing|going|planning|signed|booked|want|wants|up for|in for|in on|joining|coming|interested|keen|stuck|struggling)\b`,
    ].join('|') +
    ')',
  'i',
);

/** A question told as the writer's wondering: "I'm wondering if…", "wondering whether…". */
const WONDERS = /\b(?:wondering|wonder)\s+(?:if|whether|what|which|how|why)\b/i;

/** A modal with no one doing it: "could study together", "can pair up", "would be fun". */
const PROPOSES =
  /^\W*(?:could|can|would|should|might)\s+(?!(?:i|you|u|we|they|someone|anyone|somebody|anybody|it|he|she|one|the|this|that|these|those)\b)/i;

/**
 * Whether every sentence that asks is a question put to the people present about themselves ("is anyone
 * else doing the SAA? maybe we can pair up"): overheard, that is for them, not for the bot.
 */
export function asksOnlyTheRoom(text: string): boolean {
  const opening = text
    .split(AFTER_SENTENCES)
    .map((sentence) => sentence.trim())
    // "…I'm wondering if having both makes you more well rounded" asks too, without its question mark.
    .filter((sentence) => looksLikeQuestion(sentence) || WONDERS.test(sentence));
  // Beside a question, a modal without its subject and without a question mark proposes, it does not ask
  // ("is anyone planning to do SAA this summer? could study together").
  const proposes = (sentence: string) => !sentence.endsWith('?') && PROPOSES.test(sentence);
  const asking = opening.some((sentence) => !proposes(sentence))
    ? opening.filter((sentence) => !proposes(sentence))
    : opening;
  return asking.length > 0 && asking.every((sentence) => ASKS_THE_ROOM.test(sentence.replace(/[’']/g, '')));
}

/**
 * The workspace spoken of: the bot, not spoken to ("the bot says the architect cert pays more", "I asked the
 * bot which cert to pick and it said architect", "who wrote the architect vs developer bot?", "certpath said…"), or a channel
 * or thread ("which channel do people use for the DVA study group?", "this thread about SAA vs DVA is 200
 * replies deep"). Not the bot addressed ("hey bot, …", "bot, which…", "settle it bot").
 */
/** Documents spoken of (see SPEAKS_OF_THE_WORKSPACE). */
const SPOKEN_DOCS = '(?:doc|docs|sheet|sheets|spreadsheet|tracker|wiki|page)';

const SPEAKS_OF_THE_WORKSPACE = new RegExp(
  [
    // The bot by its name, spoken of: "certpath said DVA is more coding-heavy", "certpath's skills matrix…".
    String.raw`\bcertpath(?:['’]s|\s+(?:said|says|told|thinks|reckons|claims|answered|replied|rated|gave|recommended|suggested|showed|posted))\b`,
    // …and asked by someone else: "Tomás asked certpath which cert to do and it said SAA".
    String.raw`\b(?:asked|asks)\s+(?:the\s+)?certpath\b`,
    // …or as "it", in a story of what it answered: "Marta asked it which cert to do first and it gave…", "I
    // compared its developer cert answer with ChatGPT's".
    String.raw`\basked\s+it\s+(?:which|what|how|whether|if|about)\b|\bits\s+(?:[\p{L}-]+\s+){0,3}?(?:answer|answers|reply|replies|recommendation)\b`,
    // …or what is done with it: "could we get certpath to post a weekly tip?", "can someone add certpath to #learning".
    String.raw`\b(?:get|got|add|added|invite|invited|have|make|let|install|installed|use|using|used|test|tested|trust|teach|taught|train|maintains?|built|build|wrote|mute|muted|remove|removed|kick|kicked|disable|disabled|uninstall|uninstalled)\s+(?:the\s+)?@?certpath\b`,
    String.raw`\b(?:the|this|that|our|your|a)\s+(?:[\p{L}-]+\s+){0,3}bot(?:['’]?s)?\b|\bbot['’]s\b`,
    String.raw`\b(?:which|what|a|an|separate|new|this|that|the|our|#[\p{L}\d-]+)\s+(?:#?[\p{L}\d-]+\s+){0,2}(?:slack\s+)?(?:channel|thread)s?\b`,
    // A document spoken of, as what it says or what someone does to it: "did the onboarding doc always say to
    // start with the architect cert?", "can we merge the two study plan sheets?", "who maintains the cert
    // tracker?". Not one an answer is for ("updating our career ladder doc: which titles map to the SAA?").
    String.raw`\b(?:the|this|that|our|my|your)\s+(?:[\p{L}'’\d-]+\s+){0,3}?${SPOKEN_DOCS}\s+(?:always\s+|still\s+|now\s+|ever\s+|even\s+)?(?:say|says|said|mention|mentions|mentioned|needs|lists|links)\b`,
    String.raw`\b(?:merge|maintain|maintains|owns|update|updated|edit|edited|fix|fixed|pin|pinned|archive|archived|bookmark|bookmarked)\s+(?:the|this|that|our|my|your)\s+(?:[\p{L}'’\d-]+\s+){0,4}?${SPOKEN_DOCS}\b`,
    // A channel by its name: "#aws-certs is getting noisy", "is #cert-study archived?", as typed or as Slack
    // sends it ("<#C123|aws-certs>"). Not where others talk: "folks in #backend are asking what the DVA is".
    String.raw`(?<!\b(?:in|from|on|at)\s+)(?:(?<=^|[\s(])#[\p{L}\d][\p{L}\d_-]*|<#C[A-Z0-9]+(?:\|[^>]*)?>)`,
  ].join('|'),
  'iu',
);

/** A meeting's agenda proposed: "retro idea: what helped and what didn't for those who passed SAA". */
const PROPOSES_AN_AGENDA =
  /^\W*(?:retro|standup|talk|session|meeting|lunch[-\s]and[-\s]learn|brown[-\s]bag|workshop|guild|demo|offsite|kickoff|sprint)\s+(?:idea|ideas|topic|topics|suggestion|suggestions|agenda|item)\s*:/i;

/** Whether a message opens by proposing a meeting's agenda (see PROPOSES_AN_AGENDA): what follows is for the meeting. */
export function proposesAnAgenda(text: string): boolean {
  return PROPOSES_AN_AGENDA.test(text);
}

/** The bot waved off: "not asking the bot, asking you Sara: …", "(not for certpath)". */
const NOT_THE_BOT = /\bnot\s+(?:asking|for|to|at)\s+(?:the\s+|you\s+)?(?:bot|certpath)\b/i;

/** Whether a message waves the bot off (see NOT_THE_BOT): whatever it asks, it asks someone else. */
export function wavesOffTheBot(text: string): boolean {
  return NOT_THE_BOT.test(text);
}

/** Whether a message speaks of the bot, a channel or a thread (see SPEAKS_OF_THE_WORKSPACE). */
export function speaksOfTheWorkspace(text: string): boolean {
  // "can someone (or the bot) sum up…" asks the bot as one of those present.
  return SPEAKS_OF_THE_WORKSPACE.test(text.replace(/\([^)]*\)|\bor\s+the\s+bot\b/giu, ''));
}

/**
 * A thing people keep asked for, to be found, shared or owned: "can someone pin the SAA vs DVA comparison
 * doc?", "where's the wiki page comparing the two certs?", "who maintains the cert page?". The people
 * present hold it; the bot does not.
 */
const ASKS_FOR_A_DOCUMENT =
  /\b(?:where(?:['’]?s|\s+is|\s+are|\s+can\s+i\s+find|\s+do\s+i\s+find)|pin|share|send|post|link\s+to|(?:does\s+)?any(?:one|body)\s+have|who\s+(?:owns|maintains|wrote|made|updated|has))\b[^.?!]{0,40}?\b(?:doc|docs|document|page|wiki|slides?|deck|recording|spreadsheet|sheet|cheatsheet|notes|link|confluence|notion|pdf|templates?|checklists?|runbook|playbook|write-?up)\b/i;

/** Whether a message asks the people present for a document, a page or a link (see ASKS_FOR_A_DOCUMENT). */
export function asksForADocument(text: string): boolean {
  return ASKS_FOR_A_DOCUMENT.test(text);
}

/**
 * A question someone asked and the answer the writer gave: "recruiter asked if I had the SAA, I said no". The
 * asking is over; what the message asks, if anything, comes after the answer ("…, I said scenarios. is that
 * right?").
 */
const ASKED_AND_ANSWERED =
  /\b(?:asked|asking)\s+(?:me\s+|us\s+)?(?:if|whether|what|which|how|why|who|where|when)\b[^?]*?\b(?:i|we)\s+(?:said|told\s+\w+|answered|replied)\b/i;

/** Whether a message tells of a question asked and answered, and asks nothing after the answer. */
export function tellsAnAnsweredQuestion(text: string): boolean {
  const told = ASKED_AND_ANSWERED.exec(text);
  return told !== null && !text.includes('?') && !looksLikeQuestion(text.slice(told.index + told[0].length));
}

/**
 * A favour asked of whoever is present: "can someone add me to the study channel?", "anyone around who's
 * passed DVA and can look over my study plan?". A person does it, not the bot; explaining is not among them
 * ("can someone explain SAA vs DVA?" is for the bot too).
 */
const FAVOURS = String.raw`(?:add|invite|look\s+(?:over|at\s+my|through\s+my)|review\s+my|send\s+me|lend|pair|mentor|proofread|go\s+over\s+my|cover|swap|dm|ping|vouch|refer)`;
const ASKS_A_FAVOUR = new RegExp(
  String.raw`\b(?:can|could|would|will)\s+(?:some|any)(?:one|body)\s+(?:please\s+)?${FAVOURS}\b|\b(?:some|any)(?:one|body)\b[^?.!]{0,50}?\b(?:and\s+)?(?:can|could|would|willing\s+to|able\s+to|happy\s+to)\s+${FAVOURS}\b`,
  'i',
);

/** Whether a message asks whoever is present for a favour (see ASKS_A_FAVOUR). */
export function asksAFavour(text: string): boolean {
  return ASKS_A_FAVOUR.test(text);
}

/**
 * A get-together arranged among the people present: who brings or orders the food ("who's bringing pizza for
 * the dev associate prep session"), or a meeting moved to another time ("can we push the SAA study group to
 * 6?"). They do it, not the bot.
 */
/** A day of the week: "thursday", "monday" (see DAY_NAMED, WHEN_MOVED). */
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const GATHERING = String.raw`(?:study\s+group|session|meetup|meet-up|call|sync|stand-?up|meeting|class|workshop|lunch|brown\s*bag)`;
const WHEN_MOVED = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?![\d.,%\p{L}])|(?:next\s+)?${WEEKDAY}|tomorrow|tonight|next\s+week)`;
const ARRANGES_A_GATHERING = new RegExp(
  String.raw`\bwho(?:['’]?s|\s+is)\s+(?:bringing|ordering|grabbing|buying|catering)\b|\b(?:push|mov|bump|shift|reschedul|postpon)(?:e|ed|es|ing)?\s+(?:[\p{L}\d'’-]+\s+){0,5}?${GATHERING}\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:to|till|until)\s+${WHEN_MOVED}`,
  'iu',
);

/** Whether a message arranges a get-together of the people present (see ARRANGES_A_GATHERING). */
export function arrangesAGathering(text: string): boolean {
  return ARRANGES_A_GATHERING.test(text);
}

/**
 * A vote asked of the people present, by reaction: "react with ✅ if…", "vote with emoji", "🅰️ for architect,
 * 🇩 for dev", ":one: = SAA", or options numbered in keycaps ("hardest DVA topic? 1️⃣ IAM 2️⃣ DynamoDB"). Whatever it
 * asks, they answer it, not the bot. A "quick poll:" alone asks as anyone asks ("quick poll: which is harder?").
 */
const ASKS_FOR_A_VOTE =
  /\b(?:react|vote)\s+(?:with|w\/)|(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|:[a-z_+-][a-z0-9_+-]*:)\uFE0F?\s*(?:=|for|if)\s+\p{L}|[0-9]\uFE0F?\u20E3.+?[0-9]\uFE0F?\u20E3/iu;

/** Whether a message asks the people present to vote by reaction (see ASKS_FOR_A_VOTE). */
export function asksForAVote(text: string): boolean {
  return ASKS_FOR_A_VOTE.test(text);
}

/** A rhetorical "who needs…": "who needs the developer associate when you have stack overflow?". */
const WHO_NEEDS =
  /^\W*who\s+(?:even\s+|really\s+|actually\s+)?needs\s+[^?]{1,60}?\b(?:when|if|with)\s+(?:you|u|we|there['’]?s|theres)\b/i;

/**
 * A question that wants no answer, only company: "can you believe sam passed both in a month?", "remember
 * when we thought the SAA would be easy?", "is it just me or is the DVA channel dead?", "is it weird that I liked the
 * exam?", a complaint ("why are all the mock exams about VPCs?"), "…, who knew?", "if I can
 * do it with three 1:1s a day, so can you", or one said to be rhetorical.
 */
const WANTS_NO_ANSWER =
  /\brhetorical(?:ly)?\b|^\W*(?:(?:can|could)\s+(?:you|u|anyone|any\s+of\s+you)\s+(?:even\s+)?believe|(?:do\s+(?:you|u)\s+)?remember\s+when|is\s+it\s+(?:just|only)\s+me\b|is\s+it\s+(?:(?:kinda|kind\s+of|a\s+bit|so)\s+)?(?:weird|odd|strange|funny|silly)\s+that\s+(?:i|i['’]m|my)\b|am\s+i\s+the\s+only\s+one\b|why\s+(?:is|are|does|do)\s+(?:every|all)\b|who\s+(?:would\s+(?:have|'ve)|would've|could\s+(?:have|'ve))\s+thought)\b|\b(?:or\s+is\s+it\s+(?:just|only)\s+me|who\s+knew|so\s+can\s+(?:you|u|yall|you\s+all|anyone|everyone))\W*$/i;

/** Whether a message asks "who needs X when …?", or a question that wants no answer (WANTS_NO_ANSWER). */
export function asksRhetorically(text: string): boolean {
  return WHO_NEEDS.test(text) || WANTS_NO_ANSWER.test(text);
}

/**
 * Cheers for someone: "congrats on the DVA, Marta! what's next for you?", "good luck with the SAA tomorrow", "big
 * round of applause for Sam who passed both…", "hats off to…".
 */
const CHEERS =
  /^\W*(?:(?:huge|big|massive|mad|major)\s+)?(?:congrats|congratulations|well\s+done|good\s+luck|best\s+of\s+luck|kudos|shout-?out|fingers\s+crossed|(?:a\s+)?(?:round\s+of\s+)?applause|hats\s+off|three\s+cheers|props|bravo|hooray)\b/i;

/** Whether a message opens by cheering someone on (see CHEERS): it is for them, whatever it asks next. */
export function cheersSomeone(text: string): boolean {
  return CHEERS.test(text);
}

/** Words for the people present: "team, …", "hey all, …". */
const ROOM_WORDS = [
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'guys',
  'gang',
  'people',
  'crew',
  'friends',
  'peeps',
  'yall',
  "y'all",
  'there',
  'squad',
  'devs',
  'engineers',
  'mates',
  'fam',
];
/** Words that open a message to the room or to the bot, not to one person. */
const THE_ROOM = new Set([...ROOM_WORDS, 'bot', 'certpath']);
/**
 * A name said first, after an optional greeting ("Lina, …", "hey Sam - …"; the greeting captured, "thanks" or
 * "ok" not: "Thanks Sam" names no one surely), or right before a question word or an auxiliary ("Lina how's…",
 * "Anita did you…"), or last (", Kai?").
 */
const NAME_FIRST =
  /^\W*(?:(?:([Hh]ey|[Hh]i|[Hh]iya|[Hh]ello|[Yy]o|[Mm]orning)|[Tt]hanks|[Oo][Kk]|[Oo]kay|[Oo]h)\s+)?([A-Z][a-z]{1,15})(?:\s*(,)|\s([-–—])\s|\s+(?=(?:how(?:['’]?s)?|what(?:['’]?s)?|do|did|can|could|would|will|have|are|were|when|where|which|who|why)\s))/;
const NAME_LAST = /,\s*([A-Z][a-z]{1,15})\s*[?!.]*\s*$/;
/**
 * A request or question put to "you" ("can you…", "did you…", "which did you…", "how long did you…"), said
 * right after a name and its comma.
 */
const ASKS_YOU =
  /^\s*(?:(?:which|what|how|when|where|why)(?:\s+[\p{L}'’]+){0,3}?\s+)?(?:can|could|would|will|do|did|have|are|were)\s+you\b/iu;
/** A question word next: "Dana *which* did you…" (a typo of a question word is followed by its verb instead). */
const WH_NEXT = /^\s*(?:how|what|which|who|when|where|why)\b/i;
/** Words that open a sentence with a comma and are no one's name: "So, do you…", "Honestly, can you…". */
const OPENING_WORDS = new Set(
  'so ok okay please well honestly seriously quick quickly also sorry anyway anyways btw actually basically now then wait right alright yes no yeah nope hmm um really genuinely question'.split(
    ' ',
  ),
);

/**
 * Whether a message speaks to a person by name: "Lina, how's the DVA prep going?", "did you take the
 * developer one, Kai?". Overheard, that is for them, as an @-mention is. A name is a capitalised word that
 * is neither ordinary English nor known to the guide (`knows`); after a greeting ("Hey Sam, …") any
 * capitalised word but the room's ("Hey Team, …") or the bot's is one. Without a comma or a dash after it,
 * a word the corrector reads as a typo is none ("Exlpain what DVA-C02 validates").
 */
export function speaksToSomeoneByName(
  text: string,
  knows: (word: string) => boolean,
  correct: (word: string) => string = (word) => word,
): boolean {
  const isName = (word: string, greeted: boolean) => {
    const lower = word.toLowerCase();
    if (namesTheRoomOrTheBot(lower) || knows(lower)) return false;
    return greeted || !isEnglishWord(lower);
  };
  const first = NAME_FIRST.exec(text);
  const marked = first !== null && (first[3] !== undefined || first[4] !== undefined);
  // A capitalised word, a comma and "can you…" asks that one person, even when the name is also a word
  // ("Ben, can you…", "Mark, did you…"); not a word that only opens the sentence ("So, do you…").
  // So does one right before a question word that goes on to "you" ("Jordan which one did you take first?").
  const askedByName =
    first !== null &&
    (first[3] !== undefined || first[4] === undefined) &&
    !OPENING_WORDS.has(first[2]!.toLowerCase()) &&
    ASKS_YOU.test(text.slice(first.index + first[0].length));
  if (
    first &&
    (marked ||
      (askedByName && WH_NEXT.test(text.slice(first.index + first[0].length))) ||
      correct(first[2]!.toLowerCase()) === first[2]!.toLowerCase()) &&
    isName(first[2]!, first[1] !== undefined || askedByName)
  )
    return true;
  const last = NAME_LAST.exec(text);
  if (last !== null && isName(last[1]!, false)) return true;
  return namedInLowerCase(text, knows, correct);
}

/**
 * A word opening a message in lower case, as Slack is often typed, and the comma or dash that marks it off
 * (group 2; none when a space alone follows): "lina, how's the DVA prep going?", "dana — are you…".
 */
const LOWER_NAME_FIRST = /^\W*([a-z]{2,15})(?:\s*(,|\s[-–—])|(?=\s))\s*/;
/** "you" in any form anywhere after the name: "sam, honestly, was it worth it for you?". */
const SPEAKS_TO_YOU = /\b(?:you|your|youre|u)\b/i;

/**
 * A name typed in lower case first: a word neither the room's, the bot's, the guide's, a stop word nor slang
 * ("tldr, …"). Marked off by a comma or a dash, a word no English word nor typo is a name before a question
 * word or a question to "you" ("lina, how's the DVA prep going?", "priya, did you…"); an English word or one
 * the corrector reads as a typo of another only before a question put to "you" ("mike, did you find the SAA
 * questions wordy?", "dana — are you still doing both?"). With a space alone after it, only a question to "you"
 * marks it ("anita did you take the dev cert…").
 */
function namedInLowerCase(
  text: string,
  knows: (word: string) => boolean,
  correct: (word: string) => string,
): boolean {
  const first = LOWER_NAME_FIRST.exec(text);
  if (!first) return false;
  const word = first[1]!;
  if (namesTheRoomOrTheBot(word) || OPENING_WORDS.has(word) || STOP_WORDS.has(word) || knows(word))
    return false;
  const rest = text.slice(first[0].length);
  if (correct(word) !== word || isEnglishWord(word)) return first[2] !== undefined && ASKS_YOU.test(rest);
  if (first[2] === undefined) return ASKS_YOU.test(rest) || (WH_NEXT.test(rest) && SPEAKS_TO_YOU.test(rest));
  return WH_NEXT.test(rest) || ASKS_YOU.test(rest) || SPEAKS_TO_YOU.test(rest);
}

/** A word (lower case) that names the room ("team", "folks") or a bot ("certbot"), never one person. */
function namesTheRoomOrTheBot(word: string): boolean {
  return THE_ROOM.has(word) || word.includes('bot');
}

/** A day named: "thursday", "tomorrow", "tonight" — a meeting, an event or a plan. */
const DAY_NAMED = new RegExp(String.raw`\b${WEEKDAY}s?\b|\btomorrow(?:['’]?s)?\b|\btonight\b`, 'i');

/** Whether a message names a day ("study group thursday, we're covering the developer exam topics"). */
export function namesADay(text: string): boolean {
  return DAY_NAMED.test(text);
}

/**
 * A message that opens with its writer: "I'm doing…", "we passed…", and the writer in a joke's set-up ("me after the
 * DVA: …", "not me booking the exam for a Monday") ("my manager wants to know…" reports a question).
 */
const TELLS_OF_ITSELF = /^\W*(?:i|i'm|im|i am|i've|ive|i'll|we|we're|we've|me|not me)\b/i;

/** Whether a message opens with its writer ("i'm taking the developer exam first, settled"). */
export function opensWithItsWriter(text: string): boolean {
  return TELLS_OF_ITSELF.test(text);
}

/**
 * A message that tells of something done or set ("passed!!! developer associate ✅", "SAA booked for the
 * 12th"): news, not a bare topic asked about.
 */
const TELLS_NEWS =
  /\b(?:passed|failed|booked|scheduled|rescheduled|finished|cleared|nailed|smashed|aced|completed|done|earned|registered)\b/i;

/**
 * How the writer feels, told: "first cert ever, Cloud Practitioner, feeling good", "so relieved the SAA is
 * over". A mood shared, not a bare topic asked about. Not "feel" ("which associate exam will feel more
 * natural to our sysadmins" asks), nor the worry that comes with a question ("nervous about the coding on DVA").
 */
const TELLS_A_FEELING = /\b(?:feeling|stoked|relieved|thrilled|gutted|proud|pumped|hyped)\b/i;

/** A laugh: "lol", "haha", "lmao", 😂 (not inside a word: "lolcat"). */
const LAUGH = String.raw`(?:(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+)(?![\p{L}])|😂|🤣)`;
/** A laugh opening a message. */
const LAUGHS = new RegExp(String.raw`^\W*${LAUGH}`, 'iu');

/**
 * Whether a message opens with a laugh: said without a question, it is a reaction or a joke ("lol the DVA
 * again"). A laugh at the end is no such sign ("saa vs dva whats the actual difference lol").
 */
export function laughs(text: string): boolean {
  return LAUGHS.test(text);
}

/** A word that asks, anywhere: "dva-c02 what is it", "wants to know if DVA would be rough for him". */
const ASKING_WORD = /(?:^|[^\p{L}])(?:what|whats|which|how|why|who|when|where|whether|if)(?![\p{L}])/iu;

/** Words that stand for something said before: "it", "them", "itself". */
const BACK_REFERENCES =
  /(?:^|[^\p{L}'’])(?:it|its|itself|them|themselves|they|he|him|she|her)(?![\p{L}'’])/iu;

/**
 * Whether a message speaks of something said before it ("naming them SAA and DVA", "the architect cert paying
 * for itself", "pinned it"): a reply in a thread, not a topic asked about. Only a sign for a message that asks
 * nothing, and not with a word that asks in it ("dva-c02 what is it").
 */
export function pointsBackToTheThread(text: string): boolean {
  return BACK_REFERENCES.test(text) && !ASKING_WORD.test(text);
}

/** A laugh anywhere in a message: "certs lol, whatever". */
const LAUGH_ANYWHERE = new RegExp(String.raw`(?:^|[^\p{L}])${LAUGH}`, 'iu');

/**
 * Whether a message laughs anywhere in it. Only a sign for a bare topic ("certs lol, whatever"): a question or a
 * pick may laugh too ("saa vs dva whats the actual difference lol").
 */
export function laughsAnywhere(text: string): boolean {
  return LAUGH_ANYWHERE.test(text);
}

/**
 * What opens a message before it says anything: a greeting to the room ("hi team, ", "hey all - ", "morning
 * folks! ", "hey, "), a lead-in of a few words before a colon ("quick q: ", "poll: ", "random thought: "), or the
 * bot's name typed ("@certpath who on our team has the SAA?" asks the room as much without it). What may come
 * before a lead-in's words ("[\s:?]*") shares no character with them: a 40 kB message of symbols without a
 * space would otherwise be tried at every split between the two (seconds per message).
 */
const OPENING = new RegExp(
  String.raw`^(?:\s*@certpath\b[,!.]?|\W*(?:hi|hey|hello|hiya|yo|morning|good\s+morning|afternoon)\b(?:\s+(?:${ROOM_WORDS.join('|')}))?\s*(?:[,!:.]+|\s[-–—])|[\s:?]*[^\s:?]+(?:\s+[^\s:?]+){0,2}:)\s+`,
  'i',
);

/** The message after what opens it (see OPENING), when it goes on; else the message. */
export function withoutOpening(text: string): string {
  let rest = text;
  for (
    let opening = OPENING.exec(rest);
    opening && rest.slice(opening[0].length).trim();
    opening = OPENING.exec(rest)
  )
    rest = rest.slice(opening[0].length);
  return rest;
}

/**
 * A verb that states: "the DVA *is* mostly DynamoDB", "our new hire *has* every cert", also folded into its
 * subject ("*he's* the best architect on the team", "*that's* harder than the actual exam", not "that's all"
 * after a question), or tells what someone did or said: "my manager *put* the
 * architect cert in my growth plan".
 */
const STATES =
  /\b(?:is|are|was|were|has|have|had|isnt|arent|put|added|said|told|hes|shes|theyre|theres|thats(?! (?:all|it)\b))\b/;
/** A word that asks, anywhere in a message without its "?" ("salary wise is there any difference…"). */
const ASKS_SOMEWHERE =
  /\b(?:what|wat|whats|which|how|hows|why|who|whether|where|when|if|(?:is|are|was|were) (?:there|it|they))\b/;

/**
 * Whether a message that does not read as a question states something: a verb that states and no word
 * that asks ("every AWS exam question is just 'pick the managed service'", "our new architect hire has
 * every AWS cert"). That is a claim or an opinion, not a bare topic ("SAA vs DVA salary comparison").
 * Words are read as `correct` spells them, so "wheer is each exam more in-depth" still asks.
 */
export function statesAClaim(text: string, correct: (word: string) => string = (word) => word): boolean {
  const spelled = spelledAs(text, correct);
  return STATES.test(spelled) && !asksPastItsRelatives(spelled);
}

/**
 * A claim made of a choice, its verb after the choice's words and no word that asks: "architect vs developer is
 * a false dichotomy", "the best architects I know were devs for years". Not "salary wise is SAA better than
 * DVA", which asks with its verb first.
 */
export function claimsOfAChoice(text: string, correct: (word: string) => string = (word) => word): boolean {
  const spelled = spelledAs(text, correct);
  if (asksPastItsRelatives(spelled)) return false;
  const choice = /\b(?:vs|versus|or|best|better)\b/.exec(spelled);
  const verb = CLAIMS.exec(spelled);
  return choice !== null && verb !== null && verb.index > choice.index;
}

/** A verb that states, or tells what became of something: "the SAA vs DVA debate *got* heated". */
const CLAIMS = new RegExp(`${STATES.source}|\\b(?:got|gets|went|goes|turned|became|keeps|kept)\\b`);

/** "who" after a person it tells of ("written by someone *who* has never been on call"): it asks nothing. */
const RELATIVE_WHO =
  /\b(?:someone|somebody|anyone|anybody|everyone|everybody|people|person|folks|those|guy|guys|devs|developers|architects|engineers|candidates)\s+who\b/g;

/** "where" after the verb that says what something is ("the professional ones are *where* the pain is"): it asks nothing. */
const RELATIVE_WHERE = /\b(?:is|are|was|were|thats|its|heres|theres)\s+where\b/g;

/**
 * Whether spelled-out words have a word that asks (ASKS_SOMEWHERE), a "who" that tells of a person, a "where"
 * that tells of a place and a "what" that tells what was expected set aside.
 */
function asksPastItsRelatives(spelled: string): boolean {
  return ASKS_SOMEWHERE.test(
    spelled.replace(RELATIVE_WHO, ' ').replace(RELATIVE_WHERE, ' ').replace(WHAT_WAS_EXPECTED, ' '),
  );
}

/**
 * "what" naming what someone expected or said ("the difficulty was pretty much *what I expected*", "not what we
 * were told"; the words are read without one-letter words, so "what I expected" is "what expected"): it asks
 * nothing.
 */
const WHAT_WAS_EXPECTED =
  /\bwhat\s+(?:(?:we|you|u|they|everyone|everybody|people|most|he|she)\s+)?(?:(?:was|were|had)\s+)?(?:expected|expect|thought|imagined|predicted|figured|heard|said|hoped|feared|assumed|told)\b/g;

/** The message's words as `correct` spells them, for patterns that read words ("wheer" asks as "where"). */
function spelledAs(text: string, correct: (word: string) => string): string {
  return words(text).map(correct).join(' ');
}

/**
 * The writer speaking of themselves anywhere: "I", "me", "myself", and "my" but not before the people or the
 * place they work with ("my team", "my manager", "my devs" speak of others).
 */
const SPEAKS_OF_ITSELF =
  /\b(?:i|i['’]?m|im|i['’]?ve|ive|i['’]?d|me|myself|my(?!\s+(?:team|teams|company|org|manager|boss|lead|colleagues?|coworkers?|reports|direct|devs|engineers|people|folks|juniors?|hires?)\b))\b/i;

/** "should" asked, before whom it asks of: "should I…", "should our devs…", "which one should we…". */
const SHOULD_ASKED =
  /\bshould\s+(?:i|we|you|u|they|he|she|it|our|my|your|their|the|a|an|all|everyone|everybody|someone|somebody|[\p{L}]+s)\b/iu;

/**
 * Whether a message asks for the recommender: a pick, "should…" asked (see SHOULD_ASKED), or the writer's own
 * background (see SPEAKS_OF_ITSELF). Without any of these, a background is someone else's and a topic is
 * asked ("how much coding is on the SAA? our sysadmins are nervous about it").
 */
export function asksForTheRecommender(text: string, picks: boolean): boolean {
  return picks || SHOULD_ASKED.test(text) || SPEAKS_OF_ITSELF.test(text);
}

/** Whether a text opens as `opener` says and has no word that asks anywhere (see ASKS_SOMEWHERE). */
function opensAndAsksNothing(opener: RegExp, text: string, correct: (word: string) => string): boolean {
  return opener.test(text) && !ASKS_SOMEWHERE.test(spelledAs(text, correct));
}

/** What opens an opinion: "in my experience…", "imo…", "hot take:", "i think…", "honestly…". */
const OPINION_OPENER =
  /^\W*(?:in\s+my\s+(?:experience|opinion|view)|imo|imho|personally|i\s+(?:think|feel|reckon|believe|guess)|tbh|honestly|hot\s+take|unpopular\s+opinion)\b/i;

/**
 * Whether a message that does not read as a question opens as an opinion and has no word that asks ("in my
 * experience the cloud dev vs cloud architect pay gap is smaller than people say"): the sides set against
 * each other there are the writer's view, not a pick asked.
 */
export function givesAnOpinion(text: string, correct: (word: string) => string = (word) => word): boolean {
  return opensAndAsksNothing(OPINION_OPENER, text, correct);
}

/** What opens the writer's own plan: "i'll probably…", "I'm going to…", "planning to…", "gonna…". */
const PLAN_OPENER =
  /^\W*(?:i['’]?ll|ill|i\s+will|i['’]?m\s+(?:probably\s+|prob\s+)?(?:going\s+to|gonna|planning)|i\s+plan|planning\s+to|probably|prob|gonna)\b/i;

/**
 * Whether a message that does not read as a question opens with the writer's plan and has no word that asks
 * ("i'll probably do SAA then DVA, or maybe just SAA, haven't decided yet"): the sides there are what the
 * writer means to do, not a pick asked.
 */
export function statesAPlan(text: string, correct: (word: string) => string = (word) => word): boolean {
  return opensAndAsksNothing(PLAN_OPENER, text, correct);
}

/** An opinion signed off as one: "…, but that's just me", "just my two cents", "ymmv", "…, fwiw". */
const OPINION_CLOSER =
  /\b(?:that['’]?s\s+just\s+me|just\s+my\s+(?:two|2)\s+cents|my\s+(?:two|2)\s+cents|ymmv|fwiw|for\s+what\s+it['’]?s\s+worth|imo|imho|just\s+saying)\W*$/i;

/** A request relayed: "my manager asked me to explain…", "wants us to outline…". */
export const REQUEST_RELAYED =
  /\b(?:asked|asks|wants?|wanted)\s+(?:me|us)\s+to\s+(?:explain|describe|summari[sz]e|outline|list|compare|lay\s+out|break\s+down)\b/i;

/**
 * A question reported ("my manager asked what skills I should work on", "HR wants to know how the SAA
 * differs"): the sentence asks, whatever it ends with (prepare-question.ts), and no sign-off makes it a view.
 */
export const REPORTED_QUESTION = new RegExp(
  String.raw`\b(?:asked|asks|asking|wants\s+to\s+know|wanted\s+to\s+know|wondering)\s+(?:me\s+|us\s+)?${ASKED_WORDS}\b|${REQUEST_RELAYED.source}`,
  'i',
);

/**
 * Whether a message with no "?" signs itself off as an opinion (see OPINION_CLOSER): the writer's view. Not
 * one that tells a question asked: "manager asked me which is harder… I'm a Java dev fwiw".
 */
export function signsOffAnOpinion(text: string): boolean {
  return !text.includes('?') && OPINION_CLOSER.test(text) && !REPORTED_QUESTION.test(text);
}

/**
 * A riddle the writer answers at once: "what's harder than the AWS architect exam? getting the VPN to connect
 * on a Monday". A comparison asked of something the writer names, then told.
 */
const ASKED_AND_TOLD =
  /^\W*what(?:['’]?s|\s+is)\s+(?:\p{L}+er|more\s+\p{L}+|worse|better)\s+than\b[^?]*\?([^?]+)$/iu;

/** Whether a message asks a comparison and answers it itself (see ASKED_AND_TOLD). */
export function answersItsOwnRiddle(text: string): boolean {
  const told = ASKED_AND_TOLD.exec(text)?.[1];
  return told !== undefined && words(told).length >= 2 && !asksInAnyForm(told);
}

/**
 * A message left open by its writer ("my manager wants me to do both SAA and DVA this year. we'll see about
 * that 😅", "dva done ✅ saa next? we'll see"): musing aloud, whatever it asked itself on the way.
 */
const LEFT_OPEN =
  /\b(?:(?:guess\s+)?(?:we|i)(?:['’]?ll|\s+will)\s+see(?:\s+about\s+that)?|time\s+will\s+tell)\W*$/i;

/** Whether a message ends leaving it open (see LEFT_OPEN). */
export function leavesItOpen(text: string): boolean {
  return LEFT_OPEN.test(text);
}

/**
 * What something did to the writer, told: "studying for the SAA *made me* a better on-call engineer", "the DVA
 * *taught me* more about IAM than three years of work". A story, not a pick asked, whatever "better" it has.
 */
const RECOUNTS = /\b(?:made|got|gave|taught|helped|turned|left)\s+me\b/;

/** Whether a message recounts what something did to its writer and has no word that asks (see RECOUNTS). */
export function recountsToItsWriter(
  text: string,
  correct: (word: string) => string = (word) => word,
): boolean {
  const spelled = spelledAs(text, correct);
  return RECOUNTS.test(spelled) && !ASKS_SOMEWHERE.test(spelled);
}

/**
 * What someone else did, told: "candidate listed like 6 AWS certs on the CV but couldn't explain a VPC", "she
 * said the DVA was mostly Lambda". A story about another person, not a topic asked.
 */
const RECOUNTS_OF_SOMEONE =
  /\b(?:candidate|applicant|he|she|they|someone|somebody|colleague|coworker|co-worker|teammate|intern)\s+(?:\p{L}+ed|couldn['’]?t|didn['’]?t|wasn['’]?t|was|had|got|did|said|told)\b/iu;

/**
 * What an exam sat did, told: "the architect exam loved multi-AZ scenarios", "my DVA exam had tons of DynamoDB
 * questions", "that test was brutal". A story of one sitting, not a topic asked. Not the words that say what an
 * exam is ("the architect exam compared to the developer one", "…exam focused on design", "does the exam need"),
 * which end in "-ed" too.
 */
const RECOUNTS_OF_AN_EXAM =
  /\b(?:the|that|my|this|today['’]?s|yesterday['’]?s)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:exam|test)\s+(?:(?:really|totally|just|basically|honestly)\s+)?(?:(?!(?:ne|compar|requir|bas|focus|aim|gear|design|suit|relat|consider|rat|rank|weight|us|call|nam|structur|list|schedul|book|pric|intend)ed\b)\p{L}{2,}ed|was|had|threw|felt|hit|kept|went|took|gave|made)\b/iu;

/** Whether a message tells what someone else, or an exam sat, did and has no word that asks (see RECOUNTS_OF_SOMEONE). */
export function recountsOfSomeone(text: string, correct: (word: string) => string = (word) => word): boolean {
  const spelled = spelledAs(text, correct);
  return (
    (RECOUNTS_OF_SOMEONE.test(spelled) || RECOUNTS_OF_AN_EXAM.test(spelled)) && !ASKS_SOMEWHERE.test(spelled)
  );
}

/** Whether a message tells of something done or set (see TELLS_NEWS), or how its writer feels (TELLS_A_FEELING). */
export function tellsNews(text: string): boolean {
  return TELLS_NEWS.test(text) || TELLS_A_FEELING.test(text);
}

/**
 * Words the checks that a message is for the people present look for (asksOnlyTheRoom, cheersSomeone,
 * tellsAnAnsweredQuestion and their kin; decide-reply.ts): whom it asks ("anyone", "someone"), cheers and thanks,
 * and a question told as asked.
 */
const FORM_WORDS: readonly string[] = [
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'congrats',
  'congratulations',
  'asked',
  'asking',
  'thanks',
];

/**
 * The message with each word of five letters or more that is no English word and one typo (a letter
 * dropped, added, swapped or replaced) from one of FORM_WORDS written as that word: "anoyne" → "anyone",
 * "cmngrats" → "congrats".
 */
export function withFormWordsMended(text: string): string {
  return text.replace(/[\p{L}]{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (isEnglishWord(lower)) return word;
    return FORM_WORDS.find((form) => editDistance(lower, form, 1) <= 1) ?? word;
  });
}

/**
 * Words that ask how two things differ: "what's the difference", "how do they differ", "compare". Not
 * analyze-question's CONTRAST, whose "vs" only names two things ("architect vs dev? I hate coding…" asks the
 * coding; measured in session 26, it moved one answer each way).
 */
const ASKS_THE_DIFFERENCE =
  /\b(?:difference|differences|diff|differ|differs|distinction|distinguishes|compare|comparison|separates|sets\s+(?:them\s+)?apart)\b/i;

/** Whether a text asks how two things differ (see ASKS_THE_DIFFERENCE). */
export function asksTheDifference(text: string): boolean {
  return ASKS_THE_DIFFERENCE.test(text);
}

/**
 * The two likened to a pair of other things, one each: "one of them is the blueprint and the other the bricks",
 * "one designs the kitchen, the other cooks in it", "one's the plans, the other's the walls". Up to 80 characters
 * from "one" to "the other", within a sentence.
 */
const ONE_AND_THE_OTHER =
  /(?<![\p{L}'’])one(?:\s+of\s+(?:them|these|those|the\s+two)|\s+(?:cert|certs|certification|badge|exam|credential|track|side)|['’]s)?(?![\p{L}])[^.?!]{1,80}?(?:[,;—–]|\s-\s|\s(?:and|while|whereas|but)\s)\s*(?:the\s+)?other(?![\p{L}])/iu;

/** Whether a text likens two things to a pair of others, one each (see ONE_AND_THE_OTHER). */
export function likensOneAndTheOther(text: string): boolean {
  return ONE_AND_THE_OTHER.test(text);
}

/**
 * A claim that the two are one and the same, or one only the other with more of something: "one exam under two
 * names, really", "the same certification with another badge", "the DVA is just the SAA plus extra serverless", "a
 * subset of the SAA".
 */
const SAME_CLAIMED =
  /(?<![\p{L}])(?:the\s+same\s+(?:exam|test|cert|certs|certification|credential|badge)s?|just\s+the\s+(?:architect|dev|developer|design|builder|sa|saa|dva|other)\s+(?:one|cert|exam)\s+(?:with|plus)|(?:a\s+)?subset\s+of)(?![\p{L}])/iu;
/** And the words that ask whether such a claim is right: "true?", "are they?", "is he right", "agree?". */
const SAMENESS_CHECKED =
  /(?:right|true|correct|accurate|fair|legit)\s*\?|(?:^|[.!?]\s*)(?:are|is)\s+(?:they|it|he|she|that|this)(?:\s+(?:right|true|correct))?\s*\??\s*$|(?<![\p{L}])(?:agree|push\s*back|or\s+not|is\s+(?:he|she|that|this|it)\s+(?:right|true|correct))(?![\p{L}])/iu;

/** Whether a text claims the two are the same, or one the other with more, and asks if that holds. */
export function claimsTheyAreTheSame(text: string): boolean {
  return SAME_CLAIMED.test(text) && SAMENESS_CHECKED.test(text);
}

/**
 * Words that ask whether a summary of the two holds: "is that fair?", "does that hold up?", "close enough or way
 * off?", "am I oversimplifying?", "which is which?"; or that ask for it in the plainest terms, "ELI5".
 */
const SUMMARY_CHECKED =
  /(?<![\p{L}])(?:fair|hold(?:s|ing)?\s+(?:up|water)|close\s+enough|way\s+off|off\s+base|oversimplif\p{L}*|(?:too\s+)?simplistic|which\s+is\s+which|eli5)(?![\p{L}])/iu;
/** And, after a likeness, the words that ask whether it is right: "…, right?", "is that the gist?", "accurate?". */
const LIKENESS_CHECKED = /(?<![\p{L}])(?:gist|accurate|(?:right|true|correct)\s*\?)(?![\p{L}])/iu;

/**
 * Whether a text asks whether a summary of the two holds (see SUMMARY_CHECKED), or, `likened`, whether its
 * likeness is right (and LIKENESS_CHECKED).
 */
export function checksASummary(text: string, likened: boolean): boolean {
  return SUMMARY_CHECKED.test(text) || (likened && LIKENESS_CHECKED.test(text));
}

/**
 * A word of a name: no mark that ends a clause, and at most 40 characters, so that a pasted run with no space
 * costs a pattern starting at each of its characters only that much.
 */
const NAME_WORD = String.raw`[^\s,.;:?!()—–]{1,40}`;
/** A name of up to six words. */
const NAMED = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,5}?`;
/** The word before a difference, part of it: "the *salary* difference between…". */
const WORD_BEFORE = String.raw`(?:\b[\p{L}'’-]{1,40}\s+)?`;
/** The two said as a pair: "them", "the two (certs)", "these two", "both of them". */
const PAIR = String.raw`(?:them|(?:the|these|those)\s+two|the\s+pair|both(?:\s+of\s+them)?)\b`;
/** "and", "&", "vs", "versus", "or" between the two. */
const AND = String.raw`\s+(?:and|&|vs\.?|versus|or)\s+`;
/** A difference named: "the difference / distinction / contrast / split". */
const DIFFERENCE = String.raw`\b(?:difference|differences|diff|distinction|distinctions|contrast|split)`;
/** How two things differ, said after them: "how A and B *differ*". */
const DIFFER = String.raw`(?:differ|compare|contrast)\b`;
/** What sets one apart: "what *separates* A from B". */
const SEPARATES = String.raw`\bwhat\s+(?:separates|distinguishes|sets\s+apart|differentiates)\s+`;

/**
 * Where a message asks how two things differ, from the first word of that ask to the end of its clause:
 * "the difference between SAA and DVA", "how the SA associate and the dev associate differ", "what separates
 * the SAA from the DVA", "how the architect cert differs from the dev cert".
 */
const DIFFERENCE_ASKED = [
  String.raw`${WORD_BEFORE}${DIFFERENCE}\s+(?:between|of)\s+${NAMED}${AND}${NAMED}`,
  String.raw`${NAMED}\s+(?:vs\.?|versus)\s+${NAMED}\s+${DIFFERENCE}\b`,
  String.raw`\bhow\s+${NAMED}${AND}${NAMED}\s+${DIFFER}`,
  String.raw`\bhow\s+${NAMED}\s+(?:differs?|is\s+different|compares|contrasts)\s+(?:from|to|with)\s+${NAMED}`,
  String.raw`${SEPARATES}${NAMED}\s+from\s+${NAMED}`,
  // The two said with a word for the pair: "the distinction between them", "how they differ", "what separates
  // those two".
  String.raw`${WORD_BEFORE}${DIFFERENCE}\s+(?:between|of)\s+${PAIR}`,
  String.raw`\bhow\s+(?:do\s+)?(?:they|${PAIR})\s+${DIFFER}`,
  `${SEPARATES}${PAIR}`,
].map((pattern) => new RegExp(pattern, 'iu'));

/** A pick asked in words: "which…", "should I take / get / go for…". */
const PICK_ASKED = /\bwhich\b|\bshould\s+[\p{L}]+\s+(?:get|take|pick|choose|do|go|start|aim)\b/iu;

/** A mark that ends a clause. */
const CLAUSE_MARK = /[,.;:?!()—–\n]|\s-\s/u;

/**
 * Words that say how much detail the asker wants of a difference ("the big-picture difference", "at a high
 * level"), not what it is in: a strategy's "big picture" is the career path's word.
 */
const HOW_MUCH_DETAIL = /\b(?:big[- ]picture|(?:at\s+a\s+)?high[- ]level|overall|fundamental(?:ly)?)\b/giu;

/**
 * The clause of a message that asks how two things differ, from that ask on (see DIFFERENCE_ASKED), without
 * the words that only say how much detail is wanted (HOW_MUCH_DETAIL).
 */
export function differenceAsked(text: string): string | undefined {
  const said = text.replace(HOW_MUCH_DETAIL, ' ').replace(/[^\S\n]+/gu, ' ');
  for (const pattern of DIFFERENCE_ASKED) {
    const found = pattern.exec(said);
    if (!found) continue;
    const rest = said.slice(found.index + found[0].length);
    // How they differ in something said elsewhere ("…how the two compare on those?") is that something's.
    if (/^\s+(?:on|in|at|for|regarding|about)\s+(?:those|these|that|this|it)\b/iu.test(rest))
      return undefined;
    const end = rest.search(CLAUSE_MARK);
    // A pick asked besides is still a pick ("how do they compare, and which should a DBA pick?").
    const besides = `${said.slice(0, found.index)} ${rest}`;
    if (PICK_ASKED.test(besides)) return undefined;
    // A topic said before, in the same sentence, with "-wise" is what they differ in: "salary wise, is there
    // any difference between…".
    const before =
      said
        .slice(0, found.index)
        .split(/[.;?!\n]/u)
        .at(-1) ?? '';
    const respect = /\b(?!(?:other|like|clock)wise)[\p{L}]+[- ]?wise\b/iu.exec(before)?.[0] ?? '';
    return `${respect} ${found[0]}${end < 0 ? rest : rest.slice(0, end)}`.trim();
  }
  return undefined;
}
