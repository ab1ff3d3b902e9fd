import type { Criterion, Guide, Section, UncoveredTopic } from '../guide.js';
import {
  type AnalyzedQuestion,
  analyzeQuestion,
  CONTENT_OF,
  CONTENT_VERBS,
  type Subject,
} from './analyze-question.js';
import { candidateGuides } from './candidate-guides.js';
import { type GuideIndex, namesATopic } from './guide-index.js';
import { asksWhichLanguage, LANGUAGE_ASKED_AS, namesALanguage } from './languages-asked.js';
import {
  askingSentenceList,
  askingSentences,
  lastAskingClause,
  likensInTurn,
  MAX_CHARS,
  type PreparedQuestion,
  prepareQuestion,
  withoutSecondaryAsks,
} from './prepare-question.js';
import {
  asksTheDifference,
  checksASummary,
  claimsTheyAreTheSame,
  differenceAsked,
  likensOneAndTheOther,
} from './question-form.js';
import { scoreGuide, sidesAsked } from './score-guide.js';
import { type SecondOpinion, secondOpinion } from './second-opinion.js';
import type { SpellingCorrector } from './spelling.js';
import { stem } from './tokenize.js';
import { TUNING } from './tuning.js';

/** One ranked place a question could land: a section, or a topic the guide says it does not cover. */
export interface Candidate {
  guide: Guide;
  section?: Section;
  uncovered?: UncoveredTopic;
  /** 0..1: how much of the question this candidate explains, discounted when a rival is close. */
  confidence: number;
  /** 0..1: how much of the question this candidate explains, whatever its rivals do. */
  coverage: number;
  /**
   * Coverage with the words the guide only uses in passing at their full weight: what a channel judges
   * an overheard message by (see channelConfidence). Absent: the same as `coverage`.
   */
  strictCoverage?: number;
  score: number;
  /** How many of the question's topic words and phrases it shares (a pick, persona or sides-only bonus counts 2). */
  evidence: number;
  /** Its score includes a bonus for the question's shape (a pick, a persona, only the sides or one side named). */
  shaped?: true;
}

/** What matching found for one question across all guides. */
export interface MatchResult {
  /** Best first; at most ten. */
  candidates: Candidate[];
  /** Persona cues found in the question (for the `choose` answer to highlight). */
  criteria: Criterion[];
  /** The question uses a guide's words. */
  anchored: boolean;
  /** How plainly the question is about a guide's certifications (the plainest over all guides). */
  subject: Subject;
  /** The question asks for a pick, in words or by naming both sides as alternatives (see AnalyzedQuestion). */
  choiceCue: boolean;
  /** Both sides are named and set against each other (see AnalyzedQuestion). */
  setsSidesAgainst: boolean;
  /** The plainest subject is implied only loosely ("either of these", "associate"): not for a channel. */
  impliedLoosely: boolean;
  /** It uses a guide's credential word ("cert", "exam"), not only the sides' names (see AnalyzedQuestion). */
  namesCredential: boolean;
  /** A side's route is named ("the architect path"; see AnalyzedQuestion). */
  namesRoute: boolean;
  /** A side is named as one of the two ("the dev one"; see AnalyzedQuestion). */
  namesOneOfThem: boolean;
  /** It points at the pair or at each of it ("each test", "these two"; see AnalyzedQuestion). */
  speaksOfThePair: boolean;
  /** What the classifier changed: broke a near tie, or confirmed a "did you mean" pick. */
  secondOpinion?: SecondOpinion;
  /** Words the question uses that the best-matching guide never does (0: every word is the guide's own). */
  unknownWords: number;
  /** The same as a channel counts them (see AnalyzedQuestion.overheardUnknownWords). */
  overheardUnknownWords: number;
  /** The classifier picks another section than the first and gives the first little chance (see secondOpinion). */
  doubted: boolean;
  /** The classifier picks the first section itself, with a clear lead (see secondOpinion). */
  agreed: boolean;
  /** The first section is there by the blend of confidence and classifier (see secondOpinion). */
  blended: boolean;
  /**
   * The classifier's probability for each section of the first candidate's guide, when the first candidate is
   * a section: what decide-reply weighs the runner-ups it offers with (see offeredSections).
   */
  odds?: ReadonlyMap<string, number>;
}

const SUBJECT_ORDER: readonly Subject[] = ['none', 'implied', 'named'];

