import type { AnalyzedQuestion } from './analyze-question.js';
import { type GuideIndex, namesATopic, type SectionDoc, sidePhraseAt } from './guide-index.js';
import type { Candidate } from './match-question.js';
import { askingWords, asksHowItDiffers, EXPLAIN_WORDS, type PreparedQuestion } from './prepare-question.js';
import { asksTheDifference } from './question-form.js';
import { STRONG_FIELD } from './section-terms.js';
import { TUNING } from './tuning.js';

const { words: WEIGHT, scoring: SCORING } = TUNING;
const NOTHING: ReadonlySet<string> = new Set();

/** What a question says about itself, as far as scoring one guide is concerned. */
interface QuestionShape {
  singleSide: boolean;
  /**
   * The one side asked what it is about as a whole: its own section's topic words are not damped
   * (oneSidedTopicDamping), so "is the DVA about shipping applications?" is the DVA's section, not the overview's line.
   */
  onlySide?: string;
  queryWeight: number;
  /** The same with every word the guide knows at its full weight (see baseWeight). */
  strictQueryWeight: number;
  defaultApplies: boolean;
  /** The one side the question names, when it names nothing more specific ("what is SAA exactly?"). */
  sideDefault?: string;
  pickApplies: boolean;
  /** One side named and asked what it shows with "what" ("what does the DVA prove?"): see whatItShowsCoverage. */
  whatItShows: boolean;
  /**
   * The things a section's title asks for that the question asks for by its "what" or "which" (see
   * AnalyzedQuestion.thingsAsked): none when it names nothing of the guide ("which services are still on the
   * old logging library?") or asks what a certification shows ("what ability does the SAA confirm?").
   */
  thingsAsked: ReadonlySet<string>;
  persona: boolean;
  /** A persona asks about something else (see asksAnotherTopic): it colours the answer, not the pick. */
  askedElsewhere: boolean;
}

/** Words that ask of a thing by name: "*who* do architects work with", "explain *what* the exam emphasises". */
const ASKS_OF_A_THING = new Set(['who', 'what', 'whats', 'how', 'which', 'where', 'when', 'why']);
/** How far before an explaining word a "how" may ask how to explain ("*how* would you sum up…"). */
const HOW_TO_EXPLAIN_REACH = 4;

/**
 * Whether a question asks to be explained or summed up (EXPLAIN_WORDS, or "sum up") and asks of nothing by name: no
 * "who", "what", "how"… but one that asks how to explain ("how would you sum up SAA vs DVA?").
 */
function asksToBeExplained(raw: readonly string[]): boolean {
  const explained = raw.flatMap((word, i) =>
    EXPLAIN_WORDS.has(word) || (word === 'sum' && raw[i + 1] === 'up') ? [i] : [],
  );
  if (explained.length === 0) return false;
  return raw.every(
    (word, i) =>
      !ASKS_OF_A_THING.has(word) || explained.some((at) => at > i && at - i <= HOW_TO_EXPLAIN_REACH),
  );
}

/** Scores the guide's candidates for an analysed question; only sections sharing a word (or a bonus) are scored. */
export function scoreGuide(index: GuideIndex, analyzed: AnalyzedQuestion, persona: boolean): Candidate[] {
  const shape = questionShape(index, analyzed, persona);
  const scored: Candidate[] = [];
  /** The most any section's words explain (bonuses aside): past the question's weight with repeats and phrases. */
  let matched = shape.queryWeight;
  // In index order (sections sorted by id), so that equal scores rank by section id, whatever order the
  // guide lists its topics in; the sort in matchQuestion is stable and keeps this order for ties.
  const terms = termsOf(index, analyzed);
  for (const position of [...candidatePositions(index, analyzed, shape)].sort((a, b) => a - b)) {
    const doc = index.sections[position]!;
    const { score, evidence, words, shaped } = sectionScore(index, doc, analyzed, shape, terms);
    matched = Math.max(matched, words);
    if (score > 0) {
      const candidate: Candidate = {
        guide: index.guide,
        section: doc.section,
        score,
        evidence,
        coverage: Math.min(1, score / shape.queryWeight),
        strictCoverage: Math.min(1, score / shape.strictQueryWeight),
        confidence: 0,
      };
      // Set only when true (no spread: this runs for every section of every guide).
      if (shaped) candidate.shaped = true;
      scored.push(candidate);
    }
  }
  // What one side's certification shows, asked with "what" ("what does the SA associate actually validate? a
  // candidate lists it on their resume"): the side's own section, not a gap named around the ask.
  const ownSection = shape.whatItShows
    ? scored.find((candidate) => candidate.section?.side === shape.sideDefault && candidate.shaped)
    : undefined;
  if (ownSection && ownSection.coverage >= SCORING.whatItShowsCoverage) return scored;
  for (const topic of analyzed.uncovered) {
    scored.push({
      guide: index.guide,
      uncovered: topic,
      score: matched * SCORING.uncoveredHit,
      evidence: 2,
      coverage: 1,
      confidence: 0,
    });
  }
  return scored;
}

