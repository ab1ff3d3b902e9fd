import { join } from 'node:path';
import { expect } from 'vitest';
import { readEvalSet } from '../../../src/cli/eval/eval-set.js';
import { runEvaluation } from '../../../src/cli/eval/run-eval.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const EVAL_DIR = join(import.meta.dirname, '..', '..', '..', 'eval');
const guides = loadContent(CONTENT_DIR);

/** CertPath and both baselines on one eval list, against the default content. */
export const evaluate = (file: string) => runEvaluation(guides, readEvalSet(join(EVAL_DIR, file), file));

/** What one list must keep: CertPath's numbers at least these, and no line behind a baseline but those named. */
export interface Floors {
  file: string;
  top1: number;
  top3: number;
  notCovered: number;
  precision: number;
  recall: number;
  /** Channel answers to out-of-scope lines allowed (0 unless named). */
  chatter?: number;
  /** Lines of `certpath eval`'s comparison where a baseline may be level or ahead (by their opening words). */
  behind?: readonly string[];
}

/**
 * The blind sets, held to floors just under today's numbers so that a change that generalises worse
 * fails here, and to (almost) never answering an out-of-scope message in a channel. Each was written by
 * someone who saw neither the content nor the matcher (blind3 onwards: helpers given only the outline and
 * the seed), measured once before it informed anything (eval/baseline-*.txt), and is a floor, not a
 * held-out score, once its misses have guided a change. blind7 and blind8 (session 5) were measured once
 * at the end of the round's changes (eval/measured-blind7-session5-end.txt, eval/baseline-blind8.txt);
 * blind8's out-of-scope misses then led to a few notCovered keywords (not covered 86.5% → 92.3%, out-of-scope
 * messages answered in a channel 4 → 1: "how mutch cost saa exm" is left, "mutch" being no word the
 * spelling corrector knows).
 * blind9 (session 6) was measured before the round's changes (eval/baseline-blind9.txt), after them
 * (eval/measured-blind9-session6-end.txt) and once more after the channel veto
 * (eval/measured-blind9-session6-final.txt); its misses have not been read.
 * Session 6's channel veto (the classifier's doubt silences a channel answer) traded 0.5–4 points of recall
 * for precision: the recall floors moved down with it, the precision floors up to 98% on most sets.
 * Channel recall gave way to precision (issue #13: a side's name alone is work talk, not a question).
 * Session 7: the classifier's clear agreement lowers a channel's bar for a message naming the
 * certifications (recall floors up), and 141 more alternate questions traded a point of top-3 on
 * blind4/blind8 and of channel precision on blind7 for top-1 (+1.5 to +3.3 points on six sets).
 * blind10 and chatter7 (session 7) joined once measured at the end.
 * Session 8: floors up with the round's changes (a sure classifier's wider tie, comparisons of other
 * things not covered, words about the message, reordered channel answers); blind10 is ahead of MiniSearch
 * on top-3 again. blind12, blind13, chatter9, chatter10 and the two development lists joined.
 * Session 9: blind12 and blind13 informed the round's changes (their misses were read); not-covered floors
 * rose most (unnamedKeywords for how-to questions, resumes, study plans, whether certifications pay off),
 * channel recall floors with the credential-word rule, and no blind set answers more than two out-of-scope
 * messages in a channel. blind7 is ahead of MiniSearch on top-3 again. blind12 gave up one top-3 question
 * ("what does c02 focus on vs c03, trying to figure out…", now answered as its SAA/DVA twin is). blind14,
 * chatter11 and two more development lists (dev-in2, dev-oos2) joined.
 * Session 10: blind14 informed the round's changes. The classifier's first choice among the three offered
 * raised the top-3 floors; phrases read in the vocabulary's terms raised dev-in2's. blind15 and chatter12
 * joined once measured at the end.
 * Session 11: blind15 informed the round's changes ("dev associate" names the certification, pick
 * questions, a few not-covered topics); floors rose on thirteen sets, most on blind13–blind15's not covered
 * and recall. blind16 and chatter13 joined once measured at the end.
 * Session 12: blind16 informed the round's changes; two new development lists (dev-in3, dev-oos3) joined,
 * and floors rose on nine sets (channel recall most, with lead-ins and asides read as the message's).
 * blind17 and chatter14 joined once measured at the end.
 * Session 13: blind17 informed the round's changes; floors rose on 22 sets, not covered most (blind17
 * 87% → 95%): questions in the guide's words about other things (other roles and exams, AWS how-to, a
 * lab that broke) are "not covered". Two floors moved down by one question each, deliberately: blind4's
 * and blind7's top-3 lost a learning-path question for "a newcomer entering cloud computing" and "a
 * complete novice", which name nothing of the guide in a word it never uses, the price of +31 out of
 * scope "not covered" on the dev lists. blind18 and chatter15 joined once measured at the end, with
 * three more development lists (dev-in4, dev-oos4, dev-oos5).
 * Session 14: blind18 informed the round's changes; floors rose on 18 sets, not covered most (questions about
 * jobs neither side is, news asked of the bot, how exams are scored) and top-1 and channel recall with the
 * side's own section for "what does it validate / what does that tell me". blind19 and chatter16 joined once
 * measured at the end; blind20 (measured once, then read), dev-in5, dev-oos6, chatter17 and chatter18 joined
 * as development lists. No floor moved down.
 * Session 15: blind19, blind20 and chatter16 informed the round's changes; floors rose on 20 sets, not
 * covered most (prices asked as comparisons, exams in other fields, what employers require, the asker's
 * people named in a keyword) and out-of-scope channel answers fewer. One floor moved down by one
 * question: blind13's channel recall, for a wrong channel answer that became silence. blind21 and
 * chatter19 joined once measured at the end; blind22 (measured once, then read) joined as a development list,
 * and blind23, written after the round to check it, located two changes that over-reached (mended).
 * Session 16: blind21, chatter19 and (mid-round) blind23 informed the round's changes; floors rose on 18
 * sets, top-1 most (the classifier's blend with the matcher's confidence, and its confirmation), channel
 * recall with requests read as asking. Two floors moved down by one question each: blind8's channel recall
 * (a channel answer the blend's confirmation silenced) and chatter19's "not covered" asked directly
 * ("absolute legend" read as emphasis). blind24 and chatter20 joined once measured at the end; dev-in6 and
 * dev-oos7, written late in the round and measured once before they were read, as development lists.
 * Session 17: reading fixes found by asking every rightly answered question again rewritten (`eval
 * --variants`), churn-free vocabulary and not-covered keywords; floors rose where the numbers did. Two
 * floors moved down by one question: blind15's channel recall (the classifier no longer reads words about
 * the message) and dev-in6's (a wrong channel answer went silent). blind25 and chatter21 joined once
 * measured at the end.
 * Session 18: the classifier weighs more in the blend; a pick asked without its "?" is answered in a channel;
 * a question without its "?" ends where it goes on to the task at hand or what someone else said; floors
 * rose on 17 sets. Five moved down by one question, each named at its floor (blind4, blind9, blind14,
 * dev-in2, dev-in6). blind26 and chatter22 joined once measured at the end.
 * Session 19: the channel stays silent on talk about the bot, a channel, a document or a day's plan; a stop
 * inside a word (".NET") ends no sentence; a persona asks a pick only with one; floors rose on 15 sets. Four
 * moved down by one question each, named at their floors (blind7, blind12, blind16, blind23). blind27 and
 * chatter23 joined once measured at the end, with the development lists dev-in7, chatter24 and chatter25.
 * Session 20: the channel stays silent on a person spoken to by name, a laugh, a claim, the room asked how
 * it went for them, after a greeting or a lead-in too; a post without "?" asks in its question-shaped
 * sentences, a reported question asks, no gap keyword runs across two sentences; floors rose on 13 sets.
 * Three moved down by one question each, named at their floors (blind5, blind6, blind8). blind28 and
 * chatter26 joined once measured at the end, with the development lists dev-in8 and chatter27 to chatter29.
 * Session 21: a sure classifier takes the lead from a recommender a persona put first; one side asked "is it
 * about…", "what does holding it mean"; the difference asked of both whatever the sentences around it say;
 * tags, meetings, "-wise" and a "right?" mid-message read as about the message; floors rose on 18 sets. Two
 * moved down by one question each, named at their floors (blind22, chatter26). blind29 and chatter30 joined
 * once measured at the end, with the development lists dev-in9 to dev-in12 and chatter31.
 * Session 22: an unsure match the classifier clearly picks is "possibly relevant"; the document, plan, budget
 * or meeting an answer is for, the asker's manager and why they ask read as about the message; "who is it
 * for", "meant to show"; "Thoughts?" after a persona; the channel silent on favours asked of the room, who
 * holds what, a question already answered, a laugh or a thread reply said as a bare topic. blind30 and
 * chatter32 joined once measured at the end, with dev-in13 to dev-in15 and chatter33 to chatter37.
 * Session 23: the channel silent on a question that wants company, a vote by reaction, a side's name only in
 * quotes, an opinion that asks nothing and a question put to a colleague by name; the recommender posted
 * or put first only when a recommendation is asked; "overview" a general word. Four recall floors moved down
 * by a point or two, deliberately: recall counts every channel answer, and wrong ones fell silent (named at
 * their floors). blind31 and chatter38 joined once measured at the end, with dev-in16, dev-in17, chatter39
 * and chatter40.
 * Session 24: the channel silent on what those present did or felt, a poll in keycaps, the bot spoken of by
 * its name or waved off, a story of what an exam did to its writer, a claim made of a choice and an opinion
 * signed off as one; a topic that "more" or "less" compares weighs more; a gap told around the question,
 * a post excusing itself and the kind of answer wanted read as context. blind32 and chatter41 joined once
 * measured at the end, with dev-in18 to dev-in20 and chatter42 to chatter44.
 * Session 25: the bot's name typed before a clause, a question relayed or wondered, help asked after it and
 * "trying to figure out" read as such; a pick's particles ("fit in", "right now", "pick one" beside both); the
 * channel silent on a channel, a document or the bot spoken of, who on the team holds a cert, an agenda, a
 * review, a view signed off "fwiw", software tests and the sides without "?" among many unknown words; gaps
 * for pay in a currency or at a firm, how-to verbs, a study group to join, scoring, a framed certificate.
 * blind33 and chatter45 joined once measured at the end, with dev-in21 to dev-in23, dev-oos8 and chatter46 to
 * chatter49.
 * Session 26: a span of time ahead no background; a claim or a plan that a later question checks or weighs
 * read as asked, without who made it; "…here" at the end of a question this workplace; a "for someone who…"
 * aside and a description of the asker end where a clause sets things against each other; a request relayed
 * asked; "like I'm new to it" how to explain; the channel silent on the writer's plan; gaps for a
 * certification searched for by its field, more or fewer questions, a bonus for passing, a span of time in
 * digits, the Cloud Practitioner's difficulty, "worth it in <year>", any certification worth it. Two floors
 * moved down by one question each (dev-in1's top-1, blind18's recall). blind34 and chatter50 joined once
 * measured at the end, with dev-in24 to dev-in26, dev-oos9, chatter51 and chatter52.
 * Session 27: one side's own section, first because the question asks what that side is or shows, no near tie
 * for the classifier; the level's word alone before "mean" the levels'; the channel silent on "what did
 * everyone score…"; "thanks, that fixed it!" thanks and "test" a greeting. blind35 and chatter53 joined once
 * measured at the end, with dev-in27 and chatter54. No floor moved down.
 * Session 28: the classifier trains on its texts in the order of their hashes, so an edited alternate question
 * moves only the answers near it (45 floors moved down by a question or two with it, 68 up); one's own broken
 * lab, the experience AWS recommends, "would you hire…", "folks who sat the SAA, do you…" and "…are where
 * the pain is" read as what they are; two alternate questions (the question style on each exam, the service
 * areas each covers), ten floors down by a question with them. blind36 and chatter55 joined once measured at
 * the end, with dev-in28 and chatter56.
 * Session 29: a channel named ("#general", "<#C1|general>") reads as the word "channel", not as its name's
 * words; "certs in general" and its kin only as written; the channel silent on how its writer feels and on a
 * question for "people here who…" asking what it was like; two salary questions in learners' words (four
 * floors down by a question, each named, 22 up). blind37 and chatter57 joined once measured at the end, with
 * dev-in29 and chatter58.
 * Session 30: names typed in lower case and typos of the room's words read as speaking to people; praise of
 * someone known ("the best architect I've worked with") asks no pick; an opinion opener makes no bare topic; a
 * run-on's question starts at "which <credential>"; a question without its "?" opens as one after a greeting;
 * vocabulary and keywords ("partner with", "tell an employer", "amount of coding", "certs worth it" as
 * written). blind38 and chatter59 joined once measured at the end, with dev-in30 and chatter60. After reading
 * blind38's misses, the two offered with "or" ("saa or dva?") became a pick (informed). Five floors down by a
 * question, each named (and blind38's recall once, the same way); 29 up.
 * Session 31: a question that lost its "?" ends at a capitalised sentence opener or an aside ("ngl"); a pick
 * asked after a background is a pick whatever the background names; "which <thing the guide never names> is
 * best" picks among those things; what a certification "really says" of its holder is that side's; content
 * (what comes after an associate is the learning path's, what to focus on while preparing the study tips',
 * "combo"). blind39 and chatter61 joined once measured at the end, with dev-in31 and chatter62; blind39 is
 * informed since its laptop question was read. Ten floors down by a question, each named; 54 up.
 * Session 32: uncovered keywords that name a question's scene (a booking, nerves, a Discord server, a company
 * that pays, "eat" as in "will eat me alive") count only where asked; "order a certificate" as written;
 * "associate cloud engineer" alone names no other cloud's exam; which programming languages a path calls for
 * is the skills' (as the source lists them); a recommendation the writer gives ("before I recommend it to…")
 * asks no pick. blind40 and chatter63 joined once measured at the end, with dev-in32 and chatter64; both held-out
 * lists are informed since chatter63's answered lines were read (an "or" that opens a second question offers
 * no two things).
 * Session 33: a role "at our company" and a question for the people in the room ("who here has the SAA?") are
 * not covered; "what even is the SAA, never heard of it…" asks what the certification is; "difficultly" is read
 * as "difficulty"; problem solving and system thinking are skills; what comes after an associate is the
 * learning path's. blind41 and chatter65 joined once measured at the end, with dev-in33 and chatter66; blind41
 * is informed since its misses were read ("which IDE is best" picks among editors, "programming language
 * should I learn" is the language gap, a raise being negotiated is a pay question's scene). blind42 and
 * chatter67 were written after that and measured once on that code, unread until then; blind42 is informed
 * since (the ID to bring to an exam, editors by brand, a building architect, what is on the Cloud
 * Practitioner exam).
 * Session 34: a topic the asker says they are not asking about names nothing ("not asking how many questions,
 * I want…"); "per the guide" cites the source; a purpose clause ends at its sentence; a pick the exam sets
 * ("do they ask you to pick…") is no pick; "open doors to" a job is the jobs; a lead-in ends at a semicolon or
 * after what the writer is doing ("running a mock exam session, what…"); code set against diagrams is coding;
 * and a message naming the two only as a pair or by their level's word is answered overheard when sure, agreed
 * and in the guide's words. blind43 and chatter68 joined once measured at the end, with dev-in34, dev-in35 and
 * chatter69; blind44 and chatter70 (written hard) too, blind44 informed since its misses were read.
 * Session 35: a verb before a side's job noun ("now I hear architects…") makes no other role; "which one is
 * above which?" ranks; no not-covered keyword in a purpose clause ("…so I can match my CV"); "pays the bills"
 * is pay; a level of coding is how much coding; "call for" said of the certifications is a need; "the coding
 * one" is the developer side; the guide's phrases naming the sides are read whatever names them ("the SAA
 * before the DVA"); a degree set against certs is not covered. blind45 and chatter71 (plain) and blind46 and
 * chatter72 (hard) joined once measured at the end, with dev-in36, dev-in37 and chatter73; blind46 is
 * informed since its misses were read ("the builder one" names the developer side).
 * Session 36: an overheard question is judged by the unknown words of its asking sentences and half of those
 * around them; a side's route ("the architect path") or a side named as one of the two ("the dev one") counts
 * as a credential word overheard; "the builder cert", "builder exam" name a side; what someone of the asker's
 * says is the claim asked about; a word of degree before "difference" is no topic; an emoji ends a sentence
 * before a question word. Floors rose on 24 sets (channel recall most); twelve moved down by a question
 * each, named where they stand. blind47 and chatter74 (plain) and blind48 and chatter75 (hard) joined once
 * measured at the end, with dev-in38, dev-in39 and chatter76.
 * Session 37: a side's describing word offered against the other ("design one or coder one", "the infra one")
 * names it; indirect asks ("curious what…", "I'd like to know…") are the clause that asks; "in a sentence or
 * two" is read to its clause's end; a degree in the asker's background is no degrees question; cheers told
 * to the bot get a friendly reply; ", who passed both certs" after a name asks nothing. blind49 and
 * chatter77 (plain) and blind50 and chatter78 (hard) joined once measured at the end (chatter78's one channel
 * answer was read mid-way and silenced: informed since), with dev-in40, dev-in41 and chatter79; dev-in42 and
 * chatter80, written at the end and measured once on the final code, unread, wait for the next round.
 * Session 38: picks asked as "would you take / point them at…"; an indirect ask opening with the asker ("I want
 * to understand which…") or "trying to work out…" is the clause that asks; two orders offered with arrows
 * ("saa → dva or dva → saa"); a lead-in of booking or paying before the question; what one side's
 * certification shows, asked with "what" (or what it "stands for"), is that side's section whatever gap is
 * named around the ask; more course providers, "assoc" forms of other exams, hiring policy and money owed back
 * to an employer are gaps. blind51 and chatter81 (plain) and blind52 and chatter82 (hard) joined once measured
 * at the end, unread, the same as at the start on every column; with dev-in43, dev-in44 and chatter83.
 * Session 39: "it'll" is no near spelling of ITIL; "clf-c02" names neither side; "different" before another
 * noun sets nothing against anything; "arch" beside the other side names the architect; a side asked only
 * what it needs takes the asker's own words as what is needed; "right/straight after" keeps an order; what
 * the asker is not asking names no gap; "validity" is expiry; "%" is "percent"; "my real question is…" asks;
 * "qs" are questions; a credential noun after an unknown word ("self-assessment") is another thing. blind53 and
 * chatter84 (plain) and blind54 and chatter85 (hard) joined once measured at the end, with dev-in45, dev-in46
 * and chatter86. Two floors fell a line each, named where they stand (dev-in7, blind28).
 * Session 40: a post that asks how the two differ among other words is read by that ask alone; a side named
 * only in a lead-in or a quote is the one asked about; "I don't care about / not interested in X" is not asked;
 * "each of the two routes", "both tracks" stand for the certifications; the Cloud Practitioner's "content" is
 * another certification. blind55 and chatter87 (plain) and blind56 and chatter88 (hard) joined once measured at
 * the end, with dev-in47, dev-in48 and chatter89. One floor fell a line, named where it stands (dev-in37).
 * Session 41: "I'm asking which…" asks; "full disclosure", "to be honest" name no topic; an interjection
 * ("ugh", "welp") leads a question in; a pick put off ("before I pick, …", "…before I decide") is no pick asked;
 * "real exam questions" is a seller's only when sold; a span of time in words is how long to prepare only
 * where asked; overheard, a side named only in a job title is someone's job, and a story of what someone else
 * did asks nothing; applause is a cheer. blind57 and chatter90 (plain) and blind58 and chatter91 (hard) joined
 * once measured at the end, with dev-in49, dev-in50 and chatter92.
 * Session 42: what an exam "cares about most" is its focus; a get-together arranged, a remark ("that's harder
 * than…"), a plan left open ("we'll see"), a riddle told and a question only quoted are the room's; the options
 * a pick is between count as asked where they are set out; a role the message opens with is the writer's;
 * "out-earn" is pay and "a myth" a claim checked; skills to "pick up" are learned; what sits "above it" or
 * "below it" is the levels; "langs" are programming languages; "valid for how many years" and "pay off in
 * general" are gaps. blind59 and chatter93 (plain) and blind60 and chatter94 (hard) joined once measured at
 * the end, with dev-in51, dev-in52 and chatter95.
 * Session 43: a purpose clause may say what the asker will then know ("so I know what to put…"), and the team's
 * document an answer is put into is why it is asked; a topic set aside, a pick put off and a claim doubted with
 * its source ("or is that a myth pushed by…") are not asked; "not trying to start a flame war" and a lay audience
 * ("to a non-technical manager") are said of the post; an exam sat told of is a story; a question pointing back
 * at "those two" asks of the options set out before it; a background alone makes no pick of a sure asking
 * sentence; "coding reqs", "in broad strokes", "the point of", "says you can do", "raise my salary" and a
 * beginner's "sequence" are the sections' words. blind61 and chatter96 (plain) and blind62 and chatter97 (hard)
 * joined once measured at the end, with dev-in53, dev-in54 and chatter98; six floors fell a line each, named
 * where they stand (most as the classifier retrained with "sequence").
 * Session 44: an emoji ends a run-on's background; a reported question before a dash asks; an aside opened in a
 * sentence that tells ends where one that asks begins; "I'd love to understand", a document worked on ("updating
 * our career ladder doc") and "in plain words" are said of the post; "among" is a function word; a short pick
 * asked with only the recommender's cue keeps the recommender; "+1" and "seconded" are acknowledgements; "SAA or
 * DVA next?", "which should I start with", "what separates them", "at the same time", "lowest to highest",
 * "raise earning potential", a "better package", "svcs", "reqd" and "designations" are the sections' words; a
 * JD, the SA Professional and a second monitor are gaps. With more than eight guides, only the eight that know
 * the most of a question's words are read in full. blind63 and chatter99 (plain) and blind64 and chatter100
 * (hard) joined once measured at the end, with dev-in55, dev-in56, dev-in57 and chatter101.
 * Session 45: a request with no "?" ("Kindly tell what…") is the sentence that asks; the options a writer is
 * "weighing" or "debating" are asked of; "that exam" asks of the exam named in the sentence before; whether
 * certs matter at all is certifications in general; "in general terms" says how broadly to answer. blind65 and
 * chatter102 (plain) and blind66 and chatter103 (hard) joined once measured at the end, with dev-in58,
 * dev-in59, dev-in60 and chatter104. Later, a topic the guide leaves out asked only as a second question ("Also,
 * …") leaves the main one answered, and certs that "pay off at all" are certifications in general (dev-in61).
 * Session 46: the thing a section's title asks for by its "what" or "which" ("Which skills…", "…which jobs…")
 * counts double for that section when the question asks for it the same way; a post asking several times is
 * answered by the one question that is sure alone; what a certification has "validated" or is "vouching" for
 * asks what it shows; the options a writer is "comparing" are asked of; "in practice" asks how concretely;
 * "verdict?" asks for opinions; "w/" is "with". blind67 and chatter105 (plain) and blind68 and chatter106 (hard)
 * joined once measured at the end, with dev-in62, dev-in63, dev-in64 and chatter107.
 * Session 47: a post with no "?" asks where the writer says they do not know ("I can't tell which…", "no idea
 * how much…", "trying to gauge which…"); "that cert" asks of the certification named before it; a long post
 * keeps the sentences just before its question; an "Also…" aside no longer blocks a sure main question; "what
 * are they able to do?" asks what a certification shows; "the practical difference" is the overview's; a terse
 * "X architect vs developer" note asks. blind69 and chatter108 (plain) and blind70 and chatter109 (hard)
 * joined once measured at the end, with dev-in65, dev-in66, dev-in67 and chatter110. A second round: "And…"
 * sets a second question apart; what a post tells blocks its main question only when the question points back
 * at it; an emoji before a capital ends a sentence; "accurate??" checks the claim before it; the asker's own job
 * before a colon says who asks. blind71 and chatter111 (hard) and blind72 and chatter112 (learners' forum posts)
 * joined once measured at the round's end, with dev-in68 and dev-in69.
 * Session 48: a how-to or a topic the exam is said to ask or weigh ("does the DVA ask how to set up auth",
 * "which exam cares more about keeping the bill low") is what the exam covers; "which one…" and "which of
 * these…" with nothing else offered point at the pair; "end up" is where a career leads; a request to explain in
 * a phrasal verb ("lay out", "break down") is no topic; everyday idioms join the vocabulary; "whichever" picks;
 * a present-tense "I hear…" reports a claim; a claim doubted "or just udemy marketing" keeps its source out.
 * Three held-out pairs joined once measured at the end of their rounds: blind73 and chatter113, blind74 and
 * chatter114; blind75 and chatter116, blind76 and chatter117; blind77 and chatter118, blind78 and chatter119;
 * with dev-in70, dev-in71, chatter115 and dev-in72.
 * Session 49: cramming is how long to study only with a time beside it; an "it" asked what it covers and an "its"
 * point back at the exam told of; a strong description names a side ("the coding-heavy one"); a relayed question
 * asks apart from what is said of the one who relays it; what an analogy likens things to names no topic; a
 * certification held is background to a pick; more idioms. Four held-out pairs joined once measured: blind79 and
 * chatter120, blind80 and chatter121 (session start and first round's end); blind81 and chatter123, blind82 and
 * chatter124 (session start, second and third rounds' ends); blind83 and chatter125, blind84 and chatter126
 * (session start, third and fourth rounds' ends); with dev-in73 and chatter122.
 * Session 50: a likeness ("if the exam's a driving test", "is the DVA like a coding interview?", "roughly the CCNA
 * rung") and where the asker comes from ("coming from the Azure cert —") name no topic; "as a … who …," says whom it
 * is asked for; a pick put up for confirmation ("so SAA right?") and "the other one" read as asked; a colleague's
 * exam put back to them is chatter; more idioms. Five held-out lists joined once measured: blind85 and chatter127,
 * blind86 and chatter128 (session start and first round's end); blind87 and chatter130, blind88 and chatter131
 * (session start and second round's end); blind89 and chatter132 (session start, third and fourth rounds' ends);
 * with dev-in74, chatter129, dev-in75 and chatter133.
 * Session 51: each side by the nouns the other's names take ("the builder exam"); "which of the pair", "both
 * eventually"; a post opening with who someone is ("devops engineer, …", "I'm a bootcamp instructor, …") gives a
 * background, not a topic; likenesses a sentence opens with ("like a FIFA card —") name no topic; "goes harder on"
 * a topic is its depth; an invitation to join in, "is this normal", "…so can you", and a certification named only
 * in a quoted job-ad line are chatter; "Confirm?" and "Am I ready…" ask. Five held-out pairs joined once measured:
 * blind90 and chatter134, blind91 and chatter135 (session start and first round's end); blind92 and chatter137,
 * blind93 and chatter138 (session start and second round's end); blind94 and chatter139 (session start and third
 * round's end); with dev-in76 and chatter136.
 * Session 52: a last sentence that only checks the claim before it ("Is he right?", "Check that for me.", "does
 * that sound right to you?") and a "true or false:" label name no topic; a doubt naming where a claim is heard
 * ("…or is that LinkedIn hype?"); a CV or a reimbursing employer told of is the asker's circumstances; learning by
 * heart is studying; pay judged "financially"; a side the asker says to leave out. Five held-out pairs joined once
 * measured: blind95 and chatter140, blind96 and chatter141 (session start and first round's end); blind97 and
 * chatter143, blind98 and chatter144 (session start and second round's end); blind99 and chatter145 (session start
 * and third round's end); with dev-in77 and chatter142.
 * Session 53: a side someone does not care about, the comparison skipped and "not the dev one" leave it out; the
 * two each likened to something in turn ("SAA is the blueprint and DVA the bricklaying") ask how they differ; a
 * "vs" that likens compares nothing; which exam weighs a topic is its focus areas; practice material set against
 * the real exam is practice tests; "bootcamp grad" says who the asker is; seniority before a side's noun is no other
 * job; what a certification is proof of is what it validates. Five held-out pairs joined once measured: blind100
 * and chatter146, blind101 and chatter147 (session start and first round's end); blind102 and chatter149 (second
 * round's end); blind103 and chatter150 (third round's end); blind104 and chatter151 (once every change had
 * landed); with dev-in78 and chatter148.
 * Session 54: "professional" said of a person is a person, not the level; "shallow" is depth; a newcomer's question
 * naming only the field reaches the learning path (askedWithoutNaming); a side's describing word denied ("a
 * no-code cert") names no side; "that exam" asked how far it goes points back; "what is it for?" asks what one
 * certification is; "which would you point her to?" recommends; "pick one" against holding both "at the same
 * time" asks about both; when the score comes, checking a claimed certification and work-life balance are not
 * covered. Five held-out pairs joined once measured: blind105 and chatter152, blind106 and chatter153 (session
 * start and first round's end); blind107 and chatter155, blind108 and chatter156 (second round's end); blind109
 * and chatter157 (once every change but the last two had landed); with dev-in79 and chatter154.
 * Session 55: the time an exam allows is exam length; capabilities, competencies and know-how are skills; whether
 * hands-on practice is optional is the learning path; what someone "thinks" is a claim asked about (bricklayer
 * keywords and filler adverbs were undone: a chatter line answered, six floors). Five held-out pairs
 * joined, measured at the start and after the first round: blind110 and chatter158, blind111 and chatter159,
 * blind112 and chatter160, blind113 and chatter161, blind114 and chatter162; with dev-in80 and chatter163.
 * Session 56: beside the first section a reply offers the runner-ups the classifier finds far likelier, and an
 * answer shows them as its first topic buttons; an exam's price asked in money, two versions of one exam side by
 * side or the older one's material, prep weeks and whether certs get jobs are not covered. Five held-out pairs
 * joined, measured at the start and after the first round (the runner-ups): blind115 and chatter164, blind116 and
 * chatter165, blind117 and chatter166, blind118 and chatter167, blind119 and chatter168; with dev-in81 and chatter169.
 * Session 57: a likeness of the two, one each, that the asker checks ("one draws the map, the other drives the car —
 * fair?") is the default section, possibly relevant, when nothing else is answered. Five held-out pairs joined,
 * measured at the start and after that round: blind120 and chatter170, blind121 and chatter171, blind122 and
 * chatter172 (one top-3 line behind MiniSearch at both measurements), blind123 and chatter173, blind124 and
 * chatter174; with dev-in82 and chatter175.
 *
 * Session 58: no answer changed (a list got a minute, and the baselines search each question once). Three held-out
 * pairs joined at their start measurements: blind125 and chatter176 (level with MiniSearch on top-3), blind126 and
 * chatter177, blind127 and chatter178; with dev-in83 and chatter179.
 *
 * Session 59: no answer changed. Three held-out pairs joined at their start measurements: blind128 (English as a
 * second language) and chatter180, blind129 (terse asks) and chatter181, blind130 (forum posts) and chatter182; with
 * dev-in84 and chatter183.
 *
 * Session 60: vocabulary for everyday words read off development lists' misses, in two rounds (a money gap, a
 * lighter lift, what one gets called at work, the long game, under one's belt…; then bands of certifications, how
 * far down each goes, bits of AWS, a stamp of approval, a mock's score, study weekends…) and a tier's price, a pass
 * rate as a share, readiness asked after a score as not covered. Two held-out pairs joined, measured at the start and after:
 * blind131 (hard paraphrases) and chatter184, blind132 (spoken, run-on messages) and chatter185; with dev-in85 and
 * chatter186, dev-in86 and chatter187, and for a second round dev-in87 and chatter188, dev-in88 and chatter189.
 * Two older held-out lists gained and their floors rose with them: blind110, and blind125, now ahead of MiniSearch on
 * top-3 (no longer `behind`).
 *
 * Session 61: a side someone is said to hold ("my lead has the SAA — what does the dev one certify?") read as who
 * holds what; the clause that asks read alone after one that tells of a topic the guide leaves out ("already
 * bought a practice test, but what are its focus areas?"); whom a claim is heard from ("my study buddy reckons…")
 * no gap topic; overheard, no overview for the level and a credential word beside other words. Two held-out pairs
 * joined, unchanged by all four: blind133 (forum posts) and chatter190, blind134 (terse asks) and chatter191; with
 * dev-in89, dev-in90 and chatter192.
 *
 * Session 62: a side pointed at by its place ("the second one", "the former"), "the one with the coding", "sanity
 * check" and chat shorthand as about the message, what the two are weighed by ("salary-wise"), "beginner" as a grade,
 * and "should I focus on…" while studying as study tips. Two held-out pairs joined, no top-1 of theirs moved:
 * blind135 (forum posts) and chatter193, blind136 (a tester's paraphrases) and chatter194; with dev-in91, dev-in92
 * and chatter195. dev-in84's channel precision floor went down one line (see its entry).
 *
 * Session 63: a short part closed by an emoji ends before the question that follows; whom it is explained to, said
 * last, is about the message; which questions one got wrong only in exact words; "me…"/"not me…" openings told, not
 * asked; one side asked how it differs from the other told before it is the overview; a study group's meeting being
 * on or cancelled is a gap topic; three words or more of the ranks ask of the levels. Two held-out pairs joined, none
 * of their first answers moved: blind137 (study-group posts) and chatter196, blind138 (terse asks) and chatter197;
 * with dev-in93, dev-in94 and chatter198. blind74's channel precision floor went down one line (see its entry).
 *
 * Session 64: one side held and a pick or its worth asked of the other adds the second (the "both" term); "each side",
 * "either side" point at the pair; "is it weird that I…" and "why is every…" want no answer; "like I'm a <role>" after
 * explain is the answer's audience. Two held-out pairs joined, none of their first answers moved: blind139 (hard
 * paraphrases in everyday words) and chatter199, blind140 (forum posts) and chatter200; with dev-in95, dev-in96 and
 * chatter201.
 * Session 65: which programming language a path wants is its skills; a claim that the two are the same exam, and the
 * two set against each other and asked to be explained, ask how they differ; a newcomer's order of things is the
 * learning path; "backwards" doubts the order of the two. Two held-out pairs joined: blind141 (non-native English) and
 * chatter202, blind142 (short queries) and chatter203; with dev-in97, dev-in98, dev-in99 and chatter204.
 *
 * Session 66: one side asked what it is about as a whole is that side's own section; "for me" after a request to
 * explain the two is whom it is told for; "map to" is the job term; a newcomer's order is also one of steps, of
 * getting into cloud, with no background; "going for" after "if" is a pick made. Two held-out pairs joined: blind143
 * (learners' posts) and chatter205, blind144 (asked on someone's behalf) and chatter206; with dev-in100 and dev-in101.
 *
 * Session 67: what a holder may be taken to be able to do is what that side's certification shows; the planner and
 * the maker badge name the sides; ranks and "lvl" are the levels', which are asked naming only the field; a likeness
 * the asker checks is how the two differ even over the recommender; where a track "eventually leads" is the career
 * path. Two held-out pairs joined: blind145 (everyday words) and chatter207, blind146 (claims to check) and
 * chatter208; with dev-in102 and dev-in103.
 *
 * Session 68: a persona that asks no pick but what the default section tells is asking that section; "underpaid"
 * and "overpaid" are pay; a message naming the two only as a pair is answered overheard with one unknown word, at the
 * "best" band, and on the section whose own pair word it uses with another of its words beside it; a "for someone …"
 * aside ends at its colon. Two held-out pairs joined: blind147 (either/or, yes/no, the sides by what they do) and
 * chatter209, blind148 (a job stated, then any topic) and chatter210; with dev-in104 and dev-in105.
 *
 * Session 69: what is said of an exam with the part named ("hard because of …", "what makes it tough", "the hardest
 * part") asks what is said of it, the reason told; one side asked of keeps its own section ahead of the default, for
 * the classifier too; two of the levels' ranks named together imply the certifications. Two held-out pairs joined:
 * blind149 (replies in a thread) and chatter211, blind150 (negation and hypotheticals) and chatter212; with
 * dev-in106 and dev-in107.
 *
 * Session 70: a plain pick between the two by name is posted overheard though the classifier doubts it; what is said
 * of the thing asked about is read by the classifier too; the places on a ladder asked of are the tiers. Two held-out
 * pairs joined: blind151 (two asks in one message) and chatter213, blind152 (requests and commands) and chatter214;
 * with dev-in108 and dev-in109.
 */