/**
 * Ranks every guide's sections (and uncovered topics) for a free-text question. With more guides loaded than
 * `analyzedGuides` (TUNING.guides.analyzed), only that many are read in full: those that know the most of the
 * question's words (see candidateGuides); with that many or fewer, every guide is. Measurements compare against
 * reading every guide by passing `Infinity`.
 */
export function matchQuestion(
  indexes: readonly GuideIndex[],
  question: string,
  analyzedGuides: number = TUNING.guides.analyzed,
): MatchResult {
  const scored: Candidate[] = [];
  const criteria: Criterion[] = [];
  let anchored = false;
  let subject: Subject = 'none';
  let impliedLoosely = false;
  let choiceCue = false;
  let setsSidesAgainst = false;
  let namesCredential = false;
  let namesRoute = false;
  let namesOneOfThem = false;
  let speaksOfThePair = false;
  let unknownWords = Number.POSITIVE_INFINITY;
  let overheardUnknownWords = Number.POSITIVE_INFINITY;
  let cuedPick = false;
  const prepared = preparedPerCorrector(indexes, question);
  const preparedFor = (index: GuideIndex) => prepared.get(index.corrector)!;
  const read = candidateGuides(indexes, preparedFor, analyzedGuides);
  /** Per prepared reading, the words any guide read as a reason given (AnalyzedQuestion.reason). */
  const reasons = new Map<PreparedQuestion, boolean[]>();
  /** Per prepared reading, the terms any guide read as said of the thing asked about (AnalyzedQuestion.predicated). */
  const predicated = new Map<PreparedQuestion, string[]>();
  /** Per guide, the one side its reading of the asking words names, if they name exactly one. */
  const askedSides = new Map<Guide, string>();
  for (const index of read) {
    const analyzed = analyzeQuestion(index, preparedFor(index));
    const asked = sidesAsked(index, analyzed);
    if (asked.size === 1) askedSides.set(index.guide, [...asked][0]!);
    if (analyzed.predicated.size > 0)
      predicated.set(analyzed.prepared, [
        ...new Set([...(predicated.get(analyzed.prepared) ?? []), ...analyzed.predicated]),
      ]);
    if (analyzed.reason.includes(true)) {
      const told = reasons.get(analyzed.prepared);
      reasons.set(
        analyzed.prepared,
        told ? told.map((given, i) => given || analyzed.reason[i]!) : [...analyzed.reason],
      );
    }
    // "which one?" has no topic word, but a pick is a question for the recommender.
    if (analyzed.terms.length === 0 && !analyzed.prepared.pickCue) continue;
    anchored ||= analyzed.anchored;
    namesCredential ||= analyzed.namesCredential;
    namesRoute ||= analyzed.namesRoute;
    namesOneOfThem ||= analyzed.namesOneOfThem;
    speaksOfThePair ||= analyzed.speaksOfThePair;
    choiceCue ||= analyzed.choiceCue;
    setsSidesAgainst ||= analyzed.setsSidesAgainst;
    if (SUBJECT_ORDER.indexOf(analyzed.subject) > SUBJECT_ORDER.indexOf(subject)) {
      subject = analyzed.subject;
      impliedLoosely = analyzed.impliedLoosely;
    } else if (analyzed.subject === subject && !analyzed.impliedLoosely) impliedLoosely = false;
    unknownWords = Math.min(unknownWords, analyzed.unknownWords);
    overheardUnknownWords = Math.min(overheardUnknownWords, analyzed.overheardUnknownWords);
    const persona = personaCriteria(analyzed);
    criteria.push(...persona);
    cuedPick ||= picksByTheCue(index, analyzed, persona);
    scored.push(
      ...scoreGuide(index, analyzed, isPersona(analyzed, persona) || picksAfterTelling(index, analyzed)),
    );
  }
  const ranked = withoutOtherGuidesGaps(scored).sort((a, b) => b.score - a.score);
  const candidates = withConfidence(ranked.slice(0, 10));
  candidates.sort((a, b) => b.confidence - a.confidence || b.score - a.score);
  const first = prepared.values().next().value;
  const { opinion, doubted, agreed, blended, odds } = first
    ? secondOpinion(
        indexes,
        candidates,
        classifierWords(first, indexes, reasons.get(first), predicated.get(first)),
        subject,
        cuedPick,
        candidates[0] ? askedSides.get(candidates[0].guide) : undefined,
      )
    : { opinion: undefined, doubted: false, agreed: false, blended: false, odds: undefined };
  return {
    candidates,
    criteria,
    anchored,
    subject,
    impliedLoosely,
    choiceCue,
    setsSidesAgainst,
    namesCredential,
    namesRoute,
    namesOneOfThem,
    speaksOfThePair,
    ...(opinion ? { secondOpinion: opinion } : {}),
    unknownWords: Number.isFinite(unknownWords) ? unknownWords : 0,
    overheardUnknownWords: Number.isFinite(overheardUnknownWords) ? overheardUnknownWords : 0,
    doubted,
    agreed,
    blended,
    ...(odds ? { odds } : {}),
  };
}