/**
 * The sides a question asks of when its asking sentences name none: those told of, or, when it asks of "the other
 * one" and one side is told of, the other side ("I get what the DVA is. what's the other one about?").
 */
function otherThanTold(
  index: GuideIndex,
  analyzed: AnalyzedQuestion,
  told: Set<string | undefined>,
): Set<string | undefined> {
  if (!analyzed.asksOfTheOther || told.size !== 1) return told;
  return otherSide(index, told) ?? told;
}

/** The guide's side not among `named`, as a set of one; undefined when every side is. */
function otherSide(
  index: GuideIndex,
  named: ReadonlySet<string | undefined>,
): Set<string | undefined> | undefined {
  const other = index.guide.sides.find((side) => !named.has(side.id));
  return other ? new Set([other.id]) : undefined;
}

/**
 * The sides asked about, less those someone is said to hold, when what is asked is what a certification is or shows:
 * "my manager holds the SAA — what does the DVA prove, then?" asks of the DVA, and "…already has the DVA; I'm looking
 * at the other one. what does that one validate?" of the other (see AnalyzedQuestion.heldSides).
 */
function withoutHeld(
  index: GuideIndex,
  analyzed: AnalyzedQuestion,
  sides: Set<string | undefined>,
): Set<string | undefined> {
  const { heldSides } = analyzed;
  if (heldSides.size === 0 || !(asksWhatItShows(index, analyzed) || asksWhatItIs(index, analyzed)))
    return sides;
  const rest = new Set([...sides].filter((named) => !named || !heldSides.has(named)));
  return rest.size > 0 ? rest : (otherSide(index, heldSides) ?? sides);
}

/** The sides the asking sentences name (a side's name only in the words around the question is told, not asked). */
export function sidesAsked(index: GuideIndex, analyzed: AnalyzedQuestion): Set<string> {
  return new Set(
    analyzed.terms.flatMap((term) => {
      const side = analyzed.context.has(term) ? undefined : index.sideTerms.get(term);
      return side ? [side] : [];
    }),
  );
}

