import type { Criterion, UncoveredTopic } from '../guide.js';
import { isEnglishWord } from './english-words.js';
import { PLACEHOLDERS, whBefore } from './guide-cues.js';
import {
  type GuideIndex,
  namesATopic,
  sidePhraseAt,
  type UncoveredPhrase,
  type VocabularyPhrase,
} from './guide-index.js';
import { OTHER_JOB_NOUNS, SIDE_JOB_NOUNS } from './job-nouns.js';
import { asksWhichLanguage } from './languages-asked.js';
import { asksHowItDiffers, type PreparedQuestion } from './prepare-question.js';
import { STOP_WORDS } from './stop-words.js';
import { stem } from './tokenize.js';
import { TUNING } from './tuning.js';
import { indexOf, isIntroduced, occursNear, SENTENCE_BREAK } from './word-sequences.js';

/** Kinds of software test, before "test": "integration tests", "load test", "unit tests" (as stems). */
const SOFTWARE_TEST_KINDS: ReadonlySet<string> = new Set(
  'integration unit load smoke regression performance penetration pen stress e2e canary snapshot contract automated flaky'
    .split(' ')
    .map(stem),
);

/**
 * How plainly a message is about the certifications: `named` — an exam code or nickname ("SAA",
 * "DVA-C02"), a credential word with a side or the brand ("developer cert", "AWS exam"), the brand's own
 * words together ("AWS associate"), a side with the last word of its name ("developer associate"), or both sides
 * set against each other ("architect vs developer"); `implied` — a credential word alone ("which cert is
 * harder"), a side's name, which in ordinary work talk is a job title ("any devs around?"), a contrast
 * word, or a route pointed at as one of a pair ("each of these two tracks"); `none` — nothing of these.
 */
export type Subject = 'named' | 'implied' | 'none';

/** A question as one guide sees it: its topic terms, the phrases between them, and who the asker says they are. */
export interface AnalyzedQuestion {
  prepared: PreparedQuestion;
  /** Content terms (stems), vocabulary words replaced by their canonical term. */
  terms: string[];
  /**
   * The canonical terms of the guide's vocabulary in the words that ask ("which exam is *easier*"), not
   * where the asker describes themselves ("I'm on the team running *pipelines*").
   */
  askedVocabulary: string[];
  /** The canonical terms of the guide's vocabulary where the asker describes themselves ("I hate *coding*"). */
  describedVocabulary: ReadonlySet<string>;
  /** Terms found only in sentences around the question, not in it: they weigh less (TUNING.words.context). */
  context: ReadonlySet<string>;
  /** The asker describes themselves, then asks something that is not a pick. */
  asksWithoutPick: boolean;
  bigrams: string[];
  /** Recommender statements or roles the asker described themselves with. */
  criteria: Criterion[];
  /** Roles named as the asker's ("for a sysadmin", "as a DevOps engineer", "backend eng here"). */
  introducedRoles: Criterion[];
  /** Topics the guide does not cover whose keywords the question uses ("exam price"). */
  uncovered: UncoveredTopic[];
  /**
   * Its pick is a "which" naming a thing the guide never speaks of, and the pick words after it pick among
   * the same: "which laptop is best for a developer?" (see picksUnknownThings).
   */
  picksOther: boolean;
  /** The question uses this guide's words (a side, an exam code, a general term). */
  anchored: boolean;
  /** How plainly the question is about the certifications themselves (see `Subject`). */
  subject: Subject;
  /** It implies them only by a pronoun for the pair ("either of these", "both?") or by their level's word. */
  impliedLoosely: boolean;
  /** It uses a credential word ("cert", "exam", "qualification"), not only the sides' names. */
  namesCredential: boolean;
  /** It names a side's route: a route word with a side's name ("the architect path", "the design track"). */
  namesRoute: boolean;
  /** It names a side as one of the two: "the dev one", "the architect one". */
  namesOneOfThem: boolean;
  /** It points at the pair or at each of it: "each test", "both associates", "these two", "either one". */
  speaksOfThePair: boolean;
  /** How many of the question's topic words the guide never uses. */
  unknownWords: number;
  /**
   * The same, as a channel judges an overheard message: the words of the sentences that ask, and half of
   * those only around them ("…ratings per skill area for both certs? Mapping them onto our internal levels.").
   */
  overheardUnknownWords: number;
  /** The question asks for a pick, in words or by naming both sides as alternatives ("architect or developer?"). */
  choiceCue: boolean;
  /** Both sides are named, set against each other or asked to pick between ("SAA or DVA?", "architect vs dev"). */
  setsSidesAgainst: boolean;
  /** An "or" or a "vs" stands between the sides' names ("SAA or DVA", not "…or am I oversimplifying it"). */
  alternatesSides: boolean;
  /** An "or" and no "vs" stands between the sides' names: the two offered to pick from ("saa or dva?"). */
  offersSides: boolean;
  /**
   * One side said to be "just" or "basically" the other ("is DVA just SAA with more code?", "DVA = SAA for
   * coders?"): a question about how the two really differ.
   */
  equatesSides: boolean;
  /** The sentences that ask speak of "the other one" ("I get the DVA. what is the other one?"). */
  asksOfTheOther: boolean;
  /**
   * The sides someone is said to hold ("my manager holds the SAA — what does the DVA prove?"), when another side
   * is asked about or "the other one" is spoken of (see heldSides); and a side only listed when the question
   * points at the other by its place ("SAA and DVA: what does the second one prove?", see sidesByOrder).
   */
  heldSides: ReadonlySet<string>;
  /**
   * The words that ask weigh the two on a topic of the guide's: "more" or "less" before it ("which one
   * needs *more coding*?"). A pick asked that way asks about that topic, not for a recommendation.
   */
  weighsATopic: boolean;
  /** The topics the asking words weigh, "more" or "less" before or after them ("which *pays more*?"). */
  weighed: ReadonlySet<string>;
  /** The weighed terms that are said of the thing asked about (see predicatedAt): "what makes the DVA *tough*". */
  predicated: ReadonlySet<string>;
  /**
   * The things a section's title asks for, named right after the question's "what" or "which" ("*what skills*
   * should I start learning for the architect path?"): see GuideIndex.thingsAsked.
   */
  thingsAsked: ReadonlySet<string>;
  /**
   * Per word of the prepared question: it is in the reason given for what is said of the thing asked about ("is
   * C03 rough *because of all the VPC work*?"): told, not asked (see reasonsGiven).
   */
  reason: readonly boolean[];
}

/** Words asking whether something suits someone: "is the SAA *ok* for someone who…", "*doable* for a…". */
const SUITS: ReadonlySet<string> = new Set(
  'ok okay fine good suitable doable realistic possible manageable viable feasible survivable'.split(' '),
);

/** Expands the guide's vocabulary and finds its persona cues and uncovered topics in a prepared question. */
export function analyzeQuestion(index: GuideIndex, prepared: PreparedQuestion): AnalyzedQuestion {
  const { stop, selfClause } = prepared;
  const expanded = expandVocabulary(index, prepared);
  const { consumed, found, side, topicPhrases, termAt, partsSaid } = expanded;
  // "landscape architect": one term of its own, which the guide never uses.
  // "developer advocate": one term of its own too, the job it names.
  const stemmed = prepared.stemmed.map((term, i) =>
    expanded.roles[i]
      ? `${prepared.stemmed[i - 1]}-${term}`
      : expanded.modifiers[i]
        ? `${term}-${prepared.stemmed[i + 1]}`
        : routeOfThePair(index, prepared, i)
          ? CERTIFICATION
          : (expanded.titles[i] ?? term),
  );
  // When the words that ask ask something other than a pick ("I'm a sysadmin… how much coding is on the
  // developer exam?"), the clauses where the asker describes themselves are asides too: persona cues,
  // not the topic. Side names stay: "I passed SAA, …" still says which certification is meant.
  // Unless what asks names only a side and what it needs ("zero coding background - how much does SAA
  // need?", "bash is as far as my programming goes. will the architect cert need more than that?"): what it
  // needs is what the asker said of themselves.
  // (Worked out only for a message with such a clause: this runs for every guide.)
  const asksWhatItNeeds = () =>
    prepared.raw.some((word, i) => !selfClause[i] && NEEDS.has(word)) &&
    !stemmed.some((term, i) => !selfClause[i] && !stop[i] && !side[i] && !index.generalTerms.has(term));
  const asksWithoutPick =
    selfClause.some(Boolean) &&
    !prepared.askingPick &&
    !prepared.alternatives &&
    stemmed.some((_, i) => !selfClause[i] && !stop[i]) &&
    !asksWhatItNeeds();
  const asides = prepared.aside.map((a, i) => a || (asksWithoutPick && selfClause[i]! && !side[i]));
  // A message that is all aside and asks no pick ("If you had to sum up SAA-C03 vs DVA-C02 in two
  // sentences, what would you say?") speaks to the reader, not of the asker: its words are the question.
  const allAside = !prepared.pickCue && stemmed.every((_, i) => stop[i] || asides[i]);
  // Nor does one that asks only whether one of the two suits such a person ("is the architect cert ok for someone
  // who doesn't code at all?"): what suits is the question, its topic what the person is said to lack or have.
  const asksIfItSuits =
    !prepared.pickCue &&
    asides.some(Boolean) &&
    prepared.raw.some((word, i) => !asides[i] && SUITS.has(word)) &&
    stemmed.every(
      (term, i) =>
        stop[i] || asides[i] || side[i] || index.generalTerms.has(term) || SUITS.has(prepared.raw[i]!),
    );
  const aside = allAside || asksIfItSuits ? asides.map(() => false) : asides;
  // Words about the asker ("for someone who codes all day") are persona cues, not the question's topic.
  const meaningful = stemmed.filter((_, i) => !stop[i] && !aside[i]);
  const content = stemmed.filter((_, i) => !consumed[i] && !stop[i] && !aside[i]);
  const canonical = found.filter(({ at }) => !aside[at]).map(({ term }) => term);
  const asked = found.filter(({ at }) => !aside[at] && !selfClause[at]).map(({ term }) => term);
  // A side named only in words read as about the message (a lead-in: "Before I commit to the SAA, what is it
  // actually certifying?") is still the one asked about, when nothing else names a side. Measured (session 40)
  // over 39,691 eval lines: +4 top-1, +4 right channel answers, none lost.
  const namesASide = (term: string) => index.sideTerms.has(term);
  // (Looked for only in a message with such words: this runs for every guide.)
  const leadSides =
    !prepared.aboutTheMessage.includes(true) || content.some(namesASide) || canonical.some(namesASide)
      ? []
      : prepared.stemmed.flatMap((term, i) => {
          if (!prepared.aboutTheMessage[i]) return [];
          if (namesASide(term)) return [term];
          // Or by a name of the vocabulary ("the SAA", "dev cert").
          const phrase = sidePhraseAt(index, prepared.stemmed, i);
          return phrase ? [phrase] : [];
        });
  // Terms only found outside the sentences that ask are context: they count for less.
  // So are the words where the asker describes themselves, when other words ask about a topic ("I'm a
  // network engineer, which one pays better?" asks about pay; "I care about income, SAA or DVA?" does not).
  const { inQuestion } = prepared;
  const topicAt = (i: number, term: string) => !stop[i] && namesATopic(index, term);
  const othersAsk =
    stemmed.some((term, i) => inQuestion[i] && !selfClause[i] && !consumed[i] && topicAt(i, term)) ||
    found.some(({ at, term }) => inQuestion[at] && !selfClause[at] && topicAt(at, term));
  const asks = (i: number) => inQuestion[i]! && !(othersAsk && selfClause[i]);
  const held = heldSides(index, prepared, { side, found, termAt }, asks);
  const addsTheOther = addsTheOtherSide(index, prepared, held, { stemmed, consumed, found, asks });
  // Adding the other, a pick's words ("should I go for the dev one too?") pick whether to add it: the term for
  // holding both stands for them.
  const adding = (list: string[]) =>
    addsTheOther ? [...list.filter((term) => term !== PICK_TERM), BOTH_TERM] : list;
  const terms = [...new Set(adding([...content, ...canonical, ...leadSides]))];
  // The reason given for what is said of it ("is DVA-C02 rough *due to the queues*?") is told, not
  // asked: its topics are context, unless they name the two or the guide itself.
  const reason = reasonsGiven(prepared, found, (at, term) => asks(at) && topicAt(at, term));
  const askedAt = (i: number, term: string) =>
    asks(i) && (!reason[i] || index.sideTerms.has(term) || index.generalTerms.has(term));
  const asking = new Set([
    ...stemmed.filter((term, i) => askedAt(i, term) && !consumed[i]),
    ...adding(found.filter(({ at, term }) => askedAt(at, term)).map(({ term }) => term)),
    ...sidePointedBackAt(index, prepared, side, found),
  ]);
  const context = new Set(terms.filter((term) => !asking.has(term)));
  const weighed = (i: number, term: string) =>
    asks(i) && topicAt(i, term) && MORE_OR_LESS.has(prepared.raw[i - 1] ?? '');
  // Only a topic of the guide's vocabulary: "more sensible", "more useful" weigh the pick itself.
  const weighsATopic = found.some(({ at, term }) => weighed(at, term));
  const weighedTerms = new Set(
    found
      .filter(
        ({ at, term }) =>
          asks(at) &&
          topicAt(at, term) &&
          !prepared.raw.slice(at, at + 3).some((word) => IDIOMS_OF_MORE.has(word)) &&
          (COMPARED.has(prepared.raw[at - 1] ?? '') || COMPARED.has(prepared.raw[at + 1] ?? '')),
      )
      .map(({ term }) => term),
  );
  // What is said of the certification, with the thing it is said of beside it: "is C03 *rough* because of all
  // the VPC work?", "what makes the DVA *tough*", "the *trickiest* bit of C03": the word said of it is what is
  // asked, the rest only names the part (see predicatedAt). Measured (session 69) over 87,046 eval lines, with the
  // reason read as told (reasonsGiven) and left out of the classifier's words: +20 top-1, +2 top-3, +55 right and 9 wrong
  // channel answers fewer; lost: 1 top-1 ("does starting with one make the other easier?" is read as difficulty;
  // since session 70 a "makes" after an order taken is not read so, see madeByTheOrder), 1 top-1 and 2 right
  // channel answers where a "because" follows a verb at a sentence's start or a level's word.
  // The thing a quality is said of: a side's name, a word of the guide's own, or a function word.
  const thing = (k: number) => stop[k]! || side[k]! || index.generalTerms.has(stemmed[k]!);
  const predicated = new Set<string>();
  for (const { at, term } of found)
    if (asks(at) && topicAt(at, term) && predicatedAt(prepared, at, partsSaid, thing)) {
      weighedTerms.add(term);
      predicated.add(term);
    }
  const thingsAsked = new Set(
    found
      .filter(
        ({ at, term }) =>
          asks(at) &&
          (namedByItsWhWord(index, prepared.raw, stemmed, at, term) ||
            namedAsWhatIsWeighed(index, prepared.raw, at, term)),
      )
      .map(({ term }) => term),
  );
  // Phrases count only between topic words: "architect certification" is in every section.
  const topical = (term: string) => !index.sideTerms.has(term) && !index.generalTerms.has(term);
  const pairsOf = (list: readonly string[]) =>
    list.flatMap((term, i) =>
      i > 0 && topical(term) && topical(list[i - 1]!) && term !== list[i - 1]
        ? [`${list[i - 1]} ${term}`]
        : [],
    );
  // As written, and with each word as the vocabulary term it stands for: "programming ability" is the
  // guide's "coding skills".
  const canonicalWords = stemmed.flatMap((term, i) => (!stop[i] && !aside[i] ? [termAt[i] ?? term] : []));
  const bigrams = [...new Set([...pairsOf(meaningful), ...pairsOf(canonicalWords)])];
  const sidesNamed = new Set(terms.map((term) => index.sideTerms.get(term)).filter(Boolean)).size;
  // As prepared: no cue or keyword is made of a merged role ("landscap-architect"), and keywords may use its words.
  const present = new Set(prepared.stemmed);
  const cues = index.criteria.filter(({ starts }) => sharesAny(starts, present));
  const { credentials } = index.subject;
  // "integration tests", "load test": software tested, not an exam taken.
  const credentialAt = (term: string, at: number) =>
    credentials.has(term) && !SOFTWARE_TEST_KINDS.has(prepared.stemmed[at - 1] ?? '');
  const namesCredential =
    stemmed.some((term, i) => credentialAt(term, i)) ||
    found.some(({ at, term }) => !aside[at] && credentialAt(term, at));
  const namesSide = sidesNamed > 0 || stemmed.some((term) => index.sideTerms.has(term));
  const sideWith = (said: (i: number) => boolean) =>
    prepared.stemmed.some((_, i) => said(i) && (side[i] || side[i - 1]) && !aside[i]);
  const namesRoute = sideWith((i) => ROUTES.has(prepared.stemmed[i]!));
  const namesOneOfThem = sideWith((i) => ONE.has(prepared.raw[i]!));
  const unknown = unknownCounts(index, { stemmed, stop, aside, inQuestion, consumed }, topical);
  const choiceCue = prepared.pickCue || (sidesNamed > 1 && prepared.alternatives);
  // Read with the words another role or a job title took ("UX designer", "associate product manager").
  const named = subjectOf(
    index,
    { ...prepared, stemmed },
    { side, termAt, canonical },
    { sides: sidesNamed, credential: namesCredential, side: namesSide },
  );
  // "either of these", "both?" (the pair by a pronoun, see pointsAtThePair) and the level the two share
  // ("is associate the lowest tier?"): a question put to the bot means the certifications; a message
  // overheard in a channel may mean any two things, or a job title (impliedLoosely).
  // So do two of the levels' names set together ("does professional outrank specialty?"): the ranks of the
  // certifications, though neither is the two's own. Measured (session 69) over 87,046 eval lines: +5 top-1, +5
  // top-3, +2 right channel answers, none lost.
  const impliedLoosely =
    named === 'none' &&
    (pointsAtThePair(prepared) ||
      stemmed.some((term) => index.subject.levels.has(term)) ||
      ranksNamed(prepared, found) >= RANKS_SET_TOGETHER);
  const subject = impliedLoosely ? 'implied' : named;
  // Naming nothing of the guide's, neither a credential nor a side ("how do I debug a Lambda timeout?"; a
  // "vs" alone names nothing: "Lambda vs ECS Fargate?"), a question is about what it names: the topics'
  // `unnamedKeywords` count too. Unless it asks for a pick, which with nothing named is a pick between the
  // sides ("which one if I mostly write lambdas"); "Terraform or CloudFormation?" sets other things
  // against each other.
  const unnamed =
    (!prepared.pickCue || prepared.alternatives || picksOtherThings(index, prepared, termAt)) &&
    subject !== 'named' &&
    !namesCredential &&
    !namesSide;
  // The pair pointed at ("each credential", "both associates", "these two"): the question is about these
  // two certifications, not about certifications in general (see `generalKeywords`).
  const speaksOfThePair = prepared.raw.some(
    (word, k) => PAIR_WORDS.has(word) || (word === 'two' && PAIR_POINTERS.has(prepared.raw[k - 1] ?? '')),
  );
  // Whether an "or" or a "vs" stands between the sides' names (see sidesJoinedBy).
  const joinedByOr = sidesJoinedBy(index, prepared, side, termAt, (word) => word === 'or');
  const joinedByVersus = sidesJoinedBy(index, prepared, side, termAt, (word) => VERSUS.has(word));
  return {
    prepared,
    terms,
    context,
    askedVocabulary: [...new Set(asked)],
    describedVocabulary: selfClause.some(Boolean)
      ? new Set(found.filter(({ at }) => selfClause[at]).map(({ term }) => term))
      : NOTHING_DESCRIBED,
    asksWithoutPick,
    bigrams,
    criteria: cues
      .filter(({ phrases }) => phrases.some((phrase) => indexOf(stemmed, phrase) >= 0))
      .map(({ criterion }) => criterion),
    introducedRoles: cues
      .filter(
        ({ criterion, phrases }) =>
          criterion.kind === 'role' && phrases.some((p) => isIntroduced(stemmed, p, side)),
      )
      .map(({ criterion }) => criterion),
    picksOther: prepared.pickCue && picksUnknownThings(index, prepared, termAt),
    uncovered: [
      ...uncoveredTopics(index, prepared, { side, termAt }, expanded.described, topicPhrases, present, {
        unnamed,
        general: !speaksOfThePair,
      }),
      ...(comparesOtherThings(index, prepared, side, termAt) ? [index.otherComparisons] : []),
      // Another job asked about, unless the message points at the pair as "these" or "those" ("how much scripting
      // would each of these expect? asking for a network admin"): then the job says for whom, and the pair is what
      // is asked about. Not "each" alone: "product manager or data analyst, what does each do?" asks of the jobs.
      ...((subject === 'none' || !namesSide) &&
      !prepared.pickCue &&
      !(pointsAtThePair(prepared) && prepared.raw.some((word) => word === 'these' || word === 'those')) &&
      asksOfAnotherRole(index, prepared, expanded.roles, consumed, expanded.titles)
        ? [index.otherRoles]
        : []),
    ],
    anchored: [...stemmed, ...canonical].some((term) => index.anchors.has(term)),
    subject,
    impliedLoosely,
    namesCredential,
    namesRoute,
    namesOneOfThem,
    speaksOfThePair,
    unknownWords: unknown.asked + unknown.around,
    overheardUnknownWords: unknown.asked + Math.floor(unknown.around * TUNING.channel.unknownAround),
    choiceCue,
    // The choice cue with both sides named: a pick or an "or"/"vs" with the two in the question.
    setsSidesAgainst: choiceCue && sidesNamed > 1,
    alternatesSides: joinedByOr || joinedByVersus,
    offersSides: joinedByOr && !joinedByVersus,
    equatesSides: equatesSides(index, prepared, termAt),
    asksOfTheOther: asksOfTheOther(index, prepared),
    heldSides: withPassedOver(held, expanded.passedOver),
    weighsATopic,
    weighed: weighedTerms,
    predicated,
    thingsAsked,
    reason,
  };
}