/** A text prepared once per spelling corrector: guides built together share one, and with it the reading. */
function preparedPerCorrector(
  indexes: readonly GuideIndex[],
  text: string,
): Map<SpellingCorrector, PreparedQuestion> {
  const prepared = new Map<SpellingCorrector, PreparedQuestion>();
  for (const index of indexes)
    if (!prepared.has(index.corrector)) prepared.set(index.corrector, prepareQuestion(text, index.corrector));
  return prepared;
}

/** Whether a text names one of a guide's sides ("the SAA", "dev cert", "architect"). */
export function namesASide(indexes: readonly GuideIndex[], text: string): boolean {
  const prepared = preparedPerCorrector(indexes, text);
  return indexes.some((index) => sideNamedIn(index, prepared.get(index.corrector)!));
}

function sideNamedIn(index: GuideIndex, read: PreparedQuestion): boolean {
  return analyzeQuestion(index, read).terms.some((term) => index.sideTerms.has(term));
}

/**
 * Whether a text names one of a guide's sides or the level they share, not only a certification in general: a
 * quoted line read apart ("what does 'AWS Certified Developer' attest to?", "where does 'associate' sit?" do;
 * "'AWS certification preferred'" does not).
 */
export function namesASideOrLevel(indexes: readonly GuideIndex[], text: string): boolean {
  const prepared = preparedPerCorrector(indexes, text);
  return indexes.some((index) => {
    const read = prepared.get(index.corrector)!;
    return sideNamedIn(index, read) || read.stemmed.some((term) => index.subject.levels.has(term));
  });
}

/** The guide's term for the word the classifier reads for a language asked (see classifierWords). */
const LANGUAGE_ASKED_TERM = stem(LANGUAGE_ASKED_AS);

/**
 * The words the classifier reads: all but those about the message ("(asking for a friend)", "noob
 * question:", "my manager asked"), which say nothing of the section either. Measured (session 17): every
 * rightly answered eval question asked again with "(asking for a friend)" after it (4,767 in scope, 2,939
 * out): +21 top-1, +22 channel right, +3 "not covered"; on the eval lists as written +1 top-1, +2 top-3,
 * and 2 channel answers lost to 1 gained (the reporting words of "ops folks asking whether…" and "a junior
 * on my team" had leaned the classifier the right way).
 */
function classifierWords(
  prepared: PreparedQuestion,
  indexes: readonly GuideIndex[],
  reason?: readonly boolean[],
  said: readonly string[] = [],
): string[] {
  // Which language is asked ("ruby or python for the dev exam?"): the classifier reads each language word as the
  // skills the guide lists them with, not as the coding its questions also name them in (in a guide that speaks of
  // skills).
  const which = asksWhichLanguage(prepared) && indexes.some((index) => index.idf.has(LANGUAGE_ASKED_TERM));
  // Nor the reason given for what is asked ("is C03 rough because of its long scenarios?"): what is asked of
  // it is the question, the reason only names the part.
  const words = prepared.corrected.flatMap((word, i) =>
    prepared.aboutTheMessage[i] || reason?.[i]
      ? []
      : which && namesALanguage(prepared.raw, i)
        ? [LANGUAGE_ASKED_AS]
        : [word],
  );
  // And what is said of the thing asked about ("the *nasty* bit of C03: the cost questions?", "is it the
  // SDK questions that make the DVA *tough*?") is read once more, as the vocabulary term it stands for ("tough" as
  // difficulty), as the matcher weighs it more: the parts named
  // beside it are the exam's questions' words, and the classifier, reading every word alike, took them for the
  // question. Measured (session 70) over 87,884 eval lines, with "makes" after an order taken not read as said of
  // it (analyze-question's madeByTheOrder): +9 top-1, +11 right channel answers and 4 wrong fewer; lost 2 top-1 (a
  // reason after "because" read as the job; a "programming bit" read as coding) and 1 right channel answer.
  return [...words, ...said];
}