function questionShape(index: GuideIndex, analyzed: AnalyzedQuestion, persona: boolean): QuestionShape {
  const sidesOf = (terms: readonly string[]) =>
    new Set(terms.map((term) => index.sideTerms.get(term)).filter(Boolean));
  // The sides the asking sentences name: "dev assoc cert - what is it? only know the SAA" asks about one.
  const asked: Set<string | undefined> = sidesAsked(index, analyzed);
  // …but how one differs, the other told of before it, sets the two side by side: "my lead holds the DVA. and the
  // SAA, how does it differ?" compares them.
  const told = sidesOf(analyzed.terms);
  const comparedWithTold =
    asked.size === 1 &&
    asksHowItDiffers(analyzed.prepared) &&
    [...sidesToldBefore(index, analyzed.prepared)].some((side) => !asked.has(side));
  const sides = withoutHeld(
    index,
    analyzed,
    comparedWithTold ? told : asked.size > 0 ? asked : otherThanTold(index, analyzed, told),
  );
  // "Topical" means a word the guide knows that points somewhere specific; words it never uses point nowhere.
  // A not-covered topic's keyword ("credly badge") is a topic too, just not one a section answers.
  // Words only in the sentences around the question (context) do not make it topical: "SA vs dev associate —
  // difference? I'm a network tech, just want the gist before I go deeper" asks the difference. So too when
  // the sentence that asks picks ("Passed the CCP in May. Which associate now? QA engineer, Java") or offers
  // the two ("Network admin for ten years, barely script. SAA or DVA?"); a pick word only in the background
  // ("…debating which of the two is harder. any consensus?") leaves every word topical. Measured (session 31)
  // on 141 eval lists: +5 top-1, +3 top-3, +15 right and -3 wrong channel answers, nothing else moved.
  const askedTerms = analyzed.terms.filter((term) => !analyzed.context.has(term));
  const { brands, levels, credentials } = index.subject;
  const asksOfBoth =
    sidesOf(askedTerms).size > 1 &&
    askedTerms.some(
      (term) =>
        index.generalTerms.has(term) && !brands.has(term) && !levels.has(term) && !credentials.has(term),
    );
  const { pickAt, inQuestion } = analyzed.prepared;
  const picksInQuestion = pickAt.some((pick, i) => pick && inQuestion[i]);
  const topical =
    analyzed.uncovered.length > 0 ||
    (asksOfBoth || picksInQuestion || analyzed.offersSides ? askedTerms : analyzed.terms).some((term) =>
      namesATopic(index, term),
    );
  const aboutTheGuide = sides.size > 1 || analyzed.terms.some((term) => index.generalTerms.has(term));
  // "should I get the SA or the dev cert?" asks for the recommendation, not the overview.
  // What one side's certification is or shows ("what is the SA one, exactly?", "what does the DVA
  // validate?") is that side's own section, whatever else the message names (a job posting, a persona).
  const asksOfOneSide =
    sides.size === 1 && (asksWhatItShows(index, analyzed) || asksWhatItIs(index, analyzed));
  // Asked of both, the pick must be asked too: "what's the difference? my manager wants me to pick one" is told.
  // The two offered with "or" and nothing asked of them ("saa or dva?") asks which to take; "saa vs dva?" sets
  // them side by side (the default section). Measured (session 30) on every eval list: +7 top-1, +4 top-3, 5
  // wrong channel answers fewer (the bare "SAA or DVA?" had been the overview, which three independently
  // written lists do not want); one lost: "harder exam: saa or dva? go." read from its asking part alone.
  // Likewise after a word of the subject ("ex-teacher wants to break into cloud saa or dva"), unless what is
  // asked sets them apart ("saa or dva whats the diff"): session 31, one line more, nothing else moved.
  // What a certification shows, asked with "what" ("what does the DVA prove?"): read once, for one side named
  // (whatItShows) or a thing a title asks for (thingsAsked), and only then.
  const showsAsked = (sides.size === 1 || analyzed.thingsAsked.size > 0) && asksWhatItShowsWithWhat(analyzed);
  const picks = asksOfBoth
    ? picksInQuestion ||
      (analyzed.offersSides && !asksTheDifference(askingWords(analyzed.prepared).join(' ')))
    : analyzed.prepared.pickCue || (sides.size > 1 && analyzed.offersSides);
  // Asked to be explained or summed up, the two set against each other and nothing picked or asked by name
  // ("servers vs apps: SAA vs DVA, eli5?"): how they differ, whatever words frame the two. Measured (session 65)
  // over 83,247 eval lines: +6 top-1, +14 right channel answers and one wrong fewer, nothing lost.
  const explainsThePair =
    analyzed.setsSidesAgainst &&
    !picksInQuestion &&
    !analyzed.prepared.askingPick &&
    analyzed.thingsAsked.size === 0 &&
    analyzed.uncovered.length === 0 &&
    asksToBeExplained(analyzed.prepared.raw);
  const pickApplies =
    !topical &&
    (aboutTheGuide || analyzed.terms.length === 0) &&
    picks &&
    !asksOfOneSide &&
    !analyzed.picksOther;
  return {
    singleSide: sides.size === 1,
    // One side, asked what it is about as a whole ("the DVA: writing apps that call AWS, have I got its point?"):
    // the words of its own definition count in full in its own section (see onlySide). Measured (session 66) over
    // 84,394 eval lines: +27 top-1, +10 top-3, +37 right and 7 wrong channel answers fewer; 3 lost (one a chatter
    // line answered when asked directly).
    ...(sides.size === 1 && asksWhatItIsAbout(analyzed.prepared) ? { onlySide: [...sides][0] } : {}),
    // A bare pick ("which one?") has no topic word; it weighs like one general word.
    queryWeight:
      analyzed.terms.reduce((sum, term) => sum + termWeight(index, term, analyzed), 0) || WEIGHT.general,
    strictQueryWeight:
      analyzed.terms.reduce((sum, term) => sum + termWeight(index, term, analyzed, true), 0) ||
      WEIGHT.general,
    // A pick goes to the recommender alone: the overview is for "saa vs dva?", not "saa or dva (for me)?".
    // Not when many words the guide never uses say the question is about something else (see defaultUnknownLimit).
    // So is one side said to be "just" the other ("is DVA just SAA with more code?"), whatever topic it names.
    defaultApplies:
      (!topical || analyzed.equatesSides || explainsThePair) &&
      analyzed.subject !== 'none' &&
      aboutTheGuide &&
      sides.size !== 1 &&
      !pickApplies &&
      analyzed.unknownWords <=
        (analyzed.subject === 'named' ? SCORING.defaultUnknownLimit : SCORING.defaultUnknownLimitImplied),
    // One side and nothing more specific ("SAA in one line?"): that side's own section is the default.
    // Not with a word the guide never uses ("how much is the SAA voucher"): that may be a gap.
    // So is a question that asks what that side's certification shows ("what does the DVA actually
    // validate? writing a job posting"), whatever else it names.
    ...(sides.size === 1 && !pickApplies && ((!topical && analyzed.unknownWords === 0) || asksOfOneSide)
      ? { sideDefault: [...sides][0] }
      : {}),
    pickApplies,
    whatItShows: sides.size === 1 && showsAsked,
    thingsAsked:
      analyzed.thingsAsked.size > 0 && analyzed.subject !== 'none' && !showsAsked
        ? analyzed.thingsAsked
        : NOTHING,
    persona,
    askedElsewhere:
      persona &&
      // Or asks no pick at all ("is it fair to say SAA = design and DVA = build? or am I oversimplifying?
      // frontend dev here"): told of themselves, they ask what the two are, not which to take.
      ((!analyzed.prepared.pickCue && !analyzed.alternatesSides) ||
        analyzed.asksWithoutPick ||
        analyzed.uncovered.length > 0 ||
        analyzed.weighsATopic ||
        asksOfOneSide ||
        analyzed.picksOther ||
        asksAnotherTopic(index, analyzed) ||
        asksWhatTheDefaultTells(index, analyzed)),
  };
}