/** Whether the word at `i` names a side: as a side's name, or read as the vocabulary term of one. */
function namesSideAt(
  index: GuideIndex,
  stemmed: readonly string[],
  side: readonly boolean[],
  termAt: readonly (string | undefined)[],
  i: number,
): boolean {
  return side[i]! || index.sideTerms.has(termAt[i] ?? stemmed[i]!);
}

/** Words that make one thing the other: "DVA is *just* SAA with code", "*basically* SAA for coders". */
const EQUATING = new Set(['just', 'basically', 'essentially', 'simply', 'merely']);
/** What may stand between a side and the equating word ("DVA *is* just…"), and after it ("…just *a*…"). */
const EQUATED_BY = new Set(['is', 's', 'was']);
const EQUATED_AS = new Set(['a', 'an', 'the']);

/**
 * The side the word at `i` names: by the vocabulary term it stands for, or by itself (a side word stays marked `side`
 * when a longer phrase takes it: "SAA" in "SAA exam"); undefined for any other word.
 */
function sideAt(
  index: GuideIndex,
  stemmed: readonly string[],
  termAt: readonly (string | undefined)[],
  i: number,
): string | undefined {
  return index.sideTerms.get(termAt[i] ?? '') ?? index.sideTerms.get(stemmed[i] ?? '');
}

/** A side, an equating word (see EQUATING) right after it or its "is", then the other side. */
function equatesSides(
  index: GuideIndex,
  { raw, stemmed }: PreparedQuestion,
  termAt: readonly (string | undefined)[],
): boolean {
  const sideOf = (i: number) => sideAt(index, stemmed, termAt, i);
  return raw.some((word, k) => {
    if (!EQUATING.has(word)) return false;
    const before = sideOf(k - 1) ?? (EQUATED_BY.has(raw[k - 1] ?? '') ? sideOf(k - 2) : undefined);
    const after = sideOf(k + 1) ?? (EQUATED_AS.has(raw[k + 1] ?? '') ? sideOf(k + 2) : undefined);
    return before !== undefined && after !== undefined && before !== after;
  });
}

/** How far from "or"/"vs" a side may be named and still be one of its alternatives ("the SA one or the dev cert"). */
const ALTERNATIVE_REACH = 3;

/**
 * Whether a word that `joins` ("or", "vs") stands between two sides' names ("SAA or DVA", "the SA one or the
 * dev cert"), not between other things ("…or am I oversimplifying it", "is it about building apps or something
 * more?").
 */
function sidesJoinedBy(
  index: GuideIndex,
  { raw, stemmed }: PreparedQuestion,
  side: readonly boolean[],
  termAt: readonly (string | undefined)[],
  joins: (word: string) => boolean,
): boolean {
  const near = (k: number, step: 1 | -1) => {
    for (let i = k + step, seen = 0; i >= 0 && i < raw.length && seen < ALTERNATIVE_REACH; i += step, seen++)
      if (namesSideAt(index, stemmed, side, termAt, i)) return true;
    return false;
  };
  return raw.some((word, k) => joins(word) && near(k, -1) && near(k, 1));
}

/**
 * The guide's vocabulary phrases that start with one of the question's words, in the guide's order
 * (longest first). A guide has hundreds of phrases and a question a dozen words: this looks at a few.
 */
function phrasesStartingIn(index: GuideIndex, stemmed: readonly string[]): VocabularyPhrase[] {
  const orders: number[] = [];
  for (const start of new Set(stemmed))
    for (const phrase of index.phrasesByStart.get(start) ?? []) orders.push(phrase.order);
  // Sorted as numbers, not by comparing phrases: this runs for every guide.
  return Array.from(Int32Array.from(orders).sort(), (order) => index.phrases[order]!);
}

/** Replaces vocabulary phrases by their canonical terms, longest phrase first, each word used once. */
function expandVocabulary(index: GuideIndex, prepared: PreparedQuestion) {
  const { stemmed, aboutTheMessage } = prepared;
  // Words about the message ("noob question:"), and "earn" meaning obtain ("earn both"), take part in no phrase.
  const consumed = aboutTheMessage.map(
    (about, i) =>
      about ||
      earnsACredential(index, stemmed, i) ||
      requires(prepared.raw, i) ||
      namesTheLevel(index, stemmed, i),
  );
  /** Each vocabulary phrase found, as its canonical term and where it starts. */
  const found: { term: string; at: number }[] = [];
  /** Per word: it names a side ("SAA", "dev cert", "developer"). */
  const side = stemmed.map((term) => index.sideTerms.has(term));
  /** Where multi-word topic phrases ("cost optimization") stand, which no uncovered keyword may split. */
  const topicPhrases: TopicPhrase[] = [];
  /** Per word: the canonical term of the vocabulary phrase it is part of ("sqs" → "messaging"). */
  const termAt = new Array<string | undefined>(stemmed.length).fill(undefined);
  const roleAt = otherRoleWords(index, prepared);
  // "an Associate Engineer", "the associate developer position": the level's word before a job noun, with no
  // credential word after it, is a job title, one term at its first word: the words after it take part in
  // nothing, and no phrase may take the first (see `taken`).
  const titles = jobTitleWords(index, prepared);
  titles.forEach((title, i) => {
    if (title && titles[i - 1] === title) consumed[i] = true;
  });
  for (const at of focusOfStudy(prepared.raw)) consumed[at] = true;
  const partsSaid = new Set(partsSaidOf(prepared));
  for (const at of partsSaid) consumed[at] = true;
  for (const at of goingForAsAPremise(prepared.raw)) consumed[at] = true;
  const anyTitle = titles.some((title) => title !== undefined);
  const modifierAt = stemmed.map((_, i) => modifiesAnotherJob(prepared.raw, i));
  /** Per word: it names a side by describing it ("the builder one"). */
  const described = new Array<boolean>(stemmed.length).fill(false);
  for (const { at, end, term } of describedSides(index, prepared, roleAt)) {
    for (let k = at; k <= end; k++) {
      described[k] = true;
      consumed[k] = true;
      termAt[k] = term;
      side[k] = true;
    }
    found.push({ term, at });
  }
  for (const at of index.idf.has(GRADE_TERM) ? gradeWords(prepared) : []) {
    if (consumed[at]) continue;
    consumed[at] = true;
    termAt[at] = GRADE_TERM;
    found.push({ term: GRADE_TERM, at });
  }
  for (const phrase of phrasesStartingIn(index, stemmed)) {
    // A side's or a credential's one-word name after a word the guide never uses names another role or
    // exam ("UX designer", "landscape architect", "driving test"), not the guide's.
    const oneWordSide =
      phrase.stems.length === 1 &&
      (index.sideTerms.has(phrase.term) || index.subject.credentials.has(phrase.term));
    // (The word before may be part of a longer phrase of the guide's, read first: "design-oriented test".)
    // Worked out once per phrase, and kept up to date as the phrase consumes words.
    // (Copied only when some word is off limits to this phrase: this runs for every phrase.)
    // A side's name by how it leans, after a word of degree, says how much it leans: "is the DVA *more
    // code-focused* than the SAA?" asks about code, of the two.
    const leaning =
      phrase.stems.length === 2 && index.sideTerms.has(phrase.term) && LEANS.has(phrase.stems[1]!);
    const taken =
      oneWordSide || anyTitle || leaning
        ? consumed.map(
            (c, i) =>
              c ||
              titles[i] !== undefined ||
              (oneWordSide && ((roleAt[i]! && !consumed[i - 1]) || modifierAt[i]!)),
          )
        : consumed;
    for (
      let at = indexOf(stemmed, phrase.stems, taken);
      at >= 0;
      at = indexOf(stemmed, phrase.stems, taken)
    ) {
      if (leaning && DEGREE_OF.has(prepared.raw[at - 1] ?? '')) {
        // The leaning word only says how ("focused" is no focus area).
        taken[at] = true;
        consumed[at + 1] = true;
        continue;
      }
      for (let offset = 0; offset < phrase.stems.length; offset++) {
        consumed[at + offset] = true;
        taken[at + offset] = true;
        termAt[at + offset] = phrase.term;
        if (index.sideTerms.has(phrase.term)) side[at + offset] = true;
        else if (phrase.stems.length > 1 && !index.generalTerms.has(phrase.term))
          if (offset === 0) topicPhrases.push({ at, stems: phrase.stems });
      }
      found.push({ term: phrase.term, at });
    }
  }
  sidePhrasesIn(index, prepared, { consumed, found, side, termAt });
  // An order asked by a newcomer, of things to learn, with no side named and not of the pair ("new to all of it,
  // no cloud background: in what order do I learn things?"): the steps of the learning path, not which of the two
  // goes first. Measured (session 65) over 83,247 eval lines: +15 top-1, +18 right channel answers, 3 wrong fewer;
  // lost one levels line that lists the tiers; two lines that are not for the guide (an order of web languages, a
  // colleague's plan) now get the learning path asked directly, none in a channel.
  if (
    index.idf.has(ROADMAP_TERM) &&
    found.some(({ term }) => term === ORDER_TERM) &&
    (found.some(({ term }) => term === BEGINNER_TERM) || prepared.raw.some((word) => STEPS_OF.has(word))) &&
    !stemmed.some((term, i) => side[i] || index.sideTerms.has(term) || sidePhraseAt(index, stemmed, i)) &&
    !prepared.raw.some((word) => PAIR_WORDS.has(word) || PAIR_PRONOUNS.has(word) || word === 'two')
  )
    standsFor(found, termAt, ORDER_TERM, ROADMAP_TERM);
  // Which language a path wants, not how much code ("ruby or python for the dev exam?", see asksWhichLanguage): the
  // guide lists the languages with each path's skills, so its skills term stands for the coding term the language
  // words found. Measured (session 65) over 83,247 eval lines, with the classifier reading them so too
  // (match-question.ts): +39 top-1, +36 right channel answers and 30 wrong fewer; one lost ("which programming
  // language should I know", labelled coding).
  if (index.idf.has(SKILL_TERM) && asksWhichLanguage(prepared))
    standsFor(found, termAt, CODE_TERM, SKILL_TERM);
  // Three words or more of the ranks ("foundational, associate, professional, specialty", "entry level or mid tier,
  // how many tiers"): the ranks as a whole are asked of, the grade's term as well as each level's.
  // Not on a path ("is the usual path fundamentals -> associate -> professional?"): the steps are asked.
  const listed = found.filter(({ term }) => term === LEVEL_TERM || index.subject.levels.has(term));
  if (
    listed.length >= LEVELS_LISTED &&
    index.idf.has(GRADE_TERM) &&
    !prepared.stemmed.some((term) => ROUTES.has(term))
  )
    found.push({ term: GRADE_TERM, at: listed[listed.length - 1]!.at });
  // The places on a ladder asked of as such ("on the same rung", "how many floors", "a step higher"): the tiers,
  // though the word is also the learning path's ("steps") or a career's ("rungs"). Read beside the tiers' own words,
  // it counts them once more. Not on a path. Measured (session 70) over 87,884 eval lines: +13 top-1, +3 top-3, +15
  // right channel answers (3 of them held out) and 3 wrong fewer; lost 2 (a count of tiers beside a long background
  // now career-path; one right channel answer).
  const placed = placedOnTheLadder(prepared);
  if (placed >= 0 && index.idf.has(GRADE_TERM) && !prepared.stemmed.some((term) => ROUTES.has(term)))
    found.push({ term: GRADE_TERM, at: placed });
  const byOrder = sidesByOrder(index, prepared, side, termAt);
  for (const { at, end, term } of byOrder.references) {
    for (let k = at; k <= end; k++) {
      consumed[k] = true;
      termAt[k] = term;
      side[k] = true;
    }
    found.push({ term, at });
  }
  // "the *fundamental* difference", "the *core* distinction": a word of degree before a general term only
  // says how much it matters.
  for (const { at, term } of found)
    if (index.generalTerms.has(term) && DEGREE.has(prepared.raw[at - 1] ?? '')) consumed[at - 1] = true;
  // Such a noun left alone after another role's or exam's modifier is that role or exam: one word the guide
  // never uses ("landscape architect" is no architect of this guide's, "driving test" no exam of its).
  const roles = roleAt.map((role, i) => role && !consumed[i] && !consumed[i - 1]);
  // And a side's job noun left alone before another job's noun is part of that job's name ("developer advocate").
  const modifiers = modifierAt.map((modifier, i) => modifier && !consumed[i]);
  return {
    consumed,
    found,
    side,
    described,
    topicPhrases,
    termAt,
    roles,
    modifiers,
    titles,
    partsSaid,
    passedOver: byOrder.passedOver,
  };
}