/**
 * For a question asked of the bot: a post that gives a background before it asks ("Six years in desktop
 * support, a VMware cluster, my manager wants a decision by Friday. Which is harder for someone like
 * me?") is matched by all its words, and the background's words, which the guide never uses, pull its
 * confidence down. When the sentences that ask, read alone, land on the same section, that section is
 * as sure as they are: the background agreed with them. When the whole post is unsure ("possibly relevant"
 * or less) and its asking sentences alone are a sure match ("best", on more than one word) elsewhere, they
 * decide which section is first. Not for a message overheard in a channel, which is judged by all its words
 * (chatter asks questions too).
 */
export function agreedByTheAsking(
  indexes: readonly GuideIndex[],
  question: string,
  match: MatchResult,
): MatchResult {
  const [top, ...rest] = match.candidates;
  if (!top) return match;
  // A topic the guide does not cover, asked only as a second, lesser question ("…Which associate fits me
  // better? Also, side question, is there a partner discount?"): the rest of the post is what is answered,
  // unless what it tells is about such a topic too and the question points back at it ("Got the 50% off voucher
  // from passing CLF. Can I use *it* on DVA or only SAA? Also does it expire?"). Told and not pointed at, it is
  // background: an analogy ("…which would feel harder? Sort of like school, where some found biology easier than
  // chemistry.") or work news ("Just finished migrating our Jenkins jobs… how much coding is on the architect
  // exam?"). The rest is read as any post is (its asking sentences too). Measured (session 47) on 51,761 eval
  // lines: +2 top-1, +2 top-3, nothing lost.
  const parts = top.section ? undefined : withoutSecondaryAsks(question);
  if (parts !== undefined) {
    const main = agreedByTheAsking(indexes, parts.rest, matchQuestion(indexes, parts.rest));
    const asked = askingSentenceList(parts.rest).join(' ') || parts.rest;
    if (
      main.candidates[0]?.section &&
      !pointsBackAtAGap(indexes, asked, parts.telling, POINTS_AT_THE_TELLING)
    )
      return main;
  }
  const sentences = askingSentenceList(question);
  // One sentence that tells, then asks in its last clause ("paid for a practice test bundle already, but what are
  // the SAA's focus areas?"): that clause is what asks, when the whole message reads as a topic the guide does not
  // cover, which is then the telling part's.
  const sentencesAsk = askingSentences(question, sentences);
  const clause = top.section || sentencesAsk !== undefined ? undefined : lastAskingClause(question);
  const asking = sentencesAsk ?? clause?.asking;
  if (asking === undefined) return match;
  const aloneMatch = surestAsking(indexes, sentences, matchQuestion(indexes, asking));
  const alone = aloneMatch.candidates[0];
  if (!alone?.section) return match;
  const { best, possible } = TUNING.bands;
  // A topic the guide does not cover, found only in what the post tells around its question ("paid for a mock
  // exam, curious: are SAA questions all design scenarios?"): the asking sentences, naming the certification
  // (or a credential word: "which exam…") and a sure match by themselves that the classifier agrees with,
  // are the question. With the credential word: +2 top-1 more, nothing lost. Measured (session 24)
  // on 99 question and chatter lists: +3 top-1; one out-of-scope question lost its "not covered" (dev-oos7's
  // "pomodoro or long 3-hour blocks - what actually worked for you when studying for the aws exams?", which
  // its asking sentence alone puts in the study tips). With the certification only implied there, +1 top-1 and
  // 6 more lost ("AZ-204 vs AZ-104: what's the difference?"); without the classifier's agreement, 1 more lost.
  // So is a pick asked in words the guide knows on more than two of them ("which one should i do if i hate
  // coding lol. finished a 12 week cloud bootcamp…"; session 25: +1 top-1, nothing lost; with unknown words
  // allowed, one chatter line lost its "not covered": "is leetcode still the main thing … or do system
  // design rounds matter more now?"). One topic word is enough when the asking sentences are surer still
  // (TUNING.bands.oneWordAsking).
  // Nor when they point back at what the post told of such a topic: "I'm doing the Security Specialty next. What
  // are *its* exam domains?" asks the Specialty's domains, not what its asking sentence alone reads as.
  if (!top.section)
    return alone.confidence >= best &&
      (alone.evidence >= 2 || alone.confidence >= TUNING.bands.oneWordAsking) &&
      (((aloneMatch.subject === 'named' ||
        (aloneMatch.subject === 'implied' && aloneMatch.namesCredential)) &&
        aloneMatch.agreed) ||
        (aloneMatch.choiceCue && alone.evidence >= 3 && aloneMatch.unknownWords === 0)) &&
      // (Last: it matches the told sentences again.)
      !pointsBackAtAGap(
        indexes,
        asking,
        clause ? [clause.told] : withoutSentences(question, sentences),
        POINTS_AT_ITS_CONTENT,
      )
      ? { ...match, candidates: [alone, ...match.candidates.filter((c) => c.section !== alone.section)] }
      : match;
  // The whole post is unsure and its asking sentences, alone, are a sure match elsewhere on more than one
  // word: the background led the post astray ("I'm a PM… How much coding is needed for the SA?"). Or they
  // are surer than the whole post, above "possibly relevant" on the matcher's own confidence (a classifier's
  // confirmation puts a "did you mean" exactly there), and the classifier does not doubt them: "what service
  // areas does DVA cover? want to book some lab time" is not about study tips. One word is enough against the
  // recommender when the asking sentences are sure and pick nothing: the background made the post a pick ("…after
  // years of backend dev — is it going to be harder for me than the dev one?" asks the difficulty). Measured
  // (session 43) on 43,861 eval lines: +2 top-1, nothing else moved.
  const surer = alone.confidence > top.confidence && alone.confidence > possible && !aloneMatch.doubted;
  if (
    alone.section !== top.section &&
    top.confidence < best &&
    (alone.confidence >= best || surer) &&
    (alone.evidence >= 2 ||
      (top.section?.recommender !== undefined && !aloneMatch.choiceCue && alone.confidence >= best)) &&
    // "SAA-C03 or DVA-C02?" alone is the overview only by default; the post's background makes it a pick.
    // Not when it asks for the difference in words and the whole post is no more than a "did you mean"
    // ("…Trying to decide between SAA and DVA — what's the actual difference?"): a post that is sure of a
    // topic asks its difference ("salary-wise, architect vs developer cert — any difference?").
    !(
      alone.shaped &&
      indexes.some((index) => index.defaultSection === alone.section) &&
      !(asksTheDifference(asking) && top.confidence < possible)
    )
  )
    return { ...match, candidates: [alone, ...match.candidates.filter((c) => c.section !== alone.section)] };
  if (alone.section !== top.section || alone.confidence <= top.confidence) return match;
  return { ...match, candidates: [liftedBy(top, alone), ...rest] };
}