/**
 * Words that ask what a certification is about, as a whole: "is the dev cert *about* writing code?", "what's the
 * *point* of it", "its *scope*", "the elevator *pitch*", "*describe* the SAA", "what is it *meant* to recognise".
 * Four verbs of SHOWS and two of EXPLAIN_WORDS, not all of either: with every verb of SHOWS, "does the SAA *prove*
 * anything to employers…?" (whether certifying pays off, a gap) is read as the side's own section; with every word
 * of EXPLAIN_WORDS, a line of work talk asking for a *blurb* for the careers page is answered when asked directly.
 */
const WHAT_IT_IS_ABOUT = new Set(
  'about point scope pitch gist describe description explain eli5 competent competence recognise recognize certifying certify validate validates meant purpose'.split(
    ' ',
  ),
);
/** Before "about", words that weigh a part of it instead: "mostly about CI/CD" asks its focus. */
const WEIGHS_A_PART = new Set('mostly mainly care cares'.split(' '));

/** Whether the asking sentences ask what a certification is about as a whole (see WHAT_IT_IS_ABOUT). */
function asksWhatItIsAbout({ corrected, inQuestion }: PreparedQuestion): boolean {
  return corrected.some(
    (word, i) =>
      inQuestion[i] &&
      WHAT_IT_IS_ABOUT.has(word) &&
      !(word === 'about' && WEIGHS_A_PART.has(corrected[i - 1] ?? '')),
  );
}

/** The sides named by a word of their own before the sentences that ask: "my lead holds the DVA. and…". */
function sidesToldBefore(index: GuideIndex, { stemmed, inQuestion }: PreparedQuestion): Set<string> {
  const told = new Set<string>();
  for (let i = 0; i < stemmed.length && !inQuestion[i]; i++) {
    // By its name, or by a name of the vocabulary ("SAA", "dev cert").
    const side = index.sideTerms.get(sidePhraseAt(index, stemmed, i) ?? stemmed[i]!);
    if (side) told.add(side);
  }
  return told;
}

/**
 * Verbs that ask what a certification shows of its holder ("what does it validate / certify / prove?", "what has
 * it validated?", "what is it vouching for?"), as written: "valid" (how long is it valid?) and "certified" (get
 * certified) ask other things, and so does "confirm" ("can someone confirm the focus areas?" asks the reader).
 */
const SHOWS = new Set(
  'validate validates validated validating certify certifies certifying prove proves proved proven proving vouch vouches vouched vouching attest attests demonstrate demonstrates signify signifies represent represents confirms confirmed'.split(
    ' ',
  ),
);

/**
 * Whether the word at `i` asks what the certification shows: one of SHOWS, or "stands for" ("what the DVA
 * stands for"; not "where it stands among the tiers").
 */
function showsAt(corrected: readonly string[], i: number): boolean {
  const word = corrected[i]!;
  return SHOWS.has(word) || ((word === 'stand' || word === 'stands') && corrected[i + 1] === 'for');
}

/** How far before a SHOWS word its "what" may come: "what does *passing the SA assoc actually* validate". */
const WHAT_SHOWS_REACH = 7;

/** A SHOWS word asked with "what" in the sentences that ask: "what am I proving to employers if I pass it?". */
function asksWhatItShowsWithWhat({ prepared }: AnalyzedQuestion): boolean {
  const { corrected, inQuestion } = prepared;
  return corrected.some(
    (_, i) =>
      inQuestion[i] &&
      showsAt(corrected, i) &&
      corrected
        .slice(Math.max(0, i - WHAT_SHOWS_REACH), i)
        .some((before) => before === 'what' || before === 'whats'),
  );
}

/**
 * A word of the certification's name: a side, a credential word, an exam code, the brand or the level ("the
 * DVA", "that cert", "SAA-C03", "the AWS Developer Associate").
 */