/** Words pointing at one of two things named by its place: "the *former*", "the *second* one". */
const ORDINALS: ReadonlyMap<string, 0 | 1> = new Map([
  ['first', 0],
  ['1st', 0],
  ['former', 0],
  ['formers', 0],
  ['second', 1],
  ['2nd', 1],
  ['latter', 1],
  ['latters', 1],
]);
/** "former" and "latter" point by themselves ("the latter is…"); "first" and "second" need what they count. */
const POINT_BY_THEMSELVES = new Set(['former', 'formers', 'latter', 'latters']);
/** Words setting two places against each other: "the first *or* the second", "the first *from* the second". */
const PAIRING = new Set(['or', 'and', 'from', 'vs', 'versus', 'than']);

/**
 * The two sides named in a message, then one pointed at by its place ("SAA and DVA are both on my list — what does
 * *the second one* validate?", "…the former's exam style?", "the first or the second? (SAA, DVA)"): the side named
 * first or second elsewhere in the message, as if named again there; and the side only named in that list
 * (`passedOver`), when the places point at one of the two. "which first" and "the first step" point at nothing.
 */
function sidesByOrder(
  index: GuideIndex,
  { raw, stemmed }: PreparedQuestion,
  side: readonly boolean[],
  termAt: readonly (string | undefined)[],
): { references: { at: number; end: number; term: string }[]; passedOver: ReadonlySet<string> } {
  const none = { references: [], passedOver: NO_SIDES };
  if (!raw.some((word) => ORDINALS.has(word))) return none;
  const counted = (k: number) => countsACertification(index, raw, stemmed, k);
  const places: { at: number; end: number; place: 0 | 1 }[] = [];
  raw.forEach((word, at) => {
    const place = ORDINALS.get(word);
    if (place === undefined || raw[at - 1] !== 'the' || side[at]) return;
    // "the first one", "the 2nd cert", "the latter exam"; "the former", "the latter" alone; "the first or the
    // second", "the first from the second".
    if (counted(at + 1)) places.push({ at, end: at + 1, place });
    else if (
      POINT_BY_THEMSELVES.has(word) ||
      (PAIRING.has(raw[at + 1] ?? '') && raw[at + 2] === 'the' && ORDINALS.has(raw[at + 3] ?? '')) ||
      (PAIRING.has(raw[at - 2] ?? '') && places.some((p) => p.end === at - 3))
    )
      places.push({ at, end: at, place });
  });
  if (places.length === 0) return none;
  // The sides in the order the message names them, outside the places themselves.
  const order: string[] = [];
  stemmed.forEach((_, i) => {
    const named = side[i] ? sideAt(index, stemmed, termAt, i) : undefined;
    if (named && !order.includes(named)) order.push(named);
  });
  if (order.length !== 2) return none;
  const references = places.map(({ at, end, place }) => ({ at, end, term: stem(order[place]!) }));
  const pointed = new Set(places.map(({ place }) => order[place]!));
  return {
    references,
    passedOver: pointed.size === 1 ? new Set(order.filter((s) => !pointed.has(s))) : NO_SIDES,
  };
}

/** Makes `to` stand wherever the vocabulary found `from`: in the phrases found and in the words they took. */
function standsFor(
  found: { term: string; at: number }[],
  termAt: (string | undefined)[],
  from: string,
  to: string,
): void {
  found.forEach((phrase, k) => {
    if (phrase.term !== from) return;
    found[k] = { term: to, at: phrase.at };
    for (let i = phrase.at; termAt[i] === from; i++) termAt[i] = to;
  });
}

/** Words that open a premise: "*if* they're going for the DVA", "*once* I go for the SAA". */
const PREMISE = new Set(['if', 'once', 'when', 'since', 'assuming']);
const GOES = new Set(['go', 'goes', 'going', 'went']);
/** What "go for" may take that leaves the pick open: "if I go for *either* of these". */
const UNPICKED = new Set(['either', 'one', 'any']);
/** How many words a premise's opener may stand before its "going for". */
const PREMISE_REACH = 3;

/**
 * Where "go for" is a premise, not a pick asked: "what skills should they build *if they're going for* the dev
 * associate?" has made the pick. Not after "which" or "or" ("if you were me which would you go for?"), nor of a
 * pick left open ("if I go for either of these").
 */
function goingForAsAPremise(raw: readonly string[]): number[] {
  const at: number[] = [];
  raw.forEach((word, i) => {
    if (!GOES.has(word) || raw[i + 1] !== 'for' || UNPICKED.has(raw[i + 2] ?? '')) return;
    for (let k = i - 1; k >= Math.max(0, i - PREMISE_REACH); k--) {
      if (raw[k] === 'which' || raw[k] === 'or') return;
      if (PREMISE.has(raw[k]!)) {
        at.push(i, i + 1);
        return;
      }
    }
  });
  return at;
}

/** The guide's term for coding, and for the skills each path lists (see asksWhichLanguage). */
const CODE_TERM = stem('code');
/** The guide's terms for the order of the two and for a newcomer's steps (see expandVocabulary). */
const ORDER_TERM = stem('order');
const ROADMAP_TERM = stem('roadmap');
const BEGINNER_TERM = stem('beginner');
/**
 * What a newcomer puts in order, or says of who asks: "what order should I do *things* in", "learn *stuff*", "the
 * order of *steps*", "to get *into* cloud", "no cloud *background*", "*new* grads", "for our *hires*". Session 66 added
 * the second half: +10 top-1, +7 right channel answers and 1 wrong fewer over 84,394 eval lines, nothing lost.
 */
const STEPS_OF = new Set('things stuff learn learning steps step into background new grads hires'.split(' '));
const SKILL_TERM = stem('skill');
/**
 * The term a grade word stands for: the levels' "tier" ("level" is said of jobs too, "entry-level roles"; measured
 * with "level", +8 top-1 against +15 with "tier").
 */
const GRADE_TERM = stem('tier');
/** The term the levels' names stand for ("foundational", "professional", "specialty"). */
const LEVEL_TERM = stem('level');
/** How many of the levels' names, set together, imply the certifications: "professional before specialty?". */
const RANKS_SET_TOGETHER = 2;
/** The words that name the level itself rather than one of its ranks. */
const LEVEL_WORDS_ITSELF = new Set(['level', 'levels', 'lvl']);

/** How many different words name one of the levels' ranks ("specialty", "professional"), not "level" itself. */
function ranksNamed(prepared: PreparedQuestion, found: readonly { term: string; at: number }[]): number {
  const ranks = found.filter(
    ({ term, at }) => term === LEVEL_TERM && !LEVEL_WORDS_ITSELF.has(prepared.raw[at] ?? ''),
  );
  return new Set(ranks.map(({ at }) => prepared.stemmed[at])).size;
}

/** The nouns of a ladder's places: "the same *rung*", "how many *floors*", "what are the *tiers* called". */
const PLACES = new Set(
  'rung rungs floor floors step steps stage stages tier tiers level levels grade grades band bands bucket buckets shelf landing landings layer layers belt belts bracket brackets'.split(
    ' ',
  ),
);
/** The words before a place that move from one place to the next one: "*a* step up", "*the* next rung up". */
const DETERMINERS_OF_A_PLACE = new Set(['a', 'one', 'the', 'next', 'any']);
/** The words after a place that ask of another place from it: "a step *up*", "a floor *underneath* it". */
const PLACE_MOVES = new Set([
  'up',
  'down',
  'sideways',
  'above',
  'below',
  'higher',
  'lower',
  'under',
  'underneath',
]);

/**
 * Where a question asks of the places on a ladder as such: "on the same rung", "how many floors", "what are the
 * tiers called", "a step up from the other". -1 if it does not.
 */
function placedOnTheLadder({ raw }: PreparedQuestion): number {
  for (let i = 0; i < raw.length; i++) {
    if (!PLACES.has(raw[i]!)) continue;
    if (raw[i - 1] === 'same' || raw[i - 2] === 'same') return i;
    // "how many floors", "how many more tiers".
    for (let k = Math.max(0, i - 3); k < i - 1; k++) if (raw[k] === 'how' && raw[k + 1] === 'many') return i;
    if (raw[i + 1] === 'called') return i;
    // One place from another ("a step up", "a floor underneath it"); "up" only after a determiner: not "level up",
    // "steps up to a lead role".
    const move = raw[i + 1] ?? '';
    if (PLACE_MOVES.has(move) && (move !== 'up' || DETERMINERS_OF_A_PLACE.has(raw[i - 1] ?? ''))) return i;
  }
  return -1;
}

/** How many words of the ranks make them the question: "foundational, associate, professional". */
const LEVELS_LISTED = 3;
/** Words naming who a thing is for that may name a grade instead: "a *beginner* cert", "beginner vs advanced". */
const GRADED = new Set(['beginner', 'beginners', 'novice']);
/** Other grades, said beside it: "beginner *or advanced*", "from beginner to *expert*". */
const OTHER_GRADES = new Set(
  'advanced expert experts intermediate middle mid midlevel senior junior'.split(' '),
);
/** What a grade word may say of: "a beginner *cert*", "the beginner *one*". */
const GRADED_THINGS = new Set(
  'cert certs certification certifications badge badges level levels tier tiers one ones thing exam credential'.split(
    ' ',
  ),
);
/** How many words apart the other grade may be said ("beginner / intermediate / expert"). */
const GRADE_REACH = 4;

/**
 * Where a word for a beginner names a grade of certification, not the asker ("is associate the *beginner* one or
 * the middle one?", "beginner vs advanced", "a beginner cert"): said of a credential or beside another grade.
 */
function gradeWords({ raw, stemmed }: PreparedQuestion): number[] {
  const at: number[] = [];
  raw.forEach((word, i) => {
    if (!GRADED.has(word)) return;
    // A path for one ("the beginner certification path"), or a person ("what's the path *for* a beginner?").
    if (ROUTES.has(stemmed[i + 1] ?? '') || ROUTES.has(stemmed[i + 2] ?? '')) return;
    const said = GRADED_THINGS.has(raw[i + 1] ?? '');
    if (!said && ONE_PERSON.has(raw[i - 1] ?? '')) return;
    const near = raw.slice(Math.max(0, i - GRADE_REACH), i + GRADE_REACH + 1);
    if (said || near.some((other) => OTHER_GRADES.has(other))) at.push(i);
  });
  return at;
}
/** Words before a beginner who is a person: "*for* beginners", "*every* beginner" ("a" is no word here). */
const ONE_PERSON = new Set(['an', 'for', 'every', 'any', 'each', 'total', 'complete', 'absolute']);

/** Who may focus, or how it is asked ("I" is no word here): "*should* I focus on…", "*my* focus be…". */
const FOCUSERS = new Set('we you u my our she he they her his their should would could to'.split(' '));
/** Words of studying for an exam, which make focusing where one's study goes: "SAA *revision* plan: should I focus on…". */
const STUDYING = new Set(
  'prep prepping preparing preparation prepare study studying revision revise revising'.split(' '),
);
/**
 * Where "focus" is what someone studying does ("SAA revision plan: should I focus on disaster recovery?", "how much
 * should we focus our study time on tracing?"): where to put one's study, not the exam's focus areas.
 */
function focusOfStudy(raw: readonly string[]): number[] {
  if (!raw.some((word) => STUDYING.has(word))) return [];
  return raw.flatMap((word, i) =>
    (word === 'focus' || word === 'focusing') &&
    !raw[i + 1]?.startsWith('area') &&
    raw.slice(Math.max(0, i - 2), i).some((before) => FOCUSERS.has(before))
      ? [i]
      : [],
  );
}

/** Words before a noun that mark the one after them as the noun's quality: "*the* hard part", "*its* tricky bits". */
const DETERMINERS = new Set('the a an its their each this that whats which'.split(' '));

/**
 * Where a part is named by what is said of it ("the *trickiest bit* of C03", "tough *part* of c03 = …?",
 * "the tricky *bits*"): the part's noun (see PART) after a superlative, or after a word that follows a determiner
 * or opens its clause. The noun is the quality's part, not what an exam includes ("is networking *part of* the
 * exam?" keeps its reading): it takes part in no phrase.
 */
function partsSaidOf({ raw, stop, clauseStart }: PreparedQuestion): number[] {
  return raw.flatMap((word, i) => {
    if (!PART.has(word) || i === 0 || stop[i - 1]) return [];
    const said = raw[i - 1]!;
    const superlative = said.length > 4 && said.endsWith('est');
    return superlative || clauseStart[i - 1] || DETERMINERS.has(raw[i - 2] ?? '') ? [i] : [];
  });
}

/**
 * The guide's phrases naming the sides (GuideIndex.sidePhrases), read with each side's name, whatever it is, as
 * its side and function words between left out: "should I do *the SAA before the DVA*?" says "saa before dva".
 * Each phrase found takes its words other than the sides' names.
 */