/** Whether the asking words point back at a told sentence that is about a topic the guide does not cover. */
function pointsBackAtAGap(
  indexes: readonly GuideIndex[],
  asking: string,
  telling: readonly string[],
  pointing: RegExp,
): boolean {
  return (
    pointing.test(asking) &&
    telling.some((sentence) => matchQuestion(indexes, sentence).candidates[0]?.uncovered)
  );
}

/** The text left of a post when the given sentences are taken out of it, as one told sentence. */
function withoutSentences(text: string, sentences: readonly string[]): string[] {
  const rest = sentences.reduce((left, sentence) => left.replace(sentence, ' '), text).trim();
  return rest === '' ? [] : [rest];
}

/**
 * Words a question points back with at what the post told: "Can I use *it* on DVA…?", "is *that* the order?"
 * (prepare-question.ts has its own, narrower list for a short question checking a claim).
 */
const POINTS_AT_THE_TELLING = /(?<![\p{L}'’])(?:it|its|that|this|those|these|them|they)(?![\p{L}'’])/iu;
/**
 * Pointing back at an exam told of by asking what is in it: "what are *its* domains?", "what's *on it*?", "what
 * does *it cover*?", in the words analyze-question's pointedBackAtOne reads them by.
 */
const POINTS_AT_ITS_CONTENT = new RegExp(
  String.raw`(?<![\p{L}'’])(?:its(?!\s+own)|(?:${[...CONTENT_OF].join('|')})\s+it|it\s+(?:${[...CONTENT_VERBS].join('|')}))(?![\p{L}'’])`,
  'iu',
);