function namesTheCertification(index: GuideIndex, term: string): boolean {
  const { credentials, codes, brands, levels } = index.subject;
  return (
    index.sideTerms.has(term) ||
    credentials.has(term) ||
    codes.has(term) ||
    brands.has(term) ||
    levels.has(term)
  );
}

/** Where the "what" that asks of the word at `i` stands, at most `reach` words before it; -1 when there is none. */
function whatAsking(corrected: readonly string[], i: number, reach: number): number {
  const what = corrected.lastIndexOf('what', i);
  return what >= 0 && i - what <= reach ? what : -1;
}

/** The sentences that ask use one of SHOWS: "what does the SAA actually certify?". */
function asksWhatItShows(index: GuideIndex, { prepared }: AnalyzedQuestion): boolean {
  const { corrected, stemmed, inQuestion } = prepared;
  return corrected.some((word, i) => {
    if (!inQuestion[i]) return false;
    if (showsAt(corrected, i)) return true;
    // What its holder is able to do: "someone holding DVA-C02 — what are they supposedly able to do?". Not
    // what one must *be* able to do first ("what should I be able to do before attempting SAA?" asks the skills).
    // Measured (session 47) on 50,621 eval lines: +6 top-1, +6 right channel answers, nothing lost.
    if (
      word === 'able' &&
      corrected[i + 1] === 'to' &&
      corrected[i + 2] === 'do' &&
      corrected[i - 1] !== 'be'
    ) {
      return whatAsking(corrected, i, WHAT_SHOWS_REACH) >= 0;
    }
    if (takesForGranted(index, corrected, stemmed, i)) return true;
    // "what is it meant to show an employer?", "what does it show?"; not "show me the table".
    if ((word === 'show' || word === 'shows') && SHOW_AFTER.has(corrected[i - 1] ?? '')) return true;
    if (!TELLS.has(word)) return false;
    // "what does that tell me they can do?", "what does holding the DVA say about you?": what the
    // certification itself tells, not "what does the salary survey say".
    const what = whatAsking(corrected, i, TELLER_REACH);
    if (what < 0) return false;
    const named = stemmed.slice(what + 1, i).filter((_, k) => !TELLERS.has(corrected[what + 1 + k]!));
    // The level's word alone ("what 'associate' means in the cert structure") asks what the level is.
    return (
      named.every((term) => namesTheCertification(index, term)) &&
      (named.length === 0 || named.some((term) => !index.subject.levels.has(term)))
    );
  });
}

/** Verbs of taking a holder's ability on trust: "what may I *presume* she handles?". */
const TAKES_FOR_GRANTED = new Set(['assume', 'expect', 'trust', 'believe', 'presume', 'rely', 'count']);
/** Who holds the certification, spoken of: "what may I presume *she* runs?", "a *holder*". */
const HOLDER_WORDS = new Set(
  'they them theyre their he him his she her someone somebody holder holders candidate candidates hire person'.split(
    ' ',
  ),
);
/** Holding it, said of "you": "what do managers assume *you* can do if you *hold* that one?". */
const HOLDING = new Set(['hold', 'holds', 'holding', 'passed', 'earned']);

/**
 * What its holder may be taken to be able to do, asked with "what" (within WHAT_SHOWS_REACH): "an applicant lists
 * the SAA; what may we presume she can run?", "what would you rely on a DVA holder for?". The holder is
 * spoken of (HOLDER_WORDS), or is "you" who holds it. Not what one must be able to do first ("what should I
 * expect to need before the SAA?": no holder) — that asks the skills — nor a thing named after the "what" ("what
 * skills should I expect from a holder?"). Measured (session 67) on 85,292 eval lines: +10 top-1, +1 top-3, +11
 * right channel answers, 2 wrong ones fewer; nothing lost.
 */
function takesForGranted(
  index: GuideIndex,
  corrected: readonly string[],
  stemmed: readonly string[],
  i: number,
): boolean {
  const word = corrected[i]!;
  if (!TAKES_FOR_GRANTED.has(word)) return false;
  if ((word === 'count' || word === 'rely') && corrected[i + 1] !== 'on') return false;
  const what = whatAsking(corrected, i, WHAT_SHOWS_REACH);
  if (what < 0) return false;
  // "what *skills* should I expect from someone holding it?" asks the thing it names.
  if (stemmed.slice(what + 1, i).some((term) => namesATopic(index, term))) return false;
  const heldByYou = corrected.includes('you') && corrected.some((held) => HOLDING.has(held));
  return heldByYou || corrected.some((other) => HOLDER_WORDS.has(other));
}

/**
 * Words that may stand between "what is" and "about" or the end: "what is *the SA one even* about?", and the
 * first word of the architect certification's full name ("what even is the *solutions* architect associate").
 */