function sidePhrasesIn(
  index: GuideIndex,
  prepared: PreparedQuestion,
  read: {
    consumed: boolean[];
    found: { term: string; at: number }[];
    side: boolean[];
    termAt: (string | undefined)[];
  },
): void {
  const { consumed, found, side, termAt } = read;
  const { stemmed, stop, sentenceStart } = prepared;
  if (index.sidePhrases.length === 0 || !side.some(Boolean)) return;
  const said: string[] = [];
  const at: number[] = [];
  stemmed.forEach((term, i) => {
    if (i > 0 && sentenceStart[i]) {
      said.push(SENTENCE_BREAK);
      at.push(i);
    }
    if (side[i]) {
      // A name of several words ("solutions architect associate") is said once.
      if (!(side[i - 1] && termAt[i - 1] === termAt[i])) {
        said.push(termAt[i] ?? term);
        at.push(i);
      }
    } else if (
      (consumed[i] || !stop[i] || index.sidePhraseWords.has(term)) &&
      !SEQUENCE_ASIDES.has(prepared.raw[i]!)
    ) {
      // A word taken by another phrase stands between too ("SAA *exam*? starting next week").
      said.push(consumed[i] ? SENTENCE_BREAK : term);
      at.push(i);
    }
  });
  for (const phrase of index.sidePhrases) {
    const start = indexOf(said, phrase.stems);
    if (start < 0) continue;
    // "the developer associate next month" says when, not in which order.
    const last = at[start + phrase.stems.length - 1]!;
    if (TIME_UNITS.has(prepared.raw[last + 1] ?? '')) continue;
    const words = at.slice(start, start + phrase.stems.length).filter((i) => !side[i]);
    if (words.some((i) => consumed[i])) continue;
    // The words let stand between ("right", "straight") are the phrase's too.
    for (let i = at[start]!; i < last; i++)
      if (!consumed[i] && !side[i] && SEQUENCE_ASIDES.has(prepared.raw[i]!)) words.push(i);
    for (const i of words) {
      consumed[i] = true;
      termAt[i] = phrase.term;
    }
    found.push({ term: phrase.term, at: at[start]! });
  }
}

/**
 * Words that may stand between a side and the word of its order without breaking the phrase: "DVA *right*
 * after SAA", "dva *worth* it after saa", "the architect one *straight* after".
 */
const SEQUENCE_ASIDES = new Set(['right', 'straight', 'immediately', 'directly', 'soon', 'shortly', 'worth']);

/** Units of time after "next": "next *month*", a date, not an order. */
const TIME_UNITS = new Set(
  'week weeks month months quarter year semester term sprint spring summer autumn fall winter'.split(' '),
);

/**
 * The sides' job nouns and the credential nouns, which other exams share ("driving test", "Scrum Master
 * cert", "university exams").
 */
const ROLE_AND_CREDENTIAL_NOUNS: ReadonlySet<string> = new Set([
  ...SIDE_JOB_NOUNS,
  ...'exam exams test tests cert certs certification certifications assessment assessments examination examinations certificate certificates credential credentials'.split(
    ' ',
  ),
]);

/**
 * Words that say what kind of architect or developer one is, not which job: "true architects", "a senior
 * developer", "aspiring architects", "the legendary 'architects earn more'" are still the guide's architects and
 * developers.
 */
const KIND_OF_ONE: ReadonlySet<string> = new Set(
  'true real actual proper typical average good great decent experienced seasoned senior junior skilled successful aspiring budding future would-be wannabe fellow legendary famous mythical fabled overpaid underpaid'.split(
    ' ',
  ),
);

/**
 * Verbs and times that stand before a person and never make a kind of one: "now I *hear* architects get paid
 * more", "we *hired* developers", "*tomorrow* architects meet". Only a word that modifies the noun ("UX
 * designer") names another role; "non" says who is not one ("as a *non*-developer").
 */
const NO_MODIFIER: ReadonlySet<string> = new Set(
  'hear heard hears hire hired hires hiring meet met meets ask asked asks tell told tells pay pays paying know knew knows see saw seen sees think thinks say says said become became becomes call called calls trust trusts consider considered considers prefer prefers preferred promote promoted make makes made find found finds need needs needed want wants wanted mention mentioned mentions convince convinced ignore ignored guess guessed swear claim claims claimed reckon reckons encourage encouraged replace replaced poach poached wrote write writes gone today tomorrow yesterday tonight non'.split(
    ' ',
  ),
);

/**
 * Words of seniority and skill before a side's noun, which say how good or how far along one is, not another job:
 * "do serverless-specialist devs get paid well?", "senior architects", "experienced devs".
 */
const SAME_JOB: ReadonlySet<string> = new Set(
  'specialist specialists senior junior experienced seasoned skilled expert veteran aspiring good great strong solid average typical'.split(
    ' ',
  ),
);

/**
 * Verbs that ask for or weigh a pick, before a side's noun: "kindly *suggest* architect or developer
 * certification", "*considering* architect or developer": the side itself, not another job ("suggest
 * architect" is no role).
 */
const PICKING_VERBS: ReadonlySet<string> = new Set(
  'suggest suggests suggested recommend recommends recommended advise advised prefer prefers preferred consider considering considered pursue pursuing attempt attempting choosing picking'.split(
    ' ',
  ),
);

/**
 * Words the guide uses for its own things ("building apps", "licensed software") that before "architect" make
 * the one who designs buildings: "how do I become a licensed building architect?".
 */
const BUILDINGS_ARCHITECT: ReadonlySet<string> = new Set(['building', 'buildings', 'licensed', 'registered']);

/**
 * Per word: it follows a word the guide never uses that is neither a stop word nor a brand ("*UX* designer",
 * "*landscape* architect", "*driving* test"), or one that makes an architect of buildings (BUILDINGS_ARCHITECT):
 * a side's or a credential's name there names another role or another exam.
 */
function otherRoleWords(index: GuideIndex, { raw, stemmed, stop, clauseStart }: PreparedQuestion): boolean[] {
  return stemmed.map((_, i) => {
    // Not across a comma or a stop: "manager wants me certified this quarter, architect or developer?".
    if (clauseStart[i] || !ROLE_AND_CREDENTIAL_NOUNS.has(raw[i]!)) return false;
    if (raw[i]!.startsWith('architect') && BUILDINGS_ARCHITECT.has(raw[i - 1] ?? '')) return true;
    const before = stemmed[i - 1]!;
    return (
      !stop[i - 1] &&
      !KIND_OF_ONE.has(raw[i - 1]!) &&
      !PICKING_VERBS.has(raw[i - 1]!) &&
      !(SIDE_JOB_NOUNS.has(raw[i]!) && (NO_MODIFIER.has(raw[i - 1]!) || SAME_JOB.has(raw[i - 1]!))) &&
      !index.idf.has(before) &&
      !index.subject.brands.has(before) &&
      !index.sideTerms.has(before)
    );
  });
}

/**
 * Per word: the job title it is part of, when the level's word stands before a job noun and no credential
 * word follows ("Associate Engineer", "associate product manager", "an associate at a warehouse" is left to
 * the level: only a noun makes the title). "associate developer exam" names the certification.
 */
function jobTitleWords(
  index: GuideIndex,
  { raw, stemmed, stop, clauseStart }: PreparedQuestion,
): (string | undefined)[] {
  const titles = new Array<string | undefined>(stemmed.length).fill(undefined);
  const jobNoun = (k: number) => SIDE_JOB_NOUNS.has(raw[k] ?? '') || OTHER_JOB_NOUNS.has(raw[k] ?? '');
  stemmed.forEach((term, i) => {
    // Not the end of a certification's name: "architect associate and developer associate".
    if (!index.subject.levels.has(term) || index.sideTerms.has(stemmed[i - 1] ?? '')) return;
    // One modifier may stand between: "associate product manager".
    const next = stemmed[i + 1] ?? '';
    const between =
      i + 1 < stemmed.length &&
      !stop[i + 1] &&
      !VERSUS.has(raw[i + 1]!) &&
      !jobNoun(i + 1) &&
      !index.subject.credentials.has(next) &&
      !index.subject.brands.has(next);
    const noun = jobNoun(i + 1) ? i + 1 : between && jobNoun(i + 2) ? i + 2 : undefined;
    // Not across a clause's end: "order for the two associates - architect first".
    if (noun === undefined || clauseStart.slice(i + 1, noun + 1).some(Boolean)) return;
    const after = stemmed[noun + 1];
    if (after !== undefined && (index.subject.credentials.has(after) || index.subject.codes.has(after)))
      return;
    const title = stemmed.slice(i, noun + 1).join('-');
    for (let k = i; k <= noun; k++) titles[k] = title;
  });
  return titles;
}

/** A side's job noun before another job's noun ("developer advocate", "architect manager") names that job. */
function modifiesAnotherJob(raw: readonly string[], at: number): boolean {
  return SIDE_JOB_NOUNS.has(raw[at]!) && OTHER_JOB_NOUNS.has(raw[at + 1] ?? '');
}

/**
 * The words that ask (not where the asker describes themselves) name another job: a job noun neither side
 * is, not part of a phrase of the guide's nor the end of a product's name among its not-covered keywords
 * ("secrets manager"), or a side's job noun after another role's modifier ("UX designer", "game developer",
 * see otherRoleWords).
 */
function asksOfAnotherRole(
  index: GuideIndex,
  { raw, stemmed, inQuestion, selfClause, clauseStart }: PreparedQuestion,
  roles: readonly boolean[],
  consumed: readonly boolean[],
  titles: readonly (string | undefined)[],
): boolean {
  return raw.some(
    (word, i) =>
      inQuestion[i] &&
      !selfClause[i] &&
      // Not the asker introducing themselves before a colon or dash: "Engineering director: what's the core
      // difference…?", "Recruiter — which cert…?" (those addressed are many: "engineering managers: how much
      // coding do you still do?").
      !(i < ASKER_LEAD_WORDS && clauseStart[i + 1] && !word.endsWith('s')) &&
      // Nor whoever relays the question: "our DBA wants to know, are database services covered on both?".
      !relaysAQuestion(raw, i + 1) &&
      (titles[i] !== undefined ||
        (roles[i] && SIDE_JOB_NOUNS.has(word)) ||
        (OTHER_JOB_NOUNS.has(word) &&
          !consumed[i] &&
          !(i > 0 && index.namedPairs.has(`${stemmed[i - 1]} ${stemmed[i]}`)))),
  );
}

/**
 * Verbs after whoever relays a question: "my DBA *asked* whether…", "our analyst *wonders*…" (word by word what
 * prepare-question's ASKED_BY_OTHERS reads in a clause).
 */
const RELAYS: ReadonlySet<string> = new Set(['asked', 'asks', 'asking', 'wonders', 'wondered']);
/** Whether the words from `at` relay a question: a verb of RELAYS, or "wants to know" (not "wants us to drop…"). */
function relaysAQuestion(raw: readonly string[], at: number): boolean {
  return (
    RELAYS.has(raw[at] ?? '') ||
    ((raw[at] === 'wants' || raw[at] === 'wanted') && raw[at + 1] === 'to' && raw[at + 2] === 'know')
  );
}

/** How many words a lead-in naming the asker's job may have ("Senior engineering manager: …"). */
const ASKER_LEAD_WORDS = 3;

/** Words that say whom a credential is for: "the credential *for* people who…", "the exam *aimed at*…". */
const FOR_WORDS = [
  ['for'],
  ['aimed', 'at'],
  ['meant', 'for'],
  ['intended', 'for'],
  ['targeted', 'at'],
  ['geared', 'to'],
  ['geared', 'towards'],
  ['geared', 'toward'],
  ['made', 'for'],
  ['built', 'for'],
];
/** Words that may stand before the describing word: "for *the people who* build…", "aimed at *cloud system* designers". */
const DESCRIPTION_FILLER = new Set(
  [
    'the',
    'people',
    'person',
    'persons',
    'folks',
    'those',
    'someone',
    'anyone',
    'who',
    'that',
    'cloud',
    'aws',
    'amazon',
    'system',
    'systems',
    'mostly',
    'mainly',
    'primarily',
    'actually',
  ].map(stem),
);

/**
 * A credential or route word followed by whom it is for, described by a word of one side's vocabulary
 * ("the credential for people who design cloud systems", "the exam aimed at application builders", "the
 * credential intended for people who write software"): that side, as "design credential" or "builder
 * track" would name it. One other word may stand before the describing word ("who *write* software").
 * Not in a message that asks for a pick: "which cert for someone who codes?" describes the asker.
 */
function describedSides(
  index: GuideIndex,
  prepared: PreparedQuestion,
  otherRoles: readonly boolean[],
): { at: number; end: number; term: string }[] {
  const { raw, stemmed } = prepared;
  const { credentials, describers } = index.subject;
  const namesACredential = (word: string, pointed: boolean) =>
    pointed ? credentials.has(word) && word !== NOT_POINTED_CREDENTIAL : NAMING_CREDENTIALS.has(word);
  const found: { at: number; end: number; term: string }[] = [];
  // "the builder one", "the app-building one": a side's describing words between "the" and "one" name that
  // side, a pick asked or not ("the architect one", "the dev one" name it as they are).
  stemmed.forEach((term, at) => {
    const side = describers.get(term);
    if (!side || otherRoles[at] || describers.get(stemmed[at - 1] ?? '') === side) return;
    const pointed = POINTED.has(raw[at - 1] ?? '');
    // "HR is building a cert ladder": the verb, not a description.
    if (!pointed && BUILD_VERB.has(raw[at]!)) return;
    // Nor a describing word that another word's name ends with: "the AWS *Skill Builder* exam prep".
    if (!pointed && at > 0 && !prepared.stop[at - 1] && !prepared.sentenceStart[at]) return;
    // Nor one denied: "a *no*-code cert" is a certification without the coding, not the coding one.
    if (DENIED.has(raw[at - 1] ?? '')) return;
    const named = index.phrasesByStart
      .get(term)
      ?.some((phrase) => phrase.stems.length === 1 && index.sideTerms.has(phrase.term));
    if (named) return;
    let end = at;
    while (end + 1 < stemmed.length && describers.get(stemmed[end + 1]!) === side) end++;
    // "the builder-flavoured one", "the design-y cert", "the coding-heavy one": a word saying how the description
    // holds may follow.
    // Not a strong one asked of ("which one is the coding-heavy one?", "is that the coding-heavy one?" ask how much
    // code, of the two); "is the coding-heavy one easier…?" asks of it.
    if (
      FLAVOURED.has(raw[end + 1] ?? '') &&
      !(STRONGLY.includes(raw[end + 1]!) && isPredicate(prepared, at - 1))
    )
      end++;
    // Offered against the other with no "the" ("design one or coder one?") it names a side as well.
    const offered = OFFERING.has(raw[at - 1] ?? '') || prepared.sentenceStart[at] === true;
    if ((pointed || offered) && ONE.has(raw[end + 1] ?? ''))
      found.push({ at, end: end + 1, term: stem(side) });
    // "the builder cert", "the blueprint exam", and without "the" ("builder exam main themes?"): the
    // credential word stays itself, a credential with a side.
    else if (namesACredential(stemmed[end + 1] ?? '', pointed)) found.push({ at, end, term: stem(side) });
  });
  // "the one with the coding", "that one with all the design": whose describing word comes after "with". Not
  // asked of ("is the DVA the one with more code in it?" asks how much code, of the two).
  raw.forEach((word, at) => {
    if (!ONE.has(word) || !POINTED.has(raw[at - 1] ?? '') || raw[at + 1] !== 'with') return;
    if (raw.slice(Math.max(0, at - 4), at - 1).some((before) => COPULA.has(before))) return;
    let k = at + 2;
    while (WITH_FILLER.has(raw[k] ?? '')) k++;
    const side = describers.get(stemmed[k] ?? '');
    if (side && !otherRoles[k]) found.push({ at, end: k, term: stem(side) });
  });
  if (prepared.pickCue) return found;
  stemmed.forEach((term, at) => {
    if (!credentials.has(term) && !ROUTES.has(term)) return;
    // "a learning path for the new design system" is a path of another kind.
    if (ROUTES.has(term) && KINDS_OF_PATH.has(raw[at - 1] ?? '')) return;
    const opener = FOR_WORDS.find((words) => words.every((word, k) => raw[at + 1 + k] === word));
    if (!opener) return;
    let others = 0;
    for (let k = at + 1 + opener.length; k < Math.min(stemmed.length, at + 9); k++) {
      const side = describers.get(stemmed[k]!) ?? index.sideTerms.get(stemmed[k]!);
      // "the career path for a UX designer" describes another role; "a cert for people who can't code", those
      // without the side's work.
      if (side && (otherRoles[k] || DENIED.has(raw[k - 1] ?? ''))) return;
      if (side) {
        // The description goes on while its words describe the same side: "build *apps*".
        let end = k;
        while (end + 1 < stemmed.length && describers.get(stemmed[end + 1]!) === side) end++;
        found.push({ at: at + 1, end, term: stem(side) });
        return;
      }
      if (!DESCRIPTION_FILLER.has(stemmed[k]!) && ++others > 1) return;
    }
  });
  return found;
}