/**
 * A post that asks more than once ("…Is that real or just survivorship bias in the posts? Does the architect
 * track really pay more?"), whose asking sentences together are unsure, asks what the one of them that is a
 * sure match by itself asks, when that one names the certifications and each other one names nothing of the
 * guide's or is unsure, and none is a topic the guide leaves out: the others are asides around it.
 */
function surestAsking(
  indexes: readonly GuideIndex[],
  sentences: readonly string[],
  together: MatchResult,
): MatchResult {
  const lead = together.candidates[0];
  if (lead && lead.confidence >= TUNING.bands.best) return together;
  if (sentences.length < 2) return together;
  const matches = sentences.map((sentence) => matchQuestion(indexes, sentence));
  const sure = matches.filter((m) => {
    const top = m.candidates[0];
    return (
      top?.section && !top.shaped && top.confidence >= TUNING.bands.best && m.subject !== 'none' && m.agreed
    );
  });
  const aside = (m: MatchResult) =>
    m === sure[0] ||
    (!m.candidates[0]?.uncovered &&
      (m.subject === 'none' || (m.candidates[0]?.confidence ?? 0) < TUNING.bands.possible));
  if (sure.length !== 1 || !matches.every(aside)) return together;
  return sure[0]!;
}

/**
 * The section a part of the message agreed with, as sure as that part: its confidence, and the larger coverage
 * of the two (how much of the question is explained does not shrink because a part was read alone).
 */
function liftedBy(top: Candidate, alone: Candidate): Candidate {
  return {
    ...top,
    confidence: alone.confidence,
    coverage: Math.max(top.coverage, alone.coverage),
    strictCoverage: Math.max(top.strictCoverage ?? top.coverage, alone.strictCoverage ?? alone.coverage),
  };
}

/**
 * A post that asks how the two differ somewhere among other words ("writing a one-pager for leadership and I
 * need a 2-sentence summary of how the SA associate and the dev associate differ. nothing deep, just the gist
 * pls") asks that, when the whole post is unsure and that ask, read alone (see differenceAsked), is the guide's
 * default section by its shape ("the difference between …", set side by side), and sure. Asked of the bot, and
 * overheard in a channel when the message names the certifications. Measured (session 40) over 39,691 eval
 * lines: +14 top-1, +8 top-3, +2 right channel answers, none lost, no chatter answered.
 */
export function agreedByTheDifference(
  indexes: readonly GuideIndex[],
  question: string,
  match: MatchResult,
): MatchResult {
  const [top] = match.candidates;
  // Not a topic the guide does not cover, nor a message that names nothing of it ("how do they differ?" of
  // two other exams).
  if (match.subject === 'none' || top?.uncovered || (top && top.confidence >= TUNING.bands.best))
    return match;
  // As far as a question is read.
  const asked = differenceAsked(question.slice(0, MAX_CHARS));
  if (asked === undefined || asked === question.trim()) return match;
  const alone = matchQuestion(indexes, asked).candidates[0];
  if (
    !alone?.section ||
    !alone.shaped ||
    alone.confidence < TUNING.bands.best ||
    !indexes.some((index) => index.defaultSection === alone.section)
  )
    return match;
  const first = top && alone.section === top.section ? liftedBy(top, alone) : alone;
  return { ...match, candidates: [first, ...match.candidates.filter((c) => c.section !== alone.section)] };
}

/**
 * A pick asked beside a likeness or a summary: "should I…", "which one would you…", "what should decide it", "the
 * obvious pick for…", "lean towards the architect one". Measured (session 67) with the recommender's lead read
 * like any other answer (agreedByTheLikeness) over 85,292 eval lines: +10 top-1, +1 top-3, nothing lost, no channel
 * answer moved (asked of the bot only); without this guard, two picks asked that way were lost. Narrower than the
 * question's own pick reading (PreparedQuestion.askingPick), on purpose: that one counts the check's own words ("did
 * I get that *right*", "is he *right*") as a pick, and with it in place of this, 4 of those 10 were lost again.
 */