const WHAT_IT_IS = new Set(
  'is s it that this the a an one even actually really exactly basically all point of solutions solution first 1st second 2nd former latter'.split(
    ' ',
  ),
);
const WHAT_IT_IS_REACH = 8;

/**
 * The sentences that ask ask what the certification is: "what is it exactly?" at the end, "what's the
 * AWS Certified Developer Associate about?", "a one-liner on what the SAA cert is about". Between "what"
 * and "about" (or the end) stand only the certification's names and words like "is", "the", "even".
 */
function asksWhatItIs(index: GuideIndex, { prepared }: AnalyzedQuestion): boolean {
  const { corrected, stemmed, inQuestion, clauseStart } = prepared;
  const namesIt = (k: number) => WHAT_IT_IS.has(corrected[k]!) || namesTheCertification(index, stemmed[k]!);
  /** Past the certification's names and the words like "is", "the", "even" after `i`, within reach. */
  const pastTheName = (i: number) => {
    let k = i + 1;
    while (k < corrected.length && k - i <= WHAT_IT_IS_REACH && namesIt(k)) k++;
    return k;
  };
  return corrected.some((word, i) => {
    if (!inQuestion[i]) return false;
    // "Is the SA associate about designing systems or about running them?", "SAA - is it about design?"
    if (word === 'is' && clauseStart[i]) {
      const k = pastTheName(i);
      return k > i + 1 && corrected[k] === 'about' && !NOT_WHAT_IT_IS.has(corrected[k + 1] ?? 'to');
    }
    // "who is the SAA really aimed at?", "SA assoc, who is it for?": whom the certification is for.
    if (word === 'who' || word === 'whos') {
      const k = pastTheName(i);
      return k > i + 1 && forWhom(corrected, k, clauseStart);
    }
    // "a short explainer on the AWS architect associate cert?", "an overview of the dev one".
    if (EXPLAINERS.has(word) && (corrected[i + 1] === 'on' || corrected[i + 1] === 'of')) {
      const k = pastTheName(i + 1);
      return k > i + 2 && (k === corrected.length || clauseStart[k] === true);
    }
    if (word !== 'what' && word !== 'whats') return false;
    const k = pastTheName(i);
    const said = corrected.slice(i + 1, k);
    if (word === 'what' && !said.includes('is') && !said.includes('s')) return false;
    return (
      k === corrected.length ||
      clauseStart[k] === true ||
      corrected[k] === 'about' ||
      // What it is for, its purpose: "what's that one actually *for*?".
      (corrected[k] === 'for' && (k + 1 === corrected.length || clauseStart[k + 1] === true)) ||
      // Up to the clause's end: "what's the SAA in a sentence or two? Putting it in a job posting".
      toldBriefly(corrected.slice(k, clauseEnd(clauseStart, k)))
    );
  });
}

/** What tells a certification in brief, said of one: "an *explainer* on the SA associate". */
const EXPLAINERS = new Set(
  'explainer explanation overview rundown summary intro introduction primer lowdown blurb description'.split(
    ' ',
  ),
);

/** Words that say whom a thing is for, before "at", "for" or "to": "aimed at", "meant for", "geared to". */
const AUDIENCE = new Set('aimed meant intended targeted designed geared made built'.split(' '));

/**
 * At `k`, after "who is <the certification>": whom it is for. "for" ending its clause ("who is it for?"), or a
 * word of AUDIENCE and its preposition ("aimed at", "meant for").
 */
function forWhom(corrected: readonly string[], k: number, clauseStart: readonly boolean[]): boolean {
  const ends = (at: number) => at >= corrected.length || clauseStart[at] === true;
  if (corrected[k] === 'for') return ends(k + 1);
  return (
    AUDIENCE.has(corrected[k] ?? '') &&
    ['at', 'for', 'to', 'toward', 'towards'].includes(corrected[k + 1] ?? '')
  );
}

/** How short the telling should be, at the end: "what is it, in a sentence or two?", "…in plain english". */
const BRIEFLY = new Set(
  'in a an one two few couple of sentence sentences line lines nutshell word words plain simple english terms short brief or'.split(
    ' ',
  ),
);
const BRIEFLY_REACH = 6;

/** Where the clause holding word `k` ends: the next clause's first word, or the question's end. */
function clauseEnd(clauseStart: readonly boolean[], k: number): number {
  let end = k + 1;
  while (end < clauseStart.length && !clauseStart[end]) end++;
  return end;
}

/** The words after "what is it" only say how briefly to tell it: "in a sentence or two", "in plain english". */
function toldBriefly(rest: readonly string[]): boolean {
  return rest[0] === 'in' && rest.length <= BRIEFLY_REACH && rest.every((word) => BRIEFLY.has(word));
}