/** Words that may stand between "the one with" and its describing word: "the one with *all the* coding" ("a" is no word here). */
const WITH_FILLER = new Set(['the', 'all', 'more', 'heavier', 'lots', 'of', 'bunch', 'loads']);

/** Words denying the describing word after them: "a *no*-code cert", "for people who *can't* code". */
const DENIED = new Set([
  'no',
  'zero',
  'non',
  'low',
  'without',
  'cant',
  'cannot',
  'dont',
  'doesnt',
  'never',
  'not',
  'hate',
  'hates',
]);

/** The second words of a side's name by how it leans: "code *focused*", "design *oriented*", "code *heavy*". */
const LEANS = new Set(['focused', 'oriented', 'heavy', 'centric'].map(stem));

/** What a side named by description reads as in a keyword read a few words apart: no keyword's word. */
const DESCRIBED_SIDE = '\u0000side';

/** Words of degree that only say how much a general term matters: "the *fundamental* difference". */
const DEGREE = new Set(
  'core key main big biggest real fundamental basic essential primary major chief central crucial principal overall general'.split(
    ' ',
  ),
);

/** Words making a route word a path of another kind: "a *learning* path for the design system". */
const KINDS_OF_PATH = new Set(['learning', 'career', 'study', 'upgrade', 'migration', 'promotion', 'growth']);

/** Words pointing at one of the two before its description: "*the* builder one". */
const POINTED = new Set(['the', 'this', 'that']);
const ONE = new Set(['one', 'ones']);
/**
 * Whether the sentences that ask speak of "the other one", "the other cert", "the other associate": the one of the
 * two not named, when one is (score-guide.ts).
 */
function asksOfTheOther(index: GuideIndex, prepared: PreparedQuestion): boolean {
  return speaksOfTheOther(index, prepared, (i) => prepared.inQuestion[i]!);
}

/** Whether the message speaks of "the other one", "the other cert", "the other associate" (where `within` says). */
function speaksOfTheOther(
  index: GuideIndex,
  { raw, stemmed }: PreparedQuestion,
  within: (i: number) => boolean = () => true,
): boolean {
  return raw.some(
    (word, i) =>
      within(i) &&
      word === 'other' &&
      raw[i - 1] === 'the' &&
      countsACertification(index, raw, stemmed, i + 1),
  );
}

/** Whether the word at `k` is what a certification is counted as: "one", a credential word or the level ("the other *cert*"). */
function countsACertification(
  index: GuideIndex,
  raw: readonly string[],
  stemmed: readonly string[],
  k: number,
): boolean {
  const { credentials, levels } = index.subject;
  return ONE.has(raw[k] ?? '') || credentials.has(stemmed[k] ?? '') || levels.has(stemmed[k] ?? '');
}

/** Verbs saying someone holds or has taken a certification: "my manager *holds* the SAA", "*passed* DVA". */
const HOLDS = new Set(
  'has have ive had got gotten holds hold holding having passed earned cleared did done finished completed'.split(
    ' ',
  ),
);
/** The same verbs that open a question rather than tell: "*have* the SAA and DVA got…", "*did* the SAA…". */
const ASKS_WHEN_FIRST = new Set(['has', 'have', 'had', 'hold', 'holds', 'did', 'done']);
/** Words that may stand between such a verb and the side's name: "has *the* SAA", "got *her* dev one". */
const BEFORE_HELD = new Set(
  'the my his her their our a an already also just aws amazon solutions certified'.split(' '),
);
/** Words saying one is through with a certification: "*done* with the DVA". */
const THROUGH = new Set(['done', 'finished']);
/** Whom "done with" may be asked of: "are *you* done with the SAA?". */
const ASKED_OF_ANOTHER = new Set(['you', 'u', 'ya', 'he', 'she', 'they']);
/** Words before such a verb that make it ask or want, not tell: "*do* I have…", "*which* has…", "*to* have". */
const NOT_TELLING = new Set('do does did which what who whom should would could will can to if'.split(' '));
/** Words that make a clause wonder, a few words before such a verb: "asked *if* I already had the SAA". */
const WONDERING = new Set(['if', 'whether']);

/**
 * The sides someone is said to hold ("my manager *holds the SAA*", "*passed the dev one*", "*having* the DVA"), when the
 * words that ask name another side as well or the message speaks of "the other one": the side asked about is then
 * the other (score-guide.ts). Empty otherwise.
 */
function heldSides(
  index: GuideIndex,
  prepared: PreparedQuestion,
  {
    side,
    found,
    termAt,
  }: {
    side: readonly boolean[];
    found: readonly { term: string; at: number }[];
    termAt: readonly (string | undefined)[];
  },
  asks: (i: number) => boolean,
): ReadonlySet<string> {
  const { raw, stemmed, sentenceStart } = prepared;
  const startsHeld = (i: number) => {
    if (!side[i] || side[i - 1]) return false;
    let k = i - 1;
    for (
      let skipped = 0;
      k >= 0 && skipped < 3 && BEFORE_HELD.has(raw[k]!) && !sentenceStart[k + 1];
      skipped++
    )
      k--;
    // "done with the DVA", "finished with SAA": through with it, told even first; not asked of another ("are you
    // done with…").
    if (raw[k] === 'with' && THROUGH.has(raw[k - 1] ?? '') && !sentenceStart[k + 1]) {
      if (k === 1 || sentenceStart[k - 1]) return true;
      return !ASKED_OF_ANOTHER.has(raw[k - 2]!) && !NOT_TELLING.has(raw[k - 2]!);
    }
    if (k < 0 || sentenceStart[k + 1] || !HOLDS.has(raw[k]!) || raw[k + 1] === 'to') return false;
    if (sentenceStart[k] || k === 0) return !ASKS_WHEN_FIRST.has(raw[k]!);
    // Nor when the clause wonders whether: "asked if I already had the SAA".
    return (
      !NOT_TELLING.has(raw[k - 1]!) && !raw.slice(Math.max(0, k - 3), k).some((word) => WONDERING.has(word))
    );
  };
  const starts = raw.map((_, i) => startsHeld(i));
  if (!starts.includes(true)) return NO_SIDES;
  const sideOf = (i: number) => sideAt(index, stemmed, termAt, i);
  // The sides held, and those the asking words name elsewhere (a held name runs on over its side's words).
  const held = new Set<string>();
  const within = raw.map(() => false);
  starts.forEach((start, i) => {
    if (!start) return;
    const named = sideOf(i);
    if (named) held.add(named);
    for (let k = i; k < raw.length && (k === i || side[k]); k++) within[k] = true;
  });
  const askedElse = [
    ...raw.flatMap((_, i) => (side[i] && !within[i] && asks(i) ? [sideOf(i)] : [])),
    ...found.filter(({ at }) => !within[at] && asks(at)).map(({ term }) => index.sideTerms.get(term)),
  ].filter((named) => named !== undefined);
  for (const named of askedElse) held.delete(named);
  return held.size > 0 && (askedElse.length > 0 || speaksOfTheOther(index, prepared)) ? held : NO_SIDES;
}

const NO_SIDES: ReadonlySet<string> = new Set();

/** The guide's term for holding both certifications (its vocabulary's "both"), see addsTheOtherSide. */
const BOTH_TERM = stem('both');
/** The guide's term for a pick ("go for", "choose"). */
const PICK_TERM = stem('choose');
/** The guide's terms a question of adding the other side may use and still ask nothing else: a pick, its worth, the order. */
const ADDING_TERMS = new Set([BOTH_TERM, stem('worth'), stem('order'), PICK_TERM]);
/** Words that add the other side to the one held: "should I bother with SAA *too*?", "is DVA worth it *next*?". */
const ADDING_WORDS = new Set(['too', 'also', 'next', 'after', 'afterwards', 'additionally']);

/**
 * One side held and the other asked of, with a pick, the worth of it or a word that adds ("too", "next"), and no
 * topic of its own ("got the SA cert last month. worth going for the dev one too?", "I already have the DVA, should I
 * bother with SAA too?"): the question is whether to add the second, which the guide's section on holding both
 * answers (its vocabulary's "both" term joins the question's). Not when the two are offered ("my mentor has the SAA,
 * should I get that or the other one?" picks) or how they differ is asked (the overview, see score-guide.ts).
 * Only in a guide whose vocabulary has that term. Measured (session 64) over 82,240 eval lines: +4 top-1, +7 right
 * channel answers and one wrong fewer, nothing lost.
 */
function addsTheOtherSide(
  index: GuideIndex,
  prepared: PreparedQuestion,
  held: ReadonlySet<string>,
  {
    stemmed,
    consumed,
    found,
    asks,
  }: {
    stemmed: readonly string[];
    consumed: readonly boolean[];
    found: readonly { term: string; at: number }[];
    asks: (i: number) => boolean;
  },
): boolean {
  if (held.size !== 1 || prepared.alternatives || !index.idf.has(BOTH_TERM) || asksHowItDiffers(prepared))
    return false;
  const topical = (term: string) => namesATopic(index, term) && !ADDING_TERMS.has(term);
  return (
    (prepared.pickCue ||
      prepared.raw.some((word, i) => asks(i) && ADDING_WORDS.has(word)) ||
      found.some(({ at, term }) => asks(at) && ADDING_TERMS.has(term))) &&
    !found.some(({ at, term }) => asks(at) && topical(term)) &&
    !stemmed.some((term, i) => asks(i) && !prepared.stop[i] && !consumed[i] && topical(term))
  );
}

/** The sides held, with those only listed when the question points at the other by its place (see sidesByOrder). */
function withPassedOver(held: ReadonlySet<string>, passedOver: ReadonlySet<string>): ReadonlySet<string> {
  return passedOver.size > 0 ? new Set([...held, ...passedOver]) : held;
}

/** Words offering one of the two against the other: "design one *or* coder one". */
const OFFERING = new Set(['or', 'vs', 'versus', 'and']);
/** Words saying a side's description holds strongly: "the coding-*heavy* one", "the design-*focused* one". */
const STRONGLY: readonly string[] = ['heavy', 'focused', 'oriented', 'centric', 'driven'];
/**
 * Words saying how a side's description holds, loosely or strongly: "the builder-*flavoured* one", "the
 * design-*y* one", "the coding-*heavy* one".
 */
const FLAVOURED = new Set([
  'flavoured',
  'flavored',
  'flavour',
  'flavor',
  'style',
  'styled',
  'type',
  'ish',
  'y',
  'leaning',
  ...STRONGLY,
]);
/**
 * Whether the "the" at `the` opens what a verb says something is: "which one *is the*…", "*is that the*…", not a
 * question opening with the verb ("*Is the* coding-heavy one easier…?").
 */
function isPredicate({ raw, sentenceStart }: PreparedQuestion, the: number): boolean {
  if (POINTING_WORDS.has(raw[the - 1] ?? '')) return COPULA.has(raw[the - 2] ?? '');
  return COPULA.has(raw[the - 1] ?? '') && !sentenceStart[the - 1];
}
/** The verb that asks which side a strong description fits: "which one *is* the coding-heavy one?". */
const COPULA = new Set(['is', 'are', 'was', 'thats']);
const POINTING_WORDS = new Set(['that', 'this', 'it']);
/** The verb of the developer side's describing word: "HR is *building* a cert ladder" describes nothing. */
const BUILD_VERB = new Set(['build', 'builds', 'building', 'built']);
/**
 * The credential words that name a side after its describing words with no "the" ("builder exam"); after "the"
 * any of the guide's credential words does ("the builder badge") but "test": "the build test failed" is CI talk.
 */
const NAMING_CREDENTIALS = new Set(['cert', 'certs', 'certification', 'exam', 'credential'].map(stem));
const NOT_POINTED_CREDENTIAL = stem('test');

/** Words for a level in a credential's description: "the two associate-*level* credentials". */
const LEVEL_WORDS = new Set(['level', 'tier'].map(stem));

/**
 * "level" or "tier" after the associate level's word and before a credential word ("the two
 * associate-level AWS credentials", "the associate-tier exam aimed at designers") describes which
 * credentials are meant: it is part of their name, not a question about the levels. Only the guide's
 * general words, sides and side-describing words may stand between; "is associate level the entry
 * cert?" still asks about levels.
 */
function namesTheLevel(index: GuideIndex, stemmed: readonly string[], at: number): boolean {
  if (!LEVEL_WORDS.has(stemmed[at]!) || !index.subject.levels.has(stemmed[at - 1] ?? '')) return false;
  const { credentials, describers } = index.subject;
  for (let k = at + 1; k < Math.min(stemmed.length, at + 5); k++) {
    const word = stemmed[k]!;
    if (credentials.has(word)) return true;
    if (!index.generalTerms.has(word) && !index.sideTerms.has(word) && !describers.has(word)) return false;
  }
  return false;
}

/** "demand" as a verb: what a credential requires. */
const DEMAND_VERB = new Set(['demand', 'demands', 'demanded']);
/** Words before "demand" that make it the noun: "in demand", "high demand", "market demand". */
const DEMAND_NOUN_BEFORE = new Set([
  'in',
  'on',
  'of',
  'the',
  'high',
  'low',
  'more',
  'less',
  'much',
  'market',
  'big',
  'huge',
  'strong',
  'growing',
  'job',
  'any',
  'no',
]);

/**
 * "demand" as a verb ("how much programming does each credential demand?") says the question asks what
 * is required, as "need" does: no word of the difficulty vocabulary ("demanding"), and no topic. "in
 * demand" and "demand for" are the job market's.
 */
function requires(raw: readonly string[], at: number): boolean {
  if (callsFor(raw, at) || callsFor(raw, at - 1)) return true;
  return DEMAND_VERB.has(raw[at]!) && !DEMAND_NOUN_BEFORE.has(raw[at - 1] ?? '') && raw[at + 1] !== 'for';
}

/**
 * "call for" as a verb, said of what is asked about ("how much programming does each actually *call for*?"):
 * what is required, no topic. Not the noun: "the right call for me", "a sales call for Friday".
 */
function callsFor(raw: readonly string[], at: number): boolean {
  return CALL_VERB.has(raw[at] ?? '') && raw[at + 1] === 'for' && CALL_SAID_OF.has(raw[at - 1] ?? '');
}
const CALL_VERB = new Set(['call', 'calls']);
/** What "call for" may follow as a verb: who or what calls for it, or an adverb ("does each *actually* call for"). */
const CALL_SAID_OF = new Set(
  'each it they them both either one exam exams cert certs certification certifications test tests path track route actually really typically usually realistically even still'.split(
    ' ',
  ),
);

/** What "earn" takes when it means obtaining a certification rather than pay: "earn both", "earning each". */
const EARNED = new Set(['both', 'each', 'it', 'them', 'these', 'those', 'either', 'pair', 'two'].map(stem));
const EARN = stem('earn');
/** Words that may stand between "earn" and what is earned: "earned *the* DVA". */
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'their', 'this', 'that'].map(stem));