const PICK_ASKED =
  /\b(?:should\s+(?:i|we|he|she|they)\b|which\s+(?:one\s+)?(?:should|would|do\s+you)\b|what\s+should\s+decide|(?:obvious|better|right|best)\s+(?:pick|choice|fit)\b|lean\s+(?:towards?\s+)?(?:the\s+)?(?:architect|dev))/iu;

/**
 * A question that likens the two to a pair of other things, one each, and asks whether the picture holds ("is it
 * fair to say one of them draws the map and the other drives the car?", "is the SAA the planner and the DVA the
 * builder — close enough?"), or sets the two against each other and asks only that ("architect cert vs developer
 * cert: the drawing board and the workbench. fair?"), asks how they differ: the guide's default section, "possibly
 * relevant", when nothing is answered and no uncovered topic leads. Two other things set against each other
 * ("map vs car") are another comparison, a topic the guide leaves out, and stay so. The pictures are the asker's
 * words, not the guide's, so matching alone finds nothing (or a section one picture's word names). A section
 * already answered stays: a likeness asked of a topic ("…, which one goes deeper?") is that topic's; overriding
 * answers at "possibly relevant" too was measured (session 57) at +3 and −2 top-1 over 71,671 eval lines. Measured
 * (session 57) as it stands: +20 top-1, +12 top-3, nothing lost, no channel answer or "not covered" moved (asked of
 * the bot only). So does a claim that the two are the same exam, or one the other with more, checked by the asker
 * ("my cousin says the SAA and the DVA are one exam under two names. true?", see claimsTheyAreTheSame), of a message
 * that names the subject; it asks how they differ over any answer short of "best". Measured (session 65) over 83,247
 * eval lines: +5 top-1, +4 top-3, nothing lost, no channel answer moved. The recommender's answer, whatever its band,
 * is read like an unsure one unless a pick is asked too (see PICK_ASKED).
 */
export function agreedByTheLikeness(
  indexes: readonly GuideIndex[],
  question: string,
  match: MatchResult,
): MatchResult {
  const [top] = match.candidates;
  // The recommender first is no answer kept: its lead came from the picture's people ("the person who draws the
  // plans"), read as a persona, and the question asks whether the picture holds, not which to take — unless it
  // also asks a pick (PICK_ASKED).
  const text = question.slice(0, MAX_CHARS);
  const recommenderUnasked = top?.section?.recommender !== undefined && !PICK_ASKED.test(text);
  if (top?.uncovered || (top && top.confidence >= TUNING.bands.best && !recommenderUnasked)) return match;
  // A claim of sameness is read only for an answer short of "best"; a likeness, for one short of "possibly relevant".
  const same = match.subject !== 'none' && claimsTheyAreTheSame(text);
  if (!same && top && top.confidence >= TUNING.bands.possible && !recommenderUnasked) return match;
  if (!same) {
    // The check first: it is the cheaper read, and most questions have none. A likeness may be checked by
    // "right?" or "the gist"; the sides only set against each other need a summary's own check ("fair?").
    if (!checksASummary(text, true)) return match;
    const likened = likensOneAndTheOther(text) || likensInTurn(text);
    if (!likened && !(match.setsSidesAgainst && checksASummary(text, false))) return match;
  }
  // The guide the match found, or the only one loaded: a likeness alone names no guide.
  const index = top
    ? indexes.find((candidate) => candidate.guide === top.guide)
    : indexes.length === 1
      ? indexes[0]
      : undefined;
  const section = index?.defaultSection;
  if (!index || !section) return match;
  const { possible } = TUNING.bands;
  const known = match.candidates.find((candidate) => candidate.section === section);
  const first: Candidate = known
    ? {
        ...known,
        confidence: Math.max(known.confidence, possible),
        coverage: Math.max(known.coverage, possible),
        shaped: true,
      }
    : {
        guide: index.guide,
        section,
        confidence: possible,
        coverage: possible,
        score: 0,
        evidence: 0,
        shaped: true,
      };
  // A classifier's confirmation was of the pick it displaces.
  const { secondOpinion: _displaced, ...rest } = match;
  return {
    ...rest,
    candidates: [first, ...match.candidates.filter((candidate) => candidate.section !== section)],
  };
}

/**
 * A guide's "not covered" speaks for that guide only: "the SysOps exam" is not covered by the Architect
 * vs Developer guide, but a SysOps guide loaded beside it answers it. So a guide's uncovered topics drop
 * out when another guide has a section that explains the question well.
 */