/** After "is it about": a time, a measure or a comparison ("about to retire", "about the same", "about 65"), not a subject. */
const NOT_WHAT_IT_IS = new Set(['to', 'the', 'as', 'equal', 'equally', 'even', 'half', 'how', 'what', 'it']);

/** The words before a "show" that asks what the certification shows: "meant *to* show", "does *it* show". */
const SHOW_AFTER = new Set(['to', 'it', 'that', 'this']);

/** "tell", "say" and "mean" (and "saying") after "what" and the certification: what it tells of its holder. */
const TELLS = new Set(['tell', 'tells', 'telling', 'say', 'says', 'saying', 'mean', 'means']);
/**
 * The words that may stand between "what" and "tell": "what *does holding that* tell…", "what *is the SAA
 * really* saying about me". "actually", "really" and "is" here and "saying"/"telling" in TELLS were added in
 * session 31: +2 top-1 and +4 right channel answers on 141 eval lists, nothing lost ("even" here lost a chatter
 * line: "what does that even mean").
 */
const TELLERS = new Set(
  'does do would will is that it this the a an holding having passing earning your my their her his actually really'.split(
    ' ',
  ),
);
const TELLER_REACH = 6;

/**
 * A persona with a question about something else: the words that ask name a topic of the guide's
 * vocabulary and either ask no pick ("I'm a sysadmin… how much coding is on the developer exam?") or
 * name a topic the recommender never speaks of ("which exam is *easier* for a programmer").
 */
function asksAnotherTopic(index: GuideIndex, analyzed: AnalyzedQuestion): boolean {
  const topics = analyzed.askedVocabulary.filter(
    (term) =>
      !index.sideTerms.has(term) &&
      !index.generalTerms.has(term) &&
      (index.postings.get(term)?.length ?? 0) > 0,
  );
  if (topics.length === 0) return false;
  if (!analyzed.prepared.askingPick) return true;
  // The asker describes themselves by the topic they ask about ("I hate coding. Is the SAA safe for me, or
  // is there a lot of code?"): that topic is the question, the pick only its frame.
  if (topics.some((term) => analyzed.describedVocabulary.has(term))) return true;
  const recommenders = index.positions.recommender.map((position) => index.sections[position]!);
  // The recommender "speaks of" a topic it names in a title, keyword or alternate question; one it only
  // mentions in passing ("…you can take both") is another section's topic ("passed SAA, get DVA too?").
  return topics.some((term) => recommenders.every((doc) => (doc.terms.get(term) ?? 0) < STRONG_FIELD));
}

/**
 * A persona asking, with no pick asked, what the default section tells ("for someone coming from accounting,
 * what's the core difference between SA associate vs the developer one"): the sides set against each other are
 * what is summed up, not a choice. The default section's own strong words (its title, keywords, questions) tell
 * it. Measured (session 68) over 86,164 eval lines: +5 top-1, +10 right channel answers, 2 wrong fewer, none lost.
 */
function asksWhatTheDefaultTells(index: GuideIndex, analyzed: AnalyzedQuestion): boolean {
  const at = index.positions.defaultSection;
  if (at === undefined || analyzed.prepared.askingPick) return false;
  const doc = index.sections[at]!;
  return analyzed.askedVocabulary.some(
    (term) => !index.sideTerms.has(term) && (doc.terms.get(term) ?? 0) >= STRONG_FIELD,
  );
}

/** Positions in `index.sections` of the sections that can score: sharing a word, about a named side, or given a bonus. */
function candidatePositions(
  index: GuideIndex,
  analyzed: AnalyzedQuestion,
  shape: QuestionShape,
): Set<number> {
  const positions = new Set<number>();
  for (const term of analyzed.terms)
    for (const position of index.postings.get(term) ?? []) positions.add(position);
  const { oneSided, recommender, defaultSection } = index.positions;
  for (const position of oneSided) positions.add(position);
  if (shape.persona || shape.pickApplies) for (const position of recommender) positions.add(position);
  if (shape.defaultApplies && defaultSection !== undefined) positions.add(defaultSection);
  return positions;
}

/**
 * What `termMatch` needs of a question term that does not depend on the section, looked up once per guide
 * rather than once per section it is matched against.
 */
interface ScoredTerm {
  term: string;
  /** The side it names, if it names one. */
  side?: string;
  general: boolean;
  /** Its inverse document frequency (0 when the guide never uses it). */
  idf: number;
  /** contextFactor's share. */
  factor: number;
}

function termsOf(index: GuideIndex, analyzed: AnalyzedQuestion): ScoredTerm[] {
  return analyzed.terms.map((term) => {
    const side = index.sideTerms.get(term);
    return {
      term,
      ...(side ? { side } : {}),
      general: index.generalTerms.has(term),
      idf: index.idf.get(term) ?? 0,
      factor: contextFactor(analyzed, term),
    };
  });
}