/**
 * "earn" followed by what is earned — both, each, it, the pair, or a side or credential ("earning the
 * design-oriented badge", "earned the DVA") — means obtaining the certification, not pay: it is no word
 * of the guide's salary vocabulary. "earn more", "earn the most", "earning potential" and "out-earn devs" still are.
 */
function earnsACredential(index: GuideIndex, stemmed: readonly string[], at: number): boolean {
  // "out-earn devs" out-earns them.
  if (stemmed[at] !== EARN || stemmed[at - 1] === 'out') return false;
  const next = at + 1 + (ARTICLES.has(stemmed[at + 1] ?? '') ? 1 : 0);
  const word = stemmed[next] ?? '';
  const { codes, credentials } = index.subject;
  if (EARNED.has(word) || index.sideTerms.has(word) || codes.has(word) || credentials.has(word)) return true;
  return sidePhraseAt(index, stemmed, next) !== undefined;
}

/** Words that set two things against each other, with one on each side: "sqs vs sns". */
const VERSUS: ReadonlySet<string> = new Set(['vs', 'versus']);
/**
 * Words after "or" that offer no second thing but how alike the first ones are: "…like chalk and cheese *or
 * pretty close*?", "…or about the same?".
 */
const SAMENESS: ReadonlySet<string> = new Set(
  'close closer similar same equal comparable identical level even different alike'.split(' '),
);
/** Words of degree that may stand before a word of SAMENESS: "or *pretty* close", "or *about* the same". */
const SAMENESS_DEGREE: ReadonlySet<string> = new Set(
  'pretty about roughly fairly quite very much more or less the basically kinda kind of'.split(' '),
);
/** Whether the words from `at` (after an "or") say how alike things are rather than name another thing. */
function offersSameness(raw: readonly string[], at: number): boolean {
  let k = at;
  while (k < raw.length && k < at + 3 && SAMENESS_DEGREE.has(raw[k]!)) k++;
  return SAMENESS.has(raw[k] ?? '');
}
/** "more than", "rather than": a preference, not two things compared by a quality. */
const PREFERENCE: ReadonlySet<string> = new Set(['more', 'less', 'rather', 'other']);
/** How far (in words, function words included) a compared thing may stand from "vs" or "between". */
const OPERAND_REACH = 3;

/** Verbs that open a second question after "or" ("…or is that a meme", "…or should I wait"). */
const ASKS_AGAIN: ReadonlySet<string> = new Set(
  'is are am was were do does did should would will can could has have'.split(' '),
);

/** How far from a "vs" the words that make it a likeness may be (see likenedTo). */
const LIKENESS_REACH = 4;
/** What a likeness is said to be a kind of, before "of": "marathon vs sprint *kind of* thing". */
const KIND_OF: ReadonlySet<string> = new Set(['kind', 'sort', 'type']);
/** What a likeness is said to be on its own: "a tortoise vs hare *situation*", "crossword vs sudoku *vibes*". */
const LIKENESS_NOUNS: ReadonlySet<string> = new Set(['situation', 'vibe', 'vibes']);

/**
 * A "vs" that likens rather than compares: "it's like crossword vs sudoku", "Marathon vs sprint kind of thing —
 * is one of these clearly more brutal…?". What is set against what is a picture of the question, not its topic.
 */
function likenedTo(raw: readonly string[], k: number): boolean {
  for (let i = Math.max(0, k - LIKENESS_REACH); i < k; i++) if (raw[i] === 'like') return true;
  for (let i = k + 2; i <= k + LIKENESS_REACH + 1 && i < raw.length; i++)
    if ((KIND_OF.has(raw[i]!) && raw[i + 1] === 'of') || LIKENESS_NOUNS.has(raw[i]!)) return true;
  return false;
}

/**
 * Two things set against each other that are not the guide's sides ("sqs vs sns", "gsi vs lsi", "cantrill
 * vs maarek for SAA", "difference between ALB and NLB", "how do security groups differ from NACLs"): a
 * comparison guide compares its own two sides, and a question comparing anything else asks what the guide
 * does not say, whatever words it shares with a section ("messaging" is all over the services section).
 * The things compared are the nearest topic words on either side of "vs" or "differ from" (or after
 * "difference between", around "and"). They are other things when both are words the guide never uses, or
 * both stand for the same topic of its vocabulary (SQS and SNS are both messaging) and no section is named
 * after that topic (foundational vs professional are both levels, which is a section's own question). A
 * side or a general term on either side, or two different topics of the guide ("disaster recovery vs
 * delivery pipelines", "labs vs reading"), is how a question about the sides asks, and stays the guide's.
 * A pick sets things against each other with "or" too ("Jira or Linear?", "is it better to cram for two
 * weeks or spread it over two months for dva"); that "or" counts when no side is named within reach of
 * it, since "retake or pivot to SAA" and "saa or dva" pick between the sides.
 */
function comparesOtherThings(
  index: GuideIndex,
  { raw, stemmed, stop, pickCue, aside, inQuestion }: PreparedQuestion,
  side: readonly boolean[],
  termAt: readonly (string | undefined)[],
): boolean {
  const namesSide = (i: number) => namesSideAt(index, stemmed, side, termAt, i);
  /** The compared thing nearest `from` going `step`: a side (or general term), a topic of the guide, or unknown. */
  const operand = (from: number, step: 1 | -1): Operand | undefined => {
    for (let i = from, seen = 0; i >= 0 && i < stemmed.length && seen < OPERAND_REACH; i += step, seen++) {
      if (VERSUS.has(raw[i]!) || (stop[i] && !side[i])) continue;
      const term = termAt[i] ?? stemmed[i]!;
      if (namesSide(i) || index.generalTerms.has(term)) return { kind: 'side' };
      return index.idf.has(term) ? { kind: 'topic', term } : { kind: 'unknown' };
    }
    return undefined;
  };
  const sideWithinReach = (k: number) => {
    for (let i = Math.max(0, k - OPERAND_REACH - 1); i <= k + OPERAND_REACH + 1 && i < stemmed.length; i++)
      if (namesSide(i)) return true;
    return false;
  };
  const others = (a: Operand | undefined, b: Operand | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.kind !== 'side' &&
    b.kind !== 'side' &&
    ((a.kind === 'unknown' && b.kind === 'unknown') ||
      (a.kind === 'topic' && b.kind === 'topic' && a.term === b.term && !index.sectionIdTerms.has(a.term)));
  // Where the sentences that ask name both sides, an analogy told before them ("Kinda like training for a marathon
  // vs a sprint — I assume the prep differs. How should I prepare for the architect vs the developer associate?")
  // compares nothing asked; a question naming fewer ("CKA vs CKAD — … Which should a backend dev do?") asks of
  // what it set out.
  // (Worked out only for a comparison word outside them: this runs for every guide.)
  let asksOfTheSides: boolean | undefined;
  const outsideTheAsk = (k: number) => {
    if (inQuestion[k]) return false;
    asksOfTheSides ??=
      new Set(
        stemmed.flatMap((term, i) =>
          inQuestion[i] && namesSide(i) ? [index.sideTerms.get(termAt[i] ?? term) ?? term] : [],
        ),
      ).size > 1;
    return asksOfTheSides;
  };
  return raw.some((word, k) => {
    // An "or" before a verb that asks again joins two questions, not two things ("is that accurate or is that
    // a meme").
    if (
      VERSUS.has(word) ||
      (pickCue &&
        word === 'or' &&
        !sideWithinReach(k) &&
        !ASKS_AGAIN.has(raw[k + 1] ?? '') &&
        !offersSameness(raw, k + 1))
    )
      return !outsideTheAsk(k) && !likenedTo(raw, k) && others(operand(k - 1, -1), operand(k + 1, 1));
    // "is the LSAT harder than the GMAT": A before the comparative, B after "than"; "the CPA compared to
    // CFA level 1": A before "compared", B after "to"/"with".
    // Not a preference said of the asker ("for someone who likes design interviews more than leetcode").
    if (word === 'than' && k > 1 && !aside[k] && !PREFERENCE.has(raw[k - 1]!))
      return !outsideTheAsk(k) && others(operand(k - 2, -1), operand(k + 1, 1));
    if (word === 'compared' && (raw[k + 1] === 'to' || raw[k + 1] === 'with'))
      return !outsideTheAsk(k) && others(operand(k - 1, -1), operand(k + 2, 1));
    // "how do security groups differ from NACLs": A before "differ", B after "from".
    if (stemmed[k] === DIFFERENCE && raw[k + 1] === 'from')
      return !outsideTheAsk(k) && others(operand(k - 1, -1), operand(k + 2, 1));
    // "difference between A and B": A after "between", B after the "and" that follows it.
    if (word !== 'between' || !stemmed.slice(Math.max(0, k - 2), k).includes(DIFFERENCE)) return false;
    const and = raw.indexOf('and', k + 1);
    return (
      and > k + 1 &&
      and - k <= OPERAND_REACH + 1 &&
      !outsideTheAsk(k) &&
      others(operand(k + 1, 1), operand(and + 1, 1))
    );
  });
}

/**
 * The terms the question's "which" pick words name (see pickedBy), when its first pick word is a "which"; a later
 * pick word that is no "which" ("which IDE is *best*") picks among the same. Undefined when the pick starts
 * otherwise ("should I…", "what's better…").
 */
function termsPickedByWhich(
  index: GuideIndex,
  { corrected, stemmed, stop, pickAt }: PreparedQuestion,
  termAt: readonly (string | undefined)[],
): (string | undefined)[] | undefined {
  const first = pickAt.indexOf(true);
  if (first >= 0 && corrected[first] !== 'which') return undefined;
  return pickAt.flatMap((pick, i) =>
    pick && corrected[i] === 'which' ? [pickedBy(index, stemmed, stop, termAt, i)] : [],
  );
}

/**
 * Every "which" of the question's pick names what it picks among, and that is neither a side nor a credential
 * nor the guide's general words: "which AWS region is cheapest", "which lambda runtime is fastest", "which IDE
 * is best" pick among other things; "which one", "which cert", "which is harder" among the sides.
 */
function picksOtherThings(
  index: GuideIndex,
  prepared: PreparedQuestion,
  termAt: readonly (string | undefined)[],
): boolean {
  const { credentials } = index.subject;
  return (
    termsPickedByWhich(index, prepared, termAt)?.every(
      (term) =>
        term !== undefined &&
        !index.sideTerms.has(term) &&
        !index.generalTerms.has(term) &&
        !credentials.has(term),
    ) ?? false
  );
}

/** The term a "which" at `at` names (past the brand: "which AWS region"), or undefined for a stop word or none. */
function pickedBy(
  index: GuideIndex,
  stemmed: readonly string[],
  stop: readonly boolean[],
  termAt: readonly (string | undefined)[],
  at: number,
): string | undefined {
  let k = at + 1;
  while (k < stemmed.length && index.subject.brands.has(stemmed[k]!)) k++;
  return stop[k] ? undefined : (termAt[k] ?? stemmed[k]);
}

/**
 * The question's one "which" picks among words the guide never uses ("which laptop", "which emoji", "which
 * restaurant"); a second "which" picks anew ("which laptop… and which cert?"). Stricter than picksOtherThings:
 * "which path", "which fits" are the guide's words and may pick between the sides.
 */
function picksUnknownThings(
  index: GuideIndex,
  prepared: PreparedQuestion,
  termAt: readonly (string | undefined)[],
): boolean {
  const terms = termsPickedByWhich(index, prepared, termAt);
  return terms?.length === 1 && terms[0] !== undefined && !index.idf.has(terms[0]);
}

/** Words that place a certification on a ladder: "tier", "rung", "CCNA-ish", "level", "the AWS equivalent". */
const LADDER: ReadonlySet<string> = new Set(
  'tier tiers rung rungs ladder hierarchy equivalent equivalents position ish level levels'
    .split(' ')
    .map(stem),
);
/** What AWS has in place of another field's ladder: "the AWS *equivalent* of the CCNA/CCNP/CCIE tiers". */
const COUNTERPART: ReadonlySet<string> = new Set(['equivalent', 'equivalents', 'version', 'counterpart']);
/** The words that open a likening after the subject: "is SAA *basically* the CCNA…", "is it *on* the same rung…". */
const LIKENING: ReadonlySet<string> = new Set(
  'roughly basically kinda kind sort like equivalent equal similar comparable same the on in at just essentially about close closer more'.split(
    ' ',
  ),
);
/** How many words the yardstick after "is <one of the two>" may run, and how far the subject may stand. */
const YARDSTICK_REACH = 7;
const SUBJECT_REACH = 4;
/** How many words after "the AWS equivalent of" name the yardstick. */
const COUNTERPART_REACH = 5;

/**
 * Per word: another field's certification named as a yardstick to place the guide's own on, read out of the
 * uncovered topics' keywords (the ladder is the levels' topic): after "is"/"are", one of the two or their level
 * ("associate") and a word that likens, in a span with a ladder word or "of AWS" ("is 'associate' roughly the
 * CCNA-ish tier?", "is SAA basically the CCNA of AWS?", "is the SA associate on the same rung as AZ-104"), or
 * likened to a thing of everyday English ("is the DVA like a coding interview?"); or after "the AWS equivalent of"
 * ("aws equivalent of the CCNA/CCNP/CCIE tiers"). Not another's equivalent asked of ("what's the GCP equivalent of
 * the AWS developer associate?"), nor a certification asked about with no ladder ("is the SAA the same as the
 * AZ-305?", "is SAA like the AZ-305?").
 */
function yardstickWords(
  index: GuideIndex,
  { raw, stemmed, stop, clauseStart, englishTerms }: PreparedQuestion,
  side: readonly boolean[],
): boolean[] {
  const marks = stemmed.map(() => false);
  const ours = (k: number) => side[k] || index.subject.levels.has(stemmed[k]!);
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) marks[k] = !side[k];
  };
  raw.forEach((word, i) => {
    if (COUNTERPART.has(word) && index.subject.brands.has(stemmed[i - 1] ?? '') && raw[i + 1] === 'of') {
      let to = i + 2;
      while (to < raw.length && to < i + 2 + COUNTERPART_REACH && !clauseStart[to]) to++;
      mark(i + 2, to);
      return;
    }
    if (word !== 'is' && word !== 'are') return;
    // The guide's subject right after: "is 'associate' …", "is the SA associate …", "are SAA and DVA …".
    let k = i + 1;
    while (k < raw.length && k <= i + SUBJECT_REACH && !clauseStart[k] && (stop[k] || !ours(k))) k++;
    if (k >= raw.length || k > i + SUBJECT_REACH || clauseStart[k] || !ours(k)) return;
    while (k < raw.length && !clauseStart[k] && (ours(k) || raw[k] === 'and')) k++;
    // What is said of it likens ("roughly", "kinda like", "on the same rung"), not goes on naming it ("is the
    // associate level exam fee refundable?").
    if (!LIKENING.has(raw[k] ?? '')) return;
    let to = k;
    while (to < raw.length && to < k + YARDSTICK_REACH && !clauseStart[to]) to++;
    const span = stemmed.slice(k, to);
    const ofOurs = span.some((term, n) => term === 'of' && index.subject.brands.has(span[n + 1] ?? ''));
    // Likened to something of everyday English ("is the DVA *like a coding interview*?"), not to a certification
    // named ("is SAA like the AZ-305?", "…like AZ-104?").
    const like = raw.indexOf('like', k);
    const likenedToAThing =
      like >= k && like < k + 3 && !stop[like + 1] && englishTerms.has(stemmed[like + 1] ?? '');
    if (span.some((term) => LADDER.has(term)) || ofOurs || likenedToAThing) mark(k, to);
  });
  return marks;
}

type Operand = { kind: 'side' } | { kind: 'unknown' } | { kind: 'topic'; term: string };

const DIFFERENCE = stem('difference');

interface TopicPhrase {
  at: number;
  stems: readonly string[];
}