function withoutOtherGuidesGaps(scored: readonly Candidate[]): Candidate[] {
  const wellCovered = new Set(
    scored.filter((c) => c.section && c.coverage >= TUNING.scoring.coveredElsewhere).map((c) => c.guide),
  );
  return scored.filter((c) => !c.uncovered || ![...wellCovered].some((guide) => guide !== c.guide));
}

/**
 * Persona cues count when the asker speaks of themselves ("I love writing code"), or asks for a pick
 * for a role ("best cert for a sysadmin"); "how much coding is on the exam" is not a persona.
 */
function personaCriteria(analyzed: AnalyzedQuestion): Criterion[] {
  const { selfReference, aside } = analyzed.prepared;
  if (selfReference || aside.some(Boolean)) return analyzed.criteria;
  return analyzed.choiceCue ? analyzed.introducedRoles : [];
}

/**
 * Someone who gives a background or describes themselves and asks for a pick ("5 years in IT support,
 * mostly PowerShell … which one?", "i'm a junior java dev… which one?") wants the recommendation even
 * when none of the recommender's cues is in their words.
 */
function isPersona(analyzed: AnalyzedQuestion, criteria: readonly Criterion[]): boolean {
  const { background, selfClause, aside, pickCue } = analyzed.prepared;
  return (
    criteria.length > 0 ||
    // A background, then the sides as alternatives: "sysadmin 5 yrs, saa or dva?"
    (background && analyzed.choiceCue) ||
    (pickCue &&
      (background ||
        selfClause.some(Boolean) ||
        // "saa or dva for a backend person": unless the question names a topic the guide does not cover.
        (aside.some(Boolean) && analyzed.uncovered.length === 0)))
  );
}

/**
 * A pick asked with nothing but the asker's own cue for it ("I like coding more than diagrams, which cert?"):
 * the words that ask name no topic of the guide, and the recommender's cue is what the asker told. The cue's
 * topic word ("coding") is then no question of its own (see secondOpinion).
 */
function picksByTheCue(
  index: GuideIndex,
  analyzed: AnalyzedQuestion,
  persona: readonly Criterion[],
): boolean {
  return (
    analyzed.prepared.pickCue &&
    persona.length > 0 &&
    analyzed.prepared.raw.length <= TUNING.classifier.cuedPickWords &&
    !analyzed.askedVocabulary.some((term) => namesATopic(index, term))
  );
}

/**
 * Told about themselves first, then asked only to pick between the two by name ("Network engineer, CCNA,
 * pivoting to cloud. Solutions Architect Associate or Developer Associate?"): a pick for the one who told.
 */
function picksAfterTelling(index: GuideIndex, analyzed: AnalyzedQuestion): boolean {
  const { prepared } = analyzed;
  if (!analyzed.setsSidesAgainst || analyzed.context.size === 0 || analyzed.uncovered.length > 0)
    return false;
  // "…or…" asks for one of them; "SAA vs DVA - what's the difference?" for the difference.
  if (!prepared.raw.some((word, i) => word === 'or' && prepared.inQuestion[i])) return false;
  return analyzed.terms.every((term) => analyzed.context.has(term) || index.sideTerms.has(term));
}

/** Confidence = coverage, discounted by how close the runner-up is (a near tie is a guess). */
function withConfidence(sorted: readonly Candidate[]): Candidate[] {
  return sorted.map((candidate, rank) => {
    const rival = sorted[rank === 0 ? 1 : 0];
    const margin =
      rank === 0 && rival ? (candidate.score - rival.score) / candidate.score : rank === 0 ? 1 : 0;
    const { marginFloor } = TUNING.confidence;
    const confidence = candidate.coverage * (marginFloor + (1 - marginFloor) * margin);
    return { ...candidate, confidence: Math.round(confidence * 1000) / 1000 };
  });
}

/** Confidence and coverage as judged for an overheard message: with the strict coverage. */
export function channelConfidence(candidate: Candidate): { confidence: number; coverage: number } {
  const coverage = candidate.strictCoverage ?? candidate.coverage;
  const scale = candidate.coverage > 0 ? coverage / candidate.coverage : 1;
  return { confidence: candidate.confidence * scale, coverage };
}