function sectionScore(
  index: GuideIndex,
  doc: SectionDoc,
  analyzed: AnalyzedQuestion,
  shape: QuestionShape,
  terms: readonly ScoredTerm[],
): { score: number; evidence: number; words: number; shaped: boolean } {
  let score = 0;
  let evidence = 0;
  // Asked what one side is about as a whole, the section that sets the two side by side tells its definition only
  // beside the other's: its topic words count as a one-sided section's do elsewhere (see onlySide). Measured
  // (session 69) over 87,046 eval lines: +8 top-1, -1 top-3, +6 right channel answers and 3 wrong fewer; lost 1
  // top-3 and 3 right channel answers (what question one side's exam answers, asked beside the other's).
  const beside = shape.onlySide !== undefined && doc.section === index.defaultSection;
  for (const term of terms) {
    const match =
      termMatch(doc, term, shape) *
      term.factor *
      (beside && !term.side && !term.general ? SCORING.oneSidedTopicDamping : 1);
    score += match;
    if (match > 0 && !term.side && !term.general) evidence += 1;
  }
  for (const bigram of analyzed.bigrams) {
    if (doc.bigrams.has(bigram)) {
      score += WEIGHT.phrase;
      evidence += 1;
    }
  }
  // The thing this section's title asks for, asked for by the question's "what" or "which" ("what skills…"),
  // counted as more of the question's words explained: a topic the guide leaves out is weighed against the most
  // any section explains (scoreGuide), so it keeps its place ("which pays more, aws certs or azure certs"). As a
  // bonus beside the words instead, 14 out-of-scope questions lost their "not covered" and 10 were answered in a
  // channel.
  for (const thing of shape.thingsAsked)
    if (index.thingsAsked.get(thing) === doc.section.id)
      score += (index.idf.get(thing) ?? 0) * SCORING.thingAsked * contextFactor(analyzed, thing);
  const { section } = doc;
  let bonus = 0;
  if (shape.persona && section.recommender)
    bonus += SCORING.personaBoost * (shape.askedElsewhere ? SCORING.personaOnOtherTopic : 1);
  if (shape.defaultApplies && section === index.defaultSection) bonus += SCORING.defaultBonus;
  if (shape.sideDefault !== undefined && section.side === shape.sideDefault) bonus += SCORING.defaultBonus;
  if (shape.pickApplies && section.recommender) bonus += SCORING.pickBonus;
  // A bonus is the question's shape speaking (a pick, a persona, only the sides), not one shared word.
  // A bare pick ("which one?") with no topic word at all is thinner evidence than "which cert for me?".
  const shapeEvidence = analyzed.terms.length > 0 ? 2 : 1;
  return {
    score: score + shape.queryWeight * bonus,
    words: score,
    evidence: bonus > 0 ? evidence + shapeEvidence : evidence,
    shaped: bonus > 0,
  };
}

function termWeight(index: GuideIndex, term: string, analyzed: AnalyzedQuestion, strict = false): number {
  return baseWeight(index, term, analyzed, strict) * contextFactor(analyzed, term);
}

function baseWeight(index: GuideIndex, term: string, analyzed: AnalyzedQuestion, strict: boolean): number {
  if (index.sideTerms.has(term)) return WEIGHT.side;
  if (index.generalTerms.has(term)) return WEIGHT.general;
  const idf = index.idf.get(term);
  if (idf === undefined)
    return analyzed.prepared.englishTerms.has(term) ? WEIGHT.unknown : WEIGHT.unknownSlang;
  // A word the guide only uses in passing (in body text, never in a title, keyword or question) can
  // explain only that much of a question wherever it matches, so it weighs less in it (down to a
  // floor). `strict` keeps the full weight: overheard in a channel, such words still mean work talk.
  if (strict) return idf;
  return idf * Math.min(1, Math.max(WEIGHT.inPassingFloor, index.bestFieldWeight.get(term) ?? 1));
}

/** A term only in the sentences around the question counts for less, in the question's weight and in a match. */
function contextFactor(analyzed: AnalyzedQuestion, term: string): number {
  if (analyzed.context.has(term)) return WEIGHT.context;
  return analyzed.weighed.has(term) ? WEIGHT.weighed : 1;
}

function termMatch(doc: SectionDoc, { term, side, general, idf }: ScoredTerm, shape: QuestionShape): number {
  const inDoc = doc.terms.get(term) ?? 0;
  if (side) {
    const own = doc.section.side === side && shape.singleSide;
    return WEIGHT.side * (own ? 1 : inDoc > 0 ? SCORING.sideElsewhere : 0);
  }
  if (general) return WEIGHT.general * inDoc;
  const damping = doc.section.side && doc.section.side !== shape.onlySide ? SCORING.oneSidedTopicDamping : 1;
  return idf * inDoc * damping;
}