/**
 * The uncovered topics whose keywords the question uses. A keyword may not take part of a topic phrase
 * the guide knows: "exam … cost" in "does the exam cover cost optimization" is not "exam cost", while
 * "cloud practitioner exam" may use all of "cloud practitioner".
 */
function uncoveredTopics(
  index: GuideIndex,
  prepared: PreparedQuestion,
  { side, termAt }: { side: readonly boolean[]; termAt: readonly (string | undefined)[] },
  described: readonly boolean[],
  topicPhrases: readonly TopicPhrase[],
  present: ReadonlySet<string>,
  { unnamed, general }: { unnamed: boolean; general: boolean },
): UncoveredTopic[] {
  const {
    stop,
    inQuestion,
    selfClause,
    heldClause,
    cameFrom,
    introduced,
    aside,
    askingPick,
    alternatives,
    sentenceStart,
    purpose,
    notAsked,
    examined,
    heardFrom,
  } = prepared;
  // Only the sentences that ask: "I've got a month of free evenings. What does the SAA exam focus on?"
  // is not a question about how long to study. And when they ask for a pick, not where the asker
  // describes themselves: "I'm a java dev in India, SAA or DVA?" asks for a pick, not about India; nor about a
  // certification held ("already have the CKA, which aws associate should I go for").
  // Nor where the asker comes from, whatever is asked: "coming from the Azure developer cert — what do the AWS
  // developer associate questions look like?".
  const describes = (i: number) =>
    ((askingPick || alternatives) && (selfClause[i] || aside[i] || heldClause[i])) ||
    cameFrom[i] ||
    introduced[i];
  // Nor why it is asked: "…which titles match each cert, so I can match my CV to the postings?". But the
  // options a pick is between are asked of, in whatever sentence they are set out: "I'm deciding between the
  // SAA and Azure's AZ-305. Which one is more respected?"; so are those a question points back at ("…or pivot to
  // GCP's Professional Cloud Architect. How do those two compare?").
  const setsOut = askingPick || pointsBackToTwo(prepared.raw, inQuestion);
  const pointedAt = setsOut ? undefined : pointedBackAtOne(index, prepared, { side, termAt });
  const options = setsOut ? optionsSetOut(prepared.raw, sentenceStart) : pointedAt;
  // The asking sentence reads on from the one it points back at, with no break between them: "…my Cloud
  // Practitioner badge. what's on it, domain by domain?" asks of the Cloud Practitioner's domains.
  const joined = pointedAt ? pointedAt.lastIndexOf(true) + 1 : -1;
  const yardstick = yardstickWords(index, prepared, side);
  const stemmed = prepared.stemmed.map((term, i) =>
    ((inQuestion[i] && !describes(i) && !purpose[i] && !notAsked[i] && !examined[i] && !heardFrom[i]) ||
      options?.[i]) &&
    !yardstick[i]
      ? term
      : '',
  );
  const keep = (masked: readonly string[]) => {
    // "how much is the SAA exam" is still "how much is the exam": exact keywords read past side names,
    // the brand ("the AWS exam") and the words that hold their place. No keyword runs from one sentence
    // into the next ("…an associate cert as a total noob? or do most people learn general…" names no
    // "certs in general").
    const exact: string[] = [];
    const near: string[] = [];
    masked.forEach((term, i) => {
      if (i > 0 && sentenceStart[i] && i !== joined) {
        exact.push(SENTENCE_BREAK);
        near.push(SENTENCE_BREAK);
      }
      if (!side[i] && !PLACEHOLDERS.has(term) && !index.subject.brands.has(term)) exact.push(term);
      // A side named by its description takes no part in a keyword read a few words apart: "skills needed
      // for the builder one" is no "skill builder" (AWS's training site).
      if (!stop[i]) near.push(described[i] ? DESCRIBED_SIDE : term);
    });
    // The question's end ends a sentence too, for a keyword that must end one ("how much is it?").
    exact.push(SENTENCE_BREAK);
    return { exact, near };
  };
  /** Whether a keyword occurs in the question's words, `base` being those it may be read in. */
  const occursIn = (base: readonly string[]) => {
    let plain: ReturnType<typeof keep> | undefined;
    return (phrase: UncoveredPhrase) => {
      // A keyword with a word the question never uses cannot occur in it: most are ruled out here, cheaply.
      if (!phrase.stems.every((term) => present.has(term))) return false;
      plain ??= keep(base);
      // A keyword takes a topic phrase whole or not at all; its function words ("worth *it*") do not count.
      const split = topicPhrases.filter(
        (span) => !span.stems.every((term, k) => stop[span.at + k] || phrase.stems.includes(term)),
      );
      let words = plain;
      if (split.length > 0) {
        const masked = [...base];
        for (const span of split) for (let k = 0; k < span.stems.length; k++) masked[span.at + k] = '';
        words = keep(masked);
      }
      return phrase.exact
        ? indexOf(words.exact, phrase.endsSentence ? [...phrase.stems, SENTENCE_BREAK] : phrase.stems) >= 0
        : occursNear(words.near, phrase.stems, TUNING.scoring.uncoveredGap);
    };
  };
  const occurs = occursIn(stemmed);
  // `askedKeywords` only in the clauses that ask: "is SAA worth it in Berlin?", not "the Munich team is
  // mapping certs to job grades: which tier is the SAA?".
  let asked: ((phrase: UncoveredPhrase) => boolean) | undefined;
  const occursAsked = (phrase: UncoveredPhrase) => {
    if (!phrase.stems.every((term) => present.has(term))) return false;
    if (asked === undefined) {
      const clauses = prepared.askingClause();
      asked = clauses.every(Boolean) ? occurs : occursIn(stemmed.map((term, i) => (clauses[i] ? term : '')));
    }
    return asked(phrase);
  };
  // The topic with the longest keyword found comes first: "best practice exam site" is about practice-test
  // providers ("practice exam site") more than about practice-test scores ("practice exam").
  // Only the keywords whose key stem the question uses can occur in it (GuideIndex.uncoveredKeys).
  const longest = new Map<number, number>();
  for (const term of present)
    for (const { doc, kind, phrase } of index.uncoveredKeys.get(term) ?? []) {
      if ((kind === 'unnamed' && !unnamed) || (kind === 'general' && !general)) continue;
      if (!(kind === 'asked' ? occursAsked : occurs)(phrase)) continue;
      longest.set(doc, Math.max(longest.get(doc) ?? 0, phrase.stems.length));
    }
  // Ties keep the guide's order of topics.
  return [...longest]
    .sort(([a, longestA], [b, longestB]) => longestB - longestA || a - b)
    .map(([doc]) => index.uncovered[doc]!);
}

/**
 * The question asks of two things said before it: "…do AZ-400 next or pivot to GCP's Professional Cloud
 * Architect. How do *those two* compare in difficulty?", "…between AZ-900 and the Azure Administrator exam.
 * What's the difference *between them*?".
 */
function pointsBackToTwo(raw: readonly string[], inQuestion: readonly boolean[]): boolean {
  return raw.some(
    (word, i) =>
      inQuestion[i] &&
      ((word === 'two' && POINTING_BACK.has(raw[i - 1] ?? '')) ||
        (word === 'them' && raw[i - 1] === 'between')),
  );
}
const POINTING_BACK = new Set(['those', 'these']);

/**
 * The words after a "between" or a "whether" up to the end of its sentence: the options a choice is between
 * ("I'm deciding between…", "trying to decide whether to stay on the Microsoft track or…"), or after a verb of
 * weighing them ("I'm weighing the AWS Developer Associate against Azure's AZ-204", "debating AZ-204 vs DVA-C02",
 * "comparing SA Professional with DevOps Engineer Professional").
 */
function optionsSetOut(raw: readonly string[], sentenceStart: readonly boolean[]): boolean[] {
  const options = new Array<boolean>(raw.length).fill(false);
  raw.forEach((word, at) => {
    if (!SETS_OUT_OPTIONS.has(word)) return;
    for (let i = at + 1; i < raw.length && !sentenceStart[i]; i++) options[i] = true;
  });
  return options;
}
const SETS_OUT_OPTIONS = new Set(['between', 'whether', 'weighing', 'debating', 'comparing']);

/**
 * The sentence before the one that asks, when the ask points back at one thing named there: "…now eyeing the
 * Solutions Architect Professional. What's *that exam* like — is the jump brutal?" asks of the Professional; so
 * does an "it" asked what it covers ("…my Cloud Practitioner badge. what's on *it*?") and an "its" ("…doing the
 * Security Specialty next. What are *its* exam domains?"). Not when the last thing named there is one of the two
 * ("…everyone says 'get the architect cert'. … what is that certification meant to show?"), unless it is named as
 * where the other stands ("…Security Specialty after SAA."); nor when the asking sentence names something of the
 * guide's before pointing ("thinking DVA next but… is that a known pain point on that exam"), unless "it" is asked
 * what it covers ("what topics does it cover?").
 */
function pointedBackAtOne(
  index: GuideIndex,
  prepared: PreparedQuestion,
  { side, termAt }: { side: readonly boolean[]; termAt: readonly (string | undefined)[] },
): boolean[] | undefined {
  const { raw, stemmed, stop, sentenceStart, inQuestion } = prepared;
  const { credentials, levels } = index.subject;
  /** A credential's word ("exam", "cert") or "one": what "that" points at, and what may follow a side's name. */
  const credential = (k: number) => raw[k] === 'one' || credentials.has(stemmed[k] ?? '');
  const at = raw.findIndex(
    (word, i) =>
      inQuestion[i] &&
      ((word === 'that' && credential(i + 1)) ||
        word === 'its' ||
        (word === 'it' && (CONTENT_OF.has(raw[i - 1] ?? '') || CONTENT_VERBS.has(raw[i + 1] ?? '')))),
  );
  if (at < 0) return undefined;
  /** Where the sentence holding word `i` starts. */
  const startOf = (i: number) => {
    while (i > 0 && !sentenceStart[i]) i--;
    return i;
  };
  const start = startOf(at);
  if (start === 0 || inQuestion[start - 1]) return undefined;
  // A topic of the guide's before the pointing may be what is asked of it only when "it" or "that exam" is asked
  // what it covers ("what topics does it cover?", "What domains does that one cover?").
  const verbAfter = raw[at] === 'it' ? raw[at + 1] : raw[at] === 'that' ? raw[at + 2] : undefined;
  const asksContent = CONTENT_VERBS.has(verbAfter ?? '');
  for (let i = start; i < at; i++) if (side[i] || (termAt[i] !== undefined && !asksContent)) return undefined;
  const before = startOf(start - 1);
  // The last thing named there is one of the two: a side's name, then only function words, credential words or
  // the level ("…'get the architect cert'.", "…the SA associate.").
  const lastSide = side.lastIndexOf(true, start - 1);
  if (lastSide >= before) {
    let k = lastSide + 1;
    while (k < start && (credential(k) || levels.has(stemmed[k]!))) k++;
    // A side with where it stands named after it ("doing the DVA *after* the Cloud Practitioner") is pointed at,
    // one named as where another stands ("doing Security Specialty *after SAA*") is not.
    if (RELATIVE_TO.has(raw[k] ?? '')) return undefined;
    while (k < start && (stop[k] || credential(k) || levels.has(stemmed[k]!))) k++;
    let first = lastSide;
    while (first > before && side[first - 1]) first--;
    while (first > before && ARTICLES.has(stemmed[first - 1]!)) first--;
    if (k === start && !RELATIVE_TO.has(raw[first - 1] ?? '')) return undefined;
  }
  return raw.map((_, i) => i >= before && i < start);
}

/**
 * What "it" is asked of when it stands for a certification's content: "what's *on it*", "what's *in it*", "does
 * *it cover*…" ("Just got my Cloud Practitioner badge. what's actually on it, domain by domain?").
 */
export const CONTENT_OF: ReadonlySet<string> = new Set(['on', 'in']);
/** Words that name a certification as where another stands: "…Security Specialty *after* SAA". */
const RELATIVE_TO = new Set(['after', 'before', 'besides', 'alongside', 'than']);
export const CONTENT_VERBS: ReadonlySet<string> = new Set([
  'cover',
  'covers',
  'test',
  'tests',
  'include',
  'includes',
  'contain',
  'contains',
  // How far it goes into a topic: "what services does that exam go deep on?".
  'go',
  'goes',
  'focus',
  'focuses',
]);

/**
 * The side a question points back at ("…my team lead got her SA Associate last month. … What does *that cert*
 * actually validate?"): the one named last before it, outside the sentences that ask, when they name none. It
 * is asked about, not context. Measured (session 47) on 50,621 eval lines: +2 top-1, +2 top-3, +2 right channel
 * answers, nothing lost.
 */
function sidePointedBackAt(
  index: GuideIndex,
  prepared: PreparedQuestion,
  side: readonly boolean[],
  found: readonly { at: number; term: string }[],
): string[] {
  const { raw, stemmed, inQuestion } = prepared;
  const { credentials } = index.subject;
  const at = raw.findIndex(
    (word, i) =>
      inQuestion[i] &&
      (word === 'that' || word === 'this') &&
      (raw[i + 1] === 'one' || credentials.has(stemmed[i + 1] ?? '')),
  );
  if (at < 0 || side.some((named, i) => named && inQuestion[i])) return [];
  // A certification's name: an exam's code ("DVA-C02") or a side's word before a credential or level word ("the
  // Solutions Architect cert", "her SA Associate"), not someone's job ("I'm a frontend dev").
  const { levels } = index.subject;
  const namesTheCertification = (k: number) =>
    !isEnglishWord(raw[k]!) ||
    stemmed.slice(k + 1, k + 4).some((term) => credentials.has(term) || levels.has(term));
  let last = at;
  while (--last >= 0 && !(side[last] && !inQuestion[last] && namesTheCertification(last)));
  if (last < 0) return [];
  // The side's word itself, and the side a vocabulary phrase ending there stands for ("SA Associate").
  const named = index.sideTerms.has(stemmed[last]!) ? [stemmed[last]!] : [];
  const phrases = found.filter(
    (phrase) => phrase.at <= last && last - phrase.at < SIDE_PHRASE_REACH && index.sideTerms.has(phrase.term),
  );
  return [...named, ...phrases.map((phrase) => phrase.term)];
}

/** How many words before a side's last word a vocabulary phrase naming it may start ("Solutions Architect Associate"). */
const SIDE_PHRASE_REACH = 4;

/**
 * The question's topic words the guide never uses: those in the sentences that ask, and those only in the
 * sentences around them (a channel counts a share of these, TUNING.channel.unknownAround).
 */
function unknownCounts(
  index: GuideIndex,
  words: {
    stemmed: readonly string[];
    stop: readonly boolean[];
    aside: readonly boolean[];
    inQuestion: readonly boolean[];
    consumed: readonly boolean[];
  },
  topical: (term: string) => boolean,
): { asked: number; around: number } {
  const { stemmed, stop, aside, inQuestion, consumed } = words;
  let asked = 0;
  let around = 0;
  stemmed.forEach((term, i) => {
    if (consumed[i] || stop[i] || aside[i] || index.idf.has(term) || !topical(term)) return;
    if (inQuestion[i]) asked++;
    else around++;
  });
  return { asked, around };
}

/** No vocabulary where the asker describes themselves: most questions describe no one. */
const NOTHING_DESCRIBED: ReadonlySet<string> = new Set();

/** "more" and "less" next to a topic: "which *pays more*?", "*less coding*?" (not "most": "the most cost-efficient"). */
const COMPARED = new Set(['more', 'less', 'fewer']);

/**
 * One of the things the guide's titles ask for, named as what the two are weighed by: "*salary*-wise, is the
 * architect track ahead?", "in terms of *depth*, where do they part ways?", "when it comes to *skills*…".
 */