export const FLOORS: readonly Floors[] = [
  {
    file: 'questions.blind.jsonl',
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.99,
    // Session 28: 0.82 → 0.81 (the classifier trained in the order of its texts' hashes).
    recall: 0.83,
  },
  {
    file: 'questions.blind2.jsonl',
    // Session 33: 0.99 → 0.98 ("where does each cert score on serverless and databases" gets the
    // services, not the skill ratings: the classifier retrained on the new content). Session 65: 0.98 → 0.97 ("which
    // programming language should I know for the developer cert", labelled coding, is read as the languages the
    // path's skills list, as most lists label it).
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.99,
    // Session 33: 0.99 → 0.98 (the same question, posted in a channel). Session 65: 0.98 → 0.97 (the language
    // question above, posted in a channel).
    precision: 0.97,
    recall: 0.88,
  },
  {
    file: 'questions.blind3.jsonl',
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.93,
  },
  {
    file: 'questions.blind4.jsonl',
    // Session 24: 0.96 → 0.95. "two qs: which is harder, saa or dva, and which one pays more…" lost its top-1 (difficulty)
    // when the topic "more" compares (pay) began to weigh more; both questions in one message.
    top1: 0.97,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.99,
    // Session 18: 0.83 → 0.82. The classifier's heavier blend reads "Do You Need to Code for AWS
    // Certifications? SAA vs DVA" as the developer section, and overheard it is silent.
    // Session 25: 0.82 → 0.81. A wrong channel answer fell silent ("I'm a backend dev right now and wonder
    // where the developer path leads…": "right now" is no pick), and recall counts every channel answer.
    recall: 0.88,
  },
  {
    file: 'questions.blind5.jsonl',
    // Session 28: 0.93 → 0.92 (the classifier trained in the order of its texts' hashes).
    // Session 32: 0.92 → 0.91 ("My infrastructure folks don't program much… will the lack of programming
    // hold them back?" is the recommender: the classifier retrained on the skills' language questions).
    // Session 36: 0.92 → 0.91 ("My cousin says one of these is about the blueprint… Is that a fair way to
    // sum them up?" lost the overview: what someone of the asker's says is now the claim asked about, and
    // "blueprint" names the architect side).
    top1: 0.91,
    // Session 32: 0.97 → 0.96 (the same question: coding left its three).
    // Session 36: 0.97 → 0.96 (the same question).
    top3: 0.96,
    // Session 20: 0.99 → 0.97. No not-covered keyword runs across two sentences any more: "what's actually on
    // the cloud practitioner exam? which domains?" had been "not covered" only by reading "exam … domains"
    // across its two questions (dev-in7 and dev-in8 gained one answer each).
    notCovered: 0.99,
    // Session 53: 0.99 → 0.98 ("We're setting up a study guild. What does each exam emphasise…" is still the focus
    // areas asked directly, silent in a channel: two focus-areas questions retrained the classifier).
    precision: 0.98,
    // Session 53: 0.74 → 0.73 (the same question, silent in a channel).
    recall: 0.73,
    // MiniSearch, which answers everything, still ranks the right section in its top three more often.
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    file: 'questions.blind6.jsonl',
    // Session 20: 0.97 → 0.96. A question reported asks: "someone asked whether the architect track leads to a
    // chief cloud architect role. does it?" became a "did you mean" (career-path first) when its first
    // sentence began to count as asking (+5 top-1 over four other lists).
    // Session 28: 0.98 → 0.97 (the classifier trained in the order of its texts' hashes).
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.95,
    precision: 0.99,
    // Session 28: 0.82 → 0.81 (the classifier trained in the order of its texts' hashes).
    recall: 0.85,
  },
  {
    file: 'questions.blind7.jsonl',
    top1: 0.92,
    // Session 19: 0.96 → 0.95. A persona that asks no pick is no longer read as one: "Does DVA even matter
    // if I'm a developer?" gets the developer section and the rest of what it offers leaves out choose.
    top3: 0.95,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.79,
  },
  {
    file: 'questions.blind8.jsonl',
    // Session 28: 0.97 → 0.96 (the classifier trained in the order of its texts' hashes).
    // Session 32: 0.98 → 0.97 ("which of the two is more networking heavy" is the skills, not the skills
    // matrix).
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.98,
    // Session 20: 0.99 → 0.98. "should I take X or Y" takes "take" for the pick's verb: "@certpath Priya wants
    // to know which of SAA or DVA she should sit first" now reaches its (wrong, as asked directly) career-path
    // answer in a channel too.
    precision: 0.98,
    // Session 16: 0.72 → 0.71. "…so the architect cert is more design and the dev one is more coding? just
    // confirming" went silent in a channel when the classifier's blend gave its lead (top-1 +14 questions).
    // Session 28: 0.74 → 0.72 (the classifier trained in the order of its texts' hashes).
    // Session 43: 0.77 → 0.76 (the classifier retrained with "sequence" among the learning path's words:
    // "@certpath Wei is a sysadmin eyeing a cloud architect role. does he need Cloud Practitioner first?" is
    // still the learning path asked directly, no longer sure enough for a channel).
    recall: 0.76,
    chatter: 0,
  },
  {
    file: 'questions.blind9.jsonl',
    // Session 36: 0.97 → 0.96 ("Tell me what kinds of AWS products each certification expects you to know"

    // gets the learning path by a hair over the services (one shared word, the content's new words

    // retrained the classifier)).

    // Session 70: 0.98 → 0.97: a pick whose reason (after "because") names the asker's current job went to
    // job-roles (the classifier reads what is said of the thing asked about once more).
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.99,
    // Session 18: 0.98 → 0.97. A pick without its "?" is answered in a channel ("whch 1 pays mor sa or
    // dev" rightly), and "wich cert is beter for sombody who likes desiging sytems" with the overview,
    // as when asked.
    precision: 0.99,
    // Session 28: 0.83 → 0.82 (the classifier trained in the order of its texts' hashes).
    // Session 43: 0.87 → 0.86 (a wrong channel answer went silent: "Tell me what kinds of AWS products each
    // certification expects you to know." had been posted as the learning path; directly it is the services
    // section now).
    recall: 0.86,
  },
  {
    // Measured once at session 7's start (eval/baseline-blind10.txt) and once at its end
    // (eval/measured-blind10-session7-end.txt); its misses have not been read.
    file: 'questions.blind10.jsonl',
    // Session 31: 0.93 → 0.92 ("can someone eli5 architect assoc vs developer assoc. my manager keeps mixing
    // them up in our training plan" lost the overview to "not covered" when the classifier retrained on the
    // new study-tips questions).
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.99,
    // Session 29: 0.72 → 0.71 (two alternate questions for which side pays
    // better): "which pays better long term, going the SA route or the cloud dev route" gets the salary, not the
    // career path, and falls silent in a channel (recall counts every channel answer).
    recall: 0.75,
    chatter: 0,
  },
  {
    // Written after blind10's end measurement; measured once before the session's last two changes
    // (eval/baseline-blind11.txt) and once after them (eval/measured-blind11-session7-end.txt).
    file: 'questions.blind11.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.99,
    // Session 28: 0.76 → 0.75 (the classifier trained in the order of its texts' hashes).
    recall: 0.8,
  },
  {
    // Session 8: written before any change and measured once then (eval/baseline-blind12.txt) and once
    // at the end (eval/measured-blind12-session8-end.txt); session 9 read its misses and tuned on them
    // (out-of-scope messages answered in a channel: 5 of 70 → 0).
    file: 'questions.blind12.jsonl',
    // Session 19: 0.94 → 0.93. The classifier, retrained when "in two sentences" joined the vocabulary, no
    // longer confirms levels for "theres foundational, associate, and then what?" (levels is second of three).
    // Session 43: 0.99 → 0.98 (the classifier retrained with "sequence" among the learning path's words: "Is one
    // of these associate exams more demanding than the other, and does that hinge on prior experience?" went from
    // the difficulty to "not covered").
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.85,
    chatter: 0,
  },
  {
    // Written by a helper near the session's end, measured once on the session's starting code
    // (eval/baseline-blind13-session8-start-code.txt) and once on its final code
    // (eval/measured-blind13-session8-end.txt); session 9 read its misses and tuned on them.
    file: 'questions.blind13.jsonl',
    // Session 53: 0.97 → 0.96 ("already passed SAA last month. does it make sense to also do DVA after or is that
    // pointless" gets the recommender first, both second: the classifier retrained on two focus-areas questions).
    top1: 0.96,
    top3: 0.99,
    notCovered: 0.99,
    // Session 28: 0.99 → 0.98 (the classifier trained in the order of its texts' hashes).
    precision: 0.99,
    // 0.82 until session 15, when a wrong channel answer (a pick that weighs the two on difficulty, read
    // as the recommender's) became the right direct answer and channel silence: answered 81.4%.
    // Session 31: 0.84 → 0.83 ("@certpath is associate the starting level for AWS certs or is there a tier
    // below it?" fell silent in a channel once "what comes after an associate" became the learning path's).
    recall: 0.83,
    chatter: 0,
  },
  {
    // Session 8's development lists (read and tuned on): 228 questions in scope, 220 out of scope.
    file: 'questions.dev-in1.jsonl',
    // 0.93 until session 26, when a span of time in digits asked about became how long to prepare: "dva prep
    // tips pls, exam in 3 weeks", which asks in no other clause, is now "not covered" (92.98%).
    // Session 34: 0.93 → 0.92 ("In the comparative rating grid, what level is assigned to operations tooling…" is a
    // did-you-mean since "grid" became the ratings' word and the classifier retrained).
    top1: 0.93,
    // Session 28: 0.98 → 0.97 (two alternate questions: the question style on each exam, the service areas each covers).
    top3: 0.98,
    notCovered: 0,
    // Session 28: 0.97 → 0.96 (the classifier trained in the order of its texts' hashes).
    precision: 0.97,
    // Session 34: 0.77 → 0.76 (the same question, no longer posted in a channel).
    recall: 0.78,
    // No out-of-scope line: those lines are ties at 100% (as on the chatter sets, the other way round).
    behind: ['direct not-covered', 'channel chatter answers'],
  },
  {
    file: 'questions.dev-oos1.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 1,
    // No question in scope: those lines are ties at 100%.
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 9: written by a helper before any change, measured once on the session's starting code
    // (eval/baseline-blind14-session9-start-code.txt) and once on its final code
    // (eval/measured-blind14-session9-end.txt). Its misses were read in session 10.
    file: 'questions.blind14.jsonl',
    // Session 18: 0.91 → 0.9. The heavier blend takes "which cert should i get?? honestly i like designing
    // stuff way more than coding" to coding.
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.86,
    chatter: 0,
  },
  {
    // Session 10: written by a helper before any change, measured once on the session's starting code
    // (eval/baseline-blind15-session10-start-code.txt) and once on its final code
    // (eval/measured-blind15-session10-end.txt). Its misses were read in session 11.
    file: 'questions.blind15.jsonl',
    // Session 34: 0.95 → 0.94 ("If a colleague holds the dev associate, what can I assume they're able to do?" is a
    // did-you-mean, the classifier retrained).
    top1: 0.95,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.99,
    // Session 17: 0.74 → 0.73. "ops folks asking whether SAA or DVA will feel more natural…": the classifier
    // no longer reads the words about the message ("asking"), which had leaned it the right way.
    recall: 0.78,
    chatter: 0,
  },
  {
    // Session 11: written by a helper before any change, measured once on the session's starting code
    // (eval/baseline-blind16-session11-start-code.txt) and once on its final code
    // (eval/measured-blind16-session11-end.txt). Its misses were read in session 12.
    file: 'questions.blind16.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.99,
    // Session 19: 0.71 → 0.7. Overheard, "does the bot have that skills rating table…?" speaks of the bot,
    // not to it, and is silent; so is a persona that asks no pick ("…which badge fits my temperament better?").
    recall: 0.76,
    chatter: 0,
  },
  {
    // Session 12: written by a helper before any change, measured once on the session's starting code
    // (eval/baseline-blind17-session12-start-code.txt) and once on its final code
    // (eval/measured-blind17-session12-end.txt; the same after the session's last content commits); its
    // misses have not been read.
    file: 'questions.blind17.jsonl',
    // Session 28: 0.96 → 0.94 (the classifier trained in the order of its texts' hashes).
    top1: 0.98,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.85,
    chatter: 0,
  },
  {
    // Session 13: written by a helper before any change, measured on the session's starting code
    // (eval/baseline-blind18-session13-start-code.txt), after the first round of changes
    // (eval/measured-blind18-session13-mid.txt) and on the final code (eval/measured-blind18-session13-end.txt);
    // its misses have not been read. Three out-of-scope questions answered in a channel, as at the start.
    file: 'questions.blind18.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 0.94,
    precision: 0.99,
    // 0.83 until session 26, when a "for someone who…" aside came to end where a clause sets things against
    // each other: "…which one makes more sense for a full stack dev, SAA-C03 or DVA-C02?" now names the pair,
    // the study tips' score comes near the pick's and the channel stays silent (82.7%; the direct answer is
    // still the pick).
    // Session 28: 0.82 → 0.81 (the classifier trained in the order of its texts' hashes).
    // Session 30: 0.82 → 0.81 (the two offered with "or" are a pick: a wrong overview posted for "SAA -> DVA or DVA -> SAA? Go." falls silent in a channel (recall counts every channel answer)).
    recall: 0.84,
    chatter: 1,
  },
  {
    // Session 9's development lists (read and tuned on): 285 questions in scope written to avoid the
    // guide's words, 240 out of scope in twelve kinds.
    file: 'questions.dev-in2.jsonl',
    top1: 0.91,
    top3: 0.98,
    notCovered: 0,
    // Session 18: 0.97 → 0.96. "sa assoc or dev assoc for max $", a pick without its "?", is answered in a
    // channel with the overview, as when asked.
    precision: 0.98,
    // Session 28: 0.8 → 0.79 (the classifier trained in the order of its texts' hashes).
    recall: 0.82,
    behind: ['direct not-covered', 'channel chatter answers'],
  },
  {
    file: 'questions.dev-oos2.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    // Session 46: 3 → 4. "I'm a data analyst… the Data Engineer Associate. Which services does it actually test…?" is
    // answered in a channel: "which services" asks for what the services section's title asks for, and "it" (the
    // other exam) is not read back.
    chatter: 4,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 12's development lists (read and tuned on): 285 questions in scope, 15 per section
    // (paraphrases, forum posts, workplace asks), and 240 out of scope in eight kinds.
    file: 'questions.dev-in3.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0,
    precision: 0.99,
    recall: 0.87,
    behind: ['direct not-covered', 'channel chatter answers'],
  },
  {
    file: 'questions.dev-oos3.jsonl',
    top1: 0,
    top3: 0,
    // Session 36: 0.96 → 0.95 ("my mentor says certs are useless and i should just build stuff. is he
    // right?" reads the claim as asked and offers the overview).
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 13's development lists (read and tuned on): 228 in scope, a third of them mentioning an
    // adjacent topic in passing; 240 out of scope in eight kinds; 200 out of scope in the guide's own words.
    file: 'questions.dev-in4.jsonl',
    // Session 28: 0.95 → 0.94 (the classifier trained in the order of its texts' hashes).
    top1: 0.96,
    top3: 0.99,
    notCovered: 0,
    // Session 36: 0.97 → 0.96 (a question naming "the dev path" is posted overheard as coding, not the
    // skills).
    precision: 0.97,
    recall: 0.84,
    behind: ['direct not-covered', 'channel chatter answers'],
  },
  {
    file: 'questions.dev-oos4.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    file: 'questions.dev-oos5.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 14: written by a helper before any change, measured on the session's starting code
    // (eval/baseline-blind19-session14-start-code.txt), after the first round of changes
    // (eval/measured-blind19-session14-mid.txt) and on the final code (eval/measured-blind19-session14-end.txt,
    // unchanged by the session's last commit); its misses have not been read.
    file: 'questions.blind19.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    // Session 28: 0.8 → 0.79 (the classifier trained in the order of its texts' hashes).
    recall: 0.85,
    chatter: 1,
  },
  {
    // Session 14: written by a helper after the round's first changes, measured once before it was read
    // (eval/baseline-blind20-session14-start-code.txt on the starting code, and
    // eval/measured-blind20-session14-b087aa9.txt), then read and tuned on.
    file: 'questions.blind20.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.85,
    chatter: 0,
  },
  {
    // Session 14's development lists (read and tuned on): 200 in scope, a third mentioning a price, a course,
    // a city or a deadline in passing; 240 out of scope in eight kinds.
    file: 'questions.dev-in5.jsonl',
    top1: 0.95,
    // Session 28: 0.94 → 0.93 (the classifier trained in the order of its texts' hashes).
    top3: 0.96,
    notCovered: 0,
    // Session 28: 0.97 → 0.96 (two alternate questions: the question style on each exam, the service areas each covers).
    precision: 0.99,
    // Session 28: 0.76 → 0.75 (the classifier trained in the order of its texts' hashes).
    recall: 0.8,
    // MiniSearch answers everything; a question that books an exam, names a voucher or a course in passing
    // ("booked my dva for the 12th, will there be questions on…") is often "not covered" here.
    behind: ['direct not-covered', 'channel chatter answers', 'direct top-3'],
  },
  {
    file: 'questions.dev-oos6.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 14's held-out chatter, measured like blind19: one line is answered in a channel, at the start
    // and at the end (its misses have not been read).
    file: 'chatter.workplace16.jsonl',
    top1: 0,
    top3: 0,
    // Session 29: 0.94 → 0.93 (two alternate questions for which side pays
    // better): "the take-home for the serverless developer position is too long imo…" asked of the bot gets the
    // job roles.
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 15: written by a helper before any change, measured on the session's starting code
    // (eval/baseline-blind21-session15-start-code.txt), mid-round (eval/measured-blind21-session15-mid.txt)
    // and on the final code (eval/measured-blind21-session15-end.txt); its misses were not read while tuning.
    file: 'questions.blind21.jsonl',
    // Session 28: 0.96 → 0.95 (the classifier trained in the order of its texts' hashes).
    top1: 0.97,
    // Session 46: 0.99 → 0.98. "What core question is each of these two AWS roles trying to answer?" lost the overview
    // from its three: "what … question" asks for what the exam-questions title asks for.
    top3: 0.98,
    notCovered: 0.98,
    // Session 28: 0.99 → 0.98 (the classifier trained in the order of its texts' hashes).
    precision: 0.99,
    // Session 28: 0.79 → 0.78 (two alternate questions: the question style on each exam, the service areas each covers).
    recall: 0.82,
    chatter: 0,
  },
  {
    // Session 15: written by a helper mid-round, measured once before it was read (on the starting code,
    // eval/baseline-blind22-session15-start-code.txt, and on 9e39e47), then read and tuned on.
    file: 'questions.blind22.jsonl',
    // Session 28: 0.91 → 0.9 (two alternate questions: the question style on each exam, the service areas each covers).
    top1: 0.92,
    // Session 21: 0.96 → 0.95. "What parts of the AWS catalogue should I know for SAA compared with DVA?"
    // lost the services section from its three when the classifier retrained with "-wise" a stop word
    // (33bcc51: +7 top-1 over the lists).
    top3: 0.97,
    notCovered: 0.93,
    precision: 0.99,
    // Session 28: 0.67 → 0.66 (the classifier trained in the order of its texts' hashes).
    recall: 0.72,
    // MiniSearch, which answers everything, ranks the right section in its top three as often (94.3%).
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    // Session 15: written by a helper after the round's changes (mostly paraphrases), measured on the starting
    // code and on 3d4670d (eval/baseline-blind23-session15-start-code.txt, eval/measured-blind23-session15-3d4670d.txt):
    // two fewer right there; measured per commit to find the two changes, whose two questions were read.
    file: 'questions.blind23.jsonl',
    // Session 30: 0.94 → 0.93 ("amount of coding" a coding keyword: "What kind of problems is a candidate
    // confronted with on the design exam versus the coding exam?" falls from the exam questions to "did you
    // mean", the exam questions first).
    // Session 55: 0.96 → 0.95 (capabilities and competencies as skills words): "What capability is vouched for when
    // somebody holds the design-oriented associate badge?" gets the skills, not the architect's certification.
    top1: 0.95,
    top3: 0.99,
    notCovered: 0.95,
    precision: 0.99,
    // Session 19: 0.67 → 0.66. A wrong channel answer went silent ("I'm on the platform team, mostly
    // terraform + ops. SAA or DVA?" was the career path; asked directly it is now choose): recall counts
    // every channel answer, right or wrong.
    // Session 28: 0.68 → 0.67 (the classifier trained in the order of its texts' hashes).
    recall: 0.72,
    chatter: 0,
  },
  {
    // Session 15's held-out chatter, measured like blind21: one line is answered in a channel, at the start
    // and at the end (informed from session 16 on, as blind21). Session 16: asked directly, "she got the solutions
    // architect pro, absolute legend" is answered with the levels section since "absolute" is read as
    // emphasis, not as a word the guide never uses (0.87 → 0.86). Its one channel answer ("passed!!!
    // developer associate ✅") is silence since news is not read as a bare topic: chatter 1 → 0.
    file: 'chatter.workplace19.jsonl',
    top1: 0,
    top3: 0,
    // Session 29: 0.89 → 0.88 (two alternate questions for which side pays
    // better): "the take-home for the junior developer role is way too long imo" asked of the bot gets the salary.
    notCovered: 0.89,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 16: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind24-session16-start-code.txt), mid-round
    // (eval/measured-blind24-session16-mid.txt) and on the final code (eval/measured-blind24-session16-end.txt);
    // its misses were not read. One out-of-scope message is answered in a channel, from the start.
    file: 'questions.blind24.jsonl',
    // Session 28: 0.95 → 0.94 (the classifier trained in the order of its texts' hashes).
    // Session 53: 0.97 → 0.96 ("can you actually sit both associate exams or are you supposed to pick a track…"
    // gets the recommender: the classifier retrained on two focus-areas questions).
    top1: 0.96,
    // Session 44: 0.99 → 0.98 ("among" read as a function word retrained the classifier: "Do solutions architects
    // actually code or do they mostly sit in meetings…" lost its right section among the three).
    top3: 0.98,
    notCovered: 0.97,
    // Session 28: 0.98 → 0.97 (the classifier trained in the order of its texts' hashes).
    // Session 36: 0.99 → 0.98 ("What skills would someone need to pick up for the architect track? drafting
    // a dev plan…" is posted overheard as the recommender: a side's route lowers the bar).
    precision: 0.98,
    // Session 31: 0.82 → 0.81 (two right channel answers fell silent as the classifier retrained: the service
    // categories for each exam, and a career changer's first steps).
    // Session 43: 0.85 → 0.84 (the classifier retrained with "sequence" among the learning path's words: "Career
    // changer (teacher -> tech)… What should my first steps toward AWS certs look like?" is still the learning
    // path asked directly, no longer posted in a channel).
    recall: 0.84,
    chatter: 0,
  },
  {
    // Session 16's held-out chatter, measured like blind24: no line answered in a channel, start to end.
    file: 'chatter.workplace20.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 17: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind25-session17-start-code.txt), mid-round
    // (eval/measured-blind25-session17-mid.txt) and on the final code (eval/measured-blind25-session17-end.txt):
    // the same numbers all three times; its misses were not read.
    file: 'questions.blind25.jsonl',
    // Session 31: 0.93 → 0.92 ("…what do they each emphasize? trying to map out my study time" is read as the
    // study tips since what to focus on while studying is theirs).
    top1: 0.92,
    top3: 0.96,
    notCovered: 0.98,
    // Session 36: 0.99 → 0.98 ("…which cert path?" is posted overheard as the skills: the unknown words
    // around it count half).
    precision: 0.98,
    // Session 29: 0.84 → 0.83 (an alternate question for the skill set an
    // architect needs against a developer's): "Which skills would our devs need to pick up for the architect cert vs
    // the developer one?" is still answered with choosing directly (wrong), now silent in a channel.
    recall: 0.86,
    chatter: 0,
  },
  {
    // Session 17's held-out chatter, measured like blind25: no line answered in a channel, start to end.
    file: 'chatter.workplace21.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 18: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind26-session18-start-code.txt), mid-round
    // (eval/measured-blind26-session18-mid.txt) and on the final code (eval/measured-blind26-session18-end.txt);
    // its misses were not read. Two out-of-scope messages are answered in a channel, from the start.
    file: 'questions.blind26.jsonl',
    // Session 32: 0.98 → 0.97 (the backend squad's "developer associate or the solutions architect one" is
    // a "did you mean", the recommender first).
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.87,
    // Session 19: 2 → 0 (AWS's domain weights asked in percent, and "AZ-204 or DVA-C02 for a .NET developer?").
    chatter: 0,
  },
  {
    // Session 18's held-out chatter, measured like blind26: no line answered in a channel, start to end.
    file: 'chatter.workplace22.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 19: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind27-session19-start-code.txt), mid-round
    // (eval/measured-blind27-session19-mid.txt) and on the final code (eval/measured-blind27-session19-end.txt):
    // the same numbers all three times; its misses were not read until then. Precision (94.5%) and two
    // out-of-scope messages answered in a channel were below the issue's targets from the start. Read after
    // the end measurement, its misses prompted five more changes (top-1 90.0% → 92.7%).
    file: 'questions.blind27.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.98,
    precision: 0.97,
    // Session 34: 0.9 → 0.89 ("doing a skills gap analysis for my team, what does the architect path need vs the
    // developer path?" is answered when asked, no longer posted in a channel).
    recall: 0.92,
    chatter: 0,
  },
  {
    // Session 19's held-out chatter, measured like blind27: 4 lines answered in a channel at the start and
    // mid-round, 1 at the end (eval/measured-chatter23-session19-*.txt).
    file: 'chatter.workplace23.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 20: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind28-session20-start-code.txt), mid-round
    // (eval/measured-blind28-session20-mid.txt) and at the end of tuning (eval/measured-blind28-session20-
    // end.txt): the same numbers all three times (top-1 93.3%, top-3 97.3%). Read after the end
    // measurement, its misses prompted six more changes (top-1 96.7%, top-3 99.3%). Its one out-of-scope
    // channel answer ("is cloud practitioner a prerequisite for the associate exams?", the learning path)
    // is there from the start.
    file: 'questions.blind28.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    // Session 28: 0.88 → 0.86 (the classifier trained in the order of its texts' hashes).
    // Session 33: 0.89 → 0.88 (two questions answered when asked but no longer posted in a channel, as the
    // retrained classifier reads them: "what skills should I be building for SAA vs DVA? filling in my
    // development plan" and a long "is the developer associate tougher than the architect associate").
    // Session 39: 0.9 → 0.89: "Honest self-assessment time. … Which skills does each assoc…" was posted in a
    // channel only because "assessment" in "self-assessment" read as a credential word; a credential noun after
    // a word the guide never uses is another thing now ("any tips for writing the self-assessment" was
    // answered in a channel: chatter84, measured held out).
    recall: 0.9,
    chatter: 0,
  },
  {
    // Session 20's held-out chatter, measured like blind28: 1 line answered in a channel at the start,
    // mid-round and at the end of tuning (a study-group roll call); 0 after its misses were read.
    file: 'chatter.workplace26.jsonl',
    top1: 0,
    top3: 0,
    // Session 21: 0.89 → 0.88. "anyone want to pair up on flashcards for the architect exam this weekend?"
    // asked directly gets a "did you mean" since flashcards to study with are no longer a resource to buy
    // (8211636: +3 top-1); silent in a channel as before. Session 65: 0.89 → 0.88 (a colleague's plan, "cloud
    // practitioner first, then see from there", asked directly, is offered the learning path; silent in a channel).
    notCovered: 0.88,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 19's development lists, measured on the session's starting code before they were read
    // (eval/baseline-dev-in7-session19-start-code.txt: top-1 82.9%, top-3 90.7%, precision 93.2%), then read
    // and tuned on: 140 forum posts and workplace asks, 60 out of scope.
    file: 'questions.dev-in7.jsonl',
    // Session 28: 0.95 → 0.92 (the classifier trained in the order of its texts' hashes; two alternate questions: the question style on each exam, the service areas each covers).
    // Session 47: 0.95 → 0.94 (a long post keeps the sentences before its question first: "Background: 6 years
    // as a network engineer… passed Cloud Practitioner…" now leans a "core difference" question to a side).
    top1: 0.94,
    // Session 28: 0.97 → 0.96 (two alternate questions: the question style on each exam, the service areas each covers).
    // Session 32: 0.97 → 0.96 (a QA automation post asking what the two are gets the skills, both and the
    // exam questions).
    top3: 0.97,
    notCovered: 0.95,
    // Session 39: 0.98 → 0.97 and recall 0.71 → 0.70: "whats the recommended path for someone brand new to
    // cloud… i keep seeing different orders on youtube" was answered in a channel only because "different
    // orders" read as the sides set against each other; "different" before another noun no longer does.
    precision: 0.98,
    // Session 29: 0.68 → 0.67 (an alternate question for the skill set an
    // architect needs against a developer's): "retro action item: figure out which cert needs more DevOps tooling
    // knowledge, architect or developer" keeps the skills matrix directly, silent in a channel.
    recall: 0.71,
  },
  {
    // 100 lines of workplace chatter by the same helper, biased to the guide's words
    // (eval/baseline-chatter24-session19-start-code.txt: none answered in a channel).
    file: 'chatter.workplace24.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // 114 lines of meta talk (the bot, channels, documents), colleagues' exams and hiring, written in session 19
    // while its channel rules were made (eval/baseline-chatter25-session19-start-code.txt: 20 answered in a
    // channel); 2 are still answered, both telling of a certification in hiring talk without asking.
    file: 'chatter.workplace25.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.57,
    precision: 0,
    recall: 0,
    // Session 28: 0 → 1 (the classifier trained in the order of its texts' hashes).
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 20's development list, measured on the session's starting code before it was read
    // (eval/baseline-dev-in8-session20-start-code.txt: top-1 89.3%, top-3 94.7%, precision 97.1%), then read
    // and tuned on: 100 forum posts and 50 workplace asks, 70 out of scope.
    file: 'questions.dev-in8.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.95,
    // Session 25: 0.98 → 0.97. "what does the aws solutions architect cert tell an employer about you? … trying
    // to work out if it's relevant" is posted the job roles its direct answer gives ("trying to work out if"
    // reads as the writer wanting to know, not a topic).
    // Session 28: 0.97 → 0.96 (the classifier trained in the order of its texts' hashes).
    // Session 36: 0.99 → 0.98 ("does the architect track pay better long term?" is posted overheard as the
    // career path: a side's route lowers the bar).
    precision: 0.98,
    // Session 23: 0.73 → 0.72. A wrong channel answer fell silent (recall counts every channel answer).
    // Session 25: back to 0.73.
    recall: 0.8,
    chatter: 0,
  },
  {
    // Session 20's development chatter: 150 lines of colleagues' own exams and others', team learning
    // logistics, work talk in the guide's words and asides about certifications, by a helper
    // (eval/baseline-chatter27-session20-start-code.txt: 5 answered in a channel), then read.
    file: 'chatter.workplace27.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.76,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 20's second development chatter, all about exams at work: results, prep, logistics, team goals
    // and questions to colleagues about their own exams, by a helper (eval/baseline-chatter28-session20-
    // start-code.txt: 2 answered in a channel), then read.
    file: 'chatter.workplace28.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.75,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 20's third development chatter: AWS work, people and roles at the company, other learning,
    // the bot and tools, casual talk, by a helper (eval/baseline-chatter29-session20-start-code.txt: 2
    // answered in a channel), then read; 1 is still answered, a candidate's question reported to the team.
    file: 'chatter.workplace29.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 21: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind29-session21-start-code.txt), after the first four
    // changes (eval/measured-blind29-session21-mid.txt) and at the end of tuning (…-mid2.txt and …-end.txt,
    // the same code): the same numbers every time (top-1 86.0%, top-3 95.3%, not covered 98.6%,
    // precision 95.6%, 1 out-of-scope channel answer). Read after the end measurement, its misses prompted
    // three more changes (top-1 87.3%, top-3 96.7%, not covered 100%, precision 97.3%, none answered).
    file: 'questions.blind29.jsonl',
    top1: 0.92,
    // Session 28: 0.98 → 0.97 (the classifier trained in the order of its texts' hashes).
    top3: 0.98,
    // Session 54: 0.99 → 0.98: "what is aws re/start and is it free" gets the learning path, a newcomer's question
    // naming only the field (askedWithoutNaming).
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.79,
  },
  {
    // Session 21's held-out chatter, measured like blind29: none answered in a channel at any point.
    file: 'chatter.workplace30.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 21's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in9 (eval/baseline-dev-in9-session21-start-code.txt: top-1 85.3%, top-3 96.0%):
    // 100 forum posts, 50 workplace asks, 70 out of scope.
    file: 'questions.dev-in9.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.97,
    // Session 28: 0.78 → 0.76 (the classifier trained in the order of its texts' hashes).
    recall: 0.8,
  },
  {
    // dev-in10 (…-start-code.txt: top-1 89.4%, top-3 95.6%, 1 out-of-scope channel answer): 130 forum posts
    // in many registers, 30 workplace asks, 40 out of scope.
    file: 'questions.dev-in10.jsonl',
    // Session 28: 0.95 → 0.94 (the classifier trained in the order of its texts' hashes).
    // Session 31: 0.95 → 0.94 ("does the dev cert touch networking much or is that mostly SAA" lost the
    // services to a "did you mean" as the classifier retrained).
    // Session 46: 0.95 → 0.94. "what services should I know for SAA, putting together a study plan": the services lead
    // is now the matcher's own, by less than the classifier's tie-break that had made it; the classifier picks the tips.
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.99,
    // Session 28: 0.98 → 0.97 (the classifier trained in the order of its texts' hashes).
    precision: 0.97,
    // Session 44: 0.84 → 0.83 ("among" read as a function word retrained the classifier: "does the dev cert touch
    // networking much or is that mostly SAA" is a "did you mean" now, silent in a channel).
    recall: 0.83,
  },
  {
    // dev-in11 (…-start-code.txt: top-1 88.7%, precision 90.6%, 1 out-of-scope channel answer): 150 workplace
    // asks, 50 out of scope.
    file: 'questions.dev-in11.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.99,
    precision: 0.96,
    // Session 23: 0.72 → 0.7. Two wrong channel answers fell silent: the recommender for someone else's
    // background ("Raj is asking what skills he should build…", "…for the backend folks on my team").
    // Session 31: 0.74 → 0.73 (a wrong channel answer fell silent: "after the associate cert, what's next?
    // pro or specialty?" had been the levels; recall counts every channel answer).
    recall: 0.75,
  },
  {
    // dev-in12 (…-start-code.txt: top-1 87.2%, forum 81.8%): written to the held-out set's own brief, as its
    // stand-in while blind29 stayed unread.
    file: 'questions.dev-in12.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.99,
    // Session 33: 0.98 → 0.97 ("How important is problem solving / system thinking for the architect
    // cert vs the developer one?" posts the skill ratings, not the skills; it had posted nothing).
    precision: 0.97,
    // Session 29: 0.76 → 0.75 (an alternate question for the skill set an
    // architect needs against a developer's): "team lead asking: do architects usually make more than cloud devs?"
    // keeps the salary directly, silent in a channel.
    recall: 0.78,
  },
  {
    // Session 21's development chatter: colleagues' study progress, training plans, engineering talk,
    // opinions and other exams, 150 lines by a helper (eval/baseline-chatter31-session21-start-code.txt: 1
    // answered in a channel, still answered: "if salary went up every time I passed an exam I'd be a
    // millionaire by now, right?").
    file: 'chatter.workplace31.jsonl',
    top1: 0,
    top3: 0,
    // Session 34: 0.86 → 0.85 ("@sam how's the SAA grind going?…" asked directly gets the difficulty since "grind"
    // is its word; silent in a channel).
    notCovered: 0.85,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 22: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind30-session22-start-code.txt: top-1 93.3%, top-3 97.3%,
    // not covered 98.6%, precision 99.2%, 1 out-of-scope channel answer), mid-round (…-mid.txt, …-mid2.txt)
    // and at the end of tuning (…-end.txt: top-1 94.0%, recall 80.0%). Read after the end measurement, its
    // misses prompted three more changes (top-1 94.7%, top-3 98.0%, not covered 100%, precision 100%).
    file: 'questions.blind30.jsonl',
    // Session 28: 0.96 → 0.94 (the classifier trained in the order of its texts' hashes).
    // Session 31: 0.95 → 0.94 ("Just passed CCP, what next — SAA or DVA?…" and "is there a cert below
    // associate?…" are read as the learning path since what comes next is its step).
    top1: 0.94,
    // Session 31: 0.98 → 0.97 (the same two questions).
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.83,
  },
  {
    // Session 22's held-out chatter, measured like blind30: 1 answered in a channel at the start, mid-round and
    // at the end ("who's the hiring manager for the data architect opening?"); silent since the change it
    // prompted.
    file: 'chatter.workplace32.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 22's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in13 (eval/baseline-dev-in13-session22-start-code.txt: top-1 92.2%, top-3 98.3%):
    // 30 paraphrases, 110 forum posts, 40 workplace asks, 40 out of scope.
    file: 'questions.dev-in13.jsonl',
    top1: 0.93,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.97,
    // Session 31: 0.81 → 0.8 ("Do solutions architects still get their hands dirty…? Deciding on SAA as a
    // mid-level engineer." fell silent in a channel as the classifier retrained).
    recall: 0.81,
  },
  {
    // dev-in14 (…-start-code.txt: top-1 88.1%, workplace 85.0%, 1 out-of-scope channel answer): 100 messy
    // forum posts, 60 workplace asks, 40 out of scope, written to be hard.
    file: 'questions.dev-in14.jsonl',
    top1: 0.93,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.82,
    // Its one out-of-scope channel answer, from the start: "my manager wants to know if we can get bulk vouchers
    // for the developer associate, who do we contact at aws?" (the voucher is told in a reported question).
    chatter: 0,
  },
  {
    // dev-in15 (…-start-code.txt: top-1 91.3%, recall 70.0%, precision 97.1%, 1 out-of-scope channel
    // answer): 150 workplace asks meant for the bot, 50 out of scope.
    file: 'questions.dev-in15.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 0.98,
    // Session 55: 0.99 → 0.98 (capabilities and competencies as skills words): "what kind of competence does the
    // architect associate credential show" gets the skills in a channel, not what the certification validates.
    precision: 0.98,
    // Session 23: 0.72 → 0.71. A wrong channel answer fell silent ("how much coding is on the SAA? our
    // sysadmins are nervous about it" went to the recommender).
    recall: 0.77,
  },
  {
    // Session 22's development chatter, each measured on the starting code before it was read. chatter33
    // (150 in five kinds) and chatter35 (300 in the held-out chatter's five kinds): 0 and 1 answered then.
    file: 'chatter.workplace33.jsonl',
    top1: 0,
    top3: 0,
    // Session 35: 0.94 → 0.93 ("I'll run the system design round, Leo takes the coding one", sent to the bot
    // directly, gets the pick: "the design one" and "the coding one" are the two sides since; silent in a channel).
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter34 (150 lines that mention the certifications without asking): 2 answered at the start.
    file: 'chatter.workplace34.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.79,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter35: its one channel answer at the start ("who else is in the SAA study group? …") is silent.
    // Session 49: not covered 0.92 → 0.91, one line asked directly: "the SAA stuff I crammed last year actually
    // helped me…" gets suggestions now that cramming is how long to study only with a time beside it (+6 top-1).
    file: 'chatter.workplace35.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter36 (300 hard lines): 10 answered at the start of session 22, 3 at its end: two role questions
    // quoting job titles ("is 'cloud developer' even a real job title…?") and a team poll ("quick poll: SAA or
    // DVA for the next study cohort? 🅰️ for architect, 🇩 for dev"); 0 since session 23 (a side's name only in
    // quotes, a vote by reaction).
    file: 'chatter.workplace36.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.84,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter37 (400 lines, a week of a company's channels): 3 answered at the start, 1 now ("pinned it,
    // should be the top pin now. the DVA one is second": a thread reply that opens like a question).
    file: 'chatter.workplace37.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.87,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 23: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind31-session23-start-code.txt: top-1 92.7%, top-3 96.7%,
    // not covered 98.6%, recall 82.0%, precision 96.7%), mid-round (…-mid.txt) and at the end of tuning
    // (…-end.txt: top-1 93.3%, precision 96.7%). Read after the end measurement, its misses prompted two more
    // changes (top-1 94.7%, top-3 98.0%, precision 97.6%).
    file: 'questions.blind31.jsonl',
    // Session 34: 0.97 → 0.96 ("Which programming languages are mentioned as skills for the developer route?" is a
    // did-you-mean, coding first, the classifier retrained).
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.84,
  },
  {
    // Session 23's held-out chatter, measured like blind31: 1 answered in a channel at the start and mid-round,
    // 0 at the end of tuning.
    file: 'chatter.workplace38.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 23's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in16 (eval/baseline-dev-in16-session23-start-code.txt: top-1 89.4%, precision
    // 96.7%): 60 forum posts, 60 workplace asks, 40 paraphrases, 60 out of scope.
    file: 'questions.dev-in16.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.93,
    precision: 0.99,
    // Session 28: 0.78 → 0.77 (the classifier trained in the order of its texts' hashes).
    recall: 0.83,
  },
  {
    // dev-in17 (…-start-code.txt: top-1 92.9%, 1 out-of-scope channel answer), written mid-round: 80 messy forum
    // posts, 60 workplace asks for others, 60 out of scope. Its channel answer, from the start: "lambda cold
    // starts are killing our api latency, any tips? (only noticed bc im studying for dva lol)" (the exam named
    // only in an aside).
    file: 'questions.dev-in17.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.95,
    // Session 29: 0.99 → 0.98 (an alternate question for the skill set an
    // architect needs against a developer's): "Writing a promo packet for Dev… who earned the Solutions Architect
    // Associate. What does it say about his a…" gets the skills in a channel too, as directly.
    // Session 55: 0.99 → 0.98 (capabilities and competencies as skills words): the same promo-packet question now
    // gets the skills in a channel again.
    precision: 0.98,
    // Session 28: 0.73 → 0.71 (the classifier trained in the order of its texts' hashes).
    recall: 0.75,
    chatter: 1,
  },
  {
    // Session 23's development chatter: chatter39 (300 in six kinds, one of near misses): 3 answered at the
    // start ("can you believe…", "remember when…", "is it just me or…"), 0 now.
    file: 'chatter.workplace39.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter40 (300 lines of hiring, career, exam logistics, opinions and questions put to a colleague),
    // written mid-round in session 23: 5 answered at the start, 2 at its end, 0 since session 24 ('should the
    // posting say "cloud developer" or "backend engineer"? we'll get totally different applicants' and "Dev,
    // what was the coding part of the DVA like for you?").
    file: 'chatter.workplace40.jsonl',
    top1: 0,
    top3: 0,
    // Session 24: 0.79 → 0.78. "@tom you've done both, which did you find more code-heavy?", asked of the bot,
    // gets the coding section since the topic "more" compares weighs more (in a channel it is silent: a person
    // is mentioned).
    notCovered: 0.8,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 24: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind32-session24-start-code.txt: top-1 89.3%, top-3 93.3%,
    // not covered 95.7%, recall 74.0%, precision 98.2%), twice mid-round (…-mid.txt, …-mid2.txt: unchanged)
    // and at the end of tuning (…-end.txt: top-1 90.0%, precision 99.1%). Read after the end measurement, its
    // misses prompted two more changes (…-informed.txt: not covered 97.1%, no out-of-scope channel answer).
    file: 'questions.blind32.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.98,
    // Session 53: 0.99 → 0.98 ("Network admin with a CCNP... is networking weighted heavily on SAA?" is posted in
    // a channel as the focus areas, which it got asked directly before).
    precision: 0.98,
    // Session 29: 0.76 → 0.75 (two alternate questions for which side pays
    // better): "Entry-level: is SAA enough to land a junior architect role? what titles are realistic" is
    // still job roles asked directly, silent in a channel.
    recall: 0.77,
  },
  {
    // Session 24's held-out chatter, measured like blind32: 3 answered in a channel at the start, 2 mid-round
    // and at the end of tuning, 0 after the informed changes.
    file: 'chatter.workplace41.jsonl',
    top1: 0,
    top3: 0,
    // Session 28: 0.83 → 0.82 (two alternate questions: the question style on each exam, the service areas each covers).
    // Session 33: 0.82 → 0.81 ("does anyone know the salary band for L5 on our side?" asked directly
    // gets the salary; silent in a channel).
    notCovered: 0.81,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 24's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in18 (eval/baseline-dev-in18-session24-start-code.txt: top-1 93.3%, precision
    // 99.0%, 1 out-of-scope channel answer): 90 workplace asks, 60 forum posts, 70 out of scope.
    file: 'questions.dev-in18.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.97,
    // Session 28: 0.99 → 0.98 (the classifier trained in the order of its texts' hashes).
    precision: 0.98,
    // Session 28: 0.74 → 0.73 (two alternate questions: the question style on each exam, the service areas each covers).
    recall: 0.79,
    chatter: 0,
  },
  {
    // dev-in19 (…-start-code.txt: top-1 87.6%, precision 97.4%, 3 out-of-scope channel answers), written
    // mid-round: 80 long forum posts with the question buried in context the guide does not cover, 60
    // workplace asks, 30 short asks, 70 out of scope.
    file: 'questions.dev-in19.jsonl',
    // Session 30: 0.94 → 0.93, top-3 0.95 → 0.94 and precision 0.98 → 0.97 for one question (a run-on's question
    // starting at "which": "…wants to know which associate cert to start with" became the learning path), then
    // back up as "saa or dva?" became a pick, as this list wants.
    top1: 0.94,
    top3: 0.95,
    notCovered: 0.98,
    precision: 0.98,
    // Session 30: 0.68 → 0.67 (the two offered with "or" are a pick: a wrong overview posted for "saa or dva?" falls silent in a channel (recall counts every channel answer)).
    recall: 0.72,
    chatter: 1,
  },
  {
    // dev-in20 (…-start-code.txt: top-1 94.0%, precision 96.8%, 4 out-of-scope channel answers), written
    // mid-round from the same brief as blind32.
    file: 'questions.dev-in20.jsonl',
    // Session 28: 0.96 → 0.94 (the classifier trained in the order of its texts' hashes; two alternate questions: the question style on each exam, the service areas each covers).
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.99,
    // Session 28: 0.82 → 0.81 (the classifier trained in the order of its texts' hashes).
    // Session 34: 0.81 → 0.8 ("Do you need to know SDKs for the architect exam or just the dev one?" and "who do
    // solutions architects work with" answered when asked, no longer posted in a channel).
    recall: 0.82,
    chatter: 1,
  },
  {
    // Session 24's development chatter: chatter42 (300 near misses: status, colleagues, opinions, work talk,
    // logistics, talk about the bot): 12 answered at the start, 4 now (opinions with a pick word in them, "I
    // swear half the architect exam is knowing which storage class to pick", and "dva done ✅ saa next? we'll see").
    file: 'chatter.workplace42.jsonl',
    top1: 0,
    top3: 0,
    // Session 33: 0.7 → 0.69 (two exam-day lines asked directly get the exam questions; silent in a
    // channel).
    notCovered: 0.7,
    precision: 0,
    recall: 0,
    chatter: 4,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter43 (300: exams among colleagues, hiring, AWS work, opinions, questions to the people present,
    // admin), written mid-round: 16 answered at the start, 1 now.
    file: 'chatter.workplace43.jsonl',
    top1: 0,
    top3: 0,
    // Session 44: 0.69 → 0.68 (a document worked on is the answer's destination: "who's writing the rubric for the
    // cloud architect case study?", asked of the bot, gets the study tips; silent in a channel).
    notCovered: 0.68,
    precision: 0,
    recall: 0,
    // Still answered: "the job post says 'AWS certification preferred' — do we actually screen on that?".
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter44 (250, from the same brief as chatter41), written late in the round: 5 answered at the start, 0 now.
    file: 'chatter.workplace44.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.83,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 25: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind33-session25-start-code.txt: top-1 96.7%, top-3 98.7%,
    // not covered 95.7%, recall 85.3%, precision 99.2%, 2 out-of-scope channel answers), three times
    // mid-round (…-mid.txt, …-mid2.txt, …-mid3.txt) and at the end of tuning (…-end.txt: recall 84.7%, the
    // rest unchanged). Read after the end measurement; the informed change left it as it was (…-informed.txt).
    // Still answered in a channel then: "ops engineer here, 4 yrs on call. SAA vs SysOps — which is better for
    // someone like me?" (the pick) and "CLF-C02 how hard is it really" (the difficulty); session 26 silenced
    // both (a description ends at a new sentence that sets things against each other; the Cloud
    // Practitioner's code with how hard it is).
    file: 'questions.blind33.jsonl',
    top1: 0.98,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.88,
    chatter: 0,
  },
  {
    // Session 25's held-out chatter, measured like blind33: 1 answered in a channel at the start, mid-round and
    // at the end of tuning ("can we mute @certpath in #general? it's only useful in #aws-certs"), 0 after the
    // informed change.
    file: 'chatter.workplace45.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 25's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in21 (eval/baseline-dev-in21-session25-start-code.txt: top-1 91.8%, precision
    // 95.8%, 1 out-of-scope channel answer): 170 forum posts whose background tells what the guide does not
    // cover (a bootcamp, a voucher, a first cloud job), 70 out of scope.
    file: 'questions.dev-in21.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.98,
    // Session 33: 0.73 → 0.72 ("What levels of AWS cert exist and what's the normal path through them for
    // a beginner?" is now the learning path when asked, which it also expects, and no longer posted in a channel).
    recall: 0.77,
  },
  {
    // dev-in22 (…-start-code.txt: top-1 94.7%, precision 97.5%, 5 out-of-scope channel answers): 150
    // workplace messages, many with "@certpath" typed before, inside or after them, 70 out of scope.
    file: 'questions.dev-in22.jsonl',
    // Session 29: 0.97 → 0.96 (an alternate question for the skill set an
    // architect needs against a developer's): "certpath is the dev cert easier if u already work as a dev" falls to
    // "did you mean" (the difficulty among them).
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.95,
    precision: 0.99,
    // Session 46: 0.82 → 0.81. "…Help me choose, @certpath, and tell me what jobs each leads to": "what jobs" now
    // scores the job roles above the recommender and the classifier breaks the near tie for the recommender (right
    // when asked); overheard, a near tie is left alone.
    recall: 0.81,
  },
  {
    // dev-in23 (…-start-code.txt: top-1 95.0%, precision 100%, 1 out-of-scope channel answer), written
    // mid-round from the same brief as blind33.
    file: 'questions.dev-in23.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.96,
    precision: 0.99,
    recall: 0.8,
  },
  {
    // dev-oos8 (…-start-code.txt: not covered 81.7%, 21 answered in a channel): 300 out-of-scope questions in
    // the guide's words, 15 kinds. Still answered: "Is cost optimization really only ~20% of the solutions
    // architect associate?" and three more (an offer in Singapore, AI/ML instead, certifications for a
    // product manager); session 26 silenced the timeline ("…pass both the SAA and the DVA within 2 months?").
    file: 'questions.dev-oos8.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.89,
    precision: 0,
    recall: 0,
    // Session 29: 4 → 5 (two alternate questions for which side pays
    // better): "Do senior engineers with a decade of experience get anything from certs like the DVA, or are they
    // just for juniors?" is answered with the career path in a channel, as it was asked directly; gap keywords
    // tried for it ("just for juniors") did not outweigh the career words of the rest.
    chatter: 5,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter46 (250 near misses: exams among colleagues, roles, talk about the bot, AWS work): 4 answered at
    // the start, 0 now.
    file: 'chatter.workplace46.jsonl',
    top1: 0,
    top3: 0,
    // Session 29: 0.72 → 0.71 (an alternate question for the skill set an
    // architect needs against a developer's): "who set up the certpath bot? it's pretty handy" asked of the bot gets
    // the skills ("set"). Session 52: 0.73 → 0.72 (learning by heart became studying): "+1 to what Ben said, the
    // architect exam is more about trade-offs than memorising" gets the study tips when asked directly; a channel
    // stays silent.
    notCovered: 0.72,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter47 (300 in chatter45's five kinds), written mid-round: 3 answered at the start, 1 now ("my manager
    // wants me to do both SAA and DVA this year. we'll see about that 😅").
    file: 'chatter.workplace47.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.87,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter48 (300 about the bot, documents, meetings and channels), written mid-round: 12 answered at the
    // start, 2 now ("someone's been posting job ads in #aws-certs, is that allowed?" and a long post about a
    // study plan's new version).
    file: 'chatter.workplace48.jsonl',
    top1: 0,
    top3: 0,
    // Session 31: 0.8 → 0.79 (asked directly, "the DVA study group is switching from Tuesdays to Wednesdays
    // starting next week" and "can the next lunch and learn be…" get the learning path, whose new questions
    // ask what comes next; "…Which one is canonical?" the recommender).
    // Session 44: 0.79 → 0.78 (an aside that ends where a sentence that asks begins: "I'm rewriting the cert FAQ…
    // Plan: one page per topic…", asked of the bot, gets the overview; silent in a channel).
    notCovered: 0.78,
    precision: 0,
    recall: 0,
    // Session 28: 2 → 3 (the classifier trained in the order of its texts' hashes).
    chatter: 2,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter49 (250 in chatter45's five kinds), written late in the round after most of its changes: 5
    // answered on the starting code, 4 when it arrived, 2 now ("retaking DVA next month. second time's the
    // charm?" and a question to those who hold both).
    file: 'chatter.workplace49.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.86,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 26: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind34-session26-start-code.txt: top-1 88.0%, top-3 94.7%,
    // not covered 92.9%, recall 74.0%, precision 97.3%, 3 out-of-scope channel answers), three times
    // mid-round (…-mid.txt, …-mid2.txt, …-mid3.txt: the summary lines printed then) and at the end of tuning
    // (…-end.txt: not covered 95.7%, 2 answered in a channel, the rest unchanged). Read after that; the
    // informed changes ('worth it in <year>', the Cloud Practitioner 'easier') left 0 (…-informed.txt).
    // Forum posts stayed at 80.0% top-1 all round.
    file: 'questions.blind34.jsonl',
    top1: 0.89,
    top3: 0.94,
    notCovered: 0.98,
    // Session 44: 0.97 → 0.96 ("among" read as a function word retrained the classifier: "which pays better long
    // term, architect track or dev track?" is answered in a channel with the career path).
    precision: 0.96,
    recall: 0.78,
    chatter: 0,
  },
  {
    // Session 26's held-out chatter, measured like blind34: 0 answered in a channel at the start, mid-round, at
    // the end of tuning and after the informed changes.
    file: 'chatter.workplace50.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 26's development lists, each measured on the session's starting code before it was read, then
    // read and tuned on. dev-in24 (eval/baseline-dev-in24-session26-start-code.txt: top-1 91.3%, precision
    // 97.5%, 3 out-of-scope channel answers), from blind34's brief with comparisons to other certifications
    // and self-descriptions among the out of scope. Still answered in a channel: "What's the AWS
    // Well-Architected Framework?" (the coding section).
    file: 'questions.dev-in24.jsonl',
    top1: 0.95,
    top3: 0.96,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.81,
    chatter: 1,
  },
  {
    // dev-in25 (…-start-code.txt: top-1 90.7%, not covered 85.7%): 150 long posts and workplace messages of
    // several sentences, the question anywhere in them, and 70 out of scope of the same shapes.
    file: 'questions.dev-in25.jsonl',
    // Session 28: 0.91 → 0.9 (the classifier trained in the order of its texts' hashes).
    top1: 0.94,
    // Session 28: 0.95 → 0.94 (the classifier trained in the order of its texts' hashes).
    top3: 0.96,
    notCovered: 0.87,
    precision: 0.99,
    recall: 0.77,
    chatter: 0,
  },
  {
    // dev-in26 (…-start-code.txt: top-1 89.1%, precision 96.4%, 3 out-of-scope channel answers), written
    // mid-round from blind34's brief, forum-heavy (120 forum posts, 60 workplace asks).
    file: 'questions.dev-in26.jsonl',
    // Session 28: 0.89 → 0.87 (the classifier trained in the order of its texts' hashes).
    top1: 0.92,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.97,
    // Session 30: 0.75 → 0.74 (the two offered with "or" are a pick: a wrong overview posted for "SAA or DVA?" falls silent in a channel (recall counts every channel answer)).
    recall: 0.77,
    // Session 28: 0 → 1 (the classifier trained in the order of its texts' hashes).
    chatter: 1,
  },
  {
    // dev-oos9 (…-start-code.txt: not covered 90.3%, 7 answered in a channel): 299 out-of-scope questions,
    // other certifications by code and name, self-descriptions first, logistics and AWS how-to. Still
    // answered: "whats the hardest aws cert overall, SAP or ANS?", "how much is DVA-C02", "SAA validity?",
    // "which service should a developer use for queues" and a partner tier's staff count.
    file: 'questions.dev-oos9.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 4,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter51 (300 in chatter45's five kinds): 1 answered at the start ("i'll probably do SAA then DVA, or
    // maybe just SAA, haven't decided yet"), 0 now.
    file: 'chatter.workplace51.jsonl',
    top1: 0,
    top3: 0,
    // Session 44: 0.92 → 0.91 (a document worked on is the answer's destination: "writing my own anki deck for DVA,
    // 300 cards so far", asked of the bot, gets the developer section; silent in a channel).
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter52 (250 in the same five kinds, questions to the two certifications put only to colleagues by
    // name), written mid-round: 0 answered at the start and now.
    file: 'chatter.workplace52.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 27: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind35-session27-start-code.txt: top-1 90.7%, top-3 97.3%,
    // not covered 94.3%, recall 83.3%, precision 93.6%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: the same numbers). Read after that; the informed change ("thanks, that fixed it!" is
    // thanks) left not covered at 95.7% (…-informed.txt). Forum posts: precision 83.7% all round.
    file: 'questions.blind35.jsonl',
    // Session 28: 0.9 → 0.89 (two alternate questions: the question style on each exam, the service areas each covers).
    // Session 44: 0.9 → 0.89 (a JD is the employers' gap: "Hiring manager here… Should the JD ask for DVA-C02 or
    // SAA-C03?" is "not covered" now, with 13 out-of-scope lines and a chatter line's channel answer gone the other
    // way).
    top1: 0.89,
    // Session 28: 0.97 → 0.96 (the classifier trained in the order of its texts' hashes).
    top3: 0.96,
    notCovered: 0.95,
    precision: 0.95,
    // Session 28: 0.83 → 0.82 (the classifier trained in the order of its texts' hashes).
    recall: 0.82,
    chatter: 0,
  },
  {
    // Session 27's held-out chatter, measured like blind35: 0 answered in a channel at the start, at the end of
    // tuning and after the informed change.
    file: 'chatter.workplace53.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 27's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in27 (eval/baseline-dev-in27-session27-start-code.txt: top-1 96.8%, 1 out-of-scope
    // channel answer, "what did everyone score on their SAA? just curious", silent now).
    file: 'questions.dev-in27.jsonl',
    // Session 30: 0.98 → 0.97 ("amount of coding" a coding keyword: "What does a dev need to know for the
    // developer path — which programming languages? serverless? event-driven?" is the coding, not the skills).
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.85,
    chatter: 0,
  },
  {
    // chatter54 (250: AWS work, careers and plans told without asking, other exams, social talk, colleagues'
    // questions in the guide's words): 1 answered at the start and now, "do backend engineers get a say in
    // the API design or does the architect just decide?" (the recommender: a pick between people, read as one
    // between the sides).
    file: 'chatter.workplace54.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 28: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind36-session28-start-code.txt: top-1 94.8%, top-3 97.8%,
    // not covered 94.1%, recall 81.5%, precision 97.3%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: top-1, top-3 and not covered as they were, recall 83.0%, precision 98.2%). Read after
    // that; no change followed.
    file: 'questions.blind36.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 0.95,
    precision: 0.98,
    recall: 0.82,
    chatter: 0,
  },
  {
    // Session 28's held-out chatter, measured like blind36: 1 answered in a channel at the start and at the end
    // of tuning, "whats the learning path for the new design system, where do I even start" (a UI design
    // system reads as designing systems; keywords for it took "designing systems" too, so none was kept).
    file: 'chatter.workplace55.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 28's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in28 (eval/baseline-dev-in28-session28-start-code.txt: top-1 96.6%, precision 99.3%).
    file: 'questions.dev-in28.jsonl',
    top1: 0.98,
    top3: 0.98,
    notCovered: 0.93,
    precision: 0.99,
    recall: 0.88,
    chatter: 0,
  },
  {
    // chatter56 (250: AWS work, careers, other exams and one's own studying, social talk, colleagues' questions
    // in the guide's words): 0 answered at the start and now.
    file: 'chatter.workplace56.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 29: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind37-session29-start-code.txt: top-1 99.3%, top-3 99.3%,
    // not covered 96.5%, recall 84.4%, precision 100%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: every number as at the start). Read after that; no change followed.
    file: 'questions.blind37.jsonl',
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.88,
    chatter: 0,
  },
  {
    // Session 29's held-out chatter, measured like blind37: 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace57.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 29's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in29 (eval/baseline-dev-in29-session29-start-code.txt: top-1 95.4%, precision 98.6%).
    file: 'questions.dev-in29.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.95,
    precision: 0.99,
    recall: 0.87,
    chatter: 0,
  },
  {
    // chatter58 (250: AWS work, careers and other roles' learning paths, exam news, colleagues' questions in the
    // guide's words, social talk): 1 answered at the start ("first cert ever, Cloud Practitioner, feeling
    // good"), 0 now.
    file: 'chatter.workplace58.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 30: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind38-session30-start-code.txt: top-1 96.3%, top-3 98.5%,
    // not covered 96.5%, recall 85.2%, precision 98.3%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: top-1 97.0%, precision 99.1%, the rest as at the start). Read after that; no change
    // followed.
    file: 'questions.blind38.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    // Session 30: 0.85 → 0.84 (the two offered with "or" are a pick: a wrong overview posted for "saa or dva?" falls silent in a channel (recall counts every channel answer)).
    // Session 42: 0.88 → 0.87 ("langs" are programming languages: "skills wise what does a dev cert holder need
    // vs an SA holder? programming langs, debugging, etc?" is still the skills section asked directly, but no
    // longer sure enough to be posted in a channel; "what langs do i need for DVA" is answered right since).
    recall: 0.87,
    chatter: 0,
  },
  {
    // Session 30's held-out chatter, measured like blind38: 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace59.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 30's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in30 (eval/baseline-dev-in30-session30-start-code.txt: top-1 94.1%, top-3 95.1%, not
    // covered 92.7%, precision 98.6%, 1 out-of-scope channel answer: a meetup voucher asked about, read as the
    // learning path).
    file: 'questions.dev-in30.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 0.94,
    precision: 0.99,
    recall: 0.82,
    chatter: 1,
  },
  {
    // chatter60 (250: AWS work, careers and other roles, other exams and passes, colleagues' questions in the
    // guide's words, social talk): 0 answered in a channel at the start and now.
    file: 'chatter.workplace60.jsonl',
    top1: 0,
    top3: 0,
    // Session 33: 0.93 → 0.92 ("what level of detail do you want in the postmortem?" asked directly gets
    // the levels; silent in a channel).
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 31: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind39-session31-start-code.txt: top-1 92.6%, top-3 96.3%,
    // not covered 98.8%, recall 80.0%, precision 98.1%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: top-1 93.3%, the rest as at the start). Read after that: "Which laptop is best for a
    // software developer?" had the recommender as a 100% best match, now "not covered" (informed since).
    file: 'questions.blind39.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.81,
    chatter: 0,
  },
  {
    // Session 31's held-out chatter, measured like blind39: 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace61.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 31's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in31 (eval/baseline-dev-in31-session31-start-code.txt: top-1 94.1%, top-3 96.8%, not
    // covered 96.4%, precision 98.6%, 2 out-of-scope channel answers, both the salary: whether IT
    // certifications pay off in general, and a Terraform-certified engineer's pay).
    file: 'questions.dev-in31.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.8,
    chatter: 2,
  },
  {
    // chatter62 (250: AWS work, careers and other roles, colleagues' questions in the guide's words, other
    // exams and passes, social talk): 0 answered in a channel at the start and now.
    file: 'chatter.workplace62.jsonl',
    top1: 0,
    top3: 0,
    // Session 33: 0.96 → 0.95 ("we need more people who can do both backend and infra" asked directly
    // gets the difficulty; silent in a channel).
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 32: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind40-session32-start-code.txt: top-1 94.8%, top-3 97.0%,
    // not covered 95.3%, recall 78.5%, precision 99.1%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: top-1 95.6%, the rest as at the start). Read after that (informed since, with
    // chatter63's lines): nothing in it moved.
    file: 'questions.blind40.jsonl',
    top1: 0.98,
    top3: 0.98,
    notCovered: 0.95,
    precision: 0.99,
    recall: 0.82,
    chatter: 0,
  },
  {
    // Session 32's held-out chatter, measured like blind40: 2 answered in a channel at the start and at the end
    // of tuning (both hiring talk); after reading them, 1 ("Developer vs architect track at this company, which
    // one actually gets promoted faster?" posts the career paths).
    file: 'chatter.workplace63.jsonl',
    top1: 0,
    top3: 0,
    // Session 33: 0.91 → 0.9 ("We need another solutions architect on the enterprise accounts team" asked
    // directly gets the career paths; silent in a channel).
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 32's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in32 (eval/baseline-dev-in32-session32-start-code.txt: top-1 92.6%, top-3 95.8%, not
    // covered 96.0%, precision 97.9%, recall 76.3%; behind MiniSearch on top-3 then, level with it now).
    file: 'questions.dev-in32.jsonl',
    // Session 36: 0.95 → 0.94 (two questions whose claim ("my uncle says architects just sit in

    // meetings…", "my manager said just memorize dumps…") had been read as background fell to "not

    // covered").

    top1: 0.94,
    // Session 36: 0.96 → 0.95 (the same two questions).
    top3: 0.95,
    notCovered: 0.96,
    // Session 36: 0.99 → 0.98 ("what programming languages are expected for the developer route?" is posted
    // overheard as coding).
    precision: 0.98,
    recall: 0.77,
    chatter: 0,
    behind: ['direct top-3'],
  },
  {
    // chatter64 (250: AWS work, careers and hiring, colleagues' questions about other things, other exams,
    // social talk): 1 answered in a channel at the start and now ("What's the career path for someone in
    // support who wants to become a developer?" posts the career paths).
    file: 'chatter.workplace64.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 33: written by a helper before any change (it saw only the outline and the seed), measured on
    // the session's starting code (eval/baseline-blind41-session33-start-code.txt: top-1 94.1%, top-3 97.0%,
    // not covered 94.1%, recall 83.7%, precision 97.3%, 0 out-of-scope channel answers) and at the end of
    // tuning (…-end.txt: recall 84.4%, precision 97.4%, the rest as at the start). Read after that (informed
    // since): three changes followed it, to top-1 94.8%, top-3 97.8%, not covered 96.5%, recall 85.2%. Behind
    // MiniSearch on top-3 (98.5%), which always offers three sections, until session 52.
    file: 'questions.blind41.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.97,
    precision: 0.97,
    recall: 0.89,
    chatter: 0,
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    // Session 33's held-out chatter (110: AWS work, hiring and careers, other exams, talk about the channel and
    // meetings, social talk), measured like blind41: 0 answered in a channel at the start, the end and now.
    file: 'chatter.workplace65.jsonl',
    top1: 0,
    top3: 0,
    // Session 53: 0.93 → 0.92 ("job roles page still lists 'full stack developer' and 'frontend developer'
    // separately…", asked directly, gets a "did you mean"; silent in a channel).
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 33's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in33 (two things asked at once, non-native English, asks as statements, a third thing
    // named in passing, real-word typos, very short asks; eval/baseline-dev-in33-session33-start-code.txt:
    // top-1 95.8%, top-3 98.9%, not covered 98.0%, precision 97.9%, recall 76.8%).
    file: 'questions.dev-in33.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.81,
    chatter: 0,
  },
  {
    // chatter66 (250: AWS work, careers and promotion, colleagues' questions in comparison words, other exams,
    // social talk): 0 answered in a channel at the start and now.
    file: 'chatter.workplace66.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 33's second held-out pair, written by helpers (outline and seed only) after blind41 had been
    // read, and measured once on the round's final matching code (3b3da8f), unread before that
    // (eval/measured-blind42-session33-final.txt): top-1 96.3%, top-3 97.8%, not covered 90.6%, recall 76.3%
    // (paraphrases 63.6%: many name the two only by synonyms), precision 99.0%; one out-of-scope message
    // answered in a channel. Read after that (informed since): three changes followed, to not covered 95.3%
    // and no out-of-scope channel answer.
    file: 'questions.blind42.jsonl',
    top1: 0.99,
    top3: 0.99,
    // Session 65: 0.96 → 0.95 (the order to learn three web languages in, asked directly, is offered the learning
    // path, a newcomer's order; silent in a channel).
    notCovered: 0.95,
    precision: 0.99,
    recall: 0.8,
    // Session 46: 0 → 1. "What jobs are available for front-end developers without cloud experience?" (job hunting)
    // is answered in a channel: "what jobs" asks for what the job-roles title asks for, and "developers" names a side.
    chatter: 1,
  },
  {
    // chatter67 (110), measured like blind42: 0 answered in a channel.
    file: 'chatter.workplace67.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 34: written by a helper before any change (outline and seed only), measured on the session's
    // starting code (eval/baseline-blind43-session34-start-code.txt: top-1, top-3 and not covered 100%, recall
    // 91.9%, precision 100%) and at the end (…-end.txt: recall 93.3%, the rest the same). Its plain phrasing
    // made it an easy list; 25 of its lines were read to check that (informed since). No miss to read.
    file: 'questions.blind43.jsonl',
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.93,
    chatter: 0,
  },
  {
    // Session 34's held-out chatter (110), measured like blind43: 0 answered in a channel at the start and end.
    file: 'chatter.workplace68.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 34's second held-out pair, written (outline and seed only) to be hard: indirect asks, everyday
    // synonyms, the two named only as "the two" or "the coding one". Measured on the starting code
    // (eval/baseline-blind44-session34-start-code.txt: top-1 83.0%, top-3 89.6%, not covered 98.8%, recall
    // 57.8%, precision 96.2%, one out-of-scope channel answer) and at the end of tuning, unread (…-end.txt:
    // top-1 85.2%, top-3 90.4%, recall 59.3%, precision 96.3%). Read after that (informed since): one change
    // followed (a skills grid, AWS building blocks, certs helping to get a job), to top-1 87.4%, top-3 91.1%,
    // not covered 100%, no out-of-scope channel answer.
    file: 'questions.blind44.jsonl',
    // Session 44: 0.88 → 0.87 ("among" read as a function word retrained the classifier: "we're provisioning
    // sandbox accounts for cert prep — which categories of AWS services…" is a "did you mean" now).
    top1: 0.87,
    top3: 0.91,
    notCovered: 0.99,
    precision: 0.97,
    recall: 0.6,
    chatter: 0,
  },
  {
    // chatter70 (110, hard: certifications in general, colleagues' exams, a solutions architect opening),
    // measured like blind44: 0 answered in a channel at the start, the end and now.
    file: 'chatter.workplace70.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 34's development lists, measured on the session's starting code before they were read, then read
    // and tuned on. dev-in34 (Slack formatting, questions inside longer messages, negated asks, one side only,
    // unusual comparatives, non-native English; eval/baseline-dev-in34-session34-start-code.txt: top-1 94.7%,
    // top-3 96.3%, not covered 96.0%, recall 69.5%, precision 98.5%).
    file: 'questions.dev-in34.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 0.99,
    precision: 0.99,
    recall: 0.71,
    chatter: 0,
  },
  {
    // dev-in35 (hard paraphrases, the dev twin of blind44; …-start-code.txt: top-1 84.7%, top-3 94.7%, not
    // covered 100%, recall 55.8%, precision 93.4%).
    file: 'questions.dev-in35.jsonl',
    top1: 0.91,
    // Session 53: 0.98 → 0.97 ("both cover aws broadly i get it, but where does each one actually get into the
    // weeds?" lost the depth among its three: the classifier retrained on two focus-areas questions).
    top3: 0.97,
    notCovered: 0.99,
    precision: 0.96,
    // Session 36: 0.6 → 0.59 ("I'm a PHP dev and saw 'AWS Developer – Associate' on a job ad…" fell silent
    // overheard: the dash of the official name ends no lead-in, and the jobs section had been posted).
    recall: 0.61,
    chatter: 0,
  },
  {
    // chatter69 (250, Slack formatting heavy): 0 answered in a channel at the start and now.
    file: 'chatter.workplace69.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 35: written by a helper before any change (outline and seed only, plain phrasing), measured on
    // the session's starting code (eval/baseline-blind45-session35-start-code.txt: top-1 97.0%, top-3 97.0%,
    // not covered 98.8%, recall 81.5%, precision 100%) and at the end (…-end.txt: the same). Unread.
    file: 'questions.blind45.jsonl',
    top1: 0.98,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.84,
    chatter: 0,
  },
  {
    // Session 35's held-out chatter (110), measured like blind45: 0 answered in a channel at the start and end.
    file: 'chatter.workplace71.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 35's second held-out pair, written to be hard (indirect asks, the two named by description).
    // Start (eval/baseline-blind46-session35-start-code.txt): top-1 83.7%, top-3 94.1%, not covered 96.5%,
    // recall 66.7%, precision 96.7%, one out-of-scope channel answer; end of tuning, unread (…-end.txt): the
    // same. Read after that (informed since): "the builder one" names the developer side, to top-1 84.4%,
    // top-3 94.8% (…-informed.txt).
    file: 'questions.blind46.jsonl',
    top1: 0.88,
    top3: 0.96,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.7,
    chatter: 1,
  },
  {
    // chatter72 (110, hard: certification and career words, "which one is better" of other things): 0 answered
    // in a channel at the start, the end and now.
    file: 'chatter.workplace72.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 35's development lists, measured on the starting code before they were read, then read and
    // tuned on. dev-in36 (one-side asks, wrong assumptions, asking for someone else, statements and requests,
    // British, Indian and Australian idiom; eval/baseline-dev-in36-session35-start-code.txt: top-1 93.7%,
    // top-3 97.4%, not covered 100%, recall 80.0%, precision 97.4%; the same at the end).
    file: 'questions.dev-in36.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.82,
    chatter: 0,
  },
  {
    // dev-in37 (hard; …-start-code.txt: top-1 87.9%, top-3 95.8%, not covered 96.0%, recall 65.3%, precision
    // 96.0%; …-informed.txt at the end: top-1 90.0%, top-3 97.9%, not covered 98.0%, recall 65.8%).
    file: 'questions.dev-in37.jsonl',
    top1: 0.92,
    top3: 0.98,
    notCovered: 0.99,
    // Session 40: 0.96 → 0.95: "what know-how does each route demand, the design route and the coding route"
    // is posted in a channel with coding, as it was already answered directly, since "each route" stands for
    // the two certifications (+16 right channel answers over every list).
    precision: 0.95,
    recall: 0.73,
    chatter: 0,
  },
  {
    // chatter73 (250, hard): 0 answered in a channel at the start and now.
    file: 'chatter.workplace73.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 36's held-out pair, written plainly before any change and measured on the starting code
    // (eval/baseline-blind47-session36-start-code.txt: top-1 99.3%, top-3 99.3%, not covered 95.3%, recall
    // 90.4%, precision 100%) and once at the end, unread (…-end.txt: recall 91.1%, the rest the same).
    file: 'questions.blind47.jsonl',
    top1: 0.99,
    top3: 0.99,
    notCovered: 0.96,
    precision: 0.99,
    recall: 0.91,
    chatter: 0,
  },
  {
    // chatter74 (110, plain): 0 answered in a channel at the start and the end.
    file: 'chatter.workplace74.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 36's second held-out pair, written hard (indirect asks, the two named by description). Start
    // (eval/baseline-blind48-session36-start-code.txt): top-1 90.4%, top-3 95.6%, not covered 94.1%, recall
    // 73.3%, precision 100%; end, unread (…-end.txt): top-1 91.1%, top-3 96.3%, recall 76.3%.
    file: 'questions.blind48.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.96,
    precision: 0.99,
    recall: 0.79,
    chatter: 0,
  },
  {
    // chatter75 (110, hard: the topic's words in other talk): 0 answered in a channel at the start and the end.
    file: 'chatter.workplace75.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 36's development lists, measured on the starting code before they were read, then read and
    // tuned on. dev-in38 (plain; …-start-code.txt: top-1 94.2%, top-3 98.9%, not covered 94.0%, recall
    // 87.4%, precision 98.2%, one out-of-scope channel answer).
    file: 'questions.dev-in38.jsonl',
    top1: 0.95,
    top3: 0.99,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.91,
    chatter: 0,
  },
  {
    // dev-in39 (hard; …-start-code.txt: top-1 86.3%, top-3 92.6%, not covered 96.0%, recall 57.4%,
    // precision 99.1%).
    file: 'questions.dev-in39.jsonl',
    top1: 0.91,
    top3: 0.96,
    notCovered: 0.96,
    precision: 0.99,
    recall: 0.69,
    chatter: 0,
  },
  {
    // chatter76 (250, hard; five kinds of 50): 0 answered in a channel at the start and now.
    file: 'chatter.workplace76.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 37's held-out pair, written plainly before any change and measured on the starting code
    // (eval/baseline-blind49-session37-start-code.txt: top-1 97.0%, top-3 99.3%, not covered 96.5%, recall
    // 86.7%, precision 99.1%) and at the end (…-end.txt: not covered 97.6%, recall 87.4%, precision 99.2%, the
    // rest the same). Its baseline output listed its seven misses, seen before tuning: one of them ("can I
    // bring water into the exam room") is answered by a change found on dev-in40's twin of it.
    file: 'questions.blind49.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.88,
    chatter: 0,
  },
  {
    // chatter77 (110, plain): 0 answered in a channel at the start and the end.
    file: 'chatter.workplace77.jsonl',
    top1: 0,
    top3: 0,
    // Session 53: 0.92 → 0.91 ("Recruiting says we already have 40 applicants for the cloud engineer job", asked
    // directly, gets a "did you mean"; silent in a channel).
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 37's second held-out pair, written hard (synonyms for the outline's words, the two named by
    // description, long backstories). Start (eval/baseline-blind50-session37-start-code.txt): top-1 87.4%,
    // top-3 94.8%, not covered 94.1%, recall 71.9%, precision 95.9%, one out-of-scope message answered in a
    // channel; mid-way and at the end, unread (…-mid.txt, …-end.txt): top-1 88.1%, top-3 95.6%, recall 73.3%,
    // precision 96.0%, the same one.
    file: 'questions.blind50.jsonl',
    top1: 0.9,
    top3: 0.97,
    notCovered: 0.95,
    precision: 0.97,
    // Session 43: 0.73 → 0.71 (the classifier retrained with "sequence" among the learning path's words: "aws dev
    // associate = proof of what exactly" is still the developer section asked directly, no longer posted in a
    // channel; and the recommender's wrong channel answer to "…I'm not even at the choosing stage yet…" went
    // silent).
    recall: 0.72,
    chatter: 1,
  },
  {
    // chatter78 (110, hard: the topic's words in other talk): one channel answer at the start and mid-way
    // (…-mid.txt), read after that and silenced (…-end.txt: 0).
    file: 'chatter.workplace78.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 37's development lists, measured on the starting code before they were read, then read and
    // tuned on. dev-in40 (plain; …-start-code.txt: top-1 98.4%, top-3 99.5%, not covered 94.0%, recall
    // 93.2%, precision 99.4%, one out-of-scope channel answer).
    file: 'questions.dev-in40.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.93,
    chatter: 0,
  },
  {
    // dev-in41 (hard; …-start-code.txt: top-1 81.1%, top-3 88.9%, not covered 94.0%, recall 60.0%,
    // precision 93.0%, one out-of-scope channel answer).
    file: 'questions.dev-in41.jsonl',
    // Session 43: 0.89 → 0.88 ("I'm planning a year of study and want to cover both… Which would you sequence
    // first to build a foundation" went from taking both to the learning path when "sequence" joined its words;
    // both is still posted in a channel).
    top1: 0.89,
    top3: 0.95,
    notCovered: 0.98,
    precision: 0.96,
    recall: 0.69,
    chatter: 0,
  },
  {
    // chatter79 (250, hard; five kinds of 50): 0 answered in a channel at the start and now.
    file: 'chatter.workplace79.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Written at session 37's end in learners' and colleagues' own voices (titles and bodies, courses named in
    // passing, stories before the ask) by a helper who saw only the outline and the seed, and measured once
    // on the session's final code before anyone read it (eval/measured-dev-in42-session37-end-code.txt):
    // top-1 95.8%, top-3 97.9%, not covered 100%, recall 88.9%, precision 98.8%. Session 38 started on that
    // same code, then read it as a development list.
    file: 'questions.dev-in42.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.9,
    chatter: 0,
  },
  {
    // chatter80 (250, written with dev-in42; five kinds of 50): 0 answered in a channel, measured once, unread.
    file: 'chatter.workplace80.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 38's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind51-session38-start-code.txt) and once at the
    // end (…-end.txt), unread: top-1 96.3%, top-3 99.3%, not covered 96.5%, recall 89.6%, precision 99.2%,
    // no out-of-scope channel answer, the same at both ends.
    file: 'questions.blind51.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.9,
    chatter: 0,
  },
  {
    // chatter81 (110, plain): 0 answered in a channel at the start and the end.
    file: 'chatter.workplace81.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 38's second held-out pair, written hard (indirect asks, backgrounds before the ask, hiring
    // context, two questions in one). Start and end, unread, the same on every column
    // (eval/baseline-blind52-session38-start-code.txt, …-end.txt): top-1 80.7%, top-3 86.7%, not covered 91.8%,
    // recall 66.7%, precision 95.6%, two out-of-scope messages answered in a channel.
    file: 'questions.blind52.jsonl',
    top1: 0.83,
    top3: 0.89,
    notCovered: 0.92,
    precision: 0.95,
    recall: 0.68,
    chatter: 2,
  },
  {
    // chatter82 (110, hard: people's certifications in passing, roles, hiring): 0 at the start and the end.
    file: 'chatter.workplace82.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.85,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 38's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in43 (hard; …-start-code.txt: top-1 91.3%, top-3 94.7%, not covered 92.2%, recall 63.3%,
    // precision 98.9%, four out-of-scope channel answers; …-end.txt: 92.7%, 95.3%, 98.9%, 65.3%, 99.0%, one).
    file: 'questions.dev-in43.jsonl',
    top1: 0.94,
    top3: 0.96,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.68,
    chatter: 1,
  },
  {
    // dev-in44 (learners' own voices; …-start-code.txt: top-1 94.0%, top-3 96.7%, not covered 92.2%, recall
    // 86.7%, precision 99.2%, three out-of-scope channel answers; …-end.txt: 95.3%, 97.3%, 94.4%, 88.0%, 99.2%,
    // two).
    file: 'questions.dev-in44.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.94,
    precision: 0.99,
    recall: 0.88,
    chatter: 2,
  },
  {
    // chatter83 (250; half hard, half ordinary): 0 answered in a channel at the start and now.
    file: 'chatter.workplace83.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 39's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind53-session39-start-code.txt: top-1 97.2%, top-3
    // 98.9%, not covered 97.5%, recall 89.4%, precision 98.8%) and once at the end of tuning, unread
    // (…-end.txt: top-1 97.8%, the rest the same).
    file: 'questions.blind53.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.98,
    recall: 0.89,
    chatter: 0,
  },
  {
    // chatter84 (110, plain): 1 answered in a channel at the start and at the end ("any tips for writing the
    // self-assessment" before a review); read after the end measurement and silenced (8d99c47): informed since.
    file: 'chatter.workplace84.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 39's second held-out pair, written hard (indirect asks, backgrounds before the ask, hiring context,
    // two questions in one): start (…-start-code.txt) top-1 94.4%, top-3 96.7%, not covered 95.0%, recall 71.7%,
    // precision 100%, one out-of-scope channel answer; end, unread, the same but recall 72.2%. The channel answer
    // ("do aws certs boost salary in general") was read after the end measurement and made a gap (38dc817).
    file: 'questions.blind54.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.99,
    precision: 1,
    recall: 0.73,
    chatter: 0,
  },
  {
    // chatter85 (110, hard: questions to colleagues in the guide's words): 0 at the start and the end.
    file: 'chatter.workplace85.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 39's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in45 (hard; …-start-code.txt: top-1 93.5%, top-3 97.0%, not covered 100%, recall 80.5%,
    // precision 98.1%; …-end.txt: 95.0%, 98.0%, 100%, 83.5%, 98.2%).
    file: 'questions.dev-in45.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 1,
    precision: 0.98,
    // Session 46: 0.83 → 0.82. "…What question is each one really answering?" is unsure between the overview and the
    // exam questions ("what … question"), and overheard it is left alone.
    recall: 0.82,
    chatter: 0,
  },
  {
    // dev-in46 (learners' own voices; …-start-code.txt: top-1 94.0%, top-3 99.0%, not covered 97.5%, recall
    // 79.5%, precision 98.1%, one out-of-scope channel answer, "clf-c02 topics list"; …-end.txt: the same but
    // not covered 100% and no channel answer).
    file: 'questions.dev-in46.jsonl',
    top1: 0.94,
    top3: 0.99,
    notCovered: 1,
    precision: 0.98,
    recall: 0.81,
    chatter: 0,
  },
  {
    // chatter86 (250, tempting words): 1 answered in a channel at the start ("…three different queues between
    // the same two services"), 0 after db2244e.
    file: 'chatter.workplace86.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 40's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind55-session40-start-code.txt: top-1 98.3%, top-3
    // 99.4%, not covered 100%, recall 91.1%, precision 99.4%) and once at the end of tuning, unread
    // (…-end.txt: the same on every column).
    file: 'questions.blind55.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 1,
    precision: 0.99,
    recall: 0.91,
    chatter: 0,
  },
  {
    // chatter87 (110, plain): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace87.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 40's second held-out pair, written hard (indirect asks, backgrounds before the ask, team leads
    // asking for others, two questions in one, out-of-scope questions in the sections' words): start
    // (…-start-code.txt) top-1 89.4%, top-3 96.1%, not covered 100%, recall 80.0%, precision 97.2%; end, unread,
    // top-1 90.6%, top-3 96.7%, recall 79.4% (a career question with "each route" fell silent), the rest the same.
    file: 'questions.blind56.jsonl',
    top1: 0.93,
    top3: 0.97,
    notCovered: 1,
    precision: 0.97,
    // Read after the end measurement: "I keep seeing SAA on job posts. What is that certification, exactly…"
    // was posted in a channel with taking both; since the side a lead-in names counts in a self-describing
    // clause too, it is the architect's section directly and silent in a channel, and recall counts every
    // channel answer, right or wrong: 0.79 → 0.78.
    recall: 0.8,
    chatter: 0,
    // MiniSearch, which answers everything, ranks the right section in its top three as often (96.7%, at the
    // start 96.1% against its 96.7%).
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    // chatter88 (110, hard: architects, developers, exams and salaries of other kinds): 0 at the start and the end.
    file: 'chatter.workplace88.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 40's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in47 (hard; …-start-code.txt: top-1 94.0%, top-3 96.0%, not covered 95.0%, recall 81.0%,
    // precision 98.8%; …-end.txt: 94.5%, 96.5%, 97.5%, 81.0%, 98.8%).
    file: 'questions.dev-in47.jsonl',
    top1: 0.95,
    top3: 0.96,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.81,
    chatter: 0,
  },
  {
    // dev-in48 (learners' own voices; …-start-code.txt: top-1 94.0%, top-3 98.5%, not covered 100%, recall
    // 86.0%, precision 96.5%; …-end.txt: 96.0%, 99.0%, 100%, 87.0%, 97.1%).
    file: 'questions.dev-in48.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 1,
    precision: 0.97,
    recall: 0.87,
    chatter: 0,
  },
  {
    // chatter89 (250, tempting words in twelve kinds of work talk): 0 answered in a channel at the start and now.
    file: 'chatter.workplace89.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 41's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind57-session41-start-code.txt: top-1 95.6%, top-3
    // 97.8%, not covered 95.0%, recall 87.2%, precision 99.4%) and once at the end of tuning, unread
    // (…-end.txt: the same on every column).
    file: 'questions.blind57.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.88,
    chatter: 0,
  },
  {
    // chatter90 (110, plain): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace90.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 41's second held-out pair, written hard (indirect asks, long backgrounds, team leads asking for
    // their teams, two questions in one, out-of-scope questions in the sections' words): start (…-start-code.txt)
    // top-1 93.9%, top-3 96.7%, not covered 100%, recall 83.9%, precision 99.3%; end, unread, the same.
    file: 'questions.blind58.jsonl',
    top1: 0.94,
    top3: 0.96,
    notCovered: 1,
    // Session 52: 0.99 → 0.98: "…I assumed the developer cert was 'lower'… Is that wrong? Are they actually in the
    // same tier?" now checks the claim before it ("Is that wrong?"), and a channel posts the salary section that
    // a direct question already got (levels is right).
    precision: 0.98,
    recall: 0.84,
    chatter: 0,
  },
  {
    // chatter91 (110, hard): one line answered in a channel at the start and at the end ("big round of applause
    // for Sam who passed both the SAA and the DVA…"); read after the end measurement, applause is a cheer since
    // (…-informed.txt: 0).
    file: 'chatter.workplace91.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 41's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in49 (hard; …-start-code.txt: top-1 95.5%, top-3 97.5%, not covered 97.5%, recall 85.0%,
    // precision 98.2%; …-end.txt: 96.0%, 97.5%, 97.5%, 85.0%, 98.8%).
    file: 'questions.dev-in49.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.85,
    chatter: 0,
  },
  {
    // dev-in50 (learners' own voices; …-start-code.txt: top-1 94.5%, top-3 97.0%, not covered 100%, recall
    // 81.0%, precision 98.1%; …-end.txt: 95.5%, 98.0%, 100%, 81.5%, 98.2%).
    file: 'questions.dev-in50.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 1,
    precision: 0.99,
    recall: 0.81,
    chatter: 0,
  },
  {
    // chatter92 (250, tempting words in twelve kinds of work talk): 2 answered in a channel at the start, 0 now
    // (the last, "candidate listed like 6 AWS certs on the CV but couldn't explain a VPC 🙃", a story of what
    // someone else did).
    file: 'chatter.workplace92.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 42's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind59-session42-start-code.txt: top-1 97.2%, top-3
    // 98.9%, not covered 95.0%, recall 90.6%, precision 98.8%) and once at the end of tuning, unread
    // (…-end.txt: the same on every column).
    file: 'questions.blind59.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 0.95,
    precision: 0.98,
    recall: 0.9,
    chatter: 0,
  },
  {
    // chatter93 (110, plain): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace93.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 42's second held-out pair, written hard (indirect asks, long backgrounds, team leads, two
    // questions in one, out-of-scope questions in the sections' words): start (…-start-code.txt) top-1 94.4%,
    // top-3 97.2%, not covered 95.0%, recall 75.6%, precision 98.5%, one out-of-scope question answered in a
    // channel; end, unread: 95.0%, 97.8%, 95.0%, 76.1%, 98.5%, the same one answered. Read after, whether
    // certifications "pay off in general" is that gap (…-informed.txt: not covered 97.5%, none answered).
    file: 'questions.blind60.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 0.97,
    precision: 0.98,
    recall: 0.76,
    chatter: 0,
  },
  {
    // chatter94 (110, hard): two lines answered in a channel at the start and at the end (a brown bag's quoted
    // title, "…which one?"; "what's harder than the AWS architect exam? getting the VPN to connect…"); read
    // after the end measurement, a question only quoted and a riddle told are the room's (…-informed.txt: 0).
    file: 'chatter.workplace94.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.81,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 42's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in51 (hard, some lines in other languages; …-start-code.txt: top-1 86.5%, top-3 92.0%, not
    // covered 92.5%, recall 72.0%, precision 95.1%, two out-of-scope questions answered in a channel; …-end.txt:
    // 87.0%, 92.5%, 97.5%, 72.0%, 95.1%, none). Session 47: precision 94.6%, as "…Before I pick a side I just
    // want to understand what fundamentally separates them." now asks, and is answered as a pick.
    file: 'questions.dev-in51.jsonl',
    top1: 0.87,
    top3: 0.92,
    notCovered: 0.97,
    precision: 0.94,
    recall: 0.72,
    chatter: 0,
  },
  {
    // dev-in52 (learners' own voices; …-start-code.txt and …-end.txt: top-1 93.0%, top-3 97.5%, not covered
    // 97.5%, recall 80.5%, precision 100%).
    file: 'questions.dev-in52.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.97,
    precision: 1,
    recall: 0.81,
    chatter: 0,
  },
  {
    // chatter95 (250, twelve kinds of tempting work talk): 3 answered in a channel at the start, 0 now (a study
    // group moved to 6, who brings the pizza, "ngl that's harder than the actual exam").
    file: 'chatter.workplace95.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.87,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 43's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change, measured on the starting code (eval/baseline-blind61-session43-start-code.txt: top-1 96.7%, top-3
    // 98.3%, not covered 97.5%, recall 90.6%, precision 99.4%) and once at the end of tuning, unread
    // (…-end.txt: the same on every column). Read after, "the difference between them" points back at the two
    // Azure exams set out before it (…-informed.txt: not covered 100%).
    file: 'questions.blind61.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 1,
    precision: 0.99,
    recall: 0.9,
    chatter: 0,
  },
  {
    // chatter96 (110, plain): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace96.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 43's second held-out pair, written hard (indirect asks, long backgrounds, team leads, two
    // questions in one, out-of-scope questions in the sections' words): start (…-start-code.txt) top-1 90.0%,
    // top-3 94.4%, not covered 100%, recall 71.7%, precision 96.9%; end, unread: the same on every column (forum
    // posts top-3 91.4%, below the 92% target; precision below 98%). Read after, a lay audience the answer is
    // for ("…to a non-technical PM in one breath") is said of the post (…-informed.txt: precision 97.7%, recall
    // 71.1%: that wrong channel answer is silent).
    file: 'questions.blind62.jsonl',
    top1: 0.91,
    top3: 0.95,
    notCovered: 1,
    precision: 0.98,
    recall: 0.71,
    chatter: 0,
  },
  {
    // chatter97 (110, hard: the exams, architects, salaries and study groups named in announcements, stories,
    // jokes, rhetorical questions and questions to a colleague): 0 answered in a channel at the start and at the
    // end.
    file: 'chatter.workplace97.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.86,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 43's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in53 (hard: backgrounds, personas, other fields' ladders as analogies; …-start-code.txt: top-1
    // 94.5%, top-3 96.8%, not covered 95.0%, recall 82.7%, precision 98.4%; …-end.txt: 95.9%, 97.7%, 100%,
    // 83.2%, 99.5%). Session 49: recall 0.83 → 0.82, one line: "Coming from the CompTIA world where exam
    // objectives come as domains…" is no longer answered in a channel now that "coming from…" describes the asker
    // (+2 right channel answers on all lists).
    file: 'questions.dev-in53.jsonl',
    top1: 0.96,
    top3: 0.97,
    notCovered: 1,
    precision: 0.99,
    recall: 0.82,
    chatter: 0,
  },
  {
    // dev-in54 (learners' own voices; …-start-code.txt: top-1 95.2%, top-3 97.4%, not covered 100%, recall
    // 78.3%, precision 98.9%; …-end.txt: 96.5%, 98.3%, 100%, 77.8%, 99.4%).
    file: 'questions.dev-in54.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 1,
    precision: 0.99,
    recall: 0.77,
    chatter: 0,
  },
  {
    // chatter98 (250, twelve kinds of tempting work talk): 1 answered in a channel at the start ("the architect
    // exam loved multi-AZ vs multi-region scenarios, like every other question"), 0 now.
    file: 'chatter.workplace98.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.89,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 44's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change: start (…-start-code.txt) top-1 96.1%, top-3 99.4%, not covered 95.0%, recall 88.9%, precision
    // 98.8%; end, unread: the same on every column (forum posts' out-of-scope "not covered" 81.8%, below the 90%
    // target). Read after, a second monitor on the desk is the proctor's rule (…-informed.txt: not covered 97.5%).
    file: 'questions.blind63.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 0.99,
    precision: 0.98,
    recall: 0.88,
    chatter: 0,
  },
  {
    // chatter99 (110, plain: ops, incidents, standups, hiring, social talk, other exams, jokes, reactions): 0
    // answered in a channel at the start and at the end.
    file: 'chatter.workplace99.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 44's second held-out pair, written hard (indirect asks, long backgrounds, team leads, two
    // questions in one, analogies, out-of-scope questions in the sections' words): start top-1 93.9%, top-3
    // 96.7%, not covered 95.0%, recall 83.9%, precision 98.7%; end, unread: the same but recall 83.3%. Read
    // after: a short pick asked with only the recommender's cue ("i like coding more than diagrams, which
    // cert"), "the SA Professional", "skillset reqs", an analogy set out before a question naming both sides
    // (…-informed.txt: 95.6%, 97.8%, 95.0%, 83.9%, 99.3%).
    file: 'questions.blind64.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.95,
    precision: 0.99,
    recall: 0.83,
    chatter: 0,
  },
  {
    // chatter100 (110, hard: roles in the team, design reviews, exam stories, congratulations, other
    // certifications, salary talk, "which tool" questions, study groups): 0 answered at the start and at the end.
    file: 'chatter.workplace100.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 44's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in55 (hard: personas, other ladders, wishes that open the ask, one certification asked alone,
    // "SAA or DVA next?"; …-start-code.txt: top-1 90.9%, top-3 96.4%, not covered 95.0%, recall 80.5%,
    // precision 97.2%; …-end.txt: 93.6%, 96.8%, 100%, 81.4%, 97.8%).
    file: 'questions.dev-in55.jsonl',
    top1: 0.93,
    top3: 0.96,
    notCovered: 1,
    precision: 0.97,
    recall: 0.81,
    chatter: 0,
  },
  {
    // dev-in56 (learners' own voices; start: 93.9%, 97.8%, 100%, 85.2%, 99.5%; end: 96.1%, 99.1%, 100%, 87.0%,
    // 99.5%).
    file: 'questions.dev-in56.jsonl',
    top1: 0.96,
    top3: 0.99,
    notCovered: 1,
    precision: 0.99,
    recall: 0.86,
    chatter: 0,
  },
  {
    // dev-in57 (written mid-session, before it was read: paraphrases in words the outline avoids, formal and
    // Indian English, asks on others' behalf; on the code it met: 89.5%, 96.4%, 100%, 75.9%, 96.4%; end: 94.5%,
    // 98.6%, 100%, 79.1%, 98.3%).
    file: 'questions.dev-in57.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 1,
    precision: 0.98,
    recall: 0.79,
    chatter: 0,
  },
  {
    // chatter101 (250, twelve kinds of tempting work talk): 1 answered in a channel at the start ("should 'AWS
    // certified' be nice-to-have or required on the new JD?"), 0 now.
    file: 'chatter.workplace101.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 45's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change: start (…-start-code.txt) top-1 97.8%, top-3 98.3%, not covered 92.5%, recall 91.1%, precision
    // 100%; end, unread (…-end.txt): the same on every column. One out-of-scope channel answer at both: "I'm
    // scoring around 70% on practice tests for SAA… Is that enough to pass the real thing…?" goes to the study
    // tips (reading "enough to pass" as readiness cost 5 top-1 elsewhere, and "is that…" pointing back 12).
    file: 'questions.blind65.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 0.92,
    precision: 1,
    recall: 0.91,
    chatter: 1,
  },
  {
    // chatter102 (110, plain: infrastructure, deploys, incidents, hiring, careers, words in other senses,
    // training, social talk, meetings, cost, on-call): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace102.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 45's second held-out pair, written hard (indirect asks, long backgrounds, team leads, analogies to
    // other ladders, one certification asked alone, out-of-scope questions in the sections' words): start top-1
    // 92.8%, top-3 94.4%, not covered 97.5%, recall 80.6%, precision 98.6%; end, unread: the same on every
    // column. One out-of-scope channel answer at both ("does getting any AWS cert actually move the needle in
    // comp reviews here…?" is the salary section; "comp review" as a gap cost 7 top-1 where it sets the scene).
    file: 'questions.blind66.jsonl',
    top1: 0.92,
    top3: 0.94,
    notCovered: 0.97,
    precision: 0.98,
    recall: 0.8,
    chatter: 1,
  },
  {
    // chatter103 (110, hard: sprints, incidents, code review, HR, the company's own ladder, other certifications,
    // congratulations, children's exams, hiring, architecture talk): 0 answered at the start and at the end.
    file: 'chatter.workplace103.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 45's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in58 (hard: job-title personas, one certification alone, the tiers, "which programming languages",
    // pay asked sideways, keywords buried in a background; …-start-code.txt: top-1 94.5%, top-3 97.5%, not
    // covered 97.5%, recall 82.0%, precision 98.2%; …-end.txt: 94.5%, 97.5%, 100%, 82.0%, 98.2%). Session 48:
    // precision 0.98 → 0.97, one line: "hate coding, which one", now read as a pick between the two, is answered
    // with coding in a channel (the list wants choose), among 58 right channel answers more on all lists.
    file: 'questions.dev-in58.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 1,
    precision: 0.97,
    recall: 0.82,
    chatter: 0,
  },
  {
    // dev-in59 (learners' own voices, non-native English; start: 96.5%, 98.0%, 100%, 85.0%, 98.8%; end: 97.5%,
    // 99.0%, 100%, 85.5%, 98.8%).
    file: 'questions.dev-in59.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 1,
    precision: 0.98,
    recall: 0.85,
    chatter: 0,
  },
  {
    // dev-in60 (written mid-session, before it was read: 90 out-of-scope lines in the sections' words, managers
    // and team leads; on the code it met: 96.7%, 98.0%, 95.6%, 84.0%, 98.4%; end: 96.7%, 98.0%, 98.9%, 84.0%,
    // 98.4%).
    file: 'questions.dev-in60.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.84,
    chatter: 0,
  },
  {
    // dev-in61 (written late in the session, before it was read: long forum posts, the question last or only
    // implied, analogies, claims to check, a second question out of scope; on the code it met,
    // …-mid-code.txt: 89.0%, 93.5%, 85.0%, 66.0%, 98.5%, one out-of-scope channel answer; end: 90.5%, 95.0%,
    // 87.5%, 66.0%, 98.5%, none).
    file: 'questions.dev-in61.jsonl',
    top1: 0.9,
    // Session 47: 0.95 → 0.94 (a long post keeps the sentences before its question first: a blog post "for my
    // company's engineering blog" scoring skill areas gets only the job roles).
    top3: 0.94,
    notCovered: 0.87,
    precision: 0.98,
    recall: 0.66,
    chatter: 0,
  },
  {
    // chatter104 (250, twelve kinds of tempting work talk): 0 answered in a channel at the start and at the end.
    file: 'chatter.workplace104.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 46's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change: start (…-start-code.txt) top-1 94.0%, top-3 96.0%, not covered 91.4%, recall 82.0%, precision
    // 99.2%; end, unread until then (…-end.txt): the same on every column. Three out-of-scope channel answers at
    // both: a scaled score ("I got 698 on my developer associate, how close is that to passing?") and two how-to
    // questions asked while studying ("how do I get DynamoDB streams to trigger a lambda? doing a DVA practice
    // lab").
    // Session 47: chatter 3 → 2 ("close to passing" is the passing score's), not covered 91.4% → 92.9%.
    file: 'questions.blind67.jsonl',
    top1: 0.94,
    top3: 0.96,
    notCovered: 0.92,
    precision: 0.99,
    recall: 0.82,
    chatter: 2,
  },
  {
    // chatter105 (110, plain: AWS work, hiring, social talk, colleagues' exams, the sections' words): 0 answered in
    // a channel at the start and at the end.
    file: 'chatter.workplace105.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 46's second held-out pair, written hard (indirect paraphrases avoiding the sections' words, long
    // posts with the question buried or only implied, analogies to other fields, team leads and recruiters, one
    // certification alone, out-of-scope questions in the sections' words): start top-1 75.6%, top-3 83.8%, not
    // covered 96.7%, recall 53.8%, precision 97.7%; end, unread until then: 76.3%, 83.8%, 96.7%, 55.0%, 97.7%.
    // Most misses are long posts whose many words of their own leave every section unsure ("not covered").
    // Session 47 (read since): top-1 80.6%, top-3 88.1%, recall 57.5% (long posts keep the sentences before their
    // question; "not sure which…" asks; "that cert" asks of the one named before).
    file: 'questions.blind68.jsonl',
    top1: 0.8,
    top3: 0.88,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.57,
    chatter: 0,
  },
  {
    // chatter106 (110, hard: the sections' words, SAA and DVA named in announcements, congratulations, status
    // updates, opinions and scheduling): 0 answered at the start and at the end.
    file: 'chatter.workplace106.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 46's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in62 (hard: analogies to other ladders, a background then "ELI5?" or "verdict?", requests with no
    // "?", interviews and hiring, one certification alone, languages and skills, the next rung; …-start-code.txt:
    // top-1 84.1%, top-3 96.0%, not covered 90.6%, recall 65.9%, precision 92.2%, one out-of-scope channel
    // answer; …-end.txt: 85.2%, 96.0%, 90.6%, 67.6%, 91.6%, one).
    file: 'questions.dev-in62.jsonl',
    top1: 0.85,
    // Session 53: 0.96 → 0.95 ("I have SAA now. What's the next step in terms of certifications?" gets "both";
    // the learning path left its three as the classifier retrained on two focus-areas questions).
    top3: 0.95,
    // Session 55: 0.90 → 0.89 (the learning path says hands-on practice "is not optional"): "My SAA expires next
    // spring… options?" gets the learning path among its suggestions instead of "not covered".
    notCovered: 0.89,
    precision: 0.91,
    recall: 0.67,
    chatter: 1,
  },
  {
    // dev-in63 (learners' own voices: short, non-native, Reddit, students, seniors, headlines; start: 87.0%,
    // 94.8%, 89.6%, 71.9%, 94.2%, one out-of-scope channel answer; end: 89.1%, 95.3%, 91.7%, 74.5%, 95.1%, none).
    file: 'questions.dev-in63.jsonl',
    top1: 0.89,
    top3: 0.95,
    notCovered: 0.91,
    precision: 0.95,
    recall: 0.74,
    chatter: 0,
  },
  {
    // dev-in64 (written mid-session, before it was read: "what X" / "which X" questions in and out of scope, long
    // forum posts, team leads, 40 out-of-scope lines in the sections' words, slang, non-native English; on the
    // code it met, …-mid-code.txt: 93.8%, 97.7%, 96.8%, 71.2%, 96.8%, two out-of-scope channel answers; end:
    // 94.4%, 97.7%, 96.8%, 71.2%, 97.6%, two — a data engineer's salary and finding cloud jobs on LinkedIn).
    file: 'questions.dev-in64.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.71,
    chatter: 2,
  },
  {
    // chatter107 (250, ten kinds of tempting work talk: deploys, incidents, architecture reviews, developers'
    // talk, hiring, colleagues' exams, training, the bot, social talk, questions to colleagues): one answered in
    // a channel at the start ("how's the SAA prep going Ben? you've been quiet"), 0 at the end.
    file: 'chatter.workplace107.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 47's held-out pair, written plainly by a helper who saw only the outline and the seed, before any
    // change (paraphrases, forum posts, colleagues at work, 70 out-of-scope lines: prices, scaled scores, how-to
    // questions asked while studying, Professional-level content): start (…-start-code.txt) top-1 96.7%, top-3
    // 98.7%, not covered 100%, recall 92.7%, precision 97.8%, none answered out of scope; end, unread until then
    // (…-end.txt): the same on every column, no answer changed.
    file: 'questions.blind69.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 1,
    precision: 0.97,
    recall: 0.92,
    chatter: 0,
  },
  {
    // chatter108 (110, plain: AWS work, hiring, social talk, colleagues' exams, the sections' words): 0 answered in
    // a channel at the start and at the end.
    file: 'chatter.workplace108.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 47's second held-out pair, written hard (roundabout paraphrases avoiding the titles' words, long
    // posts with the question buried or only implied, team leads, managers and recruiters, out-of-scope questions
    // in the sections' words): start top-1 86.3%, top-3 91.9%, not covered 96.7%, recall 63.7%, precision 98.0%,
    // one out-of-scope channel answer; end, unread until then: the same on every column (one long post gained
    // its developer section, another lost its services to the levels; two channel answers each way).
    file: 'questions.blind70.jsonl',
    top1: 0.86,
    top3: 0.91,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.63,
    chatter: 1,
  },
  {
    // chatter109 (110, hard: the guide's words in ordinary work talk): 0 answered at the start and at the end.
    file: 'chatter.workplace109.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 47's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in65 (long posts with the question buried or only implied, study and how-to questions in and out of
    // scope, one certification alone, headlines, 65 out-of-scope lines; …-start-code.txt: top-1 83.4%, top-3
    // 92.6%, not covered 95.4%, recall 70.9%, precision 94.4%; …-end.txt: 87.4%, 96.0%, 95.4%, 69.7%, 95.1%).
    file: 'questions.dev-in65.jsonl',
    top1: 0.87,
    top3: 0.96,
    notCovered: 0.95,
    precision: 0.95,
    recall: 0.69,
    chatter: 0,
  },
  {
    // dev-in66 (personas, short slang, non-native English, one axis in unusual words, Slack mentions, 40 lines
    // out of scope close to in-scope wording; start and end: 90.0%, 95.0%, 100%, 65.5%, 99.2%).
    file: 'questions.dev-in66.jsonl',
    top1: 0.9,
    top3: 0.95,
    notCovered: 1,
    precision: 0.99,
    recall: 0.65,
    chatter: 0,
  },
  {
    // dev-in67 (written mid-session, before it was read: roundabout paraphrases, metaphors, managers, long
    // implied posts, one certification alone, out-of-scope lines asked sideways; on the code it met,
    // …-mid-code.txt: 72.5%, 83.5%, 90.0%, 57.0%, 95.6%, one out-of-scope channel answer; end: 75.0%, 85.0%,
    // 90.0%, 58.0%, 96.6%, one — "what kind of ID do they want when I show up for DVA?").
    file: 'questions.dev-in67.jsonl',
    top1: 0.75,
    top3: 0.85,
    notCovered: 0.9,
    precision: 0.96,
    recall: 0.58,
    chatter: 1,
  },
  {
    // chatter110 (250, ten kinds of tempting work talk: deploys, architecture reviews, hiring for other roles,
    // colleagues' exams, budgets, questions to colleagues, pay talk, social talk, the bot, other exams): 0
    // answered in a channel at the start and at the end.
    file: 'chatter.workplace110.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 47's second round: a second held-out pair, written by helpers who saw only the outline and the
    // seed once the first round had landed, measured on the code of that moment (1f2f3b2,
    // …-second-round-start-code.txt) and once at the end of the round (…-end.txt). blind71 (hard: roundabout
    // paraphrases, long forum posts with the question buried or implied, team leads and recruiters, out-of-scope
    // questions in the sections' words): top-1 83.1%, top-3 90.6%, not covered 91.7%, recall 55.0%, precision
    // 95.5%, one out-of-scope channel answer, at both; no answer changed.
    file: 'questions.blind71.jsonl',
    top1: 0.83,
    top3: 0.9,
    notCovered: 0.91,
    precision: 0.95,
    recall: 0.55,
    chatter: 1,
  },
  {
    // chatter111 (110, hard): 0 answered at the start and at the end of the second round.
    file: 'chatter.workplace111.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind72 (learners' forum posts with titles, bodies and edits, one-liners, 70 out of scope as learners ask
    // them): top-1 92.7%, top-3 99.3%, not covered 98.6%, recall 80.0%, precision 97.5%, one out-of-scope channel
    // answer, at both; no answer changed.
    file: 'questions.blind72.jsonl',
    top1: 0.92,
    top3: 0.99,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.8,
    chatter: 1,
  },
  {
    // chatter112 (110, plain): 0 answered at the start and at the end of the second round.
    file: 'chatter.workplace112.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // The second round's development lists, measured on the code they met before they were read, then read and
    // tuned on. dev-in68 (several questions in one post, asides, questions pointing back, roundabout asks,
    // managers, 40 out-of-scope lines in the sections' words; start: 80.5%, 88.0%, 97.5%, 52.5%, 97.1%; end:
    // 83.5%, 91.0%, 97.5%, 52.5%, 97.1%). Session 49: precision 0.97 → 0.96, one line: "If I want to end up as a
    // Cloud Architect someday, which credential is the stepping stone?" gets the learning path in a channel (the
    // list wants choose or the career path): "stepping stone" names the path, as the four other lines using it mean.
    file: 'questions.dev-in68.jsonl',
    top1: 0.83,
    top3: 0.91,
    notCovered: 0.97,
    precision: 0.96,
    recall: 0.52,
    chatter: 0,
  },
  {
    // dev-in69 (Reddit posts with a title, one-liners, claims to check, statements that only imply the question,
    // non-native English; start: 89.5%, 93.0%, 97.5%, 69.5%, 99.3%; end: 90.5%, 93.5%, 97.5%, 70.0%, 99.3%).
    file: 'questions.dev-in69.jsonl',
    top1: 0.9,
    top3: 0.93,
    notCovered: 0.97,
    precision: 0.99,
    // Session 52: 0.70 → 0.69: "friend says architect roles pay way more than developer roles. is he right?" now
    // points back to the claim as "…is that true?" does, and is read with the same lower confidence: a channel
    // stays silent on it, as on "is that true?".
    recall: 0.69,
    chatter: 0,
    // MiniSearch, which answers everything (and every out-of-scope line), ranks the right section in its top
    // three more often (95.0%): CertPath says "not covered" to statements that only imply a question ("money's
    // the deciding factor for me between the two, ngl") at the start and at the end.
    behind: ['direct top-3'],
  },
  {
    // Session 48's held-out pair, written by helpers who saw only the outline and the seed, before any change
    // and measured on the starting code (…-start-code.txt) and once at the first round's end (…-end.txt).
    // blind73 (hard: roundabout paraphrases, forum posts with the question buried or implied, colleagues and
    // managers asking with budgets, other services and how-to words, 60 out of scope in the sections' words):
    // start top-1 85.0%, top-3 91.3%, not covered 100%, recall 66.9%, precision 95.3%; end 85.6%, 91.3%, 100%,
    // 68.1%, 95.4%. At the session's end (read since): 86.9%, 93.1%, 100%, 68.1%, 95.4%.
    file: 'questions.blind73.jsonl',
    top1: 0.86,
    top3: 0.93,
    notCovered: 1,
    precision: 0.95,
    recall: 0.68,
    chatter: 0,
  },
  {
    // chatter113 (110, half of them with the sections' words): 0 answered at the start and at the end.
    file: 'chatter.workplace113.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind74 (learners' Reddit, Discord and Stack Exchange posts, one-liners, replies, 70 out of scope in the
    // same voices): 94.0%, 98.7%, 100%, 70.7%, 98.1% at the start and at the round's end; no answer changed.
    // Session 63: precision 0.98 → 0.97 (97.2%), one wrong channel answer more — a short part closed by an emoji
    // now ends before the question ("just passed the ccp 🎉 what's the difference between going saa vs dva next…"),
    // whose "dva next" reads as the order of the two; that rule gave +3 top-1 and +6 right channel answers.
    file: 'questions.blind74.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 1,
    precision: 0.97,
    recall: 0.7,
    chatter: 0,
  },
  {
    // chatter114 (110, hard: colleagues' own exam plans, hiring, tooling, costs): 0 at the start and at the end.
    file: 'chatter.workplace114.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 48's development lists, measured on the starting code before they were read, then read and tuned
    // on. dev-in70 (in-scope questions carrying an adjacent topic's words — the bill, services named, "how to set
    // up", other job titles, other certs in passing — the reverse, and statements that only imply a question;
    // start: 81.8%, 91.2%, 98.6%, 63.5%, 94.4%, one out-of-scope channel answer; end: 82.9%, 94.1%, 98.6%,
    // 65.3%, 94.6%, one).
    file: 'questions.dev-in70.jsonl',
    top1: 0.82,
    top3: 0.94,
    notCovered: 0.98,
    precision: 0.94,
    recall: 0.65,
    chatter: 1,
  },
  {
    // dev-in71 (personas, roundabout idioms in British, Indian and Australian English, several questions in one
    // post; start: 77.2%, 85.6%, 96.7%, 48.3%, 97.7%, one; end: 83.9%, 91.7%, 96.7%, 51.1%, 97.8%, one).
    file: 'questions.dev-in71.jsonl',
    top1: 0.83,
    top3: 0.91,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.51,
    chatter: 1,
  },
  {
    // chatter115 (150): 0 at the start and at the end.
    file: 'chatter.workplace115.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 48's second round: a second held-out pair written once the first round had landed, measured on the
    // code of that moment (ce80fd9, …-second-round-start-code.txt) and at the round's end (…-end.txt): no
    // answer changed on either. blind75 (hard: its 55 paraphrases in metaphors avoid the titles' words and the
    // usual synonyms): 78.8%, 83.1%, 98.3%, 65.6%, 96.2%, one out-of-scope channel answer. Read since, its
    // paraphrases' idioms went into the vocabulary in the third round (a fattened wallet, the on-ramp, what one's
    // business card would say): at the session's end 85.0%, 90.6%, 100%, 68.8%, 97.3%, none.
    file: 'questions.blind75.jsonl',
    top1: 0.85,
    top3: 0.9,
    notCovered: 1,
    precision: 0.97,
    recall: 0.68,
    chatter: 0,
  },
  {
    // chatter116 (110): 0 at the start and at the end of the second round.
    file: 'chatter.workplace116.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind76 (learners' posts and one-liners, non-native English, asks put as statements): 97.3%, 98.7%, 92.9%,
    // 81.3%, 100%, three out-of-scope channel answers, at both. Read since: two of the three ("how to get job
    // after cert", "ccp exam domains?") are topics the guide leaves out; the third ("Thinking of doing Security
    // Specialty after SAA. what topics does it cover in detail?") is still answered in a channel.
    file: 'questions.blind76.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 0.95,
    precision: 1,
    recall: 0.81,
    chatter: 1,
  },
  {
    // chatter117 (110, hard): 0 at the start and at the end.
    file: 'chatter.workplace117.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.85,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // dev-in72 (idioms, statements that imply a question, managers and parents asking for others, 70 out of
    // scope in the sections' words; start: 74.1%, 87.1%, 91.4%, 52.9%, 93.3%; end: 79.4%, 92.4%, 92.9%, 54.1%,
    // 95.7%).
    file: 'questions.dev-in72.jsonl',
    top1: 0.79,
    top3: 0.92,
    notCovered: 0.92,
    precision: 0.95,
    recall: 0.54,
    chatter: 0,
  },
  {
    // Session 48's third round: a third held-out pair, measured on the code of that moment (711e95c,
    // …-third-round-start-code.txt) and at the round's end. blind77 (hard: 80 paraphrases in everyday metaphors
    // and slang that avoid the titles' words and their obvious synonyms): start 63.3%, 81.3%, 98.0%, 50.0%,
    // 90.7%; end 65.3%, 84.0%, 98.0%, 50.0%, 92.0%.
    file: 'questions.blind77.jsonl',
    top1: 0.65,
    top3: 0.84,
    notCovered: 0.98,
    precision: 0.92,
    recall: 0.5,
    chatter: 0,
  },
  {
    // chatter118 (110, idioms and the sections' words): 0 at the start and at the end.
    file: 'chatter.workplace118.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind78 (DMs to the bot, questions posted in a team channel, 70 out of scope in the same voices): 91.5%,
    // 97.7%, 100%, 70.0%, 97.8% at both; no answer changed.
    file: 'questions.blind78.jsonl',
    top1: 0.91,
    top3: 0.97,
    notCovered: 1,
    precision: 0.97,
    recall: 0.7,
    chatter: 0,
  },
  {
    // chatter119 (110, hard): one answered in a channel at the start and at the end ("the developer associate
    // difficulty was pretty much what I expected tbh"); read since, a "what" that names what was expected asks
    // nothing, and it is silent.
    file: 'chatter.workplace119.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 49's held-out lists, written before any change by helpers who saw only the outline and the seed,
    // measured on the session's starting code (…-session49-start-code.txt) and at their round's end before they
    // were read, then read (…-session49-end.txt is the session's end). blind79 (questions relayed for someone
    // else, posts whose question comes late and points back, a certification held as background, a side named by
    // description; 60 out of scope): 88.1%, 94.4%, 96.7%, 62.5%, 96.0% at the start and the first round's end; no
    // answer changed. Read since (a relayed question, "the coding-heavy one", "its"): 91.9%, 96.9%, 100%.
    file: 'questions.blind79.jsonl',
    top1: 0.91,
    top3: 0.96,
    notCovered: 1,
    precision: 0.97,
    recall: 0.64,
    chatter: 0,
  },
  {
    // chatter120 (110, hard: relayed messages, colleagues' certifications, mentoring): 0 at the start and the end.
    file: 'chatter.workplace120.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind80 (learners' Reddit, Discord and LinkedIn posts, one-liners, non-native English, 70 out of scope):
    // 95.3%, 96.7%, 98.6%, 81.3%, 99.2% at the start and the first round's end; no answer changed. Read since.
    file: 'questions.blind80.jsonl',
    top1: 0.97,
    top3: 0.98,
    notCovered: 1,
    precision: 1,
    recall: 0.82,
    chatter: 0,
  },
  {
    // chatter121 (110, hard: "which one", "harder", "first" about other things): 0 at the start and the end.
    file: 'chatter.workplace121.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter122 (150, a development list): 0 at the start and the end.
    file: 'chatter.workplace122.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // dev-in73 (a development list: another certification named before a question pointing back, certifications
    // held, other roles' pay, cramming, everyday metaphors; 60 out of scope; start 87.1%, 90.0%, 90.0%, 60.7%,
    // 98.8%; end 93.6%, 95.7%, 91.7%, 62.9%, 98.9%).
    file: 'questions.dev-in73.jsonl',
    top1: 0.93,
    top3: 0.95,
    notCovered: 0.91,
    precision: 0.98,
    recall: 0.62,
    chatter: 0,
  },
  {
    // blind81 (hard: paraphrases in metaphors and idioms, indirect asks, managers and parents, terse notes; 48 out
    // of scope): start 82.2%, 83.6%, 95.8%, 60.5%, 100%; after the second round 82.9%, 84.2%, 95.8%, 61.8%, 100%;
    // the third round changed nothing. Read since (analogies, "what's the damage"): 84.2%, 85.5%, 100%. MiniSearch,
    // which never says "not covered" (0% of its 48 out-of-scope lines), has the higher top-3 (87.5%).
    file: 'questions.blind81.jsonl',
    top1: 0.84,
    top3: 0.85,
    notCovered: 1,
    precision: 1,
    recall: 0.61,
    chatter: 0,
    behind: ['direct top-3'],
  },
  {
    // chatter123 (110, hard): 0 at the start and the end.
    file: 'chatter.workplace123.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind82 (a company Slack: DMs, mentions, slash-style asks, channel posts, non-native registers; 50 out of
    // scope): 92.0%, 96.7%, 98.0%, 76.7%, 94.8% at the start and after the second and third rounds; read since
    // ("prerequisite skills"): 92.7%, 97.3%.
    file: 'questions.blind82.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.98,
    precision: 0.94,
    recall: 0.77,
    chatter: 0,
  },
  {
    // chatter124 (110): 0 at the start and the end.
    file: 'chatter.workplace124.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind83 (learners on forums and in Slack, short asks, titles with a body, managers; 50 out of scope): 95.3%,
    // 98.0%, 96.0%, 78.7%, 99.2% at the start, after the third round and at the fourth round's end.
    file: 'questions.blind83.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.96,
    precision: 0.99,
    recall: 0.78,
    chatter: 0,
  },
  {
    // chatter125 (110, a third phrased as questions to colleagues): 0 at the start and the end.
    file: 'chatter.workplace125.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind84 (hard: paraphrases avoiding the sections' words, implied questions, pointing back, several questions
    // in one post; 48 out of scope): start 80.9%, 88.2%, 97.9%, 47.4%, 95.8%; after the third round 82.9%,
    // 89.5%, 97.9%, 50.0%, 96.1%; the fourth round changed nothing.
    file: 'questions.blind84.jsonl',
    top1: 0.82,
    top3: 0.89,
    notCovered: 0.97,
    precision: 0.96,
    recall: 0.5,
    chatter: 0,
  },
  {
    // chatter126 (110, hard: idioms of climbing, menus, toolboxes and boss fights in work talk): 0 at the start and the end.
    file: 'chatter.workplace126.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind85 (hard: paraphrases avoiding the sections' words, implied asks, questions late in a long post, two
    // asks at once, analogies, managers; 60 out of scope): 75.0%, 86.2%, 96.7%, 40.0%, 96.9% (one out-of-scope
    // line answered in a channel) at the start and after the first round; read then; 77.5%, 88.1%, 98.3%, 40.0%,
    // 96.9% at the end.
    file: 'questions.blind85.jsonl',
    // Session 54: 0.77 → 0.76: "…what sequence would you point him toward?" takes both, not the learning path, with
    // "point him to" a recommendation.
    top1: 0.76,
    top3: 0.88,
    notCovered: 0.98,
    // Session 52: 0.96 → 0.95: "is the developer associate a 'build real stuff on AWS' badge or more of a
    // 'memorised AWS trivia' badge" gets the study tips (learning by heart became studying), in a channel too.
    precision: 0.95,
    recall: 0.4,
    chatter: 0,
  },
  {
    // chatter127 (110, hard): 0 at the start and the end.
    file: 'chatter.workplace127.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind86 (learners on Reddit, Discord, LinkedIn, forums and a company Slack: backgrounds, one-liners, typos,
    // exam codes; 65 out of scope): 92.9%, 98.1%, 93.8%, 79.4%, 97.6% at the start and after the first round
    // (one out-of-scope line answered in a channel: "when is DVA-C03 coming out? don't want to study…"); read
    // then; 93.5%, 98.1%, 93.8%, 79.4%, 98.4% at the end.
    file: 'questions.blind86.jsonl',
    top1: 0.93,
    top3: 0.98,
    notCovered: 0.93,
    precision: 0.98,
    recall: 0.79,
    chatter: 1,
  },
  {
    // chatter128 (110): 0 at the start and the end.
    file: 'chatter.workplace128.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind87 (hard: idioms, long descriptions of the asker, pointing back, two asks, managers, parents,
    // recruiters; 50 out of scope): 80.7%, 89.3%, 100%, 55.3%, 95.2% at the start and after the second round;
    // read then; 82.0%, 90.0%, 100%, 56.0%, 95.2% at the end.
    file: 'questions.blind87.jsonl',
    top1: 0.81,
    top3: 0.9,
    notCovered: 1,
    precision: 0.95,
    recall: 0.55,
    chatter: 0,
  },
  {
    // chatter130 (110): 0 at the start and the end.
    file: 'chatter.workplace130.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind88 (a company Slack: threads, mentions, markup, managers' budgets, relayed questions; 60 out of
    // scope): 93.6%, 98.6%, 98.3%, 72.1%, 99.0% at the start and after the second round; read then; 95.0%,
    // 98.6%, 98.3%, 73.6%, 99.0% at the end.
    file: 'questions.blind88.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.73,
    chatter: 0,
  },
  {
    // chatter131 (110): 0 at the start and the end.
    file: 'chatter.workplace131.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind89 (learners' posts and hard paraphrases mixed; 55 out of scope): 77.9%, 88.3%, 100%, 55.2%, 97.5% at
    // the start and after the third round; 78.6%, 88.3%, 100%, 55.9%, 97.5% after the fourth round (unread).
    file: 'questions.blind89.jsonl',
    top1: 0.78,
    top3: 0.88,
    notCovered: 1,
    precision: 0.97,
    recall: 0.55,
    chatter: 0,
  },
  {
    // chatter132 (110): 0 at the start and the end.
    file: 'chatter.workplace132.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 50's first development list, dev-in74 (a side ruled out, analogies with "like" and "'s a", other
    // roles' pay, "on the programming side", several questions in a row; 60 out of scope): 88.6%, 91.4%, 95.0%,
    // 67.9%, 98.9% on the starting code, before it was read; 92.9%, 95.7%, 96.7%, 70.0%, 99.0% at the end.
    file: 'questions.dev-in74.jsonl',
    top1: 0.92,
    top3: 0.95,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.7,
    chatter: 0,
  },
  {
    // chatter129 (150, its development chatter): 1 at the start ("DBAs used to be the best paid people in IT…"),
    // 0 at the end.
    file: 'chatter.workplace129.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 50's second development list, dev-in75 (which exam tests a topic, "the other one", whether one suits
    // someone, a pick put up for confirmation, several asks; 40 out of scope): 78.3%, 90.0%, 97.5%, 60.0%, 90.3%
    // on the starting code, before it was read; 80.8%, 91.7%, 97.5%, 60.8%, 91.8% at the end.
    file: 'questions.dev-in75.jsonl',
    top1: 0.8,
    top3: 0.91,
    notCovered: 0.97,
    precision: 0.91,
    recall: 0.6,
    chatter: 0,
  },
  {
    // chatter133 (100, colleagues confirming each other's exams and plans): 3 at the start, 0 at the end.
    file: 'chatter.workplace133.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.75,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind90 (hard paraphrases: implied asks, late questions in long posts, two asks, analogies, managers, sarcasm,
    // claims; 60 out of scope): 72.5%, 81.9%, 96.7%, 39.4%, 98.4% at the start; 73.1%, 82.5%, 96.7%, 40.0%, 98.4%
    // after the first round (unread), read then, unchanged at the end. MiniSearch, which never says "not covered",
    // had the higher top-3 (83.1%) until session 52.
    file: 'questions.blind90.jsonl',
    top1: 0.73,
    top3: 0.82,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.4,
    chatter: 0,
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    // chatter134 (110): 0 at the start and the end.
    file: 'chatter.workplace134.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind91 (learners on Reddit, Discord, LinkedIn, forums and a company Slack; 65 out of scope): 89.7%, 94.8%,
    // 98.5%, 75.5%, 97.4% at the start; 90.3%, 94.8%, 98.5%, 75.5%, 97.4% after the first round (unread), read then;
    // 91.0%, 95.5%, 98.5%, 75.5%, 98.3% at the end.
    file: 'questions.blind91.jsonl',
    top1: 0.9,
    top3: 0.95,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.75,
    chatter: 0,
  },
  {
    // chatter135 (110, a team studying for AWS exams): 0 at the start and the end.
    file: 'chatter.workplace135.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind92 (hard: everyday analogies, a buried ask, two asks, claims checked, asked for someone else; 60 out of
    // scope): 75.0%, 83.6%, 96.7%, 47.1%, 92.4% and two out-of-scope lines answered in a channel at the start and
    // after the second round (unread), read then; 75.0%, 84.3%, 100%, 47.1%, 92.4%, none answered, at the end.
    // MiniSearch has the higher top-3 (85.0%), as at the start (85.0%).
    file: 'questions.blind92.jsonl',
    top1: 0.75,
    top3: 0.84,
    notCovered: 1,
    precision: 0.92,
    recall: 0.47,
    chatter: 0,
    behind: ['direct top-3'],
  },
  {
    // chatter137 (110, several teams): 1 at the start and after the second round ("…if I can do it with three 1:1s
    // a day, so can you 😅"), read then; 0 at the end.
    file: 'chatter.workplace137.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind93 (a company Slack: slash commands, mentions, DMs, managers, job-ad lines; 60 out of scope): 94.3%,
    // 97.9%, 96.7%, 78.6%, 97.3% at the start; 95.0%, 97.9%, 96.7%, 77.9%, 98.2% after the second round (unread)
    // and at the end.
    file: 'questions.blind93.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.77,
    chatter: 0,
  },
  {
    // chatter138 (110, hard: the two named in statements, plans, cheers): 2 at the start and after the second
    // round, read then; 0 at the end.
    file: 'chatter.workplace138.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.8,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind94 (learners, colleagues and hard paraphrases mixed; 60 out of scope): 79.3%, 87.9%, 88.3%, 60.7%,
    // 96.5% and three out-of-scope lines answered in a channel at the start and after the third round (unread),
    // read then; 79.3%, 87.9%, 91.7%, 60.7%, 96.5% and one answered at the end. MiniSearch had the higher top-3
    // (89.3%) until session 52.
    file: 'questions.blind94.jsonl',
    top1: 0.79,
    top3: 0.87,
    notCovered: 0.91,
    precision: 0.96,
    recall: 0.6,
    chatter: 1,
    // Session 52: ahead of MiniSearch on top-3 now; the allowance to be behind it is gone.
  },
  {
    // chatter139 (110): 1 at the start and after the third round (a job description's "'AWS certification
    // preferred'"), read then; 0 at the end.
    file: 'chatter.workplace139.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 51's development list, dev-in76 (which exam tests a topic, job titles and headlines, several asks, a
    // persona with no "I", idioms; 50 out of scope): 74.7%, 90.7%, 100%, 47.3%, 90.1% on the starting code, before it
    // was read; 80.0%, 95.3%, 100%, 48.0%, 90.3% at the end.
    file: 'questions.dev-in76.jsonl',
    top1: 0.8,
    top3: 0.95,
    notCovered: 1,
    precision: 0.9,
    recall: 0.48,
    chatter: 0,
  },
  {
    // chatter136 (150, its development chatter: DR drills, pipelines, titles, idioms): 0 at the start and the end.
    file: 'chatter.workplace136.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 52's held-out lists, each measured on the starting code (eval/baseline-*-session52-start-code.txt) and
    // at its round's end before it was read. blind95 (hard paraphrases: implied asks, stories before the ask,
    // claims, analogies; 60 out of scope): 88.1%, 93.8%, 98.3%, 61.9%, 98.0% at the start and after the first round;
    // 89.4%, 94.4% top-1 / top-3 at the end.
    file: 'questions.blind95.jsonl',
    top1: 0.89,
    top3: 0.94,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.61,
    chatter: 0,
  },
  {
    // chatter140 (110): 0 at the start, after the first round and at the end.
    file: 'chatter.workplace140.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind96 (learners on forums and Discord; 65 out of scope): 91.6%, 95.5%, 96.9%, 79.4%, 98.4% at the start and
    // after the first round; 92.9%, 96.1% top-1 / top-3 at the end.
    file: 'questions.blind96.jsonl',
    top1: 0.92,
    top3: 0.96,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.79,
    chatter: 0,
  },
  {
    // chatter141 (110, a team studying for AWS exams): 0 throughout.
    file: 'chatter.workplace141.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind97 (hard: claims to check, stories, asked for someone else; 50 out of scope): 87.3%, 92.0%, 98.0%, 66.7%,
    // 97.0% at the start; 88.7%, 92.7%, 98.0%, 67.3%, 97.0% and one out-of-scope line answered in a channel after
    // the second round (a price claim, "my mentor says SAA costs $150. is he right?"), read then; 90.7%, 96.0%,
    // 100%, 68.7%, 97.1% and none at the end.
    file: 'questions.blind97.jsonl',
    top1: 0.9,
    top3: 0.96,
    notCovered: 1,
    precision: 0.97,
    recall: 0.68,
    chatter: 0,
  },
  {
    // chatter143 (110, claims and hot takes between colleagues): 0 at the start, after the second round and at the
    // end.
    file: 'chatter.workplace143.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind98 (a company Slack: tags, DMs, managers, non-engineers; 50 out of scope): 96.7%, 98.7%, 100%, 78.7%,
    // 98.3% at the start; recall 79.3% after the second round; 97.3%, 99.3%, 100%, 79.3%, 99.2% at the end.
    file: 'questions.blind98.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 1,
    precision: 0.99,
    // Session 53: 0.79 → 0.78 ("@certpath prep for dva: focus on logging/monitoring and debugging?", posted in a
    // channel as the focus areas where the study tips were wanted, is now silent there: precision 99.2% → 100%).
    recall: 0.78,
    chatter: 0,
  },
  {
    // chatter144 (110): 0 throughout.
    file: 'chatter.workplace144.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind99 (mixed: forum learners, paraphrases avoiding the obvious words, money idioms; 50 out of scope): 90.0%,
    // 96.0%, 100%, 64.0%, 97.9% at the start, after the third round and at the end (measured after the second
    // round's changes and the third's, never read before the end).
    file: 'questions.blind99.jsonl',
    top1: 0.9,
    top3: 0.96,
    notCovered: 1,
    precision: 0.97,
    // Session 65: 0.64 → 0.63 (which languages the dev side needs, answered with the coding in a channel before, is
    // the skills asked directly and silent overheard).
    recall: 0.63,
    chatter: 0,
  },
  {
    // chatter145 (110): 0 throughout.
    file: 'chatter.workplace145.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 52's development list, dev-in77 (a story with out-of-scope words before an in-scope ask, asked for
    // someone else, which exam tests a topic, analogies, very short asks; 50 out of scope): 87.3%, 94.0%, 98.0%,
    // 68.7%, 97.1% and one out-of-scope channel answer (a passing-score question) on the starting code; 90.7%,
    // 97.3%, 98.0%, 70.0%, 97.1% at the end.
    file: 'questions.dev-in77.jsonl',
    top1: 0.9,
    // Session 66: 0.97 → 0.96 (a newcomer's steps asked in order after a bootcamp are the learning path's roadmap
    // now, a rarer term that weighs more in the question: the learning path, still first, explains too little of it
    // for a "did you mean", and it is "not covered").
    top3: 0.96,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.7,
    chatter: 1,
  },
  {
    // chatter142 (150, its development chatter: the two named in statements, cheers and plans): 0 at the start and
    // the end.
    file: 'chatter.workplace142.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.83,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind100 (hard paraphrases: stories before the ask, implied asks, claims, analogies, asked for someone else; 60
    // out of scope): 85.6%, 93.1%, 96.7%, 64.4%, 97.1% and one out-of-scope line answered in a channel at the start
    // and after the first round; 86.9%, 94.4%, 96.7%, 64.4%, 97.1% and the same one at the end.
    file: 'questions.blind100.jsonl',
    top1: 0.86,
    top3: 0.94,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.64,
    chatter: 1,
  },
  {
    // chatter146 (110, a software team's channel): 0 throughout.
    file: 'chatter.workplace146.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind101 (learners' posts on Reddit, Discord and forums; 65 out of scope): 92.3%, 96.8%, 98.5%, 83.2%, 97.7% and
    // one out-of-scope channel answer at the start; 92.3%, 96.8%, 98.5%, 83.9%, 96.9% and the same one after the
    // first round; 92.3%, 96.8%, 100%, 83.9%, 96.9% and none at the end (a sample-questions line, read then).
    file: 'questions.blind101.jsonl',
    top1: 0.92,
    top3: 0.96,
    notCovered: 1,
    precision: 0.96,
    recall: 0.83,
    chatter: 0,
  },
  {
    // chatter147 (110, a consultancy's cloud practice): 0 throughout.
    file: 'chatter.workplace147.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind102 (a company's internal Slack: colleagues, managers, new hires, claims heard; 55 out of scope): 91.7%,
    // 96.6%, 98.2%, 69.0%, 100% at the start and after the second round; 94.5%, 97.9%, 98.2%, 71.0%, 100% at the end.
    file: 'questions.blind102.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.98,
    precision: 1,
    recall: 0.71,
    chatter: 0,
  },
  {
    // chatter149 (110, a platform team): 0 throughout.
    file: 'chatter.workplace149.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind103 (mixed and hard: very short asks, long backgrounds, claims, analogies, non-native English; 55 out of
    // scope): 97.9%, 99.3%, 100%, 80.7%, 100% at the start; recall 81.4% after the third round; 98.6%, 99.3%, 100%,
    // 82.1%, 100% at the end.
    file: 'questions.blind103.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 1,
    precision: 1,
    recall: 0.82,
    chatter: 0,
  },
  {
    // chatter150 (110, a small startup): 0 throughout.
    file: 'chatter.workplace150.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind104 (everyday words that avoid the sections' titles; Slack, DMs and forums; 55 out of scope): 89.7%,
    // 94.5%, 100%, 63.4%, 98.9% at the start; 89.7%, 94.5%, 100%, 62.8%, 98.9% at the end, measured once all of
    // the session's changes had landed (one channel answer lost: "my teammate reckons debugging cloud apps is a
    // major theme in the developer exam but barely in the architect one. right?").
    file: 'questions.blind104.jsonl',
    top1: 0.89,
    top3: 0.94,
    notCovered: 1,
    precision: 0.98,
    recall: 0.62,
    chatter: 0,
  },
  {
    // chatter151 (110, a data and ML team): 0 at the start and the end.
    file: 'chatter.workplace151.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 53's development list, dev-in78 (analogies, a side dismissed on someone's behalf, job-ad words, "worth
    // it after", which exam tests a topic, very short asks; 50 out of scope): 90.7%, 96.0%, 98.0%, 70.0%, 95.2% on
    // the starting code; 92.7%, 97.3%, 98.0%, 71.3%, 97.2% at the end.
    file: 'questions.dev-in78.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.71,
    chatter: 0,
  },
  {
    // chatter148 (150, its development chatter: AWS services, architecture reviews, TLS certificates): 0 at the
    // start and the end.
    file: 'chatter.workplace148.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 54's held-out blind105 (220, hard paraphrases; 60 out of scope): 86.3%, 94.4%, 96.7%, 54.4%, 98.9%
    // (1 out-of-scope channel answer) at the start and after the first round; 86.3%, 94.4%, 98.3%, 54.4%, 98.9% (0)
    // at the end, read since.
    file: 'questions.blind105.jsonl',
    top1: 0.86,
    // Session 56: 0.94 → 0.93 (a runner-up the classifier finds far likelier is offered instead of the weaker one,
    // runner-ups.ts: line 39 lost its second pick; the right section among the three +127 over every list).
    top3: 0.93,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.54,
    chatter: 0,
  },
  {
    // chatter152 (110): 0 at the start and the end.
    file: 'chatter.workplace152.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind106 (220, learners on Reddit, Discord and forums; 65 out of scope): 95.5%, 97.4%, 95.4%, 83.2%, 98.4% (3 out-of-scope
    // channel answers) at the start and after the first round; 96.1%, 98.1%, 100%, 83.9%, 98.5% (0) at the end.
    file: 'questions.blind106.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 1,
    precision: 0.98,
    recall: 0.83,
    chatter: 0,
  },
  {
    // chatter153 (110): 0 at the start and the end.
    file: 'chatter.workplace153.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind107 (200, a company's internal Slack; 50 out of scope): 93.3%, 96.7%, 94.0%, 70.0%, 100% at the start and
    // after the second round; 94.7%, 97.3%, 94.0%, 70.0%, 100% at the end.
    file: 'questions.blind107.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.94,
    precision: 1,
    recall: 0.7,
    chatter: 0,
  },
  {
    // chatter155 (110): 0 at the start and the end.
    file: 'chatter.workplace155.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind108 (200, mixed and hard; 50 out of scope): 91.3%, 96.7%, 98.0%, 66.7%, 99.0% at the start; 92.0%, 97.3% after
    // the second round and at the end.
    file: 'questions.blind108.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.66,
    chatter: 0,
  },
  {
    // chatter156 (110): 0 at the start and the end.
    file: 'chatter.workplace156.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind109 (200, everyday words; 50 out of scope): 82.7%, 92.0%, 94.0%, 54.0%, 93.8% at the start; 83.3%, 92.7%, 94.0%,
    // 54.7%, 93.9% measured held out after the third round; 84.7%, 93.3%, 94.0%, 54.7%, 96.3% at the end, read since.
    file: 'questions.blind109.jsonl',
    top1: 0.84,
    // Session 56: 0.93 → 0.92 (the same: line 137 lost its second pick).
    top3: 0.92,
    notCovered: 0.94,
    precision: 0.96,
    recall: 0.54,
    chatter: 0,
  },
  {
    // chatter157 (110, a support and customer-success team): 0 at the start and the end.
    file: 'chatter.workplace157.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 54's development list, dev-in79 (a persona after the question, a side described by what it lacks, job-ad
    // words, "professional" said of a person, learning-path questions naming neither, asked for someone else; 50 out of
    // scope): 87.3%, 93.3%, 96.0%, 60.0%, 97.8% (1 out-of-scope channel answer) on the starting code; 90.0%, 94.7%, 98.0%,
    // 62.0%, 98.9% (0) at the end.
    file: 'questions.dev-in79.jsonl',
    top1: 0.9,
    top3: 0.94,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.62,
    chatter: 0,
  },
  {
    // chatter154 (150, its development chatter: job postings, professionals, beginners, paths in other senses): 0 at the
    // start and the end.
    file: 'chatter.workplace154.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind110 (220, hard paraphrases; 60 out of scope): 75.0%, 90.6%, 100%, 50.0%, 92.5% at the start and after
    // the first round; 75.6%, 91.3% at the end. Session 60 (everyday vocabulary): 77.5%, 91.3%, 100%, 51.9%, 92.8%.
    file: 'questions.blind110.jsonl',
    top1: 0.77,
    // Session 56: 0.91 → 0.9 (the same: line 69 lost its second pick); session 60: 0.91 again.
    top3: 0.91,
    notCovered: 1,
    precision: 0.92,
    recall: 0.51,
    chatter: 0,
  },
  {
    // chatter158 (110): 0 at the start and the end.
    file: 'chatter.workplace158.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind111 (220, learners on Reddit, Discord, forums and course boards; 65 out of scope): 93.5%, 96.1%, 98.5%,
    // 84.5%, 97.7% at the start, after the first round and at the end.
    file: 'questions.blind111.jsonl',
    top1: 0.93,
    top3: 0.96,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.84,
    chatter: 0,
    // Behind MiniSearch on top-3 (96.1% against its 96.8%), measured held out: the floor says so rather than hide it.
    behind: ['direct top-3'],
  },
  {
    // chatter159 (110): 0 at the start and the end.
    file: 'chatter.workplace159.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind112 (200, a company's internal Slack; 50 out of scope): 96.7%, 98.7%, 96.0%, 74.7%, 100% (2 out-of-scope
    // channel answers) at the start, after the first round and at the end.
    file: 'questions.blind112.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.96,
    precision: 1,
    recall: 0.74,
    chatter: 2,
  },
  {
    // chatter160 (110): 0 at the start and the end.
    file: 'chatter.workplace160.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind113 (200, everyday words and English as a second language; 50 out of scope): 76.7%, 88.0%, 94.0%, 59.3%,
    // 91.0% (1 out-of-scope channel answer) at the start; 76.7%, 88.0%, 94.0%, 58.7%, 90.9% (1) after the first round;
    // as at the start at the end.
    file: 'questions.blind113.jsonl',
    top1: 0.76,
    top3: 0.88,
    notCovered: 0.94,
    precision: 0.9,
    recall: 0.58,
    chatter: 1,
    // Behind MiniSearch on top-3 (88.0% against its 89.3%) when measured held out; ahead (90.0%) since session 56's
    // runner-ups (runner-ups.ts) offer the classifier's far likelier picks.
  },
  {
    // chatter161 (110): 0 at the start and the end.
    file: 'chatter.workplace161.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind114 (200, personas, claims, analogies, asked for others, headlines, one side named; 50 out of scope): 92.7%,
    // 96.7%, 94.0%, 72.7%, 98.2% (1 out-of-scope channel answer) at the start and after the first round; 93.3%, 97.3% at
    // the end.
    file: 'questions.blind114.jsonl',
    top1: 0.93,
    top3: 0.97,
    notCovered: 0.94,
    precision: 0.98,
    recall: 0.72,
    chatter: 1,
  },
  {
    // chatter162 (110): 0 at the start and the end.
    file: 'chatter.workplace162.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 55's development list, dev-in80 (a persona asking of one side, what to tell someone, analogies, levels in
    // plain words, second-hand claims, which exam has more of a topic, job titles; 50 out of scope): 86.7%, 93.3%, 98.0%,
    // 65.3%, 96.9% (1 out-of-scope channel answer) on the starting code; 86.7%, 93.3%, 100%, 65.3%, 96.9% (0) at the end
    // (88.0%, 94.7% while the undone bricklayer keywords stood).
    file: 'questions.dev-in80.jsonl',
    top1: 0.86,
    top3: 0.93,
    notCovered: 1,
    precision: 0.96,
    recall: 0.65,
    chatter: 0,
  },
  {
    // chatter163 (150, its development chatter): 0 at the start and the end.
    file: 'chatter.workplace163.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind115 (220, hard paraphrases; 60 out of scope): 79.4%, 89.4%, 100%, 50.0%, 91.3% at the start; 79.4%, 90.6%,
    // 100%, 50.0%, 91.3% at the end.
    file: 'questions.blind115.jsonl',
    top1: 0.79,
    top3: 0.9,
    notCovered: 1,
    precision: 0.91,
    recall: 0.5,
    chatter: 0,
  },
  {
    // chatter164 (110): 0 at the start and the end.
    file: 'chatter.workplace164.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind116 (220, learners' posts on Reddit, Discord and course boards; 65 out of scope): 96.1%, 98.7%, 96.9%,
    // 83.9%, 100% (1 out-of-scope channel answer) at the start; 96.1%, 98.7%, 98.5%, 83.9%, 100% at the end (one
    // out-of-scope line, read after the first round, not covered since).
    file: 'questions.blind116.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.98,
    precision: 1,
    recall: 0.83,
    chatter: 0,
  },
  {
    // chatter165 (110): 0 at the start and the end.
    file: 'chatter.workplace165.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind117 (200, a software company's internal Slack; 50 out of scope): 90.0%, 92.7%, 98.0%, 72.7%, 95.4% at the
    // start; 90.0%, 94.0%, 98.0%, 72.7%, 95.4% at the end.
    file: 'questions.blind117.jsonl',
    top1: 0.9,
    top3: 0.94,
    notCovered: 0.98,
    precision: 0.95,
    recall: 0.72,
    chatter: 0,
  },
  {
    // chatter166 (110): 0 at the start and the end.
    file: 'chatter.workplace166.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind118 (200, short mobile-typed asks, typos and exam codes; 50 out of scope): 93.3%, 98.0%, 94.0%, 86.0%, 97.7%
    // (2 out-of-scope channel answers) at the start; 93.3%, 98.0%, 98.0%, 86.0%, 97.7% at the end (two out-of-scope
    // lines, read after the first round, not covered since).
    file: 'questions.blind118.jsonl',
    top1: 0.93,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.97,
    recall: 0.86,
    chatter: 0,
  },
  {
    // chatter167 (110): 0 at the start and the end.
    file: 'chatter.workplace167.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind119 (200, everyday words and English as a second language; 50 out of scope): 83.3%, 91.3%, 92.0%, 66.0%,
    // 93.9% (2 out-of-scope channel answers) at the start; 83.3%, 92.7%, 94.0%, 66.0%, 93.9% (1) at the end (two
    // out-of-scope lines, read after the first round, not covered since).
    file: 'questions.blind119.jsonl',
    top1: 0.83,
    top3: 0.92,
    notCovered: 0.94,
    precision: 0.93,
    recall: 0.66,
    chatter: 1,
  },
  {
    // chatter168 (110): 0 at the start and the end.
    file: 'chatter.workplace168.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 56's development list, dev-in81 (a persona asking of one side, what to tell someone, analogies, levels
    // and order in plain words, second-hand claims, everyday phrases that look like logistics; 50 out of scope): 70.7%,
    // 86.7%, 98.0%, 54.0%, 84.0% at the start; 70.7%, 87.3%, 98.0%, 54.0%, 84.0% at the end.
    file: 'questions.dev-in81.jsonl',
    top1: 0.7,
    top3: 0.87,
    notCovered: 0.98,
    precision: 0.83,
    recall: 0.54,
    chatter: 0,
  },
  {
    // chatter169 (150, its development chatter): 0 at the start and the end.
    file: 'chatter.workplace169.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind120 (220, hard paraphrases; 60 out of scope): 74.4%, 88.1%, 95.0%, 40.0%, 90.6% (1 out-of-scope channel
    // answer) at the start and at the end.
    file: 'questions.blind120.jsonl',
    top1: 0.74,
    top3: 0.88,
    notCovered: 0.95,
    precision: 0.9,
    recall: 0.4,
    chatter: 1,
  },
  {
    // chatter170 (110): 0 at the start and the end.
    file: 'chatter.workplace170.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind121 (220, learners' forum posts; 65 out of scope): 94.2%, 97.4%, 96.9%, 71.0%, 100% (1 out-of-scope channel
    // answer) at the start; 94.8%, 97.4%, 96.9%, 71.0%, 100% (1) at the end.
    file: 'questions.blind121.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 0.96,
    precision: 1,
    recall: 0.7,
    chatter: 1,
  },
  {
    // chatter171 (110): 0 at the start and the end.
    file: 'chatter.workplace171.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind122 (200, managers and colleagues in a company's Slack; 50 out of scope): 93.3%, 96.0%, 94.0%, 76.0%, 98.2%
    // (1 out-of-scope channel answer) at the start; 94.0%, 96.7%, 94.0%, 76.0%, 98.2% (1) at the end. MiniSearch
    // offers the right section among its three on one line more (97.3%) at both measurements.
    file: 'questions.blind122.jsonl',
    top1: 0.94,
    top3: 0.96,
    notCovered: 0.94,
    precision: 0.98,
    recall: 0.76,
    chatter: 1,
    behind: ['direct top-3'],
  },
  {
    // chatter172 (110, certificates, architects and exams in other senses): 0 at the start and the end.
    file: 'chatter.workplace172.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind123 (200, short mobile-typed asks, heavy typos and abbreviations; 50 out of scope): 92.7%, 98.0%, 96.0%,
    // 83.3%, 98.4% at the start and at the end. Session 67: recall one step down (0.83 → 0.82), a right channel
    // answer withheld when "lvl" became the levels' word (a terse "coding lvl" of the two now names a second topic).
    file: 'questions.blind123.jsonl',
    top1: 0.92,
    top3: 0.98,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.82,
    chatter: 0,
  },
  {
    // chatter173 (110, short): 0 at the start and the end.
    file: 'chatter.workplace173.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind124 (200, everyday words and English as a second language; 50 out of scope): 92.0%, 99.3%, 92.0%, 75.3%,
    // 95.6% (1 out-of-scope channel answer) at the start and at the end.
    file: 'questions.blind124.jsonl',
    top1: 0.92,
    top3: 0.99,
    notCovered: 0.92,
    precision: 0.95,
    recall: 0.75,
    chatter: 1,
  },
  {
    // chatter174 (110): 0 at the start and the end.
    file: 'chatter.workplace174.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 57's development list, dev-in82 (neighbouring sections: summaries checked, levels for beginners, where to
    // start, one side for a persona, analogies, claims, order, coding, jobs; 50 out of scope): 90.0%, 98.0%, 100%,
    // 70.7%, 98.1% at the start; 90.7%, 98.0%, 100%, 70.7%, 98.1% at the end.
    file: 'questions.dev-in82.jsonl',
    top1: 0.9,
    top3: 0.98,
    notCovered: 1,
    precision: 0.98,
    recall: 0.7,
    chatter: 0,
  },
  {
    // chatter175 (150, its development chatter): 0 at the start and the end.
    file: 'chatter.workplace175.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 58's held-out lists, measured on the starting code before they were read (no answer changed this
    // session). blind125 (220, hard paraphrases in words the guide does not use; 60 out of scope): 74.4%, 85.0%,
    // 95.0%, 44.4%, 95.8% (1 out-of-scope channel answer); level with MiniSearch on top-3 (85.0% each). Session 60
    // (everyday vocabulary from its development lists): 75.6%, 85.6% (ahead), 95.0%, 45.0%, 97.2%.
    file: 'questions.blind125.jsonl',
    top1: 0.75,
    top3: 0.85,
    notCovered: 0.95,
    precision: 0.97,
    recall: 0.45,
    chatter: 1,
  },
  {
    // chatter176 (110): 0 at the start.
    file: 'chatter.workplace176.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind126 (220, learners' forum posts; 65 out of scope): 92.3%, 96.8%, 95.4%, 76.8%, 97.5% (1).
    file: 'questions.blind126.jsonl',
    top1: 0.92,
    top3: 0.96,
    notCovered: 0.95,
    precision: 0.97,
    recall: 0.76,
    chatter: 1,
  },
  {
    // chatter177 (110): 0 at the start.
    file: 'chatter.workplace177.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind127 (200, colleagues, leads and managers in a company's Slack; 50 out of scope): 93.3%, 97.3%, 98.0%,
    // 71.3%, 100%.
    file: 'questions.blind127.jsonl',
    top1: 0.93,
    top3: 0.97,
    notCovered: 0.98,
    precision: 1,
    recall: 0.71,
    chatter: 0,
  },
  {
    // chatter178 (110, certificates, architecture reviews, onboarding and exams in other senses): 0 at the start.
    file: 'chatter.workplace178.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 58's development list, dev-in83 (neighbouring sections: levels and where to start, one side for a
    // persona, overview and choose, difficulty and depth, jobs and careers, focus areas and services; 50 out of
    // scope): 90.0%, 96.7%, 100%, 65.3%, 98.0%.
    file: 'questions.dev-in83.jsonl',
    top1: 0.9,
    top3: 0.96,
    notCovered: 1,
    precision: 0.97,
    recall: 0.65,
    chatter: 0,
  },
  {
    // chatter179 (150, its development chatter): 0 at the start.
    file: 'chatter.workplace179.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 59's held-out lists, measured on the starting code before they were read. blind128 (220, English
    // written by people whose first language is another one; 60 out of scope): 94.4%, 95.6%, 91.7%, 76.9%, 95.9%
    // (2 out-of-scope channel answers).
    file: 'questions.blind128.jsonl',
    top1: 0.94,
    top3: 0.95,
    notCovered: 0.91,
    precision: 0.95,
    recall: 0.76,
    chatter: 2,
  },
  {
    // chatter180 (110, some of it written in a second language): 0 at the start.
    file: 'chatter.workplace180.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind129 (220, terse asks of one to seven words; 60 out of scope): 95.0%, 98.1%, 95.0%, 81.3%, 98.5%.
    file: 'questions.blind129.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.95,
    precision: 0.98,
    recall: 0.81,
    chatter: 0,
  },
  {
    // chatter181 (110, mostly short messages): 0 at the start.
    file: 'chatter.workplace181.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind130 (200, forum posts with a title and a background; 50 out of scope): 93.3%, 98.0%, 98.0%, 79.3%,
    // 99.2% (1).
    file: 'questions.blind130.jsonl',
    top1: 0.93,
    top3: 0.98,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.79,
    chatter: 1,
  },
  {
    // chatter182 (110, training budgets, courses, conferences, TLS certificates, school exams and driving tests): 0
    // at the start.
    file: 'chatter.workplace182.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 59's development list, dev-in84 (mixed voices, and questions between two neighbouring sections; 50 out
    // of scope): 95.3%, 100%, 98.0%, 74.7%, 99.1%. Session 62: 98.2% precision, one wrong channel answer more — "quick
    // sanity check" no longer counts as words the guide never uses, and a question answered wrongly when asked
    // directly was then answered so in a channel too.
    file: 'questions.dev-in84.jsonl',
    top1: 0.95,
    top3: 1,
    notCovered: 0.98,
    precision: 0.98,
    recall: 0.74,
    chatter: 0,
  },
  {
    // chatter183 (150, its development chatter): 0 at the start.
    file: 'chatter.workplace183.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind131 (220, hard paraphrases in everyday words; 60 out of scope): 81.3%, 91.9%, 93.3%, 53.8%, 96.5% at the
    // start; 81.9%, 91.9%, 93.3%, 54.4%, 96.6% and one out-of-scope channel answer after session 60's first round of
    // vocabulary; 82.5% top-1 after its second.
    file: 'questions.blind131.jsonl',
    top1: 0.82,
    top3: 0.91,
    notCovered: 0.93,
    precision: 0.96,
    recall: 0.54,
    chatter: 1,
  },
  {
    // chatter184 (110, AWS and infrastructure talk, hiring, other exams, training budgets): 0 at the start and after.
    file: 'chatter.workplace184.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind132 (200, spoken and run-on messages, the ask buried in filler; 50 out of scope): 91.3%, 94.7%, 96.0%,
    // 60.0%, 97.8% (1), at the start and after.
    file: 'questions.blind132.jsonl',
    top1: 0.91,
    top3: 0.94,
    notCovered: 0.96,
    precision: 0.97,
    recall: 0.6,
    chatter: 1,
  },
  {
    // chatter185 (110, the same spoken style): 0 at the start and after.
    file: 'chatter.workplace185.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.94,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 60's development lists. dev-in85 (hard paraphrases in everyday words; 60 out of scope): 80.0%, 91.3%,
    // 88.3%, 55.6%, 96.6% (1) at the start; 86.3%, 93.8%, 93.3%, 58.1%, 96.8% after its misses were read.
    file: 'questions.dev-in85.jsonl',
    top1: 0.86,
    top3: 0.93,
    notCovered: 0.93,
    precision: 0.96,
    recall: 0.58,
    chatter: 0,
  },
  {
    // chatter186 (110, a cloud team's incidents, reviews and other certifications): 0 at the start and after.
    file: 'chatter.workplace186.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // dev-in86 (learners' posts in their own words; 60 out of scope): 78.1%, 89.4%, 96.7%, 46.3%, 87.8% (2) at the
    // start; 81.9%, 90.0%, 96.7%, 46.3%, 89.2% (2) after.
    file: 'questions.dev-in86.jsonl',
    top1: 0.81,
    top3: 0.9,
    notCovered: 0.96,
    precision: 0.89,
    recall: 0.46,
    chatter: 2,
  },
  {
    // chatter187 (110, question-shaped chatter in a general engineering channel): 0 at the start and after.
    file: 'chatter.workplace187.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // dev-in87 (hard paraphrases: one certification named in passing, a claim then "is that right?"; 60 out of scope),
    // written for the second round and measured on the first round's code: 58.8%, 76.3%, 86.7%, 40.0%, 90.6% (1);
    // 65.6%, 82.5%, 91.7%, 42.5%, 91.2% after.
    file: 'questions.dev-in87.jsonl',
    top1: 0.65,
    top3: 0.82,
    notCovered: 0.91,
    precision: 0.91,
    recall: 0.42,
    chatter: 0,
  },
  {
    // chatter188 (110, work talk in the idioms the vocabulary learned: heavy lifting, the long game…): 0 before and after.
    file: 'chatter.workplace188.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // dev-in88 (colleagues in a company Slack, in their own words; 60 out of scope): 88.8%, 94.4%, 96.7%, 50.6%, 96.3%
    // (1) on the first round's code; 90.0%, 95.0%, 96.7%, 51.9%, 96.4% (1) after.
    file: 'questions.dev-in88.jsonl',
    top1: 0.9,
    top3: 0.95,
    notCovered: 0.96,
    precision: 0.96,
    recall: 0.51,
    chatter: 1,
  },
  {
    // chatter189 (110, the same company Slack: training plans, other certifications, promotions): 0 before and after.
    file: 'chatter.workplace189.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.86,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 61's held-out lists, measured at the start and after (no answer of theirs moved). blind133 (200 forum
    // posts with background, one certification named, a friend's claim checked; 2 already in eval/ dropped; 48 out
    // of scope): 94.0%, 98.7%, 95.8%, 79.3%, 99.2%.
    file: 'questions.blind133.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.95,
    precision: 0.99,
    recall: 0.79,
    chatter: 0,
  },
  {
    // chatter190 (101: infrastructure talk, reviews, hiring, socials, certifications in passing): 0 at the start and after.
    file: 'chatter.workplace190.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // blind134 (terse Slack asks; 44 of 200 already in eval/ dropped; 37 out of scope): 95.0% (113 of 119), 98.3%,
    // 86.5%, 84.0%, 96.0% (4 out-of-scope messages answered in a channel), at the start and after.
    file: 'questions.blind134.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.86,
    precision: 0.96,
    recall: 0.84,
    chatter: 4,
  },
  {
    // chatter191 (110 questions to colleagues in the guide's words: architects, exams, skills, paths): one answered
    // in a channel at the start and after.
    file: 'chatter.workplace191.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.9,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 61's development lists. dev-in89 (an aside first — a claim heard, a booking, a price — then the real
    // ask; 60 out of scope): 90.0%, 91.9%, 98.3%, 71.9%, 100% (1) at the start, behind MiniSearch on top-3 (96.3%);
    // 92.5%, 94.4% after the clause that asks was read alone; 95.6%, 97.5%, 98.3%, 73.8%, 100% (1) after whom a claim
    // is heard from ("my study buddy reckons…") stopped counting as a topic the guide leaves out: ahead now.
    file: 'questions.dev-in89.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.98,
    precision: 0.99,
    recall: 0.73,
    chatter: 1,
  },
  {
    // dev-in90 (one certification named in passing, the other asked about; 40 out of scope): 86.7%, 95.6%, 95.0%,
    // 86.7%, 92.9% at the start; 90.0%, 97.2%, 95.0%, 88.3%, 95.6% after a side held was read as who holds what.
    file: 'questions.dev-in90.jsonl',
    top1: 0.9,
    top3: 0.97,
    notCovered: 0.95,
    precision: 0.95,
    recall: 0.88,
    chatter: 0,
  },
  {
    // chatter192 (107: certification logistics, congratulations, study groups, with SAA and DVA named): one answered
    // in a channel at the start ("associate cert club t-shirts?" with the overview); 0 after the default section
    // was kept from answering the level and a credential word beside other words.
    file: 'chatter.workplace192.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.86,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 62's held-out lists, measured at the start and after (no top-1 of theirs moved). blind135 (200 forum
    // posts: situation, then the ask; 6 already in eval/ dropped; 50 out of scope): 97.9%, 99.3%, 100%, 86.8%, 98.4%.
    file: 'questions.blind135.jsonl',
    top1: 0.97,
    top3: 0.99,
    notCovered: 1,
    precision: 0.98,
    recall: 0.86,
    chatter: 0,
  },
  {
    // blind136 (180 indirect paraphrases a tester writes; 15 already in eval/ dropped; 33 out of scope): 94.7%,
    // 97.7%, 100%, 75.8%, 99.0%, at the start and after.
    file: 'questions.blind136.jsonl',
    top1: 0.94,
    top3: 0.97,
    notCovered: 1,
    precision: 0.99,
    recall: 0.75,
    chatter: 0,
  },
  {
    // chatter193 (110: deploys and incidents on AWS services, design reviews, hiring, titles): 0 at the start and after.
    file: 'chatter.workplace193.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter194 (100 colleagues' questions in the guide's vocabulary about other things): 0 at the start and after.
    file: 'chatter.workplace194.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.85,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 62's development lists. dev-in91 (references: "the former", "the second one", "it", possessives; 39 out
    // of scope): 91.1%, 97.2%, 92.3%, 78.9%, 94.4% (1) at the start; 94.4%, 98.3%, 92.3%, 82.2%, 96.6% (1) after a side
    // pointed at by its place read as that side and the other rules of the session.
    file: 'questions.dev-in91.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.92,
    precision: 0.96,
    recall: 0.82,
    chatter: 1,
  },
  {
    // dev-in92 (asks overheard in a team channel, put to colleagues; 38 out of scope): 93.8%, 98.3%, 97.4%, 74.7%,
    // 97.0% at the start; 95.5%, 99.4%, 97.4%, 76.4%, 97.1% after.
    file: 'questions.dev-in92.jsonl',
    top1: 0.95,
    top3: 0.99,
    notCovered: 0.97,
    precision: 0.97,
    recall: 0.76,
    chatter: 0,
  },
  {
    // chatter195 (110: certification progress, vouchers, exam-day stories, other exams): 0 at the start and after.
    file: 'chatter.workplace195.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.93,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 63's held-out pairs, measured at the start and not read. blind137 (study-group posts after a setback or
    // with a doubt; 14 already in eval/ dropped; 38 out of scope): 91.8%, 95.9%, 100%, 78.1%, 97.4%, at the start and
    // after.
    file: 'questions.blind137.jsonl',
    top1: 0.91,
    top3: 0.95,
    notCovered: 1,
    precision: 0.97,
    // Session 66: 0.78 → 0.77 (a wrong section one of its lines was answered with in a channel is withheld now:
    // fewer answered, none of them right).
    recall: 0.77,
    chatter: 0,
  },
  {
    // blind138 (terse asks typed fast; 54 already in eval/ dropped; 21 out of scope): 90.7%, 96.9%, 90.5%, 78.4%,
    // 92.1% with one out-of-scope channel answer, at the start and after.
    file: 'questions.blind138.jsonl',
    top1: 0.9,
    top3: 0.96,
    notCovered: 0.9,
    precision: 0.92,
    recall: 0.78,
    chatter: 1,
  },
  {
    // chatter196 (108: architecture and code reviews, on-call handovers, cost reports, roles, onboarding): 0 at the
    // start and after.
    file: 'chatter.workplace196.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter197 (100 questions to colleagues about other things: deploys, other exams, "which one" of laptops,
    // "the difference between" SQS and SNS): 0 at the start and after.
    file: 'chatter.workplace197.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 63's development lists. dev-in93 (asks from someone holding one of the two: is the other worth adding,
    // why an exam is hard; 39 out of scope): 84.4%, 93.9%, 94.9%, 78.8%, 95.0% at the start; 84.9%, 93.9%, 94.9%,
    // 79.3%, 95.1% after (one side asked how it differs from the one held).
    file: 'questions.dev-in93.jsonl',
    top1: 0.84,
    top3: 0.93,
    notCovered: 0.94,
    precision: 0.95,
    recall: 0.79,
    chatter: 0,
  },
  {
    // dev-in94 (personas and backgrounds around the ask, headline titles, two asks at once; 40 out of scope): 95.0%,
    // 98.3%, 97.5%, 73.3%, 99.2% at the start; 95.6%, 98.9%, 97.5%, 74.4%, 99.3% after.
    file: 'questions.dev-in94.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.99,
    recall: 0.73,
    chatter: 0,
  },
  {
    // chatter198 (109: people's own certification journeys — congratulations, exam-day stories, vouchers, study-group
    // scheduling): 1 at the start ("is the study group still on…?" got the study tips), 0 after.
    file: 'chatter.workplace198.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.72,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 64's held-out pairs, measured at the start and not read. blind139 (hard paraphrases in everyday words:
    // idioms, metaphors, claims to check; 15 already in eval/ dropped; 51 out of scope): 71.4%, 85.7%, 94.1%, 51.3%,
    // 92.4%, at the start and after.
    file: 'questions.blind139.jsonl',
    top1: 0.71,
    top3: 0.85,
    notCovered: 0.94,
    precision: 0.92,
    recall: 0.51,
    chatter: 0,
  },
  {
    // blind140 (learners' forum posts, a title and a few lines of body; 11 already in eval/ dropped; 54 out of scope):
    // 95.5%, 99.3%, 100%, 85.1%, 98.2%, at the start and after.
    file: 'questions.blind140.jsonl',
    top1: 0.95,
    top3: 0.99,
    notCovered: 1,
    precision: 0.98,
    recall: 0.85,
    chatter: 0,
  },
  {
    // chatter199 (108: the guide's words in other senses — compliance certification, certified builds, architecture
    // decisions, career levels, skill matrices): 0 at the start and after.
    file: 'chatter.workplace199.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.91,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter200 (97 questions to colleagues about services and roles: who owns the API gateway, interview loops for
    // an architect role): 1 at the start and after (not read).
    file: 'chatter.workplace200.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.85,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 64's development lists. dev-in95 (metaphors, claims to check, asks that avoid every title word; 36 out of
    // scope): 80.5%, 90.9%, 94.4%, 49.4%, 92.6% at the start; 81.1%, 91.5%, 94.4%, 50.0%, 92.7% after ("each side").
    file: 'questions.dev-in95.jsonl',
    top1: 0.81,
    top3: 0.91,
    notCovered: 0.94,
    precision: 0.92,
    // Session 65: 0.5 → 0.48 (two language questions, answered with the coding in a channel before — labelled
    // skills — are the skills asked directly and silent overheard).
    recall: 0.48,
    chatter: 0,
  },
  {
    // dev-in96 (one side asked about, the second worth adding, why an exam is hard; 29 out of scope): 93.1%, 98.8%,
    // 96.6%, 90.6%, 95.9% at the start; 94.4%, 99.4%, 96.6%, 91.3%, 96.6% after (the second added to the one held).
    file: 'questions.dev-in96.jsonl',
    top1: 0.94,
    top3: 0.99,
    notCovered: 0.96,
    precision: 0.96,
    recall: 0.91,
    chatter: 0,
  },
  {
    // chatter201 (109: colleagues' own plans, shared notes, reactions, complaints, study sessions): 2 at the start (a
    // feeling about an exam asked as "is it weird that I…", a complaint asked as "why is every…"), 0 after.
    file: 'chatter.workplace201.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.66,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 65's held-out pairs, measured at the start and not read. blind141 (questions typed in non-native or
    // phone English: broken grammar, abbreviations; 1 already in eval/ dropped; 59 out of scope): 90.7%, 99.3%, 96.6%,
    // 68.7%, 96.1%, at the start and after; one out-of-scope line answered in a channel at both. MiniSearch, which
    // always answers, is ahead on direct top-1 (92.0%) at both measurements.
    file: 'questions.blind141.jsonl',
    top1: 0.9,
    top3: 0.99,
    notCovered: 0.96,
    // Session 70: 0.96 → 0.95: one more channel answer posted, a wrong one (a plain pick between the two by name is
    // posted though the classifier doubts it; held out, the line not read).
    precision: 0.95,
    recall: 0.68,
    chatter: 1,
    behind: ['direct top-1'],
  },
  {
    // blind142 (very short queries, one to seven words; 78 already in eval/ dropped; 43 out of scope): 96.7%, 100%,
    // 97.7%, 86.8%, 98.7% at the start; 97.8%, 100%, 97.7%, 87.9%, 98.8% after.
    file: 'questions.blind142.jsonl',
    top1: 0.97,
    top3: 1,
    notCovered: 0.97,
    precision: 0.98,
    recall: 0.87,
    chatter: 0,
  },
  {
    // chatter202 (108: other exams and certifications — CKA, AZ-104, Terraform, CISSP, a colleague's Cloud
    // Practitioner, Professional exams being booked): 0 at the start and after.
    file: 'chatter.workplace202.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter203 (90: study-group banter among people taking the two exams — reactions, progress, questions to a named
    // colleague): 0 at the start and after.
    file: 'chatter.workplace203.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.74,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 65's development lists. dev-in97 (metaphors, claims to check, why an exam is hard, programming languages;
    // 36 out of scope): 79.5%, 89.7%, 100%, 61.5%, 90.6% at the start; 84.0%, 91.7%, 100%, 61.5%, 94.8% after.
    file: 'questions.dev-in97.jsonl',
    top1: 0.83,
    top3: 0.91,
    notCovered: 1,
    precision: 0.94,
    recall: 0.61,
    chatter: 0,
  },
  {
    // dev-in98 (very short queries, then non-native and phone English; 51 out of scope): 97.5%, 99.2%, 96.1%, 75.4%,
    // 97.8% at the start; 98.3%, 99.2%, 96.1%, 75.4%, 98.9% after.
    file: 'questions.dev-in98.jsonl',
    top1: 0.98,
    top3: 0.99,
    notCovered: 0.96,
    precision: 0.98,
    recall: 0.75,
    chatter: 0,
  },
  {
    // dev-in99 (non-native English of several kinds, with phone abbreviations; 60 out of scope; written mid-round, its
    // baseline on the start code): 93.7%, 98.7%, 91.7%, 75.3%, 96.6% at the start; 94.9%, 98.7%, 93.3%, 75.9%, 97.5%
    // after; one out-of-scope line answered in a channel at the end (two at the start).
    file: 'questions.dev-in99.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.93,
    precision: 0.97,
    recall: 0.75,
    chatter: 1,
  },
  {
    // chatter204 (105: other certifications, colleagues studying who address each other, engineering talk in the
    // guide's words): 0 at the start and after.
    file: 'chatter.workplace204.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 66's held-out pairs, measured at the start and not read (blind143's eight misses were printed once
    // with its baseline; nothing was taken from them). blind143 (learners' forum, Discord and comment posts, a title
    // and a line of context; 25 already in eval/ dropped; 50 out of scope): 96.3%, 99.3%, 94.0%, 79.3%, 97.2% at the
    // start; 97.0%, 100%, 94.0%, 80.0%, 97.2% after; one out-of-scope line answered in a channel at both.
    file: 'questions.blind143.jsonl',
    top1: 0.97,
    top3: 1,
    notCovered: 0.94,
    precision: 0.97,
    recall: 0.8,
    chatter: 1,
  },
  {
    // blind144 (asked at work on someone's behalf — a manager, a team lead, HR, a recruiter; 18 already in eval/
    // dropped; 44 out of scope): 96.1%, 98.4%, 93.2%, 84.4%, 100% at the start; 96.1%, 98.4%, 93.2%, 85.2%, 100% after.
    file: 'questions.blind144.jsonl',
    top1: 0.96,
    top3: 0.98,
    notCovered: 0.93,
    precision: 1,
    recall: 0.85,
    chatter: 0,
  },
  {
    // chatter205 (108: work talk in the guide's words — architecture reviews, on-call, hiring, congratulations):
    // 0 at the start and after.
    file: 'chatter.workplace205.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.97,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter206 (98: news and celebrations, study links shared without a question, other clouds' certifications,
    // questions about other things): 0 at the start and after.
    file: 'chatter.workplace206.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.92,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 66's development lists. dev-in100 (why an exam is hard, which certification fits a job title, metaphors;
    // 41 already in eval/ dropped; 34 out of scope): 89.6%, 96.3%, 100%, 73.3%, 96.0% at the start and after.
    file: 'questions.dev-in100.jsonl',
    top1: 0.89,
    top3: 0.96,
    notCovered: 1,
    precision: 0.95,
    // Session 70: 0.73 → 0.72: one right channel answer fell silent (what makes the dev exam rough, with the
    // exam's questions named: the classifier now reads the quality, and the lead went to difficulty at less confidence).
    recall: 0.72,
    chatter: 0,
  },
  {
    // dev-in101 (typed in a hurry: misspelt names, shorthand, two questions in one, greetings; 50 out of scope):
    // 95.2%, 98.0%, 98.0%, 72.8%, 100% at the start; 95.9%, 98.0%, 98.0%, 73.5%, 100% after. MiniSearch ties it on
    // direct top-3 (98.0%) at both measurements.
    file: 'questions.dev-in101.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.98,
    precision: 1,
    recall: 0.73,
    chatter: 0,
    behind: ['direct top-3'],
  },
  {
    // Session 67's held-out pairs, measured at the start and not read (printing blind146's baseline showed one of its
    // out-of-scope misses once; nothing was taken from it). blind145 (everyday words from people outside cloud and exam
    // vocabulary; 7 already in eval/ dropped; 47 out of scope): 83.9%, 92.7%, 89.4%, 50.4%, 95.7% with one
    // out-of-scope line answered in a channel, at the start and after.
    file: 'questions.blind145.jsonl',
    top1: 0.83,
    top3: 0.92,
    notCovered: 0.89,
    precision: 0.95,
    recall: 0.5,
    chatter: 1,
  },
  {
    // blind146 (claims and rumours heard, asked to be checked; 46 out of scope, phrased as claims too): 80.1%, 89.7%,
    // 87.0%, 57.4%, 97.4% with three out-of-scope lines answered in a channel, at the start and after. MiniSearch is
    // ahead on direct top-3 (90.4%) at both.
    file: 'questions.blind146.jsonl',
    top1: 0.8,
    top3: 0.89,
    notCovered: 0.86,
    // Session 69: 0.97 → 0.98, and recall 0.57 → 0.56: a wrong channel answer fell silent when one side's whole
    // definition stopped counting in full in the overview (recall counts every channel answer, right or wrong).
    precision: 0.98,
    recall: 0.56,
    chatter: 3,
    behind: ['direct top-3'],
  },
  {
    // chatter207 (105: engineering work talk in the guide's words — incidents, reviews, planning, hiring for other
    // roles, internal training; 5 already in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace207.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter208 (81: other certifications and exams, AWS events, billing and outages, service questions for work,
    // celebrations; 20 already in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace208.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 67's development lists. dev-in102 (plain words from outside tech — a recruiter, a parent, a retraining
    // accountant; 12 already in eval/ dropped; 34 out of scope): 81.0%, 93.9%, 100%, 45.6%, 97.0% at the start;
    // 83.7%, 93.9%, 100%, 47.6%, 98.6% after.
    file: 'questions.dev-in102.jsonl',
    top1: 0.83,
    top3: 0.93,
    notCovered: 1,
    precision: 0.98,
    recall: 0.47,
    chatter: 0,
  },
  {
    // dev-in103 (claims to check, why an exam is hard with the hard part named, what a holder can be expected to do;
    // 26 already in eval/ dropped; 33 out of scope): 90.2%, 96.2%, 93.9%, 75.0%, 97.0% at the start; 91.7%, 97.0%,
    // 93.9%, 76.5%, 97.0% after; one out-of-scope line answered in a channel at both.
    file: 'questions.dev-in103.jsonl',
    top1: 0.91,
    top3: 0.96,
    notCovered: 0.93,
    precision: 0.97,
    recall: 0.76,
    chatter: 1,
  },
  {
    // Session 68's held-out pairs, measured at the start and not read. blind147 (either/or and yes/no checks, the sides
    // named by what they do; 6 already in eval/ dropped; 44 out of scope): 94.8%, 98.5%, 95.5%, 73.3%, 100% with one
    // out-of-scope line answered in a channel at the start; the same after but recall 74.1% (one more right channel
    // answer, from the pair overheard at the "best" band).
    file: 'questions.blind147.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.95,
    precision: 1,
    recall: 0.74,
    chatter: 1,
  },
  {
    // blind148 (a job or situation stated in a few words, then a question on any topic; 45 out of scope): 91.9%,
    // 97.8%, 95.6%, 68.1%, 97.8% at the start; the same after but recall 69.6% and precision 97.9% (two more right
    // channel answers, from the pair overheard).
    file: 'questions.blind148.jsonl',
    top1: 0.91,
    top3: 0.97,
    notCovered: 0.95,
    precision: 0.97,
    recall: 0.69,
    chatter: 0,
  },
  {
    // chatter209 (104: roles and teams at work — design reviews, promotions, pay talk, training budgets, job posts for
    // other roles; 1 already in eval/ dropped): 0 at the start and after (two lines asked directly get a section).
    file: 'chatter.workplace209.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter210 (88: a mixed channel — lunch, links, other bots' commands, AWS services at work, other exams; 12
    // already in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace210.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 1,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 68's development lists. dev-in104 (the levels in everyday words, why an exam is hard with the hard part
    // named, skills in plain words, pay in slang; 19 already in eval/ dropped; 30 out of scope): 91.7%, 95.9%, 100%,
    // 76.9%, 96.8% at the start; 92.6%, 95.9%, 100%, 77.7%, 96.8% after.
    file: 'questions.dev-in104.jsonl',
    top1: 0.92,
    top3: 0.95,
    notCovered: 1,
    precision: 0.96,
    recall: 0.77,
    chatter: 0,
  },
  {
    // dev-in105 (a paragraph of background, then a question on any topic; 35 out of scope): 94.1%, 98.5%, 97.1%,
    // 83.7%, 97.3% at the start; 95.6%, 98.5%, 97.1%, 83.7%, 98.2% after; one out-of-scope line answered in a
    // channel at both.
    file: 'questions.dev-in105.jsonl',
    top1: 0.95,
    top3: 0.98,
    notCovered: 0.97,
    precision: 0.98,
    recall: 0.83,
    chatter: 1,
  },
  {
    // Session 69's held-out pairs, measured at the start and not read. blind149 (replies in a thread, leaning on what
    // someone else said; 1 already in eval/ dropped; 39 out of scope): 95.9%, 97.2%, 100%, 77.2%, 100% at the start
    // and after.
    file: 'questions.blind149.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 1,
    precision: 1,
    recall: 0.77,
    chatter: 0,
  },
  {
    // blind150 (negation, exclusion and hypotheticals; 1 already in eval/ dropped; 40 out of scope): 92.1%, 97.1%,
    // 97.5%, 74.8%, 97.1% with one out-of-scope line answered in a channel, at the start and after.
    file: 'questions.blind150.jsonl',
    top1: 0.92,
    top3: 0.97,
    notCovered: 0.97,
    precision: 0.97,
    recall: 0.74,
    chatter: 1,
  },
  {
    // chatter211 (108: the guide's words in other senses — architecture reviews, the developer on call, "associate" as
    // a title, other exams passed; 2 already in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace211.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.99,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter212 (96: a mixed company Slack, many lines with negations or questions, AWS services at work; 4 already
    // in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace212.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 69's development lists. dev-in106 (the levels without general words, why an exam is hard with the hard
    // part named; 17 already in eval/ dropped; 30 out of scope): 81.3%, 96.7%, 96.7%, 72.4%, 91.0% at the start
    // (behind MiniSearch's 82.9% top-1); 87.0%, 97.6%, 96.7%, 75.6%, 96.8% after.
    file: 'questions.dev-in106.jsonl',
    top1: 0.86,
    top3: 0.97,
    notCovered: 0.96,
    precision: 0.96,
    recall: 0.75,
    chatter: 0,
  },
  {
    // dev-in107 (near the uncovered topics: the CV angle, worth, respect, a first job; 8 already in eval/ dropped; 34
    // out of scope): 82.8%, 90.6%, 97.1%, 68.0%, 93.1% with one out-of-scope line answered in a channel, at the start
    // and after; behind MiniSearch's 91.4% top-3 (a gap keyword leads: a CV, a first job, a retake).
    file: 'questions.dev-in107.jsonl',
    top1: 0.82,
    top3: 0.9,
    notCovered: 0.97,
    // Session 70: 0.93 → 0.91: a skills question naming "the programming bit" now answered coding in a channel
    // (the classifier reads what is said of the thing asked about once more).
    precision: 0.91,
    recall: 0.67,
    chatter: 1,
    behind: ['direct top-3'],
  },
  {
    // Session 70's held-out pairs, measured at the start and not read. blind151 (two asks in one message, one
    // dominating — an aside on price, a follow-up tacked on; 1 already in eval/ dropped; 39 out of scope): 95.7%,
    // 97.1%, 97.4%, 78.6%, 100% at the start and after.
    file: 'questions.blind151.jsonl',
    top1: 0.95,
    top3: 0.97,
    notCovered: 0.97,
    precision: 1,
    recall: 0.78,
    chatter: 0,
  },
  {
    // blind152 (requests and commands — "give me the rundown", "walk me through", "tl;dr on"; 1 already in eval/
    // dropped; 40 out of scope): 98.6%, 100%, 90.0%, 72.7%, 100% with one out-of-scope line answered in a channel, at
    // the start and after.
    file: 'questions.blind152.jsonl',
    top1: 0.98,
    top3: 1,
    notCovered: 0.9,
    precision: 1,
    recall: 0.72,
    chatter: 1,
  },
  {
    // chatter213 (99: other certifications and learning at work — Azure, CKA, PMP, a colleague passing, study budget;
    // 1 already in eval/ dropped): 0 at the start and after.
    file: 'chatter.workplace213.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.98,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // chatter214 (100: requests at work — a PR review, a deploy bot, an incident's rundown, the architecture diagram
    // walked through): 0 at the start and after.
    file: 'chatter.workplace214.jsonl',
    top1: 0,
    top3: 0,
    notCovered: 0.95,
    precision: 0,
    recall: 0,
    chatter: 0,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
  {
    // Session 70's development lists. dev-in108 (the ladder's words — steps, rungs, floors — for the levels and the
    // learning path alike; 25 already in eval/ dropped; 29 out of scope): 93.4%, 98.1%, 86.2%, 74.5%, 98.7% with two
    // out-of-scope lines answered in a channel at the start; 94.3% top-1 after.
    file: 'questions.dev-in108.jsonl',
    top1: 0.94,
    top3: 0.98,
    notCovered: 0.86,
    precision: 0.98,
    recall: 0.74,
    chatter: 2,
  },
  {
    // dev-in109 (the difference and a pick asked together; a pick passing by an uncovered topic; 14 already in eval/
    // dropped; 24 out of scope): 94.3%, 95.9%, 100%, 70.5%, 96.5% at the start and after.
    file: 'questions.dev-in109.jsonl',
    top1: 0.94,
    top3: 0.95,
    notCovered: 1,
    precision: 0.96,
    recall: 0.7,
    chatter: 0,
  },
  {
    // Session 16's late development lists, measured once on the round's code before they were read
    // (eval/baseline-dev-in6-session16-end-code.txt, eval/baseline-dev-oos7-session16-end-code.txt), then read:
    // 190 forum posts and workplace asks, 10 per section; 200 out of scope in eight kinds.
    file: 'questions.dev-in6.jsonl',
    top1: 0.94,
    // Session 28: 0.95 → 0.94 (the classifier trained in the order of its texts' hashes).
    top3: 0.96,
    notCovered: 0,
    precision: 0.99,
    // Session 17: 0.7 → 0.69. A wrong channel answer went silent (the second lead-in left out): recall
    // counts every channel answer, right or wrong. Session 18: 0.68, another wrong one silent with the blend.
    // Session 21: held, though "what are the exam questions like for DVA vs SAA? want to prep the team…" fell
    // silent in a channel when the classifier retrained with "-wise" a stop word (33bcc51): "you did the
    // architect cert right? in a nutshell how is it different from DVA?" is answered since "right?" mid-message
    // asks for a confirmation.
    // Session 23: 0.68, a wrong channel answer silent (the recommender for a background asked of nobody).
    recall: 0.73,
    behind: ['direct not-covered', 'channel chatter answers'],
  },
  {
    file: 'questions.dev-oos7.jsonl',
    top1: 0,
    top3: 0,
    // Session 24: 0.93 → 0.92. "pomodoro or long 3-hour blocks - what actually worked for you when studying for the
    // aws exams?" gets the study tips: its asking sentence alone names the exams and is a sure match (the gap
    // told around a question).
    // Session 34: 0.96 → 0.95 ("I work 50-hour weeks… Is 3 months of about an hour a night enough for the architect
    // associate…" gets a did-you-mean, the classifier retrained).
    notCovered: 0.96,
    precision: 0,
    recall: 0,
    chatter: 1,
    behind: ['direct top-1', 'direct top-3', 'channel precision'],
  },
];

/**
 * How long one list may take. The longest lists (240 background paragraphs) take 8–12 s alone, most of it in
 * plain Fuse.js, and a CI machine busy with the other shards has stretched one past the 20 s default: the gate
 * judges answers, not speed (the benchmarks do that), so a list gets a minute.
 */
export const LIST_TIMEOUT = 60_000;

/**
 * The gate runs its lists in shards, one test file each, so that the test runner spreads them over the
 * machine's cores (one file of 300-odd lists was most of a CI run, on one core). Shard `index` of `count`.
 */
export function floorsShard(index: number, count: number): readonly Floors[] {
  return FLOORS.filter((_, position) => position % count === index);
}

/** Holds one list to its floors, ahead of both baselines but where named. */
export function expectFloors(floors: Floors): void {
  const report = evaluate(floors.file);
  const ours = report.systems[0]!;
  expect(ours.channel.chatterAnswers).toBeLessThanOrEqual(floors.chatter ?? 0);
  expect(ours.direct.top1).toBeGreaterThanOrEqual(floors.top1);
  expect(ours.direct.top3).toBeGreaterThanOrEqual(floors.top3);
  expect(ours.direct.notCovered).toBeGreaterThanOrEqual(floors.notCovered);
  expect(ours.channel.precision).toBeGreaterThanOrEqual(floors.precision);
  expect(ours.channel.recall).toBeGreaterThanOrEqual(floors.recall);
  const allowed = floors.behind ?? [];
  expect(report.behindBaselines.filter((line) => !allowed.some((name) => line.startsWith(name)))).toEqual([]);
}