function namedAsWhatIsWeighed(index: GuideIndex, raw: readonly string[], at: number, term: string): boolean {
  if (!index.thingsAsked.has(term)) return false;
  if (raw[at + 1] === 'wise') return true;
  return WEIGHED_BY.some((words) => words.every((word, k) => raw[at - words.length + k] === word));
}
/** The words before what the two are weighed by: "in terms of", "when it comes to". */
const WEIGHED_BY = [
  ['in', 'terms', 'of'],
  ['when', 'it', 'comes', 'to'],
];

/**
 * One of the things the guide's titles ask for (GuideIndex.thingsAsked), named right after a "what" or "which"
 * ("*what skills* should I start learning for the architect path?", "which kind of *roles*…", "what AWS
 * *services*…"): what the question wants, whatever else it names.
 */
function namedByItsWhWord(
  index: GuideIndex,
  raw: readonly string[],
  stemmed: readonly string[],
  at: number,
  term: string,
): boolean {
  return index.thingsAsked.has(term) && whBefore(raw, stemmed, index.generalTerms, at) >= 0;
}

/** Words that give a reason for what was just said of something: "rough *because of* all the VPC work". */
const BECAUSE = new Set(['because', 'cuz', 'coz']);

/** Whether the word at `j` gives a reason: one of BECAUSE, or "due to" (not "a slide deck due Thursday"). */
function givesAReason(raw: readonly string[], j: number): boolean {
  return BECAUSE.has(raw[j] ?? '') || (raw[j] === 'due' && raw[j + 1] === 'to');
}
/** Verbs that say what gives something a quality: "what *makes* the DVA tough". */
const MAKES = new Set(['make', 'makes', 'made', 'making']);
/** Nouns of a part of a whole, after what is said of it: "the toughest *bit*", "the tricky *bits*". */
const PART = new Set(['part', 'parts', 'bit', 'bits', 'piece', 'pieces', 'portion', 'aspect', 'aspects']);
/** Words before a verb ("advice *to* start", "should *I* start with the dev one because…"), not a quality's word. */
const VERB_BEFORE = new Set('to i you we they should would could can will must might'.split(' '));
/** How far, within its clause, a reason is read as about the word. */
const PREDICATE_REACH = 5;
/** The thing a "makes" speaks of, by a pronoun: "what makes *it* hard". */
const PRONOUNS_OF_IT = new Set('it them this that these those each either both one'.split(' '));
/** How far after a "makes" the word said of the thing may stand: "makes *the DVA* tough". */
const MADE_REACH = 4;

/**
 * Whether the word at `at` is said of the thing the question is about, with what it is said because of named
 * beside it: followed by a reason in its clause ("hard *because of* …", "tough *due to* …"), after a "makes" with
 * only the thing between ("what *makes* SAA tough", not "I make the computers talk"), or before a part ("the
 * toughest *bit* of C03"). Not a verb after "to" ("…advice to start with it because…").
 */
function predicatedAt(
  prepared: PreparedQuestion,
  at: number,
  partsSaid: ReadonlySet<number>,
  thing: (k: number) => boolean,
): boolean {
  const { raw, stop, clauseStart } = prepared;
  if (VERB_BEFORE.has(raw[at - 1] ?? '')) return false;
  if (partsSaid.has(at + 1)) return true;
  if (reasonAfter(prepared, at) >= 0) return true;
  // Between "makes" and the word, only the thing: stop words and the guide's names for it.
  let named = false;
  for (let j = at - 1; j >= 0 && j >= at - MADE_REACH && !clauseStart[j + 1]; j--) {
    if (MAKES.has(raw[j]!)) return named && !madeByTheOrder(prepared, j);
    if (!thing(j)) return false;
    named ||= !stop[j] || PRONOUNS_OF_IT.has(raw[j]!);
  }
  return false;
}

/**
 * Words of an order taken: "would taking C03 *first* make the DVA easier?", "*after* the SAA, does that
 * make…", "does *starting* with the SAA make…": what is made easier is one of the two by
 * the other taken before it, an order asked of, not the quality.
 */
const ORDER_TAKEN = new Set('first before after afterwards beforehand starting start then'.split(' '));

/** Whether the sentence a "makes" (at `made`) stands in speaks of an order taken before it (see ORDER_TAKEN). */
function madeByTheOrder({ raw, sentenceStart }: PreparedQuestion, made: number): boolean {
  for (let j = made - 1; j >= 0; j--) {
    if (ORDER_TAKEN.has(raw[j]!)) return true;
    if (sentenceStart[j]) return false;
  }
  return false;
}

/**
 * Per word: it is in the reason given for what is said of the thing asked about, from the "because" or "due" after
 * that word (see predicatedAt) to the end of its clause: "is C03 rough *because of all the VPC work*?".
 */
function reasonsGiven(
  prepared: PreparedQuestion,
  found: readonly { term: string; at: number }[],
  said: (at: number, term: string) => boolean,
): boolean[] {
  const { raw, clauseStart } = prepared;
  const reason = new Array<boolean>(raw.length).fill(false);
  for (const { at, term } of found) {
    if (VERB_BEFORE.has(raw[at - 1] ?? '') || !said(at, term)) continue;
    for (let j = reasonAfter(prepared, at); j >= 0 && j < raw.length && !clauseStart[j]; j++)
      reason[j] = true;
  }
  return reason;
}

/** Where a reason for the word at `at` starts (see givesAReason), within PREDICATE_REACH in its clause; -1 if none. */
function reasonAfter({ raw, clauseStart }: PreparedQuestion, at: number): number {
  for (let j = at + 1; j < raw.length && j <= at + PREDICATE_REACH && !clauseStart[j]; j++)
    if (givesAReason(raw, j)) return j;
  return -1;
}

/** "makes more sense", "worth more": a pick or a value weighed, not the topic their words stand for. */
const IDIOMS_OF_MORE = new Set(['sense', 'worth']);

/** Verbs that ask what a certification needs of its candidate. */
const NEEDS = new Set([
  'need',
  'needs',
  'require',
  'requires',
  'required',
  'expect',
  'expects',
  'demand',
  'demands',
]);

/** Words that weigh how much of something each has: "which needs *more* coding?". */
const MORE_OR_LESS = new Set(['more', 'less', 'fewer', 'most', 'least']);
/** Words of degree before a side's name by how it leans: "*more* code-focused", "*how* design-oriented". */
const DEGREE_OF = new Set([...MORE_OR_LESS, 'how', 'very', 'too', 'so', 'quite', 'pretty']);

/** Words that set two things against each other ("architect vs developer", "compare", "difference"). */
const CONTRAST = new Set(['vs', 'versus', 'compar', 'comparison', 'differ']);

/**
 * How plainly a question is about the certifications, from what the vocabulary found in it (per word: it
 * names a side, the term it stands for; the terms found) and what it names (how many sides, a credential
 * word, a side at all).
 */
function subjectOf(
  index: GuideIndex,
  prepared: PreparedQuestion,
  vocabulary: {
    side: readonly boolean[];
    termAt: readonly (string | undefined)[];
    canonical: readonly string[];
  },
  named: { sides: number; credential: boolean; side: boolean },
): Subject {
  const { stemmed } = prepared;
  const { side, termAt, canonical } = vocabulary;
  const { sides: sidesNamed, credential, side: sideNamed } = named;
  const { codes, brands, levels } = index.subject;
  const all = [...stemmed, ...canonical];
  // A version code after another exam's letters ("clf-c02", "soa-c02") is that exam's, not either side's.
  const codeOfASide = (term: string, i: number) =>
    codes.has(term) && !versionOfAnotherExam(prepared, i, codes);
  if (stemmed.some(codeOfASide)) return 'named';
  const brandsNamed = new Set(all.filter((term) => brands.has(term))).size;
  // "developer cert", "AWS exam", and the title's own pair "AWS associate".
  if ((credential && (sideNamed || brandsNamed > 0)) || brandsNamed > 1) return 'named';
  // A side followed by the word its certification's name ends with: "developer associate", and in the
  // vocabulary's words, "dev assoc".
  const level = (i: number) => levels.has(stemmed[i] ?? '') || levels.has(termAt[i] ?? '');
  if (side.some((atSide, i) => atSide && level(i + 1))) return 'named';
  const contrast = prepared.raw.some(
    (word, i) => (CONTRAST.has(word) || CONTRAST.has(stemmed[i]!)) && !differentThings(index, prepared, i),
  );
  if (sidesNamed > 1 && contrast) return 'named';
  return credential || sideNamed || contrast || refersToThePair(stemmed, levels) ? 'implied' : 'none';
}

/**
 * "different" before a noun of something else ("three different queues", "different teams"): things told
 * apart, not the certifications set against each other ("how different are they", "different certs").
 */
function differentThings(index: GuideIndex, prepared: PreparedQuestion, i: number): boolean {
  if (prepared.raw[i] !== 'different') return false;
  const next = prepared.raw[i + 1];
  const nextStem = prepared.stemmed[i + 1];
  if (next === undefined || nextStem === undefined || STOP_WORDS.has(next)) return false;
  const { codes, credentials, levels } = index.subject;
  return !(
    index.sideTerms.has(nextStem) ||
    codes.has(nextStem) ||
    credentials.has(nextStem) ||
    levels.has(nextStem) ||
    ROUTES.has(nextStem)
  );
}

/** An exam's letters before its version: "clf" in "clf-c02". Two to four letters, no English word. */
const EXAM_LETTERS = /^[a-z]{2,4}$/;

/**
 * A version code ("c02") right after letters that are no English word and no side's code: another exam's
 * version ("clf-c02", "soa-c02"), where "saa-c03", "the c03" and "c02 vs c03" keep naming a side.
 */
function versionOfAnotherExam(
  { raw, stemmed, stop }: PreparedQuestion,
  i: number,
  codes: ReadonlySet<string>,
): boolean {
  const before = raw[i - 1];
  return (
    /\d/.test(raw[i] ?? '') &&
    before !== undefined &&
    EXAM_LETTERS.test(before) &&
    !codes.has(stemmed[i - 1]!) &&
    !stop[i - 1] &&
    !isEnglishWord(before)
  );
}

/** Words that point at the two routes as a pair: "these two", "the two", "both", "each of", "either". */
const PAIR_POINTERS = new Set(['these', 'the', 'those', 'both', 'each', 'either']);

/**
 * Route words that, said of the pair, stand for the two certifications (see routeOfThePair), and "side" ("what
 * does growth look like on each side?", "skills for both sides"). Not "path": the skills section asks "which
 * skills does each path need?" in those words.
 */
const PAIR_ROUTES = new Set(['rout', 'road', 'track', 'side']);
/** The stem of "certification", the general term a route of the pair stands for. */
const CERTIFICATION = stem('certification');

/**
 * A route word pointed at as one of the pair ("each of the two routes", "both tracks") stands for the two
 * certifications, as "each of the two certs" does: a general term, pointing at no section. Not a career or
 * learning track ("each of these two career tracks"), nor the sides of something named after it ("both sides of
 * the VPC peering"). Measured (session 40) over 39,000 eval lines: +2 top-1, +2 top-3, +16 right channel answers;
 * one skills question more answered wrongly in a channel (with coding, as it already was directly), two answered
 * channel questions fell silent, one chatter line got an answer directly. "side" (session 64, over 82,240 lines):
 * +5 top-1, +21 right channel answers and one wrong fewer, none lost.
 */
function routeOfThePair(index: GuideIndex, { raw, stemmed }: PreparedQuestion, i: number): boolean {
  return (
    PAIR_ROUTES.has(stemmed[i]!) &&
    !KINDS_OF_PATH.has(raw[i - 1] ?? '') &&
    raw[i + 1] !== 'of' &&
    index.generalTerms.has(CERTIFICATION) &&
    pointedAtAsThePair(stemmed, i)
  );
}

/** Nouns for the routes the two certifications are ("these two tracks", "each path", "where does each road lead"). */
const ROUTES = new Set(['track', 'path', 'rout', 'road']);

/**
 * "each of these two tracks", "the two paths", "either route": a route word pointed at as one of a
 * pair refers to the two certifications, as a credential word does ("which cert…"). So does the word the
 * certifications' names end with, used as their noun: "either associate", "both associates".
 */
function refersToThePair(stemmed: readonly string[], levels: ReadonlySet<string>): boolean {
  return stemmed.some((term, i) => (ROUTES.has(term) || levels.has(term)) && pointedAtAsThePair(stemmed, i));
}

/** The word at `i` is pointed at as one of a pair: "each of these two …", "the two …", "both …", "either …". */
function pointedAtAsThePair(stemmed: readonly string[], i: number): boolean {
  const before = stemmed.slice(Math.max(0, i - 4), i);
  const pointer = before.findIndex((word) => PAIR_POINTERS.has(word));
  if (pointer < 0) return false;
  const between = before.slice(pointer);
  return (
    between.includes('two') || between.includes('2') || ['both', 'each', 'either'].includes(before[pointer]!)
  );
}

/** Words that point at the two certifications as a pair, or at each of them (and "two" after "the", "these"…). */
const PAIR_WORDS = new Set(['each', 'both', 'either', 'neither', 'pair']);

/** Words that take one or both of a pair: "*either* of these", "*both*". */
const PAIR_TAKERS = new Set(['each', 'either', 'both', 'neither', 'one']);
const PAIR_PRONOUNS = new Set(['these', 'them', 'those']);
/** A word that says when or how, not what: "both *eventually*", "both *later*", "both *together*". */
const ADVERB = /^(?:\p{L}{4,}ly|later|together|someday|sometime|anyway)$/u;

/**
 * "either of these", "each of them", "get both, which first?": the pair itself, named by a pronoun, which
 * in a question put to this guide's bot are the two certifications, as are "which one…" and "which of these…"
 * (session 48: +58 right channel answers, +4 top-1, no chatter line answered). Not when a noun follows ("each of
 * these tickets", "both teams"): that names another pair.
 */
function pointsAtThePair({ raw, stop, alternatives }: PreparedQuestion): boolean {
  const noNounAt = (k: number) =>
    k >= raw.length || (stop[k] && raw[k] !== 'of') || raw[k] === 'two' || raw[k] === '2' || raw[k] === 'one';
  // After "of these/them/those", a word that is no plural noun is not the pair's own noun: "each of these
  // lead…" ("each of these tickets" is another pair). Not after "the two": "the two load balancers".
  const noPluralAt = (k: number) => noNounAt(k) || !/s$/.test(raw[k]!);
  return raw.some((word, k) => {
    // "one after the other", "one or the other"
    if (word === 'other' && raw[k - 1] === 'the' && raw[k - 3] === 'one') return true;
    // "the two", "these two", "between the two" with no noun after them; "which of the two" (or "the pair")
    // whatever follows ("which of the two leans harder on security?", "which of the pair pays more, roughly?")
    if ((word === 'two' || word === '2' || word === 'pair') && PAIR_POINTERS.has(raw[k - 1] ?? ''))
      return noNounAt(k + 1) || (raw[k - 2] === 'of' && raw[k - 3] === 'which');
    // "which of these is…", "which one do infra folks reckon…": a pick between the pair, unless the message
    // offers its own ("which one is better for IaC scanning, Checkov or tfsec?").
    if (word === 'which')
      return (
        !alternatives &&
        (raw[k + 1] === 'of'
          ? PAIR_PRONOUNS.has(raw[k + 2] ?? '') && noPluralAt(k + 3)
          : raw[k + 1] === 'one' && noNounAt(k + 2))
      );
    if (!PAIR_TAKERS.has(word)) return false;
    if (raw[k + 1] === 'of') return PAIR_PRONOUNS.has(raw[k + 2] ?? '') && noPluralAt(k + 3);
    // "for each?", "each one", "either one", "worth doing both?", "do both eventually?" (an adverb is no
    // noun); "one" only as "one of these"
    return word !== 'one' && (noNounAt(k + 1) || ADVERB.test(raw[k + 1]!));
  });
}

/**
 * Whether two sets share a member (without copying either: this runs for every cue and topic of every
 * guide), looking up the members of the smaller one in the larger.
 */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return sharesAny(b, a);
  for (const member of a) if (b.has(member)) return true;
  return false;
}
