import { describe, expect, it } from 'vitest';
import { decideReply } from '../../../src/core/answer/decide-reply.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { analyzeQuestion } from '../../../src/core/matching/analyze-question.js';
import { bandOf } from '../../../src/core/matching/confidence.js';
import { buildGuideIndex } from '../../../src/core/matching/guide-index.js';
import {
  agreedByTheAsking,
  agreedByTheDifference,
  agreedByTheLikeness,
  channelConfidence,
  matchQuestion,
} from '../../../src/core/matching/match-question.js';
import {
  askingSentences,
  likensInTurn,
  prepareQuestion,
} from '../../../src/core/matching/prepare-question.js';
import { claimsTheyAreTheSame, looksLikeQuestion } from '../../../src/core/matching/question-form.js';
import { words } from '../../../src/core/matching/tokenize.js';
import { TUNING } from '../../../src/core/matching/tuning.js';
import { CONTENT_DIR, copyContent, DEFAULT_GUIDE } from '../../support/content-copy.js';

const indexes = loadContent(CONTENT_DIR).map((guide) => buildGuideIndex(guide));
/** The default guide's reading of a question (what analyzeQuestion finds in it). */
const analyzed = (question: string) =>
  analyzeQuestion(indexes[0]!, prepareQuestion(question, indexes[0]!.corrector));
const answered = (question: string, mode: 'direct' | 'channel' = 'direct') => {
  const decision = decideReply(indexes, question, mode);
  return decision.kind === 'answer' ? decision.answer.section.id : decision.kind;
};
/** The not-covered topic a question asked of the bot is answered with, or the kind of reply it gets instead. */
const topic = (question: string) => {
  const decision = decideReply(indexes, question, 'direct');
  return decision.kind === 'not-covered' ? decision.topic : decision.kind;
};

describe('matchQuestion', () => {
  it("reads a two-word phrase in the vocabulary's terms too: 'programming ability' is the coding section's 'coding skills'", () => {
    const { candidates } = matchQuestion(
      indexes,
      'How much programming ability does each credential call for?',
    );
    expect(candidates[0]?.section?.id).toBe('coding');
  });

  it('ranks sections with a confidence between 0 and 1, best first', () => {
    const { candidates } = matchQuestion(indexes, 'which exam is harder?');
    expect(candidates[0]?.section?.id).toBe('difficulty');
    for (const candidate of candidates) expect(candidate.confidence).toBeGreaterThanOrEqual(0);
    for (const candidate of candidates) expect(candidate.confidence).toBeLessThanOrEqual(1);
    expect(candidates[0]!.confidence).toBeGreaterThan(candidates[1]!.confidence);
  });

  it.each([
    ['which one pays better?', 'salary'],
    ['how does the career ladder look for developers', 'career-path'],
    ['tips for getting ready for the architect exam', 'study-tips'],
    ['what jobs can an architect get', 'job-roles'],
    // "need to know" is how any topic is asked about, not a sign of the skills section.
    ['what aws services do i need to know for dva', 'services'],
    ['is lambda stuff on the developer exam', 'services'],
    // "What's on the exam" asks what it covers, not what the certification is.
    ['whats on the SAA exam? like main topics', 'focus-areas'],
    ['can I stack the saa and the dva', 'both'],
    // What one certification validates, in other verbs.
    ['what does the dva vouch for', 'developer'],
    // A credential described by whom it is for: that side's, as "design credential" would say.
    ['What does the credential for people who design cloud systems prove about the holder?', 'architect'],
    ['what is the exam for people who build apps about?', 'developer'],
    ['Summarise the purpose of the AWS associate exam for software engineers.', 'developer'],
    // "associate-level" before a credential word names the credentials; the associate level alone is the levels'.
    ['In a nutshell, how do the two associate-level AWS credentials differ?', 'overview'],
    ['is associate level the entry cert?', 'levels'],
    // "demand" as a verb asks what is required; "demanding" is still how hard.
    ['How much programming does each certification demand?', 'coding'],
    ['is the developer exam demanding?', 'difficulty'],
    // Asking for a pick, "for someone who…" still describes the asker: the recommender's.
    ['which cert for someone who likes to code?', 'choose'],
    ['what does the developer associate attest to', 'developer'],
    // What the level's word means is the levels' question, even with one side named after it.
    ["what does 'associate' mean in aws certs, and where does the DVA sit among the tiers?", 'levels'],
    // A pick asked for someone goes to the recommender.
    ['saa or dva for a backend person', 'choose'],
    ['dva or saa for a java dev', 'choose'],
  ])('answers the paraphrase "%s" from %s', (question, section) => {
    expect(answered(question)).toBe(section);
  });

  it.each([
    ['which certfication is harder', 'difficulty'],
    ['salery comparison', 'salary'],
    ['architetc career path', 'career-path'],
  ])('tolerates the typo in "%s"', (question, section) => {
    expect(answered(question)).toBe(section);
  });

  it.each([
    ['is SAA-C03 harder than DVA-C02?', 'difficulty'],
    ['what is the saa c03', 'architect'],
    ['what is the dev cert', 'developer'],
  ])('reads exam codes and nicknames in "%s"', (question, section) => {
    expect(answered(question)).toBe(section);
  });

  it.each([
    ["what's the dva supposed to validate", 'developer'],
    ['do architects typically earn more than devs', 'salary'],
    ['which one do ppl generally find harder', 'difficulty'],
    ['where does the architect path tend to lead', 'career-path'],
    ['I can barely write a bash loop, how much coding is involved in the dva?', 'coding'],
    ['who do devs usually collab with', 'career-path'],
    ['what trips ppl up on the saa', 'difficulty'],
    ['where do the associate certs sit on the certification ladder', 'levels'],
  ])(
    'reads past hedges and chat filler in "%s" (they are not a topic the guide lacks)',
    (question, section) => {
      const decision = decideReply(indexes, question, 'direct');
      expect(decision.kind === 'answer' && decision.answer.section.id).toBe(section);
      expect(decision.kind === 'answer' && decision.answer.confidence).toBeGreaterThanOrEqual(0.5);
    },
  );

  it.each([
    ['do you need a computer science degree for the saa', /degree/i],
    ['how soon after the dva do you get your result', /registration/i],
    ['how do I set up an SQS FIFO queue', /AWS services/i],
    ['best practice exam site for the saa', /practice-test providers/i],
    ['is the architect exam more expensive than the developer one', /price/i],
    ['does sitting the developer associate cost more than the architect one?', /price/i],
    ['should I pick up golang or kotlin next year?', /programming language/i],
    ['best laptop for cloud work under 1000?', /laptop/i],
    ['exam is 2 weeks away, is SAA doable?', /how long to study/i],
    ['how do I stay motivated studying for the DVA?', /motivation/i],
    ['should I sleep early before the architect exam', /nerves/i],
    ['do we list AWS certs as required or preferred on the backend req?', /employers require/i],
    ['how hard are the questions on the cloud practitioner?', /other AWS certifications/i],
    ['are cloud certs worth the money these days?', /pay off/i],
    ['is the PMP harder than the DVA?', /other fields/i],
    ['any study tips for the GMAT?', /other fields/i],
    ['will my employer pay for the DVA?', /price/i],
    ['how much is the AWS Cloud Practitioner exam?', /price/i],
    ['how much is the AWS exam these days?', /price/i],
    ['how long until you know whether you passed the SAA?', /registration/i],
    ['boto3 throws an error when I run my script for the SAA lab', /AWS services/i],
    ['is the SAA graded on a curve?', /passing score/i],
    ['in which languages can I sit the developer exam?', /format/i],
    ['any full-length timed mock for the SAA you would recommend?', /practice-test/i],
    [
      'does anyone know if HR counts the developer associate toward the promotion criteria?',
      /employers require/i,
    ],
    ['Does the SAA come in languages other than English?', /format/i],
    ['which of the two associate exams is pricier to book?', /price/i],
    ['is the old version of the exam still worth studying', /versions/i],
    ['will i get charged for running labs on my own aws account', /free tier/i],
    ['what score do you need for the saa', /passing score/i],
    ['scored 690 on the architect exam, how close is that to passing?', /passing score/i],
    ['are aws certs still respected by recruiters', /pay off/i],
    ['how do i land my first cloud job after the dva', /first job/i],
    ['can i work remotely with just the saa', /remote/i],
    ['how can i verify a candidate has the saa', /badges/i],
    ['what does the dva cost in euros', /price/i],
    ['which company runs the testing for the saa, is it pearson', /registration/i],
    ['how many people pass the dva first time', /pass rates/i],
    ['does the score report show the items you got wrong on the DVA', /passing score/i],
    ['has the SAA study group moved to Friday, does anyone know', /study groups/i],
    ['is there a question bank that feels like the real dva', /practice-test providers/i],
  ])('says "%s" is not covered, naming the topic', (question, topic) => {
    expect(decideReply(indexes, question, 'direct')).toMatchObject({
      kind: 'not-covered',
      topic: expect.stringMatching(topic),
    });
  });

  it.each([
    'is the saa heavy on cost stuff?',
    'what does the saa exam lean on? security, cost, HA?',
    'of course the dva is harder, right?',
    'does saa ask you to pick the cheapest design',
  ])('does not mistake "%s" for a question about price or courses', (question) => {
    const decision = decideReply(indexes, question, 'direct');
    expect(decision.kind === 'not-covered' ? decision.topic : 'answered').not.toMatch(/price|course/i);
  });

  it('matches a quoted not-covered keyword as written: "how many minutes" is exam length, "in five minutes" is not', () => {
    expect(decideReply(indexes, 'how many minutes is the saa', 'direct')).toMatchObject({
      kind: 'not-covered',
      topic: expect.stringMatching(/length/i),
    });
    expect(answered('SAA vs DVA: the key diffs in five minutes')).toBe('overview');
  });

  it("weighs the asker's self-description as context when the rest asks about a topic", () => {
    const decision = decideReply(indexes, "i'm a cloud support engineer, which cert pays more", 'direct');
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('salary');
    expect(decision.kind === 'answer' && decision.answer.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    'in one sentence, how do the architect and developer associate certs differ',
    'the main distinction between saa and dva',
    'what separates the two associate certs, briefly',
  ])('answers "%s", a request for the gist, with the overview', (question) => {
    expect(answered(question)).toBe('overview');
  });

  it('maps the guide vocabulary onto sections ("compensation" means salary)', () => {
    expect(answered('which one has better compensation')).toBe('salary');
    // The longer phrase wins: "makes more sense" is a pick, "makes more" alone is pay.
    expect(answered('which one makes more')).toBe('salary');
    expect(answered('saa or dva, which makes more sense?')).toBe('choose');
    expect(answered('which one makes more sense for a frontend dev')).toBe('choose');
  });

  it('reads "best practices" as how-to, not a pick: a question naming only AWS services is not covered', () => {
    expect(answered('DynamoDB partition key design best practices?')).toBe('not-covered');
    expect(answered('what is the best way to prepare for dva-c02')).toBe('study-tips');
  });

  it('reads "which <other thing>" as a pick among other things: AWS services alone are not covered', () => {
    expect(answered('which aws region runs ec2 cheapest?')).toBe('not-covered');
    expect(answered('which lambda runtime starts fastest?')).toBe('not-covered');
    // "which one", "which cert" pick between the sides, whatever the asker writes about.
    expect(answered('which one should I take if I write lambdas all day?')).toBe('choose');
    expect(answered('which cert if I mostly write lambdas')).toBe('choose');
  });

  it("answers with the side's own section when the question asks what that one certification shows", () => {
    expect(answered('what does DVA-C02 actually certify? HR is updating the job descriptions')).toBe(
      'developer',
    );
    expect(
      answered('what does holding the solutions architect associate prove to a hiring panel?', 'channel'),
    ).toBe('architect');
    expect(
      answered('our contractor holds the developer associate — what does that say she can do?', 'channel'),
    ).toBe('developer');
    // "actually", "really" and "is" may stand between "what" and the teller, which may be "saying".
    expect(
      answered(
        'an applicant put "AWS Certified Developer" on her resume. what does that actually tell me about her?',
        'channel',
      ),
    ).toBe('developer');
    const saying = decideReply(
      indexes,
      'my lead asks what the SA associate is really saying about someone who holds it',
      'direct',
    );
    expect(saying.kind === 'answer' && [saying.answer.section.id, saying.band]).toEqual([
      'architect',
      'best',
    ]);
    // What holding it "means" is what it shows too; what a score means is not.
    expect(
      answered(
        'a recruiter keeps bringing up the SA associate. what does holding it mean for me, in plain terms?',
      ),
    ).toBe('architect');
    expect(answered('what does 720 mean on the SAA score report?')).toBe('not-covered');
    // The certification named with its level or brand ("the AWS Developer Associate") is still the teller.
    expect(answered('what does earning the Developer Associate say about my skills to a recruiter?')).toBe(
      'developer',
    );
    // "valid" and "certified" ask other things, and so does what something else says of the holders.
    expect(answered('what does the salary survey say about SAA holders?')).toBe('salary');
    expect(answered('how long is the SAA valid?')).toBe('not-covered');
    expect(answered('our PMs want to get certified, how much coding is in the architect one?')).toBe(
      'coding',
    );
  });

  it('answers "not covered" to news or work talk asked of the bot: no question, nothing named, words the guide never uses', () => {
    expect(answered('we are hiring two backend developers in the Lisbon office, referrals welcome')).toBe(
      'not-covered',
    );
    expect(answered('infra review moved to wednesday, the architect from the platform team joins')).toBe(
      'not-covered',
    );
    // A wanted or reported question, a bare topic, or a question word as typed still asks.
    expect(answered('HR wants to know which of the two pays more, for the comp review')).toBe('salary');
    // Relayed after a clause about whose question it is: the relayed question asks, not her background.
    expect(
      answered(
        'my cousin is finishing college and, being practical, wants to know which of the two pays more',
      ),
    ).toBe('salary');
    // Also when "and" goes on to it from what is said of them.
    expect(
      answered(
        'My nephew is doing a CS degree and wants to know which AWS associate pays better once he graduates',
      ),
    ).toBe('salary');
    expect(answered('need the skills ratings for both certs for my slide deck')).toBe('skills-matrix');
    expect(answered('salary comparison')).toBe('salary');
    // So does a run-on whose question starts without a stop, after a persona.
    expect(answered('for someone who is a qa tester what type of problems show up in each exam')).toBe(
      'exam-questions',
    );
  });

  it('gives no overview by default to a question naming nothing of the certifications, only the brand', () => {
    expect(answered('can anyone just walk into the AWS office downtown?')).toBe('not-covered');
    expect(answered('does AWS send a parcel when you pass?')).toBe('not-covered');
    expect(answered('architect vs developer?')).toBe('overview');
  });

  it('reads "order" as a sequence of certifications, and only "order a certificate" as buying a paper one', () => {
    expect(answered('which order should I earn the two certifications in?')).toBe('both');
    expect(topic('can I order a printed certificate of my SAA?')).toBe(
      'Digital badges, certificates and perks',
    );
  });

  it('reads a booking, a nervous feeling or a Discord beside the question as circumstances, and asked as the topic', () => {
    expect(answered('just booked the SAA for friday, what kind of questions does it ask?')).toBe(
      'exam-questions',
    );
    expect(answered('someone on discord said DVA is easy, is it harder than SAA?')).toBe('difficulty');
    expect(answered('my team says the DVA will eat me alive, is it harder than SAA for an ops person?')).toBe(
      'difficulty',
    );
    expect(topic('what should I eat before the SAA exam?')).toBe(
      'Exam-day nerves, motivation and study groups',
    );
    expect(topic('how does booking the exam work for SAA?')).toBe(
      'Exam registration, scheduling, retakes and online proctoring',
    );
    expect(topic('is there a discord for SAA study?')).toBe('Exam-day nerves, motivation and study groups');
    expect(topic('how do I deal with nerves before the DVA?')).toBe(
      'Exam-day nerves, motivation and study groups',
    );
  });

  it('reads "associate … cloud engineer" as the two associates and a job, and Google\'s exam only when named', () => {
    expect(answered('would having both associates make me a better all-round cloud engineer?')).toBe('both');
    expect(topic('is the google associate cloud engineer harder than SAA?')).toBe(
      "Other clouds' certifications, and exams in other fields",
    );
  });

  it('answers which languages a path calls for with the skills (the source lists them there), how much code with coding', () => {
    expect(answered('which languages should I know for the developer path?')).toBe('skills');
    expect(answered('how much programming does the DVA need?')).toBe('coding');
  });

  it('reads a recommendation the writer gives ("before I recommend it to…") as no pick asked', () => {
    const question = 'before I recommend it to our testers: how much coding does the SAA need?';
    expect(answered(question)).toBe('coding');
    expect(answered(question, 'channel')).toBe('coding');
    // A link's "recommend" is no word of the message: the writer's own is still found.
    expect(answered(`per <https://wiki.example.com/recommend|the wiki>, ${question}`)).toBe('coding');
    expect(answered('which would you recommend to a sysadmin, SAA or DVA?')).toBe('choose');
    expect(answered('what do you recommend for a sysadmin?')).toBe('choose');
  });

  it('reads an "or" that opens a second question ("…or did we drop it?") as offering no two things to pick from', () => {
    const question =
      'Are we still running the system design round for senior developer candidates or did we drop it?';
    expect(answered(question, 'channel')).toBe('silence');
    expect(answered('SAA or DVA for a junior developer?')).toBe('choose');
  });

  it('reads "in order to" as "to", a purpose and not the order of the two', () => {
    const decision = decideReply(
      indexes,
      'What abilities do you need in order to do well on each path?',
      'direct',
    );
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('skills');
    expect(decision.kind === 'answer' && decision.suggestions.map((s) => s.section.id)).not.toContain('both');
    expect(answered('in which order should I take the two?')).toBe('both');
  });

  it('reads "which <a thing the guide never names> is best" as a pick among those things, not the certifications', () => {
    expect(answered('which keyboard is best for a backend developer?')).toBe('not-covered');
    expect(answered('which one is best for a backend developer?')).toBe('choose');
    expect(answered('which cert is best for a backend developer?')).toBe('choose');
  });

  it('reads the two offered with "or" as a pick, and set side by side with "vs" as the overview', () => {
    expect(answered('saa or dva?')).toBe('choose');
    expect(answered('architect or dev cert?')).toBe('choose');
    expect(answered('architect or dev cert for me?')).toBe('choose');
    expect(answered('SAA-C03 vs DVA-C02?')).toBe('overview');
    // So after the words of the guide's subject ("cloud"), unless they ask the difference.
    expect(answered('former nurse hoping to get into cloud saa or dva')).toBe('choose');
    expect(answered('cloud: saa or dva, how do they compare?')).toBe('overview');
    // Asked of them, the topic still decides.
    expect(answered('saa or dva whats the diff')).toBe('overview');
    expect(answered('which pays more, saa or dva?')).toBe('salary');
  });

  it('judges the band by the named coverage when a credential word points at the pair', () => {
    const question = 'which quirks do examinees usually call tricky for each exam?';
    const match = matchQuestion(indexes, question);
    const top = match.candidates[0]!;
    expect(match.subject).toBe('implied');
    expect(match.speaksOfThePair).toBe(true);
    // Too little explained for a question that only implies the certifications, enough for one naming them.
    expect(bandOf(top.confidence, top.coverage, 'implied')).toBe('none');
    expect(bandOf(top.confidence, top.coverage, 'named')).toBe('unsure');
    // The classifier picks the same section clearly, so it is "possibly relevant" (see the next test).
    expect(match.agreed).toBe(true);
    expect(answered(question)).toBe('difficulty');
    const unsure = 'which snags do examinees mention for each exam, in your experience?';
    expect(matchQuestion(indexes, unsure).agreed).toBe(false);
    expect(answered(unsure)).toBe('did-you-mean');
    // An exam of someone else's is no pair.
    expect(answered('what sort of puzzles does a driving test set in front of you?')).toBe('not-covered');
  });

  it('offers no "did you mean" for a question that names nothing of the guide in words it never uses', () => {
    const question = 'how much code does making an indie game involve?';
    const match = matchQuestion(indexes, question);
    const top = match.candidates[0]!;
    // Unsure: below "possibly relevant", yet explaining enough of the question for a "did you mean".
    expect(bandOf(top.confidence, top.coverage, match.subject)).toBe('unsure');
    expect(match.subject).toBe('none');
    expect(match.unknownWords).toBeGreaterThan(0);
    expect(answered(question)).toBe('not-covered');
    // In the guide's own words, a terse follow-up keeps its suggestions.
    expect(answered('where do pipelines fit in?')).toBe('did-you-mean');
    expect(answered('debugging heavy?')).not.toBe('not-covered');
  });

  it('reads the side a question asks about from its asking sentence, not the context after it', () => {
    // "SAA" in the last, unasking sentence is context: one side asked about is that side's own section.
    expect(answered('architect assoc cert - what is it? only heard of the DVA')).toBe('architect');
    expect(answered('dev assoc cert vs the SAA - what is the difference?')).toBe('overview');
  });

  it('answers "not covered" to something broken in the asker\'s lab, even when the exam is named', () => {
    expect(
      answered('labbing for the SAA and my ec2 instance keeps timing out on ssh, what am I missing?'),
    ).toBe('not-covered');
    expect(answered('prepping for dva: my api returns 403 from the authorizer, why?')).toBe('not-covered');
    // Errors as exam content are the guide's; only a question naming nothing reads "errors" as a support ask.
    expect(answered('is debugging errors a big part of the developer exam?')).toBe('focus-areas');
    expect(answered('lambda throttling errors in prod, any idea why?')).toBe('not-covered');
  });

  it("reads a side's job noun after a word the guide never uses as another role", () => {
    expect(answered('what does a landscape architect do all day?')).toBe('not-covered');
    expect(answered('how do I become a salesforce architect?')).toBe('not-covered');
    expect(answered("what's the career path for a UX designer", 'channel')).toBe('silence');
    // A modifier the guide knows, or a persona asking for a pick, keeps the side.
    expect(answered('what do cloud architects earn compared with developers?')).toBe('salary');
    expect(answered('frontend developer here, which cert?')).toBe('choose');
    // Not across a comma: "tight, developer" is no "tight developer".
    const unknown = (question: string) => matchQuestion(indexes, question).unknownWords;
    expect(unknown('budget is tight, developer or architect?')).toBe(
      unknown('budget is tight, so developer or architect?'),
    );
    // A word for what kind of architect one is ("experienced", "true") names no other job.
    expect(answered('experienced architects vs developers: who earns more?', 'channel')).toBe('salary');
  });

  it('answers "not covered" to a question about a job neither side is, when nothing of the guide is named', () => {
    expect(topic('what does a data analyst earn in a year?')).toMatch(
      /^jobs other than Architect and Developer$/,
    );
    expect(topic('how does someone become a developer advocate?')).toMatch(/^jobs other than/);
    expect(topic('what is the usual career path of a product manager')).toMatch(/^jobs other than/);
    // A pick, a certification named, or a job the asker gives as their own keeps the guide's answer.
    expect(answered('which cert for a data analyst?')).toBe('choose');
    expect(answered("I'm a project manager, where do I start with aws?")).toBe('learning-path');
    // Overheard, a lead-in naming a job says who asks, not what about.
    expect(answered('Former support technician: which of the two exams is harder?', 'channel')).toBe(
      'difficulty',
    );
    // Asked of the bot too: the asker's job before a colon is who asks; a job named for many is whom it asks.
    expect(
      answered(
        "Finance director: what's the main difference between these two, in one line for the budget memo?",
      ),
    ).toBe('overview');
    expect(topic('engineering managers: how much coding do you still do day to day?')).toMatch(
      /^jobs other than/,
    );
    // The pair pointed at ("each of these") is what is asked about; a job named beside it says for whom.
    expect(
      topic(
        'asking for a colleague who is a network admin: how much programming would each of these expect?',
      ),
    ).toBe('answer');
    expect(answered('what positions do recruiters match to each of these?')).toBe('job-roles');
    // Without the pair, the other job is still the topic; "each" alone may be each of the jobs.
    expect(topic('how much scripting does a database administrator need?')).toMatch(/^jobs other than/);
    expect(topic('product manager or data analyst, what does each do all day?')).toMatch(/^jobs other than/);
  });

  it("answers what one side's certification is with that side's section, whatever else the message names", () => {
    expect(answered('my lead keeps mentioning the DVA for our backend folks. what is it exactly?')).toBe(
      'developer',
    );
    expect(answered('a job ad wants "the architect cert" - what is that cert even about?')).toBe('architect');
    // A persona asking what it is gets the side, not the recommender.
    expect(answered("I'm a QA tester and people keep saying SAA. what's the SAA about?")).toBe('architect');
    expect(answered('what does passing the DVA demonstrate to a hiring manager?')).toBe('developer');
    expect(answered('a recruiter mentioned the SA associate. what is the point of it?')).toBe('architect');
    // So is "what is it", asked to be told briefly.
    expect(answered("we're adding the SA associate to our wiki. what is it, in plain english?")).toBe(
      'architect',
    );
    // "what is" that goes on to something else is not this.
    expect(answered('what is the developer exam pass mark?')).toBe('not-covered');
    // What it is meant to show.
    expect(
      answered(
        'everyone at work says get the developer cert. fine, but what is that cert really meant to show an employer?',
      ),
    ).toBe('developer');
    expect(answered('can you show me the salary comparison?')).toBe('salary');
    // Whom it is for.
    expect(answered("who's the SAA-C03 targeted at? we're drafting a training plan")).toBe('architect');
    const decision = decideReply(indexes, 'who is the DVA really aimed at, in your view', 'direct');
    expect(decision.kind === 'answer' && decision.band).toBe('best');
  });

  it('reads "Thoughts?" after the asker tells of themselves as asking for a pick, when nothing more is asked', () => {
    expect(
      answered(
        'Been a QA engineer for four years, Selenium and Java mostly. My mentor pushes the developer associate, my manager keeps saying SA associate. Thoughts?',
      ),
    ).toBe('choose');
    // A topic asked is still that topic.
    expect(answered("I'm a sysadmin. Is the SAA much harder than the DVA? Thoughts?")).toBe('difficulty');
  });

  it('reads a side put up for confirmation ("Architect it is?") after a persona as a pick', () => {
    expect(answered("I'd rather sketch systems than write code all day. Architect it is?")).toBe('choose');
    expect(answered('I live in my IDE and love shipping APIs. Developer associate it is?')).toBe('choose');
    // "it is" closing a longer question is no such confirmation.
    expect(answered('is the SAA as hard as people say it is?')).toBe('difficulty');
  });

  it("reads the asker's manager opening the message as whose question it is, not a job asked about", () => {
    expect(answered('manager asked for the cert levels for our ladder, is associate the middle one?')).toBe(
      'levels',
    );
  });

  it('reads "should our QA people do A or B?" as a pick for them', () => {
    expect(answered('should our QA people do the developer associate or the SA associate?')).toBe('choose');
    // "should the bot…" names no one the pick is for.
    expect(answered('should the bot be allowed in #general?')).not.toBe('choose');
  });

  it('reads the sides as alternatives for an asker someone wants certified as a pick', () => {
    expect(answered('boss needs us certified by Q3, SAA or DVA?')).toBe('choose');
    expect(answered('lead wants me to get certified before promo season, architect or developer?')).toBe(
      'choose',
    );
    // Without the alternatives, wanting the asker certified asks no pick.
    expect(answered('lead wants me to get certified, what does the DVA validate?')).toBe('developer');
  });

  it('reads why the asker asks, said last, as about the message', () => {
    expect(answered('which services does each associate exam lean on, so we can plan the lab accounts')).toBe(
      'services',
    );
  });

  it('reads the document the answer goes into as about the message', () => {
    expect(answered('describe the developer associate in two lines for our onboarding page')).toBe(
      'developer',
    );
    expect(answered('for the study plan - what AWS service areas show up on each exam')).toBe('services');
    expect(answered('quick summary of how SAA and DVA differ for the leadership slides', 'channel')).toBe(
      'overview',
    );
  });

  it('reads the prep for a meeting said after the question as about the message', () => {
    expect(
      answered('if Omar goes the SA route, what skills should he build up? prepping for his review'),
    ).toBe('skills');
  });

  it('answers an unsure match the classifier also picks as "possibly relevant", not "did you mean"', () => {
    // It names no certification, only "these tests": unsure by the coverage a named question needs.
    const question = 'what subjects do the exam writers value most in each of these tests?';
    const match = agreedByTheAsking(indexes, question, matchQuestion(indexes, question));
    expect(match.agreed).toBe(true);
    const top = match.candidates[0]!;
    expect(bandOf(top.confidence, top.coverage, 'named')).toBe('unsure');
    const decision = decideReply(indexes, question, 'direct');
    expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band]).toEqual([
      'focus-areas',
      'possible',
    ]);
  });

  it('reads a question set out after its colon as one question, with the story after it as context', () => {
    expect(
      answered(
        'fine, settle it, which is harder: SA associate or dev associate? my notes for both are a mess and I keep confusing myself',
      ),
    ).toBe('difficulty');
  });

  it('answers the difference asked of both with the overview, whatever the sentences around it name', () => {
    const question =
      "Architect vs developer associate, what's the difference? Asking as a DBA. I only need the short version, I'll dig into networking depth later";
    expect(answered(question)).toBe('overview');
    expect(answered(question, 'channel')).toBe('overview');
    // A pick told of, not asked, leaves the difference the question.
    expect(
      answered(
        'how do the architect and developer associate compare? my lead wants me to pick one by Friday',
      ),
    ).toBe('overview');
    // A pick asked is still a pick.
    expect(
      answered('how do the architect and developer associate compare, and which should a DBA pick?'),
    ).toBe('choose');
  });

  it('reads "is it about this or that?" asked of one certification as what that certification is', () => {
    expect(
      answered(
        'is the DVA about shipping code or about keeping servers running? support engineer here, no clue',
      ),
    ).toBe('developer');
    expect(answered('SA associate: is it about drawing up systems or hands-on config?', 'channel')).toBe(
      'architect',
    );
    // "about" as a measure or a time is not what the certification is about.
    expect(answered('is the SAA about the same difficulty as the DVA?')).toBe('difficulty');
  });

  it('reads "the day before the exam" as written, not any day near the word exam', () => {
    expect(answered('what scenarios do you get on test day in each exam?')).not.toBe('not-covered');
    expect(answered('what should I do the day before the exam?')).toBe('not-covered');
  });

  it('reads "doable" as how hard a certification is', () => {
    expect(answered('which cert is more doable for a sysadmin?')).toBe('difficulty');
  });

  it('reads "which language for the exam" as the languages the path lists, not the language the exam is offered in', () => {
    expect(answered('which language should I know for the developer exam, python or java?')).toBe('skills');
  });

  it('answers a pick that weighs the two on a topic ("which needs more coding?") with that topic, though a persona asks', () => {
    expect(answered("i'm a DBA, which of the two needs more coding?")).toBe('coding');
    // A plain pick for the persona stays with the recommender.
    expect(answered("i'm a DBA, which of the two should I go for?")).toBe('choose');
    // "more" before a word that judges the pick is no topic: "more sensible" still asks for the pick.
    expect(answered('for a backend engineer, is SAA or DVA the more sensible choice?')).toBe('choose');
    // Described by the topic asked about: "I hate coding … or is there a lot of code?" asks about coding.
    expect(answered('I really hate coding. Is the DVA fine for me or is it full of code?')).toBe('coding');
    expect(answered('I hate coding, SAA or DVA?')).toBe('choose');
  });

  it('answers "not covered" to AWS certificates in general for another job, but not to a product named like a job', () => {
    expect(topic('do AWS certs help a business analyst at all?')).toMatch(/^jobs other than/);
    expect(answered('does our delivery consultant role need an AWS certification?', 'channel')).toBe(
      'silence',
    );
    // The side named keeps the guide's answer; "secrets manager" is an AWS service, not a manager.
    expect(answered('is the developer associate useful for a QA tester?')).toBe('developer');
    expect(topic('how do I auto-rotate database credentials in secrets manager?') ?? '').not.toMatch(
      /^jobs other than/,
    );
  });

  it('answers "not covered" to how the exam is scored and where the result is, not the skills matrix\'s scores', () => {
    expect(answered('is the developer exam scored on a curve?')).toBe('not-covered');
    expect(answered('where do I download the score report for my SAA attempt?')).toBe('not-covered');
    // How the two are rated, area by area, is the skills matrix.
    expect(answered('how does each cert score on networking and security?')).toBe('skills-matrix');
  });

  it('answers "not covered" to the pillars of AWS\'s Well-Architected framework, whose name holds "architect"', () => {
    expect(answered('which are the five pillars of the well architected framework')).toBe('not-covered');
  });

  it('answers "not covered" to AWS partner-programme requirements and the cheapest region to practise in', () => {
    expect(answered('will my SAA count for our AWS partner tier?')).toBe('not-covered');
    expect(answered('cheapest region to run my DVA practice labs in?')).toBe('not-covered');
  });

  it("reads an uncovered topic's generalKeywords only when the question does not point at the pair", () => {
    expect(answered('do employers even care about certs these days?')).toBe('not-covered');
    expect(answered('do employers care about SAA, or is it all experience?')).toBe('not-covered');
    expect(answered('do employers care whether you hold both associate certs?')).not.toBe('not-covered');
  });

  it("reads the level's word before a job noun as a job title, not the certifications", () => {
    expect(answered('what does an associate data analyst earn?')).toBe('not-covered');
    expect(answered('we are backfilling an associate engineer role next month')).toBe('not-covered');
    // With a credential word after it, or as the end of a certification's name, it is the certification.
    expect(answered('is the associate developer exam hard?')).toBe('difficulty');
    expect(answered('architect associate vs developer associate, which is harder?')).toBe('difficulty');
  });

  it("reads an uncovered topic's askedKeywords only in the clauses that ask", () => {
    // A place in the clause that asks is the market asked about; a short ask takes the clause before it.
    expect(topic('is the SAA worth it in Berlin?')).toMatch(/particular place/);
    expect(topic('architect jobs in Toronto - realistic?')).toMatch(/particular place/);
    expect(topic('SAA holders in Dublin, paid well?')).toMatch(/particular place/);
    // A place where the asker sets the scene is only where they are.
    expect(answered('our team in Berlin is growing, which exam is harder?')).toBe('difficulty');
    expect(answered('my manager in Berlin asked me this: does the developer exam need much coding?')).toBe(
      'coding',
    );
  });

  it("judges a near tie the classifier broke by the coverage of the matcher's lead", () => {
    const question = "who's the solutions architect associate aimed at? ops folks? devs? everybody?";
    const match = matchQuestion(indexes, question);
    const [top, ...rest] = match.candidates;
    expect(match.secondOpinion).toBe('tie-broken');
    // The classifier's pick explains less of the question than the lead it replaced.
    expect(top!.coverage).toBeLessThan(TUNING.bands.namedSuggestCoverage);
    expect(Math.max(...rest.slice(0, 2).map((c) => c.coverage))).toBeGreaterThanOrEqual(
      TUNING.bands.namedSuggestCoverage,
    );
    // Unsure by that coverage; the classifier's clear pick makes it "possibly relevant" (see below).
    expect(match.agreed).toBe(true);
    const decision = decideReply(indexes, question, 'direct');
    expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band]).toEqual([
      'architect',
      'possible',
    ]);
  });

  it('reads "A harder than B" and "A compared with B" of two other things as a comparison it does not make', () => {
    expect(answered('is the IELTS harder than the TOEFL?')).toBe('not-covered');
    expect(answered('how hard is the CPA compared with the CFA?')).toBe('not-covered');
    expect(answered('is SAA harder than DVA?')).toBe('difficulty');
    // A preference of the asker's is no such comparison.
    expect(answered('which one for someone who likes diagrams more than code?')).toBe('choose');
  });

  it('reads a credential noun after a word the guide never uses as another exam', () => {
    expect(matchQuestion(indexes, 'how should I revise for the bar exam?').namesCredential).toBe(false);
    expect(matchQuestion(indexes, 'my son passed his driving test today!').namesCredential).toBe(false);
    // A phrase of the guide's before it keeps the credential: "the design-oriented test".
    expect(matchQuestion(indexes, 'what does the design-oriented test stress?').namesCredential).toBe(true);
  });

  it('confirms no "did you mean" pick for a question that names nothing of the guide in words it never uses', () => {
    const question = 'is it too late to switch careers into tech at 45?';
    const match = matchQuestion(indexes, question);
    expect(match.secondOpinion).toBe('confirmed');
    expect(match.subject).toBe('none');
    expect(match.unknownWords).toBeGreaterThan(0);
    expect(answered(question)).toBe('not-covered');
  });

  it('takes "either of these", "both?" and the level\'s word for the certifications when asked, not overheard', () => {
    const loose = matchQuestion(indexes, 'worth doing both?');
    expect(loose.subject).toBe('implied');
    expect(loose.impliedLoosely).toBe(true);
    expect(answered('worth doing both?')).toBe('both');
    expect(answered('worth doing both?', 'channel')).toBe('silence');
    expect(matchQuestion(indexes, 'will either of these need me to code much?').impliedLoosely).toBe(true);
    expect(matchQuestion(indexes, 'is associate the middle level?').impliedLoosely).toBe(true);
    // "which of the two", whatever word follows it.
    expect(answered('our security folks wonder which of the two leans harder on security design')).not.toBe(
      'not-covered',
    );
    // A noun after the pronoun names another pair.
    expect(matchQuestion(indexes, 'which of these tickets should both teams take?').impliedLoosely).toBe(
      false,
    );
  });

  it('gives no "possibly relevant" answer to a question that names nothing of the guide in words it never uses', () => {
    expect(answered('how do I learn Rust when I already know Python?')).toBe('not-covered');
    expect(answered('best way to learn spanish in 3 months')).toBe('not-covered');
    // The pair by a pronoun is the certifications when asked of the bot.
    for (const question of [
      'should I do them one after the other, and which goes first?',
      'which of the two will push me deeper into networking?',
      'is one of these about design and the other about code?',
    ])
      expect(matchQuestion(indexes, question)).toMatchObject({ subject: 'implied', impliedLoosely: true });
  });

  it('strips Slack markup before matching', () => {
    expect(answered('<@U0CERTBOT> :thinking_face: which exam is <https://aws.amazon.com|harder>?')).toBe(
      'difficulty',
    );
  });

  it('reads a channel named, typed or in Slack markup, as the word "channel", not as words of the question', () => {
    expect(words('move it to #aws-certs or <#C0GENERAL|general>, not #1')).toEqual([
      'move',
      'it',
      'to',
      'channel',
      'or',
      'channel',
      'not',
      '1',
    ]);
    // The channel's name alone had made these study tips, the overview and learning path.
    expect(answered('who set up the new #cert-study channel?')).toBe('not-covered');
    expect(answered('could someone archive the old #aws-exam channel?')).toBe('not-covered');
    expect(answered('this channel is getting noisy, can we move cert talk to #learning?')).toBe(
      'not-covered',
    );
    expect(answered('I think we should post the developer role in #jobs-community too?', 'channel')).toBe(
      'silence',
    );
    // The question around it is read as before.
    expect(
      answered('Poll in #aws-study says DVA is easier than SAA. Is that true — which exam is harder?'),
    ).toBe('difficulty');
  });

  it('reads a not-covered phrase that comes down to one word as written, not as that word alone', () => {
    expect(answered('what is the cut-off score for dva')).toBe('not-covered');
    expect(answered('does the saa cut it for cloud jobs')).toBe('job-roles');
    expect(answered('can i take the saa from home')).toBe('not-covered');
    expect(answered('should I set up a home lab to prepare for the dva')).toBe('study-tips');
  });

  it('answers a question about the job market in a city or a visa with "not covered", not job roles', () => {
    expect(answered("how's the job market for saa holders in toronto?")).toBe('not-covered');
    expect(answered('will the saa help with my work visa')).toBe('not-covered');
    expect(answered('which job openings suit a dva holder')).toBe('job-roles');
    expect(answered('which cert is more in demand')).toBe('job-roles');
    // A place named is that place's market and pay, which the guide does not know.
    expect(answered('what do dva holders earn in poland')).toBe('not-covered');
    expect(answered('are there dva jobs in manila')).toBe('not-covered');
    // Unless it is where the asker describes themselves before asking for a pick.
    expect(answered('sysadmin in poland here, which one should i get, saa or dva')).toBe('choose');
    expect(answered('based in london, cloud newbie, which one should i do')).toBe('choose');
    expect(answered('I live in India and do frontend work, saa or dva?')).toBe('choose');
    // Being new to the cloud is the learning path's subject, not a job hunt.
    expect(answered("i'm a student with no cloud experience at all, where do i begin")).toBe('learning-path');
  });

  it('answers a comparison of two things other than the sides with "not covered", whatever words it shares', () => {
    const others = 'comparisons of anything but Architect and Developer';
    // Two of the same vocabulary topic (both messaging), which the services section mentions throughout.
    // (Asked with nothing of the guide named, SQS and SNS are the guide's own topic of how to use services.)
    expect(topic('sqs vs sns for the dva exam, when do you use which')).toBe(others);
    expect(topic('sqs vs sns, when do you use which')).toMatch(/specific AWS services/);
    // Two words the guide never uses, around "vs", "difference between … and" or "differ from".
    expect(topic('etcd vs consul, when do i use which??')).toBe(others);
    expect(topic("what's the difference between RCUs and WCUs")).toBe(others);
    expect(topic('how does redis differ from memcached?')).toBe(others);
    // Overheard, it is silence like any topic the guide does not cover.
    expect(answered('sqs vs sns for the dva exam?', 'channel')).toBe('silence');
    // The sides, or two different topics of the guide, are how a question about the sides asks.
    expect(answered('saa vs dva?')).toBe('overview');
    expect(answered('how does saa differ from dva')).toBe('overview');
    expect(answered('which exam is more disaster recovery vs delivery pipelines?')).toBe('focus-areas');
    // Two of one topic a section is named after (levels) are that section's question.
    expect(answered('foundational vs professional, where does the associate sit?')).toBe('levels');
    // A pick between other things with "or" is one too, unless a side is named within reach of the "or".
    expect(topic('is it better to cram for 2 weeks or spread it over 2 months for dva')).toBe(others);
    expect(topic('which one do you prefer, Jira or Linear?')).toBe(others);
    expect(answered('which is better for me, saa or dva')).toBe('choose');
    expect(answered('should i take the architect one or the developer one?')).toBe('choose');
    // An "or" that opens a second question sets no two things against each other.
    expect(
      answered(
        "which question types show up on SAA? someone said it's all 'pick the cheapest design', is that true or is it overblown",
      ),
    ).toBe('exam-questions');
  });

  it('reads "earn" followed by what is earned as obtaining a certification, not pay', () => {
    expect(answered('What roles might I apply for after earning each of these badges?')).toBe('job-roles');
    expect(answered('Is it reasonable to earn both associate credentials, and in what order?')).toBe('both');
    // What is earned is money: pay.
    expect(answered('do architects earn more than developers')).toBe('salary');
    expect(answered('which cert lets you earn the most')).toBe('salary');
  });

  it('reads a post calling itself a "noob question" for what it asks, not for exam questions or beginners', () => {
    expect(answered('noob question: what are SAA and DVA even, and how are they different')).toBe('overview');
    // One side said to be "just" the other asks how they differ (session 24; the coding section before).
    expect(answered('Honest question: is the dev associate just SAA with more code in it?')).toBe('overview');
    // "my manager" says where the question comes from; the job titles of job-roles are not asked about.
    expect(
      answered(
        'so my manager wants me to get the solutions architect associate thing but i dont even know what it certifies??',
      ),
    ).toBe('architect');
    // "asked what…" reports someone's question; "what do they ask" is still about the exam's questions.
    expect(answered('sysadmin on my team asking which one to pick. @certpath thoughts?')).toBe('choose');
    expect(
      answered('my lead asked what DVA-C02 actually certifies, can you give me a short description?'),
    ).toBe('developer');
    expect(answered('what kind of stuff do they ask on the developer exam')).toBe('exam-questions');
    // Without the label, "question" is the exam's questions.
    expect(answered('what question style does the dva use?')).toBe('exam-questions');
  });

  it('reads a message that is all "if you …" as the question when it asks no pick', () => {
    // "if you …" usually describes someone for a pick; here it addresses the reader and is the whole question.
    expect(
      answered('If you had to explain SAA vs DVA to a friend in one line, what would you tell them?'),
    ).toBe('overview');
    expect(answered('if you could only pick one, saa or dva, for a backend engineer?')).toBe('choose');
  });

  it('reads a post\'s timeline ("a few weeks ago") as no sign of another subject', () => {
    // Words the guide never uses weigh against a match; "weeks ago" is when, not what.
    expect(answered('Cleared Cloud Practitioner a few weeks ago, now SAA or DVA?')).not.toBe('not-covered');
    expect(answered('how many weeks should i study for the dva')).toBe('not-covered');
  });

  it('lets a not-covered topic in the words that ask outweigh the asker describing themselves', () => {
    // "my place is noisy" describes the asker, which makes a pick a persona's; the question is still logistics.
    expect(
      answered('test center or online proctored for dva, which is less stressful? my place is noisy'),
    ).toBe('not-covered');
  });

  it('answers "not covered" to whether one certification is worth it without experience, or now that AI codes', () => {
    expect(topic('honestly is the DVA worth it with no experience at all?')).toMatch(/pay off in general/);
    expect(topic('is the SA associate still relevant now that AI writes half our code?')).toMatch(
      /pay off in general/,
    );
    // Worth doing as a second certification is still the pair's question.
    expect(answered('DVA after SAA, worth it?')).toBe('both');
  });

  it('answers "not covered" to whether certifications get you hired at all', () => {
    expect(topic('can an aws cert by itself land you a job these days?')).toMatch(/pay off in general/);
    expect(answered('do cloud certs even get people hired anymore?', 'channel')).toBe('silence');
    expect(topic('do employers value certs in general?')).toMatch(/pay off in general/);
    // "general" and "cert" apart are no such question: general AWS knowledge is asked of the developer exam.
    expect(
      answered(
        'does the dev cert need actual programming knowledge or can you wing it on general aws knowledge?',
      ),
    ).toBe('coding');
  });

  it('answers "not covered" to whether a job of ours requires a cert', () => {
    expect(topic('should the platform job req require the cert, or just mention it?')).toMatch(
      /employers require/,
    );
    expect(answered('does the developer job rec require a cert at all?', 'channel')).toBe('silence');
  });

  it('answers "not covered" to wiring services together, even while practising for an exam', () => {
    expect(topic('how do you wire API Gateway to a step function? practising for the DVA')).toMatch(
      /specific AWS services/,
    );
    expect(answered('how to trigger a lambda from an S3 upload, studying for the SAA', 'channel')).toBe(
      'silence',
    );
  });

  it("reads an uncovered topic's unnamedKeywords only in a question naming nothing of the guide's", () => {
    // How to use a service, with no certification, exam or pick in sight, is that service's manual.
    expect(topic('how do I debug a Lambda timeout using CloudWatch logs')).toMatch(/specific AWS services/);
    expect(topic('how does the sqs visibility timeout actually work')).toMatch(/specific AWS services/);
    // Other things set against each other are still other things.
    expect(topic('should our team use Terraform or CloudFormation for infrastructure as code')).toMatch(
      /specific AWS services/,
    );
    expect(topic('Lambda vs ECS Fargate for a REST API, which one should we use')).toMatch(
      /specific AWS services/,
    );
    // The same names asked of an exam, or of a pick between the two, are the guide's.
    expect(answered('is lambda stuff on the developer exam')).toBe('services');
    expect(answered('which one goes deeper on lambda and dynamodb')).not.toBe('not-covered');
    expect(answered('which one if i mostly write lambdas')).toBe('choose');
    // With none of those names, an unnamed question is matched as before.
    expect(answered("i'm a student with no cloud experience at all, where do i begin")).toBe('learning-path');
  });

  it('says "not covered" for what the guide does not answer, instead of the nearest section', () => {
    const decision = decideReply(indexes, 'how much does the architect exam cost?', 'direct');
    expect(decision).toMatchObject({ kind: 'not-covered', topic: expect.stringMatching(/price/i) });
    expect(answered('what is the passing score for DVA-C02')).toBe('not-covered');
    expect(answered('is the azure architect cert better')).toBe('not-covered');
    // A keyword may use a topic phrase of the guide whole, its function words aside ("worth *it*").
    expect(answered('honestly are aws certs worth it anymore')).toBe('not-covered');
    expect(answered('is it worth getting both')).toBe('both');
  });

  it('reads "wrong" in what a question asks of the reader as the exam\'s questions, not a score report', () => {
    // Missed questions are a score report's; "what is wrong with this app?" is how a question reads.
    expect(answered('are DVA questions like "here is a bug, what is wrong"? no idea what to expect')).toBe(
      'exam-questions',
    );
  });

  it('puts a not-covered topic ahead of a section whose words explain the question more than once over', () => {
    // SQS and SNS are messaging, which the services section names in its title, keywords and rows:
    // its score passes the question's weight, yet the question is how to use them, not the exam.
    const { candidates } = matchQuestion(indexes, "What's the difference between SQS and SNS?");
    expect(candidates[0]?.uncovered?.topic).toMatch(/specific AWS services/);
    // The guide's own topic leads the generic one for comparing other things; the section comes next.
    expect(candidates[1]?.uncovered?.topic).toMatch(/comparisons of anything but/);
    expect(candidates[2]?.section?.id).toBe('services');
    expect(answered('does the dva cover sqs and sns')).toBe('services');
  });

  it('sends persona questions to choose, with the matching criterion', () => {
    const decision = decideReply(indexes, "I'm a sysadmin, which one should I take?", 'direct');
    expect(decision.kind).toBe('answer');
    if (decision.kind !== 'answer') return;
    expect(decision.answer.section.id).toBe('choose');
    expect(decision.criteria.map((criterion) => criterion.id)).toContain('sysadmin');
  });

  it('reads a question opening on a preposition and a question word as asking, "?" or not', () => {
    // Without it, the message read as a statement in words the guide does not use: "not covered".
    expect(answered('To what extent does each exam expect you to be at ease writing code')).toBe('coding');
  });

  it('gives the classifier no words about the message: "(asking for a friend)" changes nothing', () => {
    const question = 'is the developer cert really about building and maintaining apps on aws?';
    expect(answered(question)).toBe('developer');
    expect(answered(`${question} (asking for a friend)`)).toBe('developer');
  });

  it('answers a question that opens with a greeting as it answers the question alone', () => {
    expect(answered('Hi team, tell me about the developer associate')).toBe('developer');
    expect(answered('morning all, what does the SAA cover?', 'channel')).toBe('services');
  });

  it('reads a run-on post as its question, where the question starts without a stop', () => {
    // All one sentence, the background's words the guide never uses made it "not covered".
    expect(
      answered(
        'ex retail manager with zero tech background and lots of free evenings where do I even begin with aws',
      ),
    ).toBe('learning-path');
  });

  it('reads being torn or deciding between the two as a pick, like "which"', () => {
    expect(answered('torn between the SAA and the DVA. I mostly write backend code all day')).toBe('choose');
  });

  it('gives no default overview to a question whose other words the guide never uses', () => {
    // Only "exam" is the guide's; the rest is about the test room.
    expect(answered('onvue check: can you keep a water bottle and your glasses on during the exam')).toBe(
      'not-covered',
    );
    expect(answered('my PMP exam is on friday, wish me luck')).toBe('not-covered');
    // A word or two of its own do not stop a question about the pair: "thoughts", "honestly".
    expect(answered('architect vs developer exam, thoughts?')).toBe('overview');
  });

  it("answers a gist question about one side with that side's section, not the two-sided overview", () => {
    expect(answered('sa associate in one line?')).toBe('architect');
    expect(answered('dva in a nutshell')).toBe('developer');
    // Both sides named: the overview stays the default.
    expect(answered('saa vs dva in one line?')).toBe('overview');
  });

  it('answers "passed one, get the other too?" with taking both, though the asker describes themselves', () => {
    expect(answered('I got my SAA in March. Should I go on and get the developer one too?')).toBe('both');
    // A pick for a persona is still the recommender's.
    expect(answered('I got my SAA in March, which one suits a backend dev?')).toBe('choose');
  });

  it('ranks "who do they work with" under the career path', () => {
    const { candidates } = matchQuestion(indexes, 'who does a cloud developer work with on a typical week');
    expect(candidates[0]?.section?.id).toBe('career-path');
  });

  it('weighs the sentence that asks over the sentences around it', () => {
    const question =
      'Long thread in #random about salaries and job titles today. Anyway, which of the two associate exams is harder?';
    const [best, next] = matchQuestion(indexes, question).candidates;
    expect(best?.section?.id).toBe('difficulty');
    // Session 29: 1.5 → 1.2, with two more salary questions in the content (the lead was 1.25).
    expect(best!.score).toBeGreaterThan(next!.score * 1.2);
    // Run into one sentence, the words around it win ("and" joins: no run-on starts its question there).
    const [joined] = matchQuestion(indexes, question.replace('. Anyway,', ' and')).candidates;
    expect(joined?.section?.id).toBe('salary');
  });

  it('does not let a word the guide only uses in passing sink a direct question', () => {
    expect(answered('which abilities does the dev track expect from you')).toBe('skills');
  });

  it('judges an overheard message with such words at full weight', () => {
    const question = "what's the career path from developer to engineering manager here?";
    expect(answered(question, 'channel')).toBe('silence');
    const [top] = matchQuestion(indexes, question).candidates;
    expect(top!.strictCoverage).toBeLessThan(top!.coverage);
  });

  it('reads "not covered" topics in the sentence that asks, not in the context around it', () => {
    const { candidates } = matchQuestion(
      indexes,
      'I have six weeks to prepare. What does the developer exam focus on?',
    );
    expect(candidates[0]?.section?.id).toBe('focus-areas');
    expect(answered('how many weeks should I study for the developer exam?')).toBe('not-covered');
  });

  it('matches a not-covered keyword whatever names the exam in it ("how much does DVA cost")', () => {
    expect(answered('how much does dva cost')).toBe('not-covered');
    expect(answered('how much is the dva exam')).toBe('not-covered');
    expect(answered('does the developer exam cover cost optimization')).not.toBe('not-covered');
  });

  it('reads the adjacent topics that need nothing of the guide named only when nothing is', () => {
    // Asked on their own: jobs at Amazon, freelancing, a masters, whether certs matter at all.
    expect(answered('is it easier to get hired at amazon itself with aws certs')).toBe('not-covered');
    expect(answered('anyone making money freelancing on upwork as a cloud consultant?')).toBe('not-covered');
    expect(answered('should i do a masters in cloud computing or just self study')).toBe('not-covered');
    expect(answered('do certs actually matter or is experience all that counts')).toBe('not-covered');
    // With the certifications named, the same words are part of a question the guide answers.
    expect(answered('does freelancing as a developer pay more with the DVA or the SAA?')).toBe('salary');
    expect(answered('doing a masters in cloud computing, which associate should I start with?')).not.toBe(
      'not-covered',
    );
    expect(answered('is SAA doable over a long weekend or is it much harder than DVA?')).toBe('difficulty');
  });

  it('lets a not-covered keyword outweigh the overview when nothing else is asked', () => {
    expect(answered('will I get a credly badge for the architect cert')).toBe('not-covered');
    expect(answered('when is the current dva exam being retired')).toBe('not-covered');
  });

  it("lets an all but certain classifier take a persona's question from the recommender to the topic it asks", () => {
    expect(answered('Does a QA background change which of the two exams feels harder?')).toBe('difficulty');
  });

  it('reads a second certification called "redundant" as the pair, not a highly available setup', () => {
    expect(answered('got the SA associate in May, would the developer one be redundant?')).toBe('both');
    expect(answered('got the SA associate in May, would the developer one be redundant?', 'channel')).toBe(
      'both',
    );
  });

  it('reads money in symbols as money, and "X-wise" as about X', () => {
    expect(answered('$$$ - architect assoc or developer assoc?')).toBe('salary');
    expect(answered('💰 architect cert vs dev cert, which wins')).toBe('salary');
    // "-wise" only says what the question is about: the certifications here, not pay or code.
    expect(answered('could someone explain SAA vs DVA, cert-wise?')).toBe('overview');
  });

  it('reads "coding questions" as a question about the coding, not about the exam\'s question style', () => {
    expect(
      answered('are there coding questions on the developer associate, like actual code snippets?'),
    ).toBe('coding');
    // The question style is still asked in its own words.
    expect(answered('what are the questions like on the developer associate?')).toBe('exam-questions');
  });

  it('does not treat a question about coding as a persona', () => {
    expect(answered('how much coding is on the developer exam')).toBe('coding');
  });
});

describe('decideReply', () => {
  it('stays silent in a channel on news of a certification, and still answers a bare topic', () => {
    expect(answered('developer associate: passed ✅', 'channel')).toBe('silence');
    expect(answered('salary comparison', 'channel')).toBe('salary');
  });

  it("answers in a channel a lead the classifier's blend gave only on the matcher's own terms", () => {
    // The blend moved the developer section up from behind the matcher's first and the classifier
    // confirmed it: answered when asked, but overheard that is not sure enough to post.
    const question = 'DVA-C02, is it heavy on ci/cd and sdks?';
    expect(matchQuestion(indexes, question).blended).toBe(true);
    expect(answered(question)).toBe('developer');
    expect(answered(question, 'channel')).toBe('silence');
  });

  it('weighs the classifier enough to lift the overview over a section that only shares a word', () => {
    // "core" is a study-tips keyword ("core services"); the classifier prefers the overview, and the blend
    // gives it the lead (at the blend's weight before session 18 the study tips were answered).
    const question = 'the core idea of saa-c03 versus dva-c02, please';
    expect(matchQuestion(indexes, question).blended).toBe(true);
    expect(answered(question)).toBe('overview');
  });

  it('reads a study schedule asked in hours a night or as a plan template as how long to study', () => {
    expect(topic('is an hour a night enough to get the developer associate done')).toBe(
      'How long to study or prepare',
    );
    expect(topic('got a study plan template for the dva anyone')).toBe('How long to study or prepare');
    expect(answered('got a study plan template for the dva anyone?', 'channel')).toBe('silence');
  });

  it('answers a question without its "?" that goes on to why it is asked', () => {
    expect(answered('what kind of questions are on the DVA exam my teammate is nervous about it')).toBe(
      'exam-questions',
    );
    expect(
      answered('how code heavy is the architect associate asking because I mostly do networking', 'channel'),
    ).toBe('coding');
  });

  it("reads a description, blurb or explainer asked of one certification as that certification's own section", () => {
    expect(answered('need a one-line description of the developer associate for our wiki')).toBe('developer');
    expect(answered('a blurb on the architect cert for our training page')).toBe('architect');
    // Of both, it is still the overview; of a topic, still the topic.
    expect(answered('can you give me a short description of how saa and dva differ')).toBe('overview');
    expect(answered('quick explanation of which job titles the dev associate leads to')).toBe('job-roles');
  });

  it('reads a persona that asks no pick as asking what it asks, and one that sets the two against each other as a pick', () => {
    expect(
      answered(
        'so SAA is the plan-it cert and DVA is the build-it cert, or is there more to it? frontend dev here, vue + ts mostly',
      ),
    ).toBe('overview');
    expect(answered('frontend dev here, vue + ts mostly. SAA or DVA?')).toBe('choose');
  });

  it('reads a persona asking, with no pick, for what the default section tells as that section, not a pick', () => {
    expect(
      answered(
        "for someone coming from accounting, what's the core difference between SA associate vs the developer one",
      ),
    ).toBe('overview');
    expect(
      answered('for someone coming from accounting, SA associate vs the developer one: which should I take?'),
    ).toBe('choose');
  });

  it('ends a "for someone …" lead-in at its colon: what follows is the question, not whom it is for', () => {
    expect(
      answered('for someone screening CVs: a résumé shows the Developer Associate, what has it proven?'),
    ).toBe('developer');
    expect(
      analyzed('for someone screening CVs: a résumé shows the Developer Associate, what has it proven?')
        .prepared.aside,
    ).toEqual([true, true, true, true, ...new Array(9).fill(false)]);
  });

  it('reads a long post that lost its "?" by the sentence at its end that asks', () => {
    const post =
      'bear with me, this is a long one. eight years running windows servers and vmware for a logistics firm, plenty of powershell, a little networking, and we are finally moving the warehouse systems to aws over the next eighteen months. i like seeing how the whole thing hangs together more than writing application code, though i can script when i must. my boss will pay for exactly one associate exam this year and half my team did the developer one. which of the two should i go for';
    expect(answered(post)).toBe('choose');
  });

  it('reads a voucher as the price topic only where it is asked about, not as the reason for asking', () => {
    expect(
      answered("before we spend the team's vouchers on SAA: what kind of questions does it throw at you?"),
    ).toBe('exam-questions');
    expect(answered('got two vouchers from my manager, is SAA then DVA the normal order')).toBe('both');
    expect(topic('are there any vouchers going for the DVA right now?')).toBe('Exam price and discounts');
  });

  it('reads "the recommended route" as the learning path, not a pick', () => {
    const decision = decideReply(
      indexes,
      "what's the recommended route into AWS certs for a junior straight out of college?",
      'direct',
    );
    expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band]).toEqual([
      'learning-path',
      'best',
    ]);
  });

  it('reads a "pay gap" as pay, surely', () => {
    const decision = decideReply(
      indexes,
      'is there a real pay gap between architects and developers on AWS?',
      'direct',
    );
    expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band]).toEqual([
      'salary',
      'best',
    ]);
  });

  it('reads guessing on the exam as its format, and "I\'m guessing…" as a hedge', () => {
    expect(topic('is there a penalty for guessing on SAA?')).toBe('Exam length and format');
    expect(answered("I'm guessing the DVA is harder for an ops person?")).toBe('difficulty');
  });

  it('reads "your background" in a question as anyone\'s, not as the asker describing themselves', () => {
    expect(
      answered(
        "I'm a network admin and colleagues say the DVA will crush me. Is that right? Does which exam feels harder depend on your background?",
      ),
    ).toBe('difficulty');
  });

  it('reads "here" at the end of a question as this workplace, not as the asker introducing themselves', () => {
    expect(topic("does anybody know if there's a pay bump or bonus for passing the DVA here?")).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    expect(decideReply(indexes, "is the 'staff developer' title even used here?", 'direct').kind).toBe(
      'not-covered',
    );
    // An introduction still ends in "here".
    expect(answered('backend dev here, which one should I take?')).toBe('choose');
  });

  it('reads a span of time in digits asked about as how long to prepare, not the exam date a post mentions', () => {
    expect(topic('could I realistically clear the SAA in 6 weeks starting from zero?')).toBe(
      'How long to study or prepare',
    );
    expect(
      answered('is passing both the architect and developer exams within 3 months doable?', 'channel'),
    ).toBe('silence');
    expect(answered('any SAA prep advice? my exam is in 4 weeks')).toBe('study-tips');
  });

  it('ends a description of the asker at a new sentence that sets things against each other', () => {
    const other =
      'cloud support engineer, 3 yrs of tickets. DVA vs the SysOps cert — which suits someone like me?';
    expect(topic(other)).toBe('Other AWS certifications in detail');
    expect(answered(other, 'channel')).toBe('silence');
    expect(answered('backend dev, 5 yrs of java. SAA vs DVA — which suits someone like me?')).toBe('choose');
  });

  it("reads the Cloud Practitioner's code with how hard it is as another certification, and first as the path", () => {
    expect(topic('is clf-c02 really that difficult?')).toBe('Other AWS certifications in detail');
    expect(answered('CLF-C02 first, or go straight to SAA?')).toBe('learning-path');
    // What is on the Cloud Practitioner, in the words people use for an exam's content.
    expect(topic('cloud practitioner exam content list')).toBe('Other AWS certifications in detail');
    expect(topic('ccp syllabus?')).toBe('Other AWS certifications in detail');
  });

  it('answers what to focus on while preparing with the study tips, and what an exam focuses on with its focus areas', () => {
    expect(answered('while studying for SAA, what should I focus on?')).toBe('study-tips');
    expect(answered('SAA prep: which topics should I drill?')).toBe('study-tips');
    expect(answered('What does the DVA exam focus on?')).toBe('focus-areas');
    // Hours spelt "hrs" are still how long to study.
    expect(topic('how many hrs did you all study for SAA?')).toBe('How long to study or prepare');
  });

  it('reads cramming as how long to study only with a time beside it, and otherwise as how to prepare', () => {
    expect(answered('best way to cram for the DVA?')).toBe('study-tips');
    expect(answered('can I cram SAA by memorising, or do I really need projects?')).toBe('study-tips');
    expect(topic('can I cram the DVA in a weekend?')).toBe('How long to study or prepare');
    expect(topic('is 2 weeks enough to cram for saa-c03')).toBe('How long to study or prepare');
    expect(topic('how long did you all cram for the architect one?')).toBe('How long to study or prepare');
  });

  it('answers what comes after an associate with the path, and what ranks above it with the levels', () => {
    expect(answered("finished my associate, what's next: professional or specialty?")).toBe('learning-path');
    expect(answered('What sits above the associate tier?')).toBe('levels');
  });

  it('reads whether any certification is worth it as certifications in general', () => {
    const general = 'Whether certifications pay off in general, and what employers require';
    expect(topic("honestly, is it worth doing any AWS cert when I've got 12 years in the field?")).toBe(
      general,
    );
    expect(topic('is any cert worth it for a senior engineer?')).toBe(general);
    expect(answered('is any cert worth it for a senior engineer?', 'channel')).toBe('silence');
    // "certs" names a credential: whether they matter at all is asked of certifications in general.
    expect(topic('Honestly, do certs even matter for getting hired as a junior?')).toBe(general);
    const bitter =
      "I'm a former sysadmin who got laid off in January. Honest and slightly bitter question. Do AWS certs actually pay off at all anymore? I have two of them.";
    expect(topic(bitter)).toBe(general);
    expect(answered(bitter, 'channel')).toBe('silence');
  });

  it('reads certifications worth it in a given year, and how easy the Cloud Practitioner is, as topics not covered', () => {
    expect(topic('are AWS certifications still worth it in 2027?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    expect(topic('is the CCP exam way easier than the DVA?')).toBe('Other AWS certifications in detail');
    expect(answered('is the CCP exam way easier than the DVA?', 'channel')).toBe('silence');
  });

  it('reads a bootcamp as a course asked for only where the message asks about it', () => {
    expect(
      answered(
        'Quick one from a bootcamp grad: can I sit both the SAA and the DVA, or should I stick to one track? and in what order?',
      ),
    ).toBe('both');
    expect(topic('which bootcamp is best for the SAA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads which exam has more or fewer questions as the exam format', () => {
    expect(topic('Which test has fewer questions, the DVA or the SAA?')).toBe('Exam length and format');
  });

  it('ends a "for someone who…" aside where a clause sets other things against each other', () => {
    const question = 'Which is smarter long-term for a security analyst career, AWS certs or Azure certs?';
    expect(topic(question)).toBe("Other clouds' certifications, and exams in other fields");
    expect(answered(question, 'channel')).toBe('silence');
  });

  it('reads "like I\'m new to it" after "explain" as how to explain, not as a beginner asking where to start', () => {
    expect(answered("explain the architect associate like I'm brand new to cloud")).toBe('architect');
    expect(answered("what is the SAA? explain like i'm new to this", 'channel')).toBe('architect');
    expect(answered("I'm new to AWS, where should I start?")).toBe('learning-path');
  });

  it('reads a plan that a later question weighs ("…. is that realistic?") as asked', () => {
    expect(
      topic(
        'Blocking out 10 days of leave to study full time for the DVA. is that realistic, or will I regret it?',
      ),
    ).toBe('How long to study or prepare');
    expect(answered('SAA first then DVA. Is that a good idea for a backend dev?')).toBe('both');
  });

  it('reads a claim that a later question checks ("…. Is that real?") as asked, without who made it', () => {
    expect(
      answered(
        'My team lead insists the architect exam has zero coding on it. Is that really accurate, or is he overselling it?',
      ),
    ).toBe('coding');
    expect(
      decideReply(
        indexes,
        'A friend swears the second AWS exam you book comes with a discount code. Is that real and where would I see it?',
        'direct',
      ).kind,
    ).toBe('not-covered');
  });

  it('answers the difference asked after a pick weighed in an unsure post with the overview', () => {
    expect(
      answered(
        'Passed the Terraform associate in March (our shop is mostly GCP with a little AWS coming). Weighing SAA against DVA next — what is the difference between the two in plain words?',
      ),
    ).toBe('overview');
    // A post sure of its topic asks that topic's difference.
    expect(answered('@certpath pay-wise, SAA vs DVA — is there a difference? prepping for my review')).toBe(
      'salary',
    );
  });

  it('reads a search for a certification aimed at some field as one about other certifications', () => {
    expect(topic('our analysts keep asking: is there an AWS cert aimed at data people?')).toBe(
      'Other AWS certifications in detail',
    );
    expect(topic('any certification focused on networking in the AWS line-up?')).toBe(
      'Other AWS certifications in detail',
    );
    expect(topic('is there any cert that goes deep on IoT?')).toBe('Other AWS certifications in detail');
    // Where a certification stands among the levels is still the levels section's.
    expect(answered('is there a cert between the associate and the professional level?')).toBe('levels');
  });

  it('reads a span of time a certification lasts or that lies ahead as no description of the asker', () => {
    expect(topic('does the DVA need renewing every 3 years, or do you keep it forever?')).toBe(
      'Certification validity, renewal and expiry',
    );
    expect(topic('does my SAA lapse after 36 months or is that only for the pro ones?')).toBe(
      'Certification validity, renewal and expiry',
    );
    // "for 6 years" still says who is asking.
    expect(
      answered('I have been a sysadmin for 6 years, which exam is the better fit for me, SAA or DVA?'),
    ).toBe('choose');
  });

  it('answers "should I take one or the other" with the recommender, not with taking both', () => {
    expect(answered('should I take the SA associate or the dev associate')).toBe('choose');
    expect(answered('shud i take saa or dva')).toBe('choose');
  });

  it('reads a question reported ("my lead asked what…") as asking, whatever the sentence ends with', () => {
    expect(
      answered(
        'my lead asked what skills I should build if I go the dev route vs the architect route. any pointers?',
      ),
    ).toBe('skills');
  });

  it('reads no not-covered keyword across two sentences', () => {
    // "…an associate cert as a complete beginner? or do people learn general…" is not "certs in general".
    expect(
      answered(
        'is it smart to jump straight into an associate cert as a complete beginner? or do people learn general cloud basics first?',
      ),
    ).toBe('learning-path');
    // "…the developer associate? cloud software engineer?" is not Google's Associate Cloud Engineer.
    expect(
      answered('which job titles go with the developer associate? cloud software engineer? and for SAA?'),
    ).toBe('job-roles');
  });

  it('reads applicant tracking systems as the job hunt, and "the application track" as no such thing', () => {
    const jobHunt = 'Finding a first job, resumes, portfolios and remote work';
    expect(topic("will ATS filters even see my SAA if it's only in the certifications section?")).toBe(
      jobHunt,
    );
    expect(topic('do ats systems read the badge or do I need to spell out the DVA?')).toBe(jobHunt);
    expect(answered('where does the application track lead later on, career-wise?')).toBe('career-path');
  });

  it('reads how short an answer is wanted ("in two sentences", "a sentence or two") as asking for the difference', () => {
    expect(
      answered(
        'in two sentences what sets solutions architect associate apart from developer associate? every article I read rambles on for pages',
      ),
    ).toBe('overview');
    expect(
      answered(
        'in two sentences what sets solutions architect associate apart from developer associate?',
        'channel',
      ),
    ).toBe('overview');
  });

  it('reads "next, SAA or DVA?" as a pick between the two, and "DVA next?" after one as the order', () => {
    expect(answered('finished CCP. what should come next, SAA or DVA?')).toBe('choose');
    expect(answered('passed SAA last month. next, DVA or something else?')).toBe('both');
    // "X next or Y?" is that pick too, not the order of taking both.
    expect(answered('finished cloud practitioner in june. DVA next or SAA? backend dev here')).toBe('choose');
  });

  it('answers a passing score asked as a cut score, and a certification "still valid", with their gaps', () => {
    expect(topic("what's the cut score for the SAA?")).toBe(
      "Passing score, pass rates and AWS's domain weights",
    );
    expect(topic('is my SAA-C02 still valid?')).toBe('Certification validity, renewal and expiry');
    expect(topic('SAA valid for how many years')).toBe('Certification validity, renewal and expiry');
    // What a job posting should ask for is what employers require, not the job titles each leads to.
    expect(topic('should our job posting for the junior backend opening ask for the DVA?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    // Flashcards as a way to study are the study tips; a deck to get is a resource.
    expect(
      answered('are flashcards a good way to prepare for the SAA, or is hands-on practice better?'),
    ).toBe('study-tips');
    expect(topic('any decent flashcard deck for the DVA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
    // Listing a certification on LinkedIn is the job hunt, as on a résumé.
    expect(topic('how do I list my DVA on linkedin?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
    // Who pays for the certifications is the exam's price, not the pay the guide compares.
    expect(topic('is the company obliged to pay for my certs?')).toBe('Exam price and discounts');
    expect(answered('which pays more, the architect cert or the developer cert?')).toBe('salary');
    // Time off to sit an exam is the employer's policy, not the pay the guide compares.
    expect(topic('will the company give us paid time off for the DVA exam day?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    expect(answered('will the company give us paid time off for the DVA exam day?', 'channel')).toBe(
      'silence',
    );
    // Experience against certifications is whether certifications pay off at all.
    expect(topic('do hiring teams care about AWS certs or is it all about experience these days?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    // Whether AI takes the jobs is the job market to come, not a career path the guide draws.
    expect(topic('honestly will AI replace junior devs before I even finish the DVA')).toBe(
      'The job market in a particular place or in years to come, and visas',
    );
    // "an" holds the place of what is named as "the" does: "how much is an exam" is "how much is the exam".
    expect(topic('how much is an associate exam nowadays?')).toBe('Exam price and discounts');
    // "how much is the SAA" ends where a price is asked; "how much is … needed" goes on to ask something else.
    expect(topic('how much is the SAA')).toBe('Exam price and discounts');
    expect(topic('how much is DVA-C02? need a number for the training budget')).toBe(
      'Exam price and discounts',
    );
    expect(answered('how much is the SAA', 'channel')).toBe('silence');
    expect(answered('I hate coding lol. how much is actually needed for the dev cert vs SA assoc?')).not.toBe(
      'not-covered',
    );
  });

  it("answers AWS's domain weights asked in numbers with the gap, and what each exam stresses with focus areas", () => {
    const weights = "Passing score, pass rates and AWS's domain weights";
    expect(topic('what percentage of the exam is security on the DVA?')).toBe(weights);
    expect(topic('dva-c02 domain weightings - is deployment the biggest?')).toBe(weights);
    expect(answered('which domains does the SAA lean on most?')).toBe('focus-areas');
  });

  it('reads sitting an exam at home, a study group to join, budget approval and certs "even worth it" as gaps', () => {
    expect(topic('is it ok to do the DVA at home on my work laptop?')).toBe(
      'Exam registration, scheduling, retakes and online proctoring',
    );
    expect(topic('heard the architect associate is being replaced next year, should I wait?')).toBe(
      'Exam versions, updates and retirement dates',
    );
    // A workplace's own arrangements around the exams are gaps too, asked in their words.
    expect(topic('any internal study group for the architect associate?')).toBe(
      'Exam-day nerves, motivation and study groups',
    );
    expect(topic('what is the process for budget approval on the SAA voucher?')).toBe(
      'Exam price and discounts',
    );
    expect(topic('are AWS certs even worth it for senior engineers?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    // A job guaranteed is whether certifications pay off at all, not the roles each leads to.
    expect(topic('will the developer associate guarantee me a job?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    // Pay at a named employer is the market's, and how to switch a service on is how-to work.
    expect(topic('does Deloitte pay more if you hold the SAA?')).toBe(
      'The job market in a particular place or in years to come, and visas',
    );
    expect(topic('how do I enable versioning on a bucket for the SAA labs?')).toBe(
      'How to use specific AWS services',
    );
    expect(answered('which pays more, SAA or DVA?')).toBe('salary');
    // A framed certificate is a perk, and finding a job after passing is the job hunt.
    expect(topic('can I get a framed certificate of the DVA for my office?')).toBe(
      'Digital badges, certificates and perks',
    );
    expect(topic('any tips to find a job after passing the DVA?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
    // The SA Professional by its code's letters is another certification.
    expect(topic('is the SAP exam all long scenario questions like the SAA ones?')).toBe(
      'Other AWS certifications in detail',
    );
    // How an exam is scored is the passing score's topic, not the guide's skill ratings.
    expect(topic('raw score or scaled for the architect exam?')).toBe(
      "Passing score, pass rates and AWS's domain weights",
    );
    // A study group the answer is for is no study group asked about.
    expect(answered('what should the architect study group practise?')).toBe('study-tips');
    // Home as where someone lives is no exam taken there.
    expect(answered('congrats Sam on the SAA, with a toddler at home too!', 'channel')).toBe('silence');
  });

  it('reads a price asked as "the same", a service\'s credentials and AWS\'s own exam guide as gaps', () => {
    expect(topic('does the dev associate cost the same as the SA one?')).toBe('Exam price and discounts');
    expect(topic('how do I rotate database credentials in lambda, studying for DVA')).toBe(
      'How to use specific AWS services',
    );
    expect(topic('where can I download the official exam guide for the SAA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads a claim the asker heard or read as the topic of the question that checks it', () => {
    expect(
      answered(
        "I've read that the architect exam is heavier on cost optimisation than the developer one. True?",
      ),
    ).toBe('focus-areas');
    expect(answered('I was told the architect cert pays better than the dev one. accurate?')).toBe('salary');
    // Telling of themselves is still a background: "I've been a sysadmin for years. SAA or DVA?" is a pick.
    expect(answered("I've been a sysadmin for six years. SAA or DVA?")).toBe('choose');
  });

  it('reads "wreck you" and "rough" as how hard an exam is, and its sticking points as where people struggle', () => {
    expect(answered('learning plan question - main sticking points on the SA associate exam?')).toBe(
      'difficulty',
    );
    expect(answered('main sticking points on the SA associate exam?', 'channel')).toBe('difficulty');
    expect(
      answered("if you can't program, will the developer associate wreck you, or is SAA just as rough?"),
    ).toBe('difficulty');
  });

  it('reads what people "get stuck on" and the "trickiest" part as where people struggle', () => {
    expect(answered('which bits of the developer associate do people tend to get stuck on?')).toBe(
      'difficulty',
    );
    expect(answered('which sections of SAA do candidates get stuck on most', 'channel')).toBe('difficulty');
    expect(answered("what's the trickiest part of the developer associate")).toBe('difficulty');
  });

  it("reads a service's own features (partition keys, identity pools, read replicas) as a how-to about AWS services", () => {
    expect(topic("what's the deal with Cognito identity pools? asking for the developer exam")).toBe(
      'How to use specific AWS services',
    );
  });

  it('reads "which one…" and "which of these…" with nothing else offered as a pick between the two', () => {
    expect(answered('Which one do infra folks reckon is the natural fit?')).toBe('choose');
    expect(
      answered("Which of these would my boss see as 'more senior'? Like, where does each career end up?"),
    ).toBe('career-path');
    expect(answered('which one goes deeper on networking', 'channel')).toBe('technical-depth');
    // "each of these" before a word that is no plural noun: the pair, not "each of these tickets".
    expect(
      answered(
        'Where does each of these lead five or ten years down the road? what does the ladder look like',
      ),
    ).toBe('career-path');
    // Not a pick the message offers between other things.
    expect(answered('which one is better for IaC scanning, Checkov or tfsec?')).not.toMatch(/answer|skills/);
    expect(answered('which one is better for IaC scanning, Checkov or tfsec?', 'channel')).toBe('silence');
    expect(answered('which one of the dashboards is the prod one?', 'channel')).toBe('silence');
  });

  it('reads a side after a verb that asks for a pick ("kindly suggest architect or developer") as the side, not another job', () => {
    expect(
      answered(
        'I am a Java developer with 3 years experience, kindly suggest architect or developer certification.',
      ),
    ).toBe('choose');
    // Another job's modifier still makes another job.
    expect(answered('what does a landscape architect earn?', 'channel')).toBe('silence');
  });

  it('reads "end up" as where a career leads, not a job title', () => {
    expect(answered('which track do people tend to end up on after a few years as a cloud dev?')).toBe(
      'career-path',
    );
    expect(answered('who do architects typically end up working with day to day')).toBe('career-path');
  });

  it('reads "which cert covers…" a topic of the two as a question about them, not about other AWS certifications', () => {
    expect(answered('lambda, sqs, sns: which cert covers that stuff more?')).toBe('services');
    // Another certification named is still the other certifications' topic.
    expect(
      topic('which cert covers more machine learning, the ML engineer associate or the data engineer one?'),
    ).toBe('Other AWS certifications in detail');
  });

  it("reads other vendors' data and security exams (SnowPro, Databricks, Salesforce, OSCP) as exams in other fields", () => {
    expect(topic('Is the Snowflake SnowPro Core cert harder than the Databricks associate?')).toBe(
      "Other clouds' certifications, and exams in other fields",
    );
    expect(answered('OSCP vs Security+ for a pentest-curious backend dev?', 'channel')).toBe('silence');
    // A platform named in a background is no other exam: "coming from VMware" still asks the pick.
    expect(
      answered('coming from on-prem sysadmin (vmware, windows server), which one makes more sense?'),
    ).toBe('choose');
  });

  it('reads a claim doubted without "is that" ("…true or just udemy marketing?") with its source as no topic, and "the famous architects" as architects', () => {
    expect(
      answered("ah yes, the famous 'architects earn more' — is that actually true or just udemy marketing?"),
    ).toBe('salary');
  });

  it("reads getting hired at all, asked as a how-to, and the Cloud Practitioner's domains as topics the guide leaves out", () => {
    expect(topic('how to get a job after the cert?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
    expect(answered('what are the ccp domains?', 'channel')).toBe('silence');
  });

  it('stays silent in a channel on a verdict that names what was expected ("the DVA difficulty was about what we expected")', () => {
    expect(answered('the DVA difficulty was about what we expected tbh', 'channel')).toBe('silence');
    // A question with "what" still asks.
    expect(answered('the DVA difficulty: what should I expect?', 'channel')).toBe('difficulty');
  });

  it('reads "each road" as each of the two routes, as "each track" is', () => {
    expect(answered('where does each road lead in ten years — what does the ladder look like?')).toBe(
      'career-path',
    );
    // A road with a noun of its own is another thing.
    expect(answered('which road is closed for the marathon on sunday?', 'channel')).toBe('silence');
  });

  it("reads everyday idioms for a section's topic in the vocabulary: bread and butter, nuts and bolts, more doors", () => {
    expect(answered("What's the bread and butter of each exam?")).toBe('focus-areas');
    expect(answered('Which one is more about the nuts and bolts of networking?')).toBe('technical-depth');
    expect(answered('Between the architect cert and the dev cert, which one opens more doors?')).toBe(
      'job-roles',
    );
    expect(answered('which one makes the bank account happier, the architect one or the dev one?')).toBe(
      'salary',
    );
    expect(answered('who do architects rub shoulders with day to day?')).toBe('career-path');
    expect(answered('which cert will fetch a better hike, architect or developer associate?')).toBe('salary');
    // Not "hike" alone, nor a take-home assignment.
    expect(answered('going hiking saturday if anyone wants to come', 'channel')).toBe('silence');
    expect(answered("what's the take-home assignment we're using for junior devs these days?")).not.toBe(
      'salary',
    );
    expect(answered('which fills the piggy bank faster, saa or dva')).toBe('salary');
    expect(answered('Total newbie to the cloud, never touched a console. Where is the on-ramp?')).toBe(
      'learning-path',
    );
    expect(answered('what would my business card say after each one?')).toBe('job-roles');
    // Not a business card alone: a logo on one is the badge's.
    expect(answered('Am I allowed to use the AWS Certified logo on my business card?', 'channel')).toBe(
      'silence',
    );
    expect(answered('eli5: saa vs dva, whats the deal')).toBe('overview');
    expect(answered('which one sends you further down the rabbit hole on networking and reliability')).toBe(
      'technical-depth',
    );
    // "have my cake and eat it" is getting both, not the exam day's food.
    expect(answered('Can I have my cake and eat it too — do both associates? If so, which goes first?')).toBe(
      'both',
    );
  });

  it('reads "the split between" them as their difference, not the verb, and fixing a CV as job hunting', () => {
    expect(answered("at a glance, what's the fundamental split between the two associates?")).toBe(
      'overview',
    );
    expect(answered('our study group is split between SA and dev. what prep topics are shared?')).toBe(
      'study-tips',
    );
    expect(topic('my brother has the DVA but cannot get any interviews. how should he fix his CV?')).toMatch(
      /^Finding a first job/,
    );
  });

  it('reads prerequisite skills as skills, not a formal prerequisite a few words on', () => {
    expect(
      answered('what prerequisite skills are needed for both certifications? 3 yrs of python here'),
    ).toBe('skills');
  });

  it('reads "what\'s the damage" as the price, and the best job boards as job hunting', () => {
    expect(topic("what's the damage for the DVA exam these days?")).toBe('Exam price and discounts');
    expect(topic('best job boards for cloud roles?')).toMatch(/^Finding a first job/);
    // Not the titles seen on job boards.
    expect(answered('what titles show up on job boards for the SAA?')).toBe('job-roles');
  });

  it('reads what an analogy likens things to as no topic: "if they were video game levels, …"', () => {
    expect(answered('if the two exams were video game levels, which one is the final boss?')).toBe(
      'difficulty',
    );
    expect(answered('If programming were chilli, how hot is each exam?')).toBe('coding');
    // What is asked after the frame still names its topic.
    expect(topic('if SAA were a driving test, how many minutes is the exam?')).toBe('Exam length and format');
    // The frame written with "'s": another field's exam is still only the likeness.
    expect(answered("if each exam's a driving test, which is harder to pass first time?")).toBe('difficulty');
  });

  it('reads "as a … who …," before the asking clause as whom it is asked for, not another job', () => {
    expect(answered('as a data scientist who knows some R, how much programming does each exam need?')).toBe(
      'coding',
    );
    expect(answered("as a nurse who wants into tech, what's the difference between the two?")).toBe(
      'overview',
    );
    // Asked of the job itself, it is still another job's question.
    expect(topic('how much do data scientists earn?')).toMatch(/^jobs other than/);
  });

  it('reads a seventh batch of idioms: a fried brain, the offer letter, a drained wallet, learning by doing', () => {
    expect(answered('which one fries your brain more, SAA or DVA?')).toBe('difficulty');
    expect(answered('which cert gets the bigger number on the offer letter?')).toBe('salary');
    expect(topic('which of the two will drain my wallet more?')).toBe('Exam price and discounts');
    expect(answered('I learn by doing — what gets me over the line for the DVA?')).toBe('study-tips');
  });

  it('reads a service "on both or only one" as where it is tested, not as taking both', () => {
    expect(answered('is CloudFormation on both or only the architect one?')).toBe('services');
    // Both taken is still the pair's own question.
    expect(answered('can I do both exams in one year?')).toBe('both');
  });

  it('reads "the other one", when one of the two was told of, as the side not named', () => {
    expect(answered('I get the DVA. what is the other one?')).toBe('architect');
    expect(answered("I understand the architect associate now. and the other cert, what's that about?")).toBe(
      'developer',
    );
    expect(answered('what is the SAA?')).toBe('architect');
  });

  it("answers the clause that asks after one that tells of a topic the guide leaves out (a mock's price, a booking)", () => {
    expect(
      answered('paid for a practice test bundle already, but what are the focus areas of the SAA?'),
    ).toBe('focus-areas');
    expect(
      answered('bought a mock exam bundle for the DVA 🙃 which AWS services does the DVA exam cover?'),
    ).toBe('services');
    // "its own" points back at nothing told: the renewal told of is not what "on its own" asks about.
    expect(
      answered(
        'renewal is due soon and I want to move fast — what is the developer associate about, taken on its own?',
      ),
    ).toBe('developer');
    // The topic asked in the clause itself stays "not covered"; so does a question weighing what was told.
    expect(topic('my voucher expires soon — how much does the SAA cost now?')).not.toBe('answer');
    expect(topic('scored 700 on a practice test, is the real SAA harder than that?')).not.toBe('answer');
  });

  it('stays silent in a channel when the overview would answer only the level and a credential word beside other words', () => {
    expect(answered('associate cert club mugs? I can design the logo', 'channel')).toBe('silence');
    // Asked of the bot, the default still answers; overheard, a side named or the difference asked still does.
    expect(answered('associate cert club mugs? I can design the logo')).toBe('overview');
    expect(answered('SAA vs DVA?', 'channel')).toBe('overview');
    expect(answered('how do the associate certs differ, in a line, for my onboarding doc?', 'channel')).toBe(
      'overview',
    );
  });

  it('reads whom a claim is heard from as its source, not a topic the guide leaves out ("my study buddy")', () => {
    expect(
      answered(
        'my study partner reckons the SAA is mostly networking — what does that exam actually emphasise?',
      ),
    ).toBe('focus-areas');
    // A document that says something is still what is asked about.
    expect(answered("the job post says 'SAA preferred', what does it pay?")).not.toBe('focus-areas');
    expect(topic('my study partner wants to meet at 7, can you send the zoom link?')).not.toBe('answer');
  });

  it('reads a side someone holds as who holds what: what the other one is or shows is asked', () => {
    // One side held, the other named where the question asks what it certifies or is about.
    expect(answered('my manager holds the SAA — what does the DVA prove, then?')).toBe('developer');
    expect(answered('my sister passed the developer associate, what is the architect associate about?')).toBe(
      'architect',
    );
    // Or spoken of as "the other one", and "that one" points back at it, not at the side held.
    expect(
      answered("my mentor already has the DVA; I'm looking at the other one. what does that one validate?"),
    ).toBe('architect');
    expect(analyzed('my manager holds the SAA — what does the DVA prove, then?').heldSides).toEqual(
      new Set(['architect']),
    );
    // Not held: a wish, a question whether one holds it, or a side only wanted.
    expect(analyzed('do I have to take the SAA before the DVA?').heldSides.size).toBe(0);
    expect(analyzed('they asked if I already had the SAA. what does the DVA validate?').heldSides.size).toBe(
      0,
    );
    // Held, but the question compares: the difference is still the overview.
    expect(answered('my lead has the SAA — in short, how is the DVA different?')).toBe('overview');
  });

  it('reads "the former", "the second one" as the side named in that place, and the other as only listed', () => {
    expect(answered("I'm looking at SAA and DVA — what does the latter actually validate?")).toBe(
      'developer',
    );
    // The order is the message's own, wherever the two are named.
    expect(answered("DVA and SAA are both on the table. what's the first one for?")).toBe('developer');
    expect(analyzed('SAA and DVA: what does the second one prove?').heldSides).toEqual(
      new Set(['architect']),
    );
    // Both places pointed at: neither is set aside.
    expect(answered('the former or the latter, which pays more? (SAA, DVA)')).toBe('salary');
    expect(analyzed('the former or the latter, which pays more? (SAA, DVA)').heldSides.size).toBe(0);
    // "which first" and "the first step" are an order and a step, not a place in a list.
    expect(answered('which one first: the DVA or the SAA?')).toBe('both');
    expect(analyzed('what is the first step toward the SAA and the DVA?').heldSides.size).toBe(0);
  });

  it('reads what the two are weighed by ("pay-wise", "in terms of skills") as what is asked', () => {
    expect(answered('pay-wise, does the architect route come out ahead over a whole career?')).toBe('salary');
    expect(answered('in terms of skills, how do the SAA and DVA compare?')).toBe('skills');
    // Without it, the comparison is the difference.
    expect(answered('how do the SAA and DVA compare?')).toBe('overview');
  });

  it('reads "beginner" beside another grade or said of a credential as a grade of certification, not the asker', () => {
    expect(answered('is the associate tier a beginner badge or an expert one?')).toBe('levels');
    expect(answered('our juniors ask: beginner, intermediate or advanced — where does the DVA sit?')).toBe(
      'levels',
    );
    // A beginner who is a person, or a path for one, is still the learning path.
    expect(answered("what's the beginner certification path for someone new?")).toBe('learning-path');
    expect(answered('as an absolute beginner to the cloud, how do I begin?')).toBe('learning-path');
    expect(analyzed('is the associate tier a beginner badge or an expert one?').terms).toContain('tier');
    expect(analyzed("what's the beginner certification path?").terms).not.toContain('tier');
    expect(analyzed('what should I study for beginners vs experts in my team?').terms).not.toContain('tier');
  });

  it('reads "should I focus on…" in a message about studying as where to put one\'s study, not the focus areas', () => {
    expect(answered('SAA revision plan: should I focus on disaster recovery?')).toBe('study-tips');
    // Without a word of studying, what the exam focuses on is still asked.
    expect(answered('for the DVA, should my focus be on SDK calls or on infrastructure planning?')).toBe(
      'focus-areas',
    );
    expect(answered('prep question: what should my focus areas be for the SAA?')).toBe('focus-areas');
    expect(analyzed('prep question: what should my focus areas be for the SAA?').terms).toContain('focu');
  });

  it('reads "the one with the coding" as the side its describing word names, unless asked whether it is', () => {
    expect(answered('the one with the coding — what does it certify?')).toBe('developer');
    expect(answered('is the DVA the one with more code in it?')).toBe('coding');
  });

  it('reads "quick sanity check", "@here" and chat shorthand ("rn", "lmk") as about the message, not its topic', () => {
    expect(answered('quick sanity check: professional sits above associate, right?')).toBe('levels');
    expect(answered('can you sanity check my SAA flashcards tonight?')).toBe('not-covered');
    expect(answered('which one pays more? need to decide rn')).toBe('salary');
    expect(analyzed('which one pays more? need to decide rn').unknownWords).toBe(0);
    expect(analyzed('@channel which of the two exams has more design scenarios?').unknownWords).toBe(0);
  });

  it('stays silent in a channel on a colleague\'s exam or plan put back to them: "so it\'s still the DVA for you?"', () => {
    expect(answered("so it's still the DVA for you next year?", 'channel')).toBe('silence');
    expect(
      answered("so it's confirmed you passed the architect associate? saw it on LinkedIn", 'channel'),
    ).toBe('silence');
    // The asker's own exam, before a question of theirs, is no colleague's.
    expect(answered('So I sat the DVA last week, is the SAA harder?', 'channel')).toBe('difficulty');
  });

  it('reads "is the SAA ok for someone who can\'t program" as what suits that person: the coding', () => {
    expect(answered("is the SAA ok for someone who can't program", 'channel')).toBe('coding');
    expect(answered('is the SAA okay for a person who hates coding?')).toBe('coding');
    // Asked of something else, the person is still who it is asked for.
    expect(answered('is dva harder than saa for someone who codes all day')).toBe('difficulty');
  });

  it('reads a pick put up for confirmation at the end ("so SAA right?", "…is the one for me, right?") as a pick', () => {
    expect(answered('aiming to be a solutions architect one day, so SAA right?', 'channel')).toBe('choose');
    expect(answered('I mostly build serverless APIs, so the DVA is the one for me, right?')).toBe('choose');
    // A fact put up for confirmation is no pick.
    expect(answered('so the SAA has more networking, right?')).not.toBe('choose');
  });

  it('reads whether flashcards are enough as preparing, and flashcards lent as chatter', () => {
    expect(answered('are flashcards enough for the architect exam or should I build stuff?', 'channel')).toBe(
      'study-tips',
    );
    expect(answered('can I borrow your flashcards for the SAA?', 'channel')).toBe('silence');
  });

  it('reads a certification that comes first ("After the SysOps admin associate, …") as background to a pick', () => {
    expect(
      answered(
        'After the Security Specialty, would the architect or the developer associate be the better pick for me?',
      ),
    ).toBe('choose');
    // Picked between in the asking clause, the other certification is still asked about.
    expect(topic('after passing the SAA, should I do SysOps or the DVA next?')).toBe(
      'Other AWS certifications in detail',
    );
  });

  it('reads what one of the two is likened to ("is the DVA like a coding interview?") as no topic asked', () => {
    expect(answered('is the developer associate basically like a coding interview?')).toBe('coding');
    // Likened to a certification named, it is that certification asked about.
    expect(topic('is SAA like the AZ-305?')).toMatch(/^Other clouds/);
    expect(topic('is the SAA like AZ-104?')).toMatch(/^Other clouds/);
  });

  it('reads "or pretty close" after a likeness as how alike the two are, not a second thing compared', () => {
    expect(answered('Is pay for architect vs developer roles like cats and dogs or pretty close?')).toBe(
      'salary',
    );
    expect(answered('is salary for architect vs developer roles like chalk and cheese or about equal?')).toBe(
      'salary',
    );
    // Two other things set against each other are still another comparison.
    expect(topic('which is better, tea or coffee?')).toMatch(/^comparisons of anything but/);
  });

  it('reads a badge looked for in a hire, with "designing" a few words on, as no badge design', () => {
    expect(
      answered(
        'hiring a cloud person: should the badge we look for be the one about designing systems or the one about building apps?',
      ),
    ).not.toBe('not-covered');
    expect(topic('can I change the badge design on Credly?')).toBe('Digital badges, certificates and perks');
  });

  it('reads where the asker comes from as a reference point, not the topic: "coming from the Azure cert — …"', () => {
    expect(
      answered(
        'coming from the GCP associate engineer cert — what do the DVA questions look like?',
        'channel',
      ),
    ).toBe('exam-questions');
    expect(answered('switching over from Azure, what services does the SAA cover?', 'channel')).toBe(
      'services',
    );
    // Asked of in the asking clause, the other certification is still the topic.
    expect(topic('coming from Azure: is the AZ-204 harder than the DVA?')).toMatch(/^Other clouds/);
  });

  it("reads another field's certification named as a rung to place the two on as a yardstick, not the topic", () => {
    expect(answered('is the developer associate roughly the CCNA rung of the AWS ladder?')).toBe('levels');
    expect(answered('Are SAA and DVA basically the CCNA-level of AWS certs, where do they sit?')).toBe(
      'levels',
    );
    // With no ladder, it is the other certification asked about; nor does a level in the exam's name liken.
    expect(topic('is the SAA the same as the AZ-305?')).toMatch(/^Other clouds/);
    expect(topic('is the associate level exam fee refundable if I cancel?')).toBe('Exam price and discounts');
  });

  it('reads whether certifications matter for getting hired as certifications in general', () => {
    expect(topic("certs don't matter for getting hired anyway, do they?")).toMatch(
      /^Whether certifications pay off/,
    );
    // Asked of the two, it is theirs.
    expect(answered('does the SAA or the DVA matter more for getting hired?')).toBe('job-roles');
  });

  it('reads SREs, DBAs and admins as other jobs, unless the one named only relays the question', () => {
    expect(topic('how much do SREs make compared with database admins?')).toMatch(/^jobs other than/);
    expect(answered('our DBA wants to know, are database services covered on both exams?')).toBe('services');
    expect(answered('my analyst asked which of the two pays more')).toBe('salary');
  });

  it('reads a certification held, said before a pick, as background: not the other exam asked about', () => {
    expect(
      answered(
        'got my AZ-104 last year, switching to AWS now — architect or developer associate for someone who codes in java?',
      ),
    ).toBe('choose');
    expect(
      answered('already hold the CKA, switching to AWS: architect or developer associate for a backend dev?'),
    ).toBe('choose');
    // A question about what a colleague did, or a voucher got, is no certification held.
    expect(answered('did you end up taking the SysOps one or the developer one, Kai?', 'channel')).toBe(
      'silence',
    );
    expect(
      topic(
        'got a free voucher at an AWS summit, can I use it for SAA-C03 or only for the practitioner exam?',
      ),
    ).toBe('Exam price and discounts');
  });

  it('reads an adaptive exam as its format, ISTQB as an exam of another field, and tears as difficulty', () => {
    expect(topic('does the SAA adapt, like is the exam adaptive to how well you are doing?')).toBe(
      'Exam length and format',
    );
    expect(topic('QA here, should I get ISTQB before an AWS cert?')).toMatch(/^Other clouds/);
    expect(answered('honestly which exam is more likely to make me cry')).toBe('difficulty');
  });

  it('reads whiteboard work as design, and only a whiteboard round as a job interview', () => {
    expect(answered('prefer whiteboarding to writing code… which cert for me?')).toBe('choose');
    expect(
      answered('is the architect exam more whiteboard stuff and the dev one more keyboard stuff?'),
    ).not.toBe('not-covered');
    expect(topic('any tips for the whiteboard round of a cloud engineer interview?')).toBe('Job interviews');
  });

  it('reads idioms of committing, getting ready and feeding a household, and a claim called codswallop', () => {
    expect(answered('which one should I hitch my wagon to if I breathe python?')).toBe('choose');
    expect(answered('what do I need to get my ducks in a row for the DVA?')).toBe('study-tips');
    expect(answered('SAA has the fatter pay cheque, right, or is that a load of codswallop?')).toBe('salary');
  });

  it('reads idioms of climbing, fighting, books and menus as the topic they stand for', () => {
    expect(answered('for a sysadmin, which of the two is the steeper hill to climb?')).toBe('difficulty');
    expect(answered('honestly which one is the heavier lift, dva or saa')).toBe('difficulty');
    expect(answered('what are the chapter headings of the architect exam vs the developer exam?')).toBe(
      'focus-areas',
    );
    expect(answered('which gigs does each cert lead to?')).toBe('job-roles');
    expect(answered('which one gets you more dosh, saa or dva?')).toBe('salary');
    expect(answered('honestly, are cloud architects overpaid compared with app developers?')).toBe('salary');
    expect(answered('what kind of curveballs do they throw on the DVA vs the SAA?')).toBe('exam-questions');
    expect(answered('which exam has the deep end on networking?')).toBe('technical-depth');
    // Looking for a new gig is job hunting, not what a certification leads to.
    expect(answered('anyone know a good devops engineer looking for a new gig?')).toBe('not-covered');
  });

  it('reads a how-to the exam is said to ask ("does the DVA ask how to set up…") as what the exam covers, not a how-to asked', () => {
    expect(
      answered(
        "do the questions ask you how to configure the SDK, or is it more 'pick the best architecture'?",
      ),
    ).toBe('exam-questions');
    expect(
      answered(
        'Does the architect exam want me to know how to set up load balancing and failover, or just understand the concepts?',
      ),
    ).not.toBe('not-covered');
    expect(topic('does the developer exam ask how to set up auth with cognito?')).not.toBe(
      'How to use specific AWS services',
    );
    // Nor is a topic the exam is said to weigh a gap's ("keeping the bill low" is no AWS bill of one's own).
    expect(
      topic('which exam cares more about keeping the AWS bill low, the architect one or the developer one'),
    ).not.toBe('The AWS account, free tier and bills while practising');
    // The asker's own how-to is still one, even said while studying for one of the two.
    expect(topic('prepping for the DVA: how do I debug a Step Functions execution that hangs?')).toBe(
      'How to use specific AWS services',
    );
    // The asker's own how-to is still one.
    expect(topic('I want to know how to set up a load balancer')).toBe('How to use specific AWS services');
    expect(topic('how to configure the SDK for the developer exam labs?')).toBe(
      'How to use specific AWS services',
    );
  });

  it('reads the error before "what am i doing wrong" as the question: a how-to about AWS services', () => {
    expect(
      topic("my ECS service can't reach the RDS database from a private subnet. what am i doing wrong"),
    ).toBe('How to use specific AWS services');
  });

  it("reads one's own lab that does not work ('why can't my…', 'what permissions am I missing?') as a how-to about AWS services", () => {
    expect(
      topic("DVA lab question: why can't my lambda write to the bucket even though the role looks right?"),
    ).toBe('How to use specific AWS services');
    expect(
      topic(
        'SAA practice project: the CloudWatch metrics are not showing up for my EC2 instances. what permissions do I need?',
      ),
    ).toBe('How to use specific AWS services');
    // Asked in the channel, it gets no answer either.
    expect(
      answered(
        "DVA lab question: why can't my lambda write to the bucket even though the role looks right?",
        'channel',
      ),
    ).toBe('silence');
  });

  it('reads the hands-on experience AWS recommends before an exam, and what an employer makes of certs, as topics the guide leaves out', () => {
    expect(topic('how many years of experience should you have before sitting the SAA?')).toMatch(
      /registration/i,
    );
    expect(topic('would you hire a developer who has the DVA but no projects?')).toMatch(/pay off/i);
  });

  it("reads everyday synonyms of the guide's topics: a cakewalk or a nightmare is difficulty, what an exam revolves around its focus", () => {
    expect(answered('which one is the cakewalk and which one is the nightmare, saa or dva?', 'channel')).toBe(
      'difficulty',
    );
    expect(answered('does the architect exam revolve around cost and resilience?')).toBe('focus-areas');
  });

  it('reads "arch cert" as the architect certification, as people shorten it', () => {
    expect(answered("arch cert or dev cert, what's the difference?")).toBe('overview');
    expect(answered('is the arch exam harder than the dev one?', 'channel')).toBe('difficulty');
  });

  it('reads "complete", "absolute" and the like as emphasis, not as a word the guide never uses', () => {
    // With "complete" unknown, a beginner's question that names no certification was "not covered".
    expect(answered('complete newcomer to the cloud world — what path do you recommend?')).toBe(
      'learning-path',
    );
  });

  it('answers a post that gives a long background before it asks, when the asking sentence agrees', () => {
    const post =
      'Long time lurker, first post. I spent six years doing desktop support and the last two running a small ' +
      'VMware cluster for a logistics company, mostly patching and the odd PowerShell script. My manager has ' +
      'money for one exam and wants a decision by Friday. Between SAA and DVA, which is harder for someone like me?';
    const decision = decideReply(indexes, post, 'direct');
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('difficulty');
    // All its words alone leave it unsure; the asking sentence alone is sure of the same section.
    const whole = matchQuestion(indexes, post).candidates[0]!;
    expect(whole.section?.id).toBe('difficulty');
    expect(decision.kind === 'answer' && decision.answer.confidence).toBeGreaterThan(whole.confidence);
    // Overheard, it is judged by all its words: chatter asks questions too.
    expect(answered(post, 'channel')).toBe('silence');
  });

  it('reads a post without any "?" as asking in the sentences that open like a question', () => {
    const post =
      'Architect vs Developer associate: whats the actual difference in a nutshell. honestly my head is ' +
      'spinning from all the reddit threads';
    // Its second sentence, which the guide's words do not explain, pulls the whole post down to unsure.
    expect(matchQuestion(indexes, post).candidates[0]!.confidence).toBeLessThan(TUNING.bands.best);
    const decision = decideReply(indexes, post, 'direct');
    expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band]).toEqual([
      'overview',
      'best',
    ]);
  });

  it('answers a post that asks how the two differ among other words with the overview', () => {
    const post =
      'quick q for the cloud folks: writing a one-pager for leadership and I need a 2-sentence summary of how ' +
      'the SA associate and the dev associate differ. nothing deep, just the gist pls';
    // The leadership and the depth said around it pull the whole post to unsure.
    const whole = matchQuestion(indexes, post);
    expect(whole.candidates[0]!.confidence).toBeLessThan(TUNING.bands.best);
    const match = agreedByTheDifference(indexes, post, whole);
    expect(match.candidates[0]?.section?.id).toBe('overview');
    expect(match.candidates[0]!.confidence).toBeGreaterThanOrEqual(TUNING.bands.best);
    expect(answered(post)).toBe('overview');
    expect(
      answered(
        'Army vet, transitioning out soon. Everybody at the SkillBridge company throws around SAA and DVA. ' +
          "What's the big picture difference between these two certs? trying to understand before I pick one",
      ),
    ).toBe('overview');
  });

  it('leaves a difference asked in a topic, of other exams, or a sure match alone', () => {
    expect(answered('real talk: salary wise is there any difference between the two associate certs')).toBe(
      'salary',
    );
    expect(
      answered(
        "I've got a $2,000 training stipend; is there a real salary difference between the two certifications?",
      ),
    ).toBe('salary');
    const others = "what's on the AZ-104 and the GCP cloud engineer exams and how do they differ?";
    const match = matchQuestion(indexes, others);
    expect(agreedByTheDifference(indexes, others, match)).toBe(match);
    const sure = matchQuestion(indexes, 'which pays more, saa or dva? and how do they differ');
    expect(agreedByTheDifference(indexes, 'which pays more, saa or dva? and how do they differ', sure)).toBe(
      sure,
    );
  });

  it('answers a likeness of the two, one each, checked by the asker with the overview, possibly relevant', () => {
    for (const question of [
      'would it be fair to say one of them draws the map and the other drives the car?',
      'the SAA is the conductor and the DVA is the violinist — close enough?',
      'architect cert vs developer cert: the drawing board and the workbench. fair?',
    ]) {
      const decision = decideReply(indexes, question, 'direct');
      expect(decision.kind === 'answer' && [decision.answer.section.id, decision.band], question).toEqual([
        'overview',
        'possible',
      ]);
    }
    const drawn = 'would it be fair to say one of them draws the map and the other drives the car?';
    const match = matchQuestion(indexes, drawn);
    expect(match.candidates[0]?.confidence ?? 0).toBeLessThan(TUNING.bands.possible);
    expect(agreedByTheLikeness(indexes, drawn, match).candidates[0]?.section?.id).toBe('overview');
  });

  it('leaves a likeness unchecked, overheard, of a topic, or of a gap as it was', () => {
    expect(answered('one of them draws the map and the other drives the car')).toBe('not-covered');
    expect(
      answered('would it be fair to say one of them draws the map and the other drives the car?', 'channel'),
    ).toBe('silence');
    expect(answered('one of them needs loads of code and the other hardly any, right?')).toBe('coding');
    expect(topic('does passing one of them renew the other? is that fair?')).toMatch(/renewal/i);
    const sure = 'which pays more, saa or dva? one is the map and the other the car, fair?';
    const match = matchQuestion(indexes, sure);
    expect(agreedByTheLikeness(indexes, sure, match)).toBe(match);
  });

  it('answers the two set against each other and asked to be explained, naming nothing asked, with the overview', () => {
    expect(answered("networks vs code: architect cert vs developer cert, explain it like I'm five")).toBe(
      'overview',
    );
    expect(answered('servers vs apps: SAA vs DVA, eli5?', 'channel')).toBe('overview');
    // A thing asked by name is that thing's section.
    expect(answered('can you explain who a cloud architect works with vs a cloud developer?')).toBe(
      'career-path',
    );
  });

  it('answers a claim that the two are the same exam, checked by the asker, with the overview', () => {
    expect(
      answered(
        'a colleague reckons the SAA and the DVA are really the same certification under two names. is she right?',
      ),
    ).toBe('overview');
    expect(answered('apparently DVA is just the SAA one with extra serverless bolted on. correct?')).toBe(
      'overview',
    );
    // Unchecked, or of something else: as it was.
    expect(
      claimsTheyAreTheSame('the SAA and the DVA are really the same certification under two names'),
    ).toBe(false);
    expect(answered('is the developer portal the same thing as the old dev wiki now, right?')).toBe(
      'not-covered',
    );
  });

  it('reads a likeness in turn without leaving a pattern part-way for the next question', () => {
    const likened = 'is the SAA the conductor and the DVA the violinist? close enough?';
    const before = matchQuestion(indexes, likened);
    expect(likensInTurn('the SAA is the harder one, right?')).toBe(false);
    // Right after a test that found the likeness, the same patterns mark it in the question again.
    expect(likensInTurn(likened)).toBe(true);
    expect(matchQuestion(indexes, likened)).toEqual(before);
  });

  it('reads a likeness in turn whichever article opens it (each pattern first looks ahead for one)', () => {
    expect(likensInTurn('say SAA is the blueprint and DVA is the toolbox, fair?')).toBe(true);
    expect(likensInTurn('say SAA is a blueprint and DVA is a toolbox, fair?')).toBe(true);
    expect(likensInTurn('say SAA is an atlas and DVA is an engine, fair?')).toBe(true);
    expect(likensInTurn('say SAA is blueprints and DVA is toolboxes, fair?')).toBe(false);
  });

  it('reads a side named only in a lead-in ("before I commit to…") as the one asked about', () => {
    expect(answered('Before I commit to the SAA, what is it actually certifying?')).toBe('architect');
    expect(
      answered(
        "I'm a PHP dev and saw 'AWS Developer – Associate' on a job ad. What is that cert, and what does having it mean?",
      ),
    ).toBe('developer');
    // A side named where it asks is the one asked about, whatever the lead-in names.
    expect(answered('Before I commit to the SAA, what does the DVA certify?')).toBe('developer');
    // Also where the asker tells what they keep seeing, before a question that points back at it.
    expect(
      answered(
        'I keep seeing SAA on job posts. What is that certification, exactly, and what is it supposed to show about the person holding it?',
      ),
    ).toBe('architect');
  });

  it('lifts nothing when the asking sentence alone lands elsewhere, or there is no other sentence', () => {
    const aboutPay = matchQuestion(indexes, 'which pays more, saa or dva?');
    expect(aboutPay.candidates[0]?.section?.id).toBe('salary');
    const asksDifficulty = 'My manager wants a decision by Friday. Which one is harder to pass, SAA or DVA?';
    expect(agreedByTheAsking(indexes, asksDifficulty, aboutPay)).toBe(aboutPay);
    const oneSentence = matchQuestion(indexes, 'so which pays more, saa or dva?');
    expect(agreedByTheAsking(indexes, 'so which pays more, saa or dva?', oneSentence)).toBe(oneSentence);
  });

  it('lets the asking sentences pick the section when the whole post is unsure and they are sure', () => {
    // The backend folks told of after it pull the whole post to the recommender, short of sure.
    const post = "what's the dev cert all about? thinking about it for the backend folks in my squad";
    const whole = matchQuestion(indexes, post);
    expect(whole.candidates[0]!.confidence).toBeLessThan(TUNING.bands.best);
    expect(whole.candidates[0]?.section?.id).not.toBe('developer');
    expect(
      matchQuestion(indexes, "what's the dev cert all about?").candidates[0]!.confidence,
    ).toBeGreaterThanOrEqual(TUNING.bands.best);
    expect(agreedByTheAsking(indexes, post, whole).candidates[0]?.section?.id).toBe('developer');
    expect(answered(post)).toBe('developer');
  });

  it('lets the asking sentences name the certification and pick a section over a gap the post told around them', () => {
    const post = "paid for a mock exam, curious: are SAA questions all 'choose the best design' scenarios?";
    // "mock exam" is the practice-test gap, and it leads the whole post.
    expect(matchQuestion(indexes, post).candidates[0]?.uncovered).toBeDefined();
    expect(answered(post)).toBe('exam-questions');
    // A credential word pointed at the pair names them as well ("each exam").
    expect(
      answered('hey, for the interview panel prep: which technical areas does each exam go deeper on?'),
    ).toBe('technical-depth');
    // On one topic word when the asking sentence alone is surer than a sure match: "book … in" is the gap.
    const oneWord = 'quick note before I book everyone in: what do people tend to find hard on each exam?';
    expect(matchQuestion(indexes, oneWord).candidates[0]?.uncovered).toBeDefined();
    expect(
      matchQuestion(indexes, 'what do people tend to find hard on each exam?').candidates[0]!.evidence,
    ).toBe(1);
    expect(answered(oneWord)).toBe('difficulty');
    // A gap in the asking sentence itself stays the answer.
    expect(answered('booked the SAA for friday already. how much does the SAA exam cost?')).toBe(
      'not-covered',
    );
  });

  it('lets a pick asked in words the guide knows win over a gap the post told around it', () => {
    const post =
      'so which one do I go for if I love building APIs? did a six week udemy bootcamp last spring';
    // The course ("udemy", "bootcamp") is a gap, and it leads the whole post.
    expect(matchQuestion(indexes, post).candidates[0]?.uncovered).toBeDefined();
    expect(answered(post)).toBe('choose');
    // A pick among things the guide does not know stays with the gap: "which course…".
    expect(answered('which one is better for the DVA, udemy or a cloud guru? I get one free at work')).toBe(
      'not-covered',
    );
  });

  it('lets the asking sentence pick the section when it is surer than the whole post and not doubted', () => {
    const post = 'which areas of AWS should I learn for the DVA? putting together a study plan';
    const whole = matchQuestion(indexes, post);
    // "study plan" pulls the whole post to the study tips, short of a sure match.
    expect(whole.candidates[0]?.section?.id).toBe('study-tips');
    expect(whole.candidates[0]!.confidence).toBeLessThan(TUNING.bands.best);
    const alone = matchQuestion(indexes, 'which areas of AWS should I learn for the DVA?');
    expect(alone.candidates[0]!.confidence).toBeLessThan(TUNING.bands.best);
    expect(alone.candidates[0]!.confidence).toBeGreaterThan(TUNING.bands.possible);
    expect(alone.doubted).toBe(false);
    expect(agreedByTheAsking(indexes, post, whole).candidates[0]?.section?.id).toBe('services');
    expect(answered(post)).toBe('services');
  });

  it('reads a workplace lead-in ending in a colon as where the question comes from', () => {
    const post =
      "@certpath for the backend guild's quarterly training page and onboarding wiki refresh: which level is each associate cert at, and what other tiers are there?";
    // All its words leave it below "did you mean"; what follows the lead-in is a sure question about levels.
    expect(decideReply(indexes, post, 'direct').kind).toBe('answer');
    expect(answered(post)).toBe('levels');
    expect(matchQuestion(indexes, post).candidates[0]!.coverage).toBeLessThan(TUNING.bands.suggestCoverage);
  });

  it('judges an overheard message by what follows a lead-in that alone would get no answer', () => {
    const post = 'For the quarterly L&D review: which skills does each associate path need?';
    expect(answered(post, 'channel')).toBe('skills');
    expect(
      answered(
        'Coaching session notes: where does the developer career path usually go after five years?',
        'channel',
      ),
    ).toBe('career-path');
    // A lead-in that would be answered is the subject, and the whole message is judged.
    expect(answered('salary: saa or dva?', 'channel')).toBe('salary');
    // Chatter after a lead-in stays chatter.
    expect(answered('lunch plans: anyone up for tacos?', 'channel')).toBe('silence');
    expect(answered('standup notes: the architect review moved to 3pm?', 'channel')).toBe('silence');
  });

  it('keeps a background post a pick when its asking sentence alone is only the overview by default', () => {
    const post = 'Devops engineer, terraform all day every day. SAA-C03 or DVA-C02? cant decide';
    expect(matchQuestion(indexes, 'SAA-C03 or DVA-C02?').candidates[0]?.section?.id).toBe('overview');
    const whole = matchQuestion(indexes, post);
    expect(agreedByTheAsking(indexes, post, whole).candidates[0]?.section?.id).toBe('choose');
    expect(answered(post)).toBe('choose');
  });

  it('stays silent in a channel on a section the classifier doubts, and answers when it agrees', () => {
    // The matcher's first pick for this is the pick between the two ("which of the two"), which the classifier
    // gives little chance: it asks for the skill ratings.
    // (Session 67: "ranks" became the levels' word and its reading changed; "is higher" keeps the doubted pick.)
    const doubted = 'Of the two mid-tier AWS badges, which one is higher for DevOps tooling, and how much?';
    expect(matchQuestion(indexes, doubted).doubted).toBe(true);
    expect(answered(doubted, 'channel')).toBe('silence');
    const agreed = 'which pays more, saa or dva?';
    expect(matchQuestion(indexes, agreed).doubted).toBe(false);
    expect(answered(agreed, 'channel')).toBe('salary');
  });

  it('lets a sure classifier lift its own first choice from the top three over a lead that shares one word', () => {
    // What the architect certification is about, but a single shared word ("designing") ranks the overview first
    // for the matcher.
    const question = 'what is the solutions architect associate even about. designing stuff?';
    const match = matchQuestion(indexes, question);
    expect(match.secondOpinion).toBe('tie-broken');
    expect(match.candidates[0]?.section?.id).toBe('architect');
    const lead = match.candidates.slice(1, 3).find((c) => c.section?.id === 'overview');
    expect(lead?.evidence).toBe(1);
    expect(lead!.score).toBeGreaterThan(match.candidates[0]!.score);
    // A lead the question's shape gave (one side named alone) is the matcher's to keep.
    expect(answered('sa associate in one line?')).toBe('architect');
  });

  it("answers in a channel a tie the classifier broke, when it clearly agrees and every word is the guide's", () => {
    const question = 'how much codding for the dev cert';
    const match = matchQuestion(indexes, question);
    // The classifier reordered the matcher's near tie: the section now first scored lower than the runner-up.
    expect(match.secondOpinion).toBe('tie-broken');
    expect(match.candidates[1]!.score).toBeGreaterThan(match.candidates[0]!.score);
    expect(match.agreed).toBe(true);
    expect(match.unknownWords).toBe(0);
    expect(answered(question, 'channel')).toBe('coding');
    // A word the guide never uses ("payroll") keeps such a reordered message silent.
    const unknown = 'how much codding for the dev cert for payroll';
    const other = matchQuestion(indexes, unknown);
    expect(other.candidates[1]!.score).toBeGreaterThan(other.candidates[0]!.score);
    expect(other.candidates[0]?.section?.id).toBe('coding');
    expect(other.unknownWords).toBeGreaterThan(0);
    expect(answered(unknown, 'channel')).toBe('silence');
  });

  it('answers in a channel a message naming the certifications from a lower confidence when the classifier agrees', () => {
    const loose = 'saa-c03 pay vs dva-c02 pay, any real gap?';
    const match = matchQuestion(indexes, loose);
    // Overheard, words the guide uses only in passing count in full (channelConfidence).
    const { confidence } = channelConfidence(match.candidates[0]!);
    expect(match.subject).toBe('named');
    expect(match.agreed).toBe(true);
    expect(confidence).toBeLessThan(TUNING.channel.confidenceNamed);
    expect(confidence).toBeGreaterThanOrEqual(TUNING.channel.confidenceNamedAgreed);
    expect(answered(loose, 'channel')).toBe('salary');
  });

  it('answers in a channel a message with a credential word from a lower confidence when the classifier agrees', () => {
    const question = 'how do the exams differ in the scenarios they pose?';
    const match = matchQuestion(indexes, question);
    const { confidence } = channelConfidence(match.candidates[0]!);
    // "the exams" implies the certifications without naming them; the classifier picks the same section.
    expect(match.subject).toBe('implied');
    expect(match.namesCredential).toBe(true);
    expect(match.agreed).toBe(true);
    expect(confidence).toBeLessThan(TUNING.channel.confidence);
    expect(confidence).toBeGreaterThanOrEqual(TUNING.channel.confidenceImpliedAgreed);
    expect(answered(question, 'channel')).toBe('exam-questions');
    // Naming only a side is work talk as often as not: the full bar stays, agreed or not.
    const talk = 'career path from developer to engineering manager, anyone?';
    const other = matchQuestion(indexes, talk);
    const sideOnly = channelConfidence(other.candidates[0]!).confidence;
    expect(other.subject).toBe('implied');
    expect(other.namesCredential).toBe(false);
    expect(other.agreed).toBe(true);
    expect(sideOnly).toBeGreaterThanOrEqual(TUNING.channel.confidenceImpliedAgreed);
    expect(sideOnly).toBeLessThan(TUNING.channel.confidence);
    expect(answered(talk, 'channel')).toBe('silence');
  });

  it('greets and thanks instead of matching', () => {
    expect(answered('hi there')).toBe('greeting');
    expect(answered('thanks a lot!')).toBe('thanks');
    expect(answered('help')).toBe('help');
    expect(answered('')).toBe('help');
  });

  it('offers the closest topics, not "not covered", to a question that names the certifications in unusual words', () => {
    // Session 54: "…what is the dva even for…" is answered since "what is it for?" asks what the DVA is.
    const question =
      'honestly what does the dva even get you, in plain terms for a newbie who keeps hearing about it';
    const decision = decideReply(indexes, question, 'direct');
    expect(decision.kind).toBe('did-you-mean');
    expect(answered('is the dva offered in japanese')).toBe('not-covered');
  });

  it('offers the closest topics to the two set against each other by name, whatever else a post says', () => {
    const question =
      'explainer request: solutions architect associate vs developer associate. I do payroll analytics and my director keeps name-dropping both';
    const decision = decideReply(indexes, question, 'direct');
    expect(decision.kind).toBe('did-you-mean');
    if (decision.kind === 'did-you-mean')
      expect(decision.suggestions.map((suggestion) => suggestion.section.id)).toContain('overview');
    // Naming one side is not setting them against each other; a gap still leads.
    expect(
      answered(
        'did the developer associate in the first place, which is why reviewers liked my soldering rig',
      ),
    ).toBe('not-covered');
    expect(topic('saa or dva, which udemy course is the best one?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads a pick by name after the asker told of themselves as a pick for them, not a difference', () => {
    expect(
      answered(
        'Firmware engineer (C, RTOS, lots of soldering) drifting towards cloud. Solutions Architect Associate or Developer Associate? leaning SAA, opinions welcome',
      ),
    ).toBe('choose');
    expect(answered('Been reading about both for a week. SAA vs DVA - what actually sets them apart?')).toBe(
      'overview',
    );
  });

  it('reads experience set against certifications only as such: no experience yet is where a beginner starts', () => {
    expect(answered('our interns have no cloud experience; which path gets them to an associate cert?')).toBe(
      'learning-path',
    );
    expect(topic('does real experience count more than a certification?')).toMatch(/pay off in general/);
  });

  it('reads "leans heavier on" as depth and "hammer on" as what an exam focuses on, not as difficulty', () => {
    expect(answered('between SAA and DVA, which leans heavier on networking?')).toBe('technical-depth');
    expect(answered('what do the two associate exams hammer on?')).toBe('focus-areas');
  });

  it("reads \"overview\" as a general word: one side's overview is that side's section, both sides' the overview", () => {
    expect(answered('DVA overview for the team wiki, please')).toBe('developer');
    expect(answered('a short overview of SAA and DVA side by side?')).toBe('overview');
  });

  it("answers the topic asked, not which to choose, when the background told is someone else's", () => {
    expect(answered('how much code is on the SAA? the sysadmins on my team are nervous')).toBe('coding');
    // Asked for a recommendation, the recommender answers.
    expect(answered('should our sysadmins do the DVA?')).toBe('choose');
  });

  it('reads "point" or "nudge" someone at one of the sides as a pick', () => {
    expect(answered('should I nudge him toward SAA or DVA?')).toBe('choose');
    expect(answered('mentoring a new grad who loves APIs. should I point her at SAA or DVA?')).toBe('choose');
  });

  it('reads "would you take / point them at" one of two offered as a pick', () => {
    expect(answered('would you take SAA or DVA?')).toBe('choose');
    expect(answered('would you point them at SAA or DVA?')).toBe('choose');
  });

  it('reads a pick followed by "what do I do after that?" as the learning path', () => {
    expect(answered('SAA or DVA, and what do I do after that?')).toBe('learning-path');
  });

  it('reads a video site as a course asked for only where the message asks for one', () => {
    expect(answered('explain the dev cert vs the architect cert, the youtube ones ramble for an hour')).toBe(
      'overview',
    );
    expect(topic('best youtube channel for DVA prep?')).toMatch(/courses/);
  });

  it("reads the asker's people opening the message after the bot's name as whose question it is", () => {
    expect(
      answered(
        '@certpath director asked for a path from zero to an associate cert for the juniors, what are the steps?',
      ),
    ).toBe('learning-path');
  });

  it('reads a post\'s "Title:" as its tag, not a job title', () => {
    expect(answered('Title: SAA or DVA for someone who dislikes networking?')).toBe('choose');
    const decision = decideReply(indexes, 'title: is the DVA harder than the SAA?', 'direct');
    expect(decision.kind === 'answer' ? decision.suggestions.map((s) => s.section.id) : []).not.toContain(
      'job-roles',
    );
  });

  it('reads where or how a post is asked ("Discord q:", "quick question:") as its tag, not a topic', () => {
    expect(answered('Discord question: what core services does the DVA expect?')).toBe('services');
  });

  it('weighs the topic "more" or "less" compares over the words around it', () => {
    expect(answered('does the dev track pay less in the long run than the architect track?')).toBe('salary');
    // Not an idiom's word: "makes more sense" weighs the pick, "worth more" a value.
    expect([...analyzed('which one pays more, SAA or DVA?').weighed].length).toBeGreaterThan(0);
    expect([...analyzed('SAA first or DVA first, which order makes more sense?').weighed]).toEqual([]);
  });

  it('reads a formal prerequisite to sit an exam as registration, and the skills it asks for as skills', () => {
    expect(topic('do I need cloud practitioner as a prerequisite cert before the SAA?')).toMatch(
      /^Exam registration/,
    );
    expect(topic('are there any formal prerequisites before you can sit the DVA?')).toMatch(
      /^Exam registration/,
    );
    expect(answered('what skills are prerequisites for the DVA?')).toBe('skills');
  });

  it('reads where a certification goes on a resume or CV as the resume gap', () => {
    expect(topic('where do certs go on my cv, above or below work history? just got the SAA')).toMatch(
      /resumes/,
    );
  });

  it('reads "find out which…" or "figure out which…" as a question wanted, asked of the bot', () => {
    expect(answered('sprint retro action item: figure out which cert pays more for the platform crew')).toBe(
      'salary',
    );
    expect(answered('action item: find out which exam has more coding')).toBe('coding');
  });

  it('reads the kind of answer wanted ("is there a straight answer?") as about the message, not a topic', () => {
    expect(
      answered('the platform folks keep asking which exam has more coding. is there a simple answer?'),
    ).toBe('coding');
    expect(answered('my interns keep asking which cert pays more. any straight answer?')).toBe('salary');
  });

  it('reads a post excusing itself ("on mobile so sorry for typos") as about the message, not a topic', () => {
    expect(
      answered(
        'typing on my phone, sorry for the formatting. sysadmin here (bash, a bit of powershell). for the dev one do i need strong coding or is basic ok',
      ),
    ).toBe('coding');
    expect(
      answered(
        "on mobile so sorry for typos. for the architect one how much programming do i need, i'm a network guy",
      ),
    ).toBe('coding');
  });

  it('reads a participle after an asked "be" as the question going on, not as why it is asked', () => {
    const post =
      'scored 58% on a practice set yesterday, bit rattled. how is everyone preparing for the developer cert, what should I be drilling';
    expect(askingSentences(post)).toContain('preparing for the developer cert');
    expect(answered(post)).toBe('study-tips');
  });

  it('reads a later sentence that opens as a question as the ask, over a question only mused about', () => {
    const post =
      'long night of practice tests, scores stuck in the low 60s, and I keep wondering whether I chose the wrong exam. what does the architect exam mainly emphasise, like which areas matter most';
    expect(askingSentences(post)).toMatch(/^what does the architect exam/);
    expect(answered(post)).toBe('focus-areas');
  });

  it('reads one side said to be "just" or "basically" the other as how the two differ', () => {
    expect(answered('is SAA basically DVA without the programming?')).toBe('overview');
    expect(answered('honestly, is the DVA just the SAA with lambda bolted on?')).toBe('overview');
    const equates = (question: string) => analyzed(question).equatesSides;
    // Not "just" far from the side ("is the dev cert just a lighter SAA"): what follows asks the topic.
    expect(equates('is the dev cert just a lighter SAA or does it go deeper on code?')).toBe(false);
    expect(equates('is DVA just SAA with more code?')).toBe(true);
  });

  it('reads "for our new graduates, SAA or DVA?" as a pick for them', () => {
    expect(answered('for our new graduates, SAA or DVA?')).toBe('choose');
  });

  it("reads the Cloud Practitioner test's skills and an exam's percentage weighting as gaps", () => {
    expect(topic('which skills does the cloud practitioner test check')).toMatch(/^Other AWS certifications/);
    expect(topic('list the DVA-C02 domains with their percentage weighting')).toMatch(/domain weights/);
    expect(topic('how much is each domain worth on the SAA?')).toMatch(/domain weights/);
  });

  it('reads whom an architect spends time with as whom they collaborate with', () => {
    expect(answered('who does a solutions architect spend time with during the week?')).toBe('career-path');
  });

  it('reads a pick between programming languages as the language gap, and a language for the exam as skills', () => {
    expect(topic('go or python for writing backend apis these days?')).toMatch(/^Which programming language/);
    expect(topic('java or go for a new microservice?')).toMatch(/^Which programming language/);
    expect(answered('do I need python or java for the DVA?')).toBe('skills');
  });

  it('reads a plan of so many weeks or months as how long to study', () => {
    expect(topic("what's a realistic 3 month plan to pass the DVA")).toMatch(/^How long to study/);
  });

  it('reads a role at "our company" as that workplace, which the guide cannot know', () => {
    expect(topic('what does a solutions architect at our company actually do day to day?')).toMatch(
      /^Roles, teams and promotions at your own workplace/,
    );
    expect(topic("what's the salary band for a senior developer at our company?")).toMatch(/^Roles, teams/);
    // Where the workplace only sets the scene, or is any company, the question is still the guide's.
    expect(answered('a recruiter at my company asked me how the SAA and DVA differ')).toBe('overview');
    expect(
      answered('who would a solutions architect at a company like ours usually be collaborating with?'),
    ).toBe('career-path');
  });

  it('reads "what even is the SAA" as what the certification is, with a clause after it', () => {
    expect(
      answered('what even is the solutions architect associate, never heard of it before joining this team'),
    ).toBe('architect');
    expect(answered("what's the DVA cert? Raj put it in his goals")).toBe('developer');
  });

  it('keeps the recommender for a short pick asked with only its own cue ("I like coding, which cert?")', () => {
    expect(answered('I like coding more than diagrams, which cert')).toBe('choose');
    // Asked of a topic, the cue is the asker's background: the topic is the answer.
    expect(answered('I like coding, how much coding is on the developer exam?')).toBe('coding');
  });

  it('reads "an explainer on" one certification as what that certification is', () => {
    expect(answered('anyone got a short explainer on the architect associate cert?')).toBe('architect');
  });

  it('reads "what is the aws solution architect cert" (singular "solution") as what that certification is', () => {
    expect(answered('what is the solution architect cert, short explain please')).toBe('architect');
  });

  it('reads the certifications "lowest to highest" as the levels, an exam\'s "focal points" as its focus', () => {
    expect(answered('the aws credentials, lowest to highest?')).toBe('levels');
    expect(answered('SAA-C03 focal points vs DVA-C02')).toBe('focus-areas');
  });

  it('reads holding the two "at the same time" as taking both, and "the lowdown" as the gist', () => {
    expect(answered('can one person hold the architect and the developer associate at the same time?')).toBe(
      'both',
    );
    expect(answered('I need the lowdown on the developer associate')).toBe('developer');
  });

  it('reads "X or Y: what separates them?" as the difference asked, not a pick', () => {
    expect(
      answered('Solutions Architect associate or Developer associate: what separates them, briefly'),
    ).toBe('overview');
  });

  it('reads a "better package" as the salary an offer brings', () => {
    expect(answered('architect or developer associate, which one gets you the better package?')).toBe(
      'salary',
    );
  });

  it('reads "svcs", "reqd" and the Indian English "designations" as the words they stand for', () => {
    expect(answered('which aws svcs show up on the developer exam')).toBe('services');
    expect(answered('is scripting reqd for the architect one?')).toBe('coding');
    expect(answered('what designations can I apply for with the dev associate?')).toBe('job-roles');
  });

  it('reads "difficultly", a real word typed for "difficulty", as difficulty', () => {
    expect(answered('which one has more difficultly, saa or dva')).toBe('difficulty');
    expect(answered('difficultly of architect vs developer exam')).toBe('difficulty');
  });

  it("reads problem solving and system thinking as the architect's skills, not the exam's problems", () => {
    expect(
      answered('does an architect need problem-solving and system thinking besides AWS knowledge?'),
    ).toBe('skills');
    expect(answered('is systems thinking part of what an SA needs?')).toBe('skills');
    expect(answered('What kinds of problems appear on the Solutions Architect Associate exam?')).toBe(
      'exam-questions',
    );
  });

  it('reads what comes after an associate as the learning path, and the tiers above it as the levels', () => {
    expect(answered('what should I do after the associate, go pro right away?')).toBe('learning-path');
    expect(answered('what usually comes after an associate cert?')).toBe('learning-path');
    expect(answered('what levels are there above associate?')).toBe('levels');
  });

  it('reads a question for the people in the room ("who here has the DVA?") as one the guide cannot answer', () => {
    expect(topic("who here has the DVA? I'd like a study buddy")).toBe(
      'Who on your team holds a certification',
    );
    expect(topic('how many people on our team hold the architect cert?')).toBe(
      'Who on your team holds a certification',
    );
    // Asking those who hold them about the certifications is the guide's.
    expect(answered('for those who passed both, which exam felt harder?')).toBe('difficulty');
  });

  it('reads "which IDE is best" as a pick among editors, not between the sides ("ide" is no "I\'d")', () => {
    expect(topic('which IDE is best for a Java backend?')).toMatch(/^Which programming language, editor/);
    expect(answered('which one is best for a Java backend dev, SAA or DVA?')).toBe('choose');
  });

  it('reads "which programming language should I learn first" as the language gap', () => {
    expect(topic('which programming language should I learn first as a career changer?')).toMatch(
      /^Which programming language, editor/,
    );
  });

  it('reads a raise being negotiated as the scene of a pay question, and asked for as its own topic', () => {
    expect(answered("money talk: I'm negotiating a raise, does the SAA pay more than the DVA?")).toBe(
      'salary',
    );
    expect(topic('any tips for asking for a raise once I pass SAA?')).toBe('Job interviews');
  });

  it('reads the ID to bring to the exam and an editor named by brand as the gaps they are', () => {
    expect(topic('which ID documents do I need to bring to the exam?')).toMatch(/^Exam registration/);
    expect(topic('is PyCharm good for a beginner?')).toMatch(/^Which programming language, editor/);
  });

  it('reads a building architect as another job, not the architect side', () => {
    expect(topic('what does a licensed building architect earn?')).toBe(
      'jobs other than Architect and Developer',
    );
    expect(answered("what's the salary of an AWS solutions architect compared with a developer?")).toBe(
      'salary',
    );
  });

  it("reads what is on the Cloud Practitioner exam as another exam's content, and taking it first as the path", () => {
    expect(topic('is there networking on the cloud practitioner exam?')).toMatch(/^Other AWS certifications/);
    expect(answered('should i do the cloud practitioner exam first or go straight to SAA?')).toBe(
      'learning-path',
    );
  });

  it('answers what the asking sentence asks when a background alone made the post a pick', () => {
    expect(
      answered(
        'Thinking about the architect associate after years of backend dev — is it going to be harder for me than the dev one?',
      ),
    ).toBe('difficulty');
    // A pick asked after the background is still the recommender's.
    expect(answered('after years of backend dev — which one should I go for, architect or developer?')).toBe(
      'choose',
    );
  });

  it("reads a beginner's sequence as the learning path, and the order of the two as taking both", () => {
    expect(
      answered("Our juniors keep asking where to begin with AWS certs. What's the usual sequence?"),
    ).toBe('learning-path');
    expect(answered('recommended sequence for a newbie')).toBe('learning-path');
    expect(answered('SAA then DVA or the other way round, which sequence?')).toBe('both');
  });

  it("reads raising one's own pay as the pay gap, and a raise asked of an employer as not covered", () => {
    expect(
      answered('Would moving into architecture raise my salary, or are cloud devs paid just as well?'),
    ).toBe('salary');
    expect(topic("What's the best way to ask my manager for a raise?")).toBe('Job interviews');
  });

  it('reads a claim doubted, with where it is heard, as the claim asked about', () => {
    expect(
      answered(
        'Do architect roles really pay more than dev roles even at entry level? Or is that just something people repeat on YouTube?',
      ),
    ).toBe('salary');
    expect(answered('do architects really make more than cloud devs or is that a myth', 'channel')).toBe(
      'salary',
    );
    expect(
      answered(
        'does the dev exam really emphasize ci/cd, sdk usage and debugging or is that just what one youtube guy said?',
      ),
    ).toBe('focus-areas');
    // Not another question put as "or is that…": "…or is that more a DVA thing" names the other side.
    expect(answered('does SAA cover messaging like SQS or is that a DVA thing')).toBe('services');
  });

  it('reads past a pick the asker puts off ("not at the choosing stage yet")', () => {
    expect(
      answered(
        "I'm not even at the choosing stage yet, I just keep wondering what the fundamental distinction is between the design-heavy associate and the one for people who write code.",
      ),
    ).toBe('overview');
    expect(answered('not picking yet, how much coding does each associate need?')).toBe('coding');
  });

  it('reads past a topic the asker sets aside', () => {
    expect(
      answered(
        'Salary aside, what does the architect associate certification actually say about your abilities?',
      ),
    ).toBe('architect');
    expect(
      answered(
        'what competency does passing the architect associate say you have? (pay bands are a separate convo, ignore that part)',
        'channel',
      ),
    ).not.toBe('salary');
  });

  it('reads past a topic the asker says they are not asking about', () => {
    expect(
      answered('not asking how many questions, I want to know what kind of questions are on each exam'),
    ).toBe('exam-questions');
    expect(answered('forget salary, what about the jobs each cert leads to?')).toBe('job-roles');
    expect(
      answered(
        'our sysadmin wants to certify but does not write code. How much coding does each cert expect? Not asking which to pick yet, just the coding bit.',
      ),
    ).toBe('coding');
    // Overheard too, and with "not looking for".
    expect(
      answered(
        "newbie here, a few weeks into aws. what's the big picture difference between the SA cert and the dev cert? not looking for a deep dive just the gist",
        'channel',
      ),
    ).toBe('overview');
    // Still asked when not disavowed.
    expect(answered('how many questions are on each exam?')).toBe('not-covered');
  });

  it('reads a route or track said of the pair as the two certifications, pointing at no section', () => {
    expect(
      answered('Which capabilities does a person need in order to pursue each of these two routes?'),
    ).toBe('skills');
    expect(answered('What competencies should I build up for each of these two routes?', 'channel')).toBe(
      'skills',
    );
    expect(
      analyzed('What abilities does someone need to succeed on each of the two routes?').terms,
    ).not.toContain('rout');
    // A career track is still the career's word; one side's route still names that side.
    expect(analyzed('which competencies does each of these two career tracks demand?').terms).toContain(
      'track',
    );
    expect(analyzed('what do I need for the design route?').terms).toContain('architect');
  });

  it('reads a side the asker does not care about, or is not interested in, as not asked about', () => {
    const question =
      "Network engineer here. Can someone summarise what the AWS architect associate is about on its own — I don't care about the dev one, just want to know what SAA stands for as a cert.";
    expect(answered(question)).toBe('architect');
    expect(
      answered(
        "not interested in the dev one at all rn so pls dont compare, just tell me about the architect associate on its own. what's the cert about",
      ),
    ).toBe('architect');
    // Both named and cared about: the two side by side.
    expect(answered('can someone summarise what the architect associate and the dev one are about?')).toBe(
      'overview',
    );
  });

  it('reads "per the guide" as where the answer comes from, not a topic', () => {
    expect(answered('What skills does an AWS developer need, per the guide?')).toBe('skills');
    expect(answered('give me the ratings per skill for each cert')).toBe('skills-matrix');
  });

  it('reads "grind" and "slog" as how hard an exam is', () => {
    expect(answered('Which one is the bigger grind, SAA or DVA?')).toBe('difficulty');
    expect(answered('is the dva more of a slog than the saa?')).toBe('difficulty');
  });

  it('reads the exam in another language and what the testing rules allow as logistics', () => {
    expect(topic('is the SAA offered in Hindi or Japanese?')).toMatch(/^Exam length and format/);
    expect(topic('Can I use scratch paper during the DVA test?')).toMatch(/^Exam registration/);
  });

  it('reads a purpose clause as why the asker asks up to the end of its sentence, not only of the message', () => {
    expect(
      answered(
        'HR wants to know how aws certs are tiered so they can set requirements in job posts. what are the grades?',
      ),
    ).toBe('levels');
  });

  it('reads a pick the exam asks of candidates as no pick of the asker', () => {
    expect(answered('do the exams make candidates choose between services?')).not.toBe('choose');
    expect(analyzed('do they ask you to pick architectures or to sort out code').choiceCue).toBe(false);
    expect(answered('my boss wants me to pick one: SAA or DVA?')).toBe('choose');
  });

  it('reads "which one fits my role" as a pick, not job titles', () => {
    expect(
      answered(
        "I'm a devops engineer and my boss will pay for one associate cert. which one fits my role better?",
      ),
    ).toBe('choose');
  });

  it('reads the doors a certification opens onto as its jobs, and whether it opens any as the general question', () => {
    expect(answered('what positions does the SAA open doors to')).toBe('job-roles');
    expect(
      topic(
        'Will an AWS associate certification actually open doors, or do hiring managers see straight through it?',
      ),
    ).toMatch(/^Whether certifications pay off in general/);
  });

  it('reads "dive further" and "drill further" as depth', () => {
    expect(answered('which areas does each cert dive further into?')).toBe('technical-depth');
  });

  it('answers overheard a message naming the two only as a pair when nothing else could be meant', () => {
    expect(answered('Which of the two is tougher to pass?', 'channel')).toBe('difficulty');
    expect(answered('ccp first or straight to associate?', 'channel')).toBe('learning-path');
    expect(answered('where does each one dig deeper technically?', 'channel')).toBe('technical-depth');
    // One word the guide does not know ("crew") is allowed, the rest being sure.
    expect(answered('which one has more networking depth? for the ops crew', 'channel')).toBe(
      'technical-depth',
    );
    // The section's own pair word with another of its words beside it ("first").
    expect(answered('set on getting both — which comes first then?', 'channel')).toBe('both');
    // Sure at the "best" band (not a stricter bar of its own).
    expect(answered('how much code will each one demand of me?', 'channel')).toBe('coding');
  });

  it.each([
    // the pair word is the section's own ("both") with none of its other words, or the pick, which any two
    // things reach
    'can you hold both?',
    'which of the two should I go for?',
    // the pair is named by people, or words the guide never uses
    'which of the two candidates had deeper networking knowledge?',
    'which of the two pays better? got offers from both startups',
    'which of the two laptops is faster',
  ])('stays silent overheard on "%s"', (message) => {
    expect(answered(message, 'channel')).toBe('silence');
  });

  it('reads what a certification "represents" as what it validates', () => {
    expect(answered('what does the solutions architect associate represent?')).toBe('architect');
  });

  it('reads what the writer is doing, before a comma or a semicolon, as a lead-in to the question', () => {
    expect(
      answered(
        'running a mock exam session for juniors, what type of scenarios should I write for each of the two certs?',
      ),
    ).toBe('exam-questions');
    expect(answered('writing the career ladder doc, what titles do people with SAA typically go for?')).toBe(
      'job-roles',
    );
  });

  it('reads code set against diagrams as how much coding, not the pick', () => {
    expect(answered('do you need to write code for SAA or is it all diagrams')).toBe('coding');
    expect(answered('I love coding and hate drawing diagrams, which cert should I take?')).toBe('choose');
  });

  it('reads a skills grid or heat map as the ratings, AWS building blocks as services, and certs helping to get a job as the general question', () => {
    expect(
      answered('need the full seven-row skill grid for architect vs developer for the L&D catalog'),
    ).toBe('skills-matrix');
    expect(answered('what kinds of AWS building blocks does each cert expect you to know')).toBe('services');
    expect(
      topic('do aws certs like the dev one really help to get job, or companies only look at experience?'),
    ).toMatch(/^Whether certifications pay off in general/);
  });

  it('reads a verb before "engineers" or "architects" as no kind of role ("encourage engineers" are still engineers)', () => {
    expect(
      answered(
        'Budget review: should we encourage engineers to get both associate certs eventually? Does combining them add value?',
      ),
    ).toBe('both');
  });

  it('reads "which one is above which?" as a ranking asked, not a pick', () => {
    expect(
      answered(
        'My manager says I must do an associate AWS cert, but I also see Professional and Specialty on the site. How are the certification categories arranged, which one is above which?',
      ),
    ).not.toBe('choose');
  });

  it('reads "pays the bills" as pay, not the AWS bill, and a level of coding as how much coding', () => {
    expect(topic('which one actually pays the bills better, SAA or DVA?')).toBe('answer');
    expect(answered('which one actually pays the bills better, SAA or DVA?')).toBe('salary');
    expect(answered('What level of coding does each cert expect?', 'channel')).toBe('coding');
  });

  it('reads no not-covered topic in why the asker asks ("so I can tailor my CV") nor in "from scratch" without a time', () => {
    expect(answered('Which of the two certs lines up with which job titles, so I can tailor my CV?')).toBe(
      'job-roles',
    );
    expect(answered("new to the cloud and starting from scratch in it, what's the roadmap?")).toBe(
      'learning-path',
    );
  });

  it('reads "the coding one" as the developer side, as "the design one" is the architect side', () => {
    expect(answered('what does the coding one from AWS prove about you?')).toBe('developer');
    expect(answered('how do the design one and the coding one differ, in short?', 'channel')).toBe(
      'overview',
    );
  });

  it('reads "SAA or DVA next?" as a pick of the next one, not the order\'s "DVA next"', () => {
    expect(answered('Student. SAA or DVA next? I like coding more than infra stuff.')).toBe('choose');
    expect(answered('just passed SAA, is doing DVA next a sensible move?')).toBe('both');
  });

  it('reads "which should I start with" beside both as the order of the two', () => {
    expect(
      answered('if our juniors want both associate certs eventually, which should they start with?'),
    ).toBe('both');
    expect(analyzed('I want both certs, which should I start with?').terms).toContain('order');
  });

  it("reads the guide's order phrases whatever names the sides and with function words between", () => {
    expect(answered('should i do the SAA before the DVA')).toBe('both');
    expect(analyzed('should i do the SAA before the DVA').terms).toContain('order');
    // A date after it is when, not an order.
    expect(
      analyzed("Priya's doing the developer associate next month, heads-down for a bit").terms,
    ).not.toContain('order');
  });

  it('reads "among" as a function word: where the two land among the tiers asks the levels, not the top earners', () => {
    const question =
      "QA tester, I've done ISTQB Foundation and the Advanced Test Analyst. What tiers does AWS have, and where do the Solutions Architect and Developer certs land among them?";
    expect(analyzed(question).terms).not.toContain('among');
    expect(answered(question)).toBe('levels');
  });

  it('reads "administering AWS" as work the certification is about, not who administers the exam', () => {
    expect(
      answered('the Developer Associate, is that about building apps on AWS or administering AWS?'),
    ).toBe('developer');
    expect(topic('who administers the AWS exams, Pearson?')).toBe(
      'Exam registration, scheduling, retakes and online proctoring',
    );
  });

  it('weighs "eventually", "someday", "afterwards" as a timeline, not as a subject the guide lacks', () => {
    expect(answered('the new grads asked if it is worth doing both eventually')).toBe('both');
    expect(answered('we plan to take both eventually: is that a common combination?')).toBe('both');
  });

  it('reads "raise earning potential" as the pay compared, not a raise negotiated', () => {
    expect(answered('does moving from cloud dev into platform work actually raise earning potential?')).toBe(
      'salary',
    );
    expect(topic('tips for asking for a raise?')).toBe('Job interviews');
  });

  it('reads an analogy told before a question that names both sides as no comparison of other things', () => {
    expect(
      answered(
        'Like a marathon vs a sprint, I guess. How should I prepare for the architect vs the developer associate?',
      ),
    ).toBe('study-tips');
  });

  it('reads "skillset reqs" as the skills each requires, not a job requisition', () => {
    expect(answered('skillset reqs for SAA vs DVA?')).toBe('skills');
  });

  it("reads a second monitor on the desk as the online proctor's rules, which the guide leaves out", () => {
    expect(topic('can I keep a second monitor on my desk during the SAA?')).toBe(
      'Exam registration, scheduling, retakes and online proctoring',
    );
  });

  it('reads "the SA professional" as another AWS certification, which the guide leaves out', () => {
    expect(topic('SA associate vs SA professional, how different are their syllabi?')).toBe(
      'Other AWS certifications in detail',
    );
  });

  it('reads what is "in the Cloud Practitioner exam" as that exam in detail, which the guide leaves out', () => {
    const question =
      'what is actually in the Cloud Practitioner exam? domains, weighting, that kind of thing';
    expect(topic(question)).toBe('Other AWS certifications in detail');
    expect(answered(question, 'channel')).toBe('silence');
    // Cloud Practitioner as a first step is still the learning path's.
    expect(answered('should I do the Cloud Practitioner first or go straight to SAA?')).toBe('learning-path');
  });

  it('reads a "JD" as the job description an employer writes, a topic the guide leaves out', () => {
    const question = "should 'AWS certified' be nice-to-have or required on the new JD? I vote nice-to-have";
    expect(topic(question)).toBe('Whether certifications pay off in general, and what employers require');
    expect(answered(question, 'channel')).toBe('silence');
  });

  it('ends a "for a developer" aside where a sentence that asks begins', () => {
    const post =
      "I saw a table rating skills like networking 'high' for architect and 'medium' for developer. Can someone give me the full ratings?";
    expect(analyzed(post).terms).toContain('matrix');
    expect(answered(post)).toBe('skills-matrix');
  });

  it('reads a question after "in plain words" as asking, in a post with no "?"', () => {
    const post =
      "self-taught, some React. everyone here talks about the architect one and the dev one like it's obvious. in plain words whats the core difference";
    expect(askingSentences(post)).toBe('in plain words whats the core difference');
    expect(answered(post)).toBe('overview');
  });

  it('reads a request without a "?" ("Kindly tell what…") as the sentence that asks', () => {
    const post =
      'Respected seniors, I am final year B.Tech student from Hyderabad. Kindly tell what type of problems come in Solutions Architect exam versus Developer exam.';
    expect(askingSentences(post)).toMatch(/^Kindly tell what type of problems/);
    expect(answered(post)).toBe('exam-questions');
    expect(
      askingSentences('Six years in support. Help desk tickets all day, mostly PowerShell.'),
    ).toBeUndefined();
  });

  it('reads "in general terms" and "generally speaking" as how broadly to answer, not certifications in general', () => {
    expect(
      answered(
        'Just passed Cloud Practitioner 🎉 Next everyone keeps saying SAA. Can someone explain what the Solutions Architect associate is as a certification, in general terms? What does holding it mean?',
      ),
    ).toBe('architect');
    expect(
      answered('Do solutions architects earn more than cloud developers, generally speaking?', 'channel'),
    ).toBe('salary');
    expect(topic('are certifications in general worth it?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    // "in practice" asks how concretely, with no practice exam or practising in it.
    expect(
      answered(
        "My mentor says SAA is about 'designing' and DVA is about 'building' and I honestly don't get what that means in practice. ELI5?",
      ),
    ).toBe('overview');
    // Nor "the practical difference": the difference in practice.
    expect(answered('what is the practical difference between the two associate certs?')).toBe('overview');
  });

  it('keeps a reported question before a dash: it asks, it is no lead-in', () => {
    const post =
      "our ops team is asking which associate exam they'll find harder — architect or developer. thoughts?";
    expect(askingSentences(post)).toBeUndefined();
    expect(answered(post)).toBe('difficulty');
    // "verdict?" asks for an opinion on what came before, as "thoughts?" does.
    expect(
      answered(
        "Our whole squad is getting certified and we're split on whether the developer or the architect exam is the tougher one. verdict?",
      ),
    ).toBe('difficulty');
  });

  it('reads "call for" said of the certifications as what they require, not as a topic', () => {
    expect(answered('How much programming does each actually call for?')).toBe('coding');
  });

  it('reads a side\'s describing words between "the" and "one" as that side ("the builder one")', () => {
    expect(answered('what does the builder one prove about you?')).toBe('developer');
  });

  it("reads what someone of the asker's says as the claim asked about, not as the asker's background", () => {
    expect(
      answered(
        'My partner says I should do the architect cert because architects get paid more than developers. Is that generally true in the cloud world?',
      ),
    ).toBe('salary');
    expect(answered('my tutor at uni reckons SAA needs you to write Python scripts. is that true?')).toBe(
      'coding',
    );
  });

  it('counts half the unknown words around an overheard question, none of them in a question asked directly', () => {
    const post =
      'Can I get the low/medium/high/very-high ratings per skill area for both certs? Mapping them onto our internal levels.';
    const match = matchQuestion(indexes, post);
    expect(match.overheardUnknownWords).toBeLessThan(match.unknownWords);
    expect(answered(post, 'channel')).toBe('skills-matrix');
    // A learning path of another kind names no side, whatever describes it.
    expect(
      answered(
        'is there a learning path for the new design system? like a storybook or something',
        'channel',
      ),
    ).toBe('silence');
  });

  it.each(['core distinction', 'fundamental difference', 'basic difference', 'biggest differences'])(
    'reads the degree word of "the %s" as how much the difference matters, not as a topic',
    (phrase) => {
      const question = `My manager asked me to explain SAA vs DVA on one slide. What's the ${phrase}?`;
      expect(answered(question)).toBe('overview');
      expect(answered(question, 'channel')).toBe('overview');
    },
  );

  it('answers overheard a question naming a side\'s route ("the architect path") as one with a credential word', () => {
    const question = 'Which skills does someone need for the architect path? Writing a job description.';
    const match = matchQuestion(indexes, question);
    expect(match.subject).toBe('implied');
    expect(match.namesRoute).toBe(true);
    expect(answered(question, 'channel')).toBe('skills');
    expect(matchQuestion(indexes, 'which skills does someone need for the architect?').namesRoute).toBe(
      false,
    );
  });

  it('allows an overheard question naming a side as "the dev one" a word the guide never uses, as a credential word does', () => {
    const question = "where does the dev one go deep that the architect one doesn't";
    const match = matchQuestion(indexes, question);
    expect(match.namesOneOfThem).toBe(true);
    expect(match.overheardUnknownWords).toBe(1);
    expect(answered(question, 'channel')).toBe('technical-depth');
    // It does not lower the confidence needed: a colleague asked about their exam is left alone.
    expect(answered('did the dev one feel easier since you already had the architect one?', 'channel')).toBe(
      'silence',
    );
  });

  it('reads the dash of an official name ("Solutions Architect – Associate") overheard as part of the name, no lead-in', () => {
    const question =
      "A candidate's CV lists AWS Solutions Architect – Associate. What does that certification validate?";
    expect(answered(question)).toBe('architect');
    expect(answered(question, 'channel')).toBe('architect');
  });

  it('reads an emoji before a capitalised question word as the end of a sentence', () => {
    const post =
      "First cert exam ever and I'm a bit anxious 😅 What do the questions look like on SAA vs DVA? scenarios?";
    expect(askingSentences(post)).toMatch(/^What do the questions/);
    expect(answered(post)).toBe('exam-questions');
  });

  it('reads pay "as much as" the other side as pay, and passing in a number of days as how long to study', () => {
    expect(answered('do serverless-heavy cloud devs make as much as architects?')).toBe('salary');
    expect(topic('could I pass the DVA in 14 days studying 5 hours a night?')).toBe(
      'How long to study or prepare',
    );
    expect(topic('can I pass SAA in 10 days?')).toBe('How long to study or prepare');
  });

  it('reads "a non-developer" as who is asking, not another job', () => {
    expect(answered('how do u prep for dev assoc as a non-developer?')).toBe('study-tips');
  });

  it('reads "coming from…" as the asker describing where they come from', () => {
    const post =
      "coming from the cisco world where it's CCNA → CCNP → CCIE. does amazon have a similar hierarchy, and where would the two associates land on it?";
    expect(answered(post, 'channel')).toBe('levels');
  });

  it('reads a leaning after a word of degree as how much, not a side: "more code-focused than"', () => {
    expect(answered('is the developer associate more code-focused than the architect associate?')).toBe(
      'coding',
    );
    expect(answered('how code-oriented is the DVA compared with the SAA?')).toBe('coding');
  });

  it('reads "the coding-heavy one" as a side, unless asked which one it is', () => {
    expect(answered('the code-heavy one of the two: what does it certify that you can do?')).toBe(
      'developer',
    );
    expect(answered('Is the coding-heavy one easier if you already code for a living?')).toBe('difficulty');
    expect(answered('which one is the coding-heavy one, SAA or DVA?')).toBe('coding');
    expect(answered('thinking of doing the dev cert this quarter, is that the coding-heavy one?')).toBe(
      'coding',
    );
  });

  it('reads "the builder cert" and "the blueprint exam" as the sides, but not "the build test" of CI talk', () => {
    expect(answered("what's the builder cert actually about")).toBe('developer');
    expect(answered('how much programming does the builder-flavoured cert need', 'channel')).toBe('coding');
    expect(answered('the blueprint cert — what does it validate?')).toBe('architect');
    expect(answered('did the build test pass on main?', 'channel')).toBe('silence');
    expect(answered('builder exam main themes? cicd? sdk stuff?')).toBe('focus-areas');
    // A describing word another name ends with names no side, and a side named by description takes no part
    // in a keyword read a few words apart.
    expect(topic('is the official aws skill builder exam prep course enough on its own to pass DVA')).toMatch(
      /courses/i,
    );
    expect(answered('skillz needed for the builder one?')).toBe('skills');
    // The verb is no description: "building a cert ladder" names no side.
    expect(matchQuestion(indexes, 'we are building cert pipelines').subject).toBe('implied');
  });

  it('answers a degree set against certs as not covered', () => {
    expect(topic("is a master's degree worth more than stacking certs?")).toMatch(/^Degrees/);
    expect(topic('degree or certs, which gets you further in cloud?')).toMatch(/^Degrees/);
  });

  it('offers at most three "did you mean" suggestions when unsure', () => {
    const decision = decideReply(indexes, 'serverless networking questions', 'direct');
    expect(decision.kind).toBe('did-you-mean');
    if (decision.kind === 'did-you-mean') expect(decision.suggestions.length).toBeLessThanOrEqual(3);
  });

  it.each([
    'good morning team',
    'the deploy failed again',
    'who is on call this weekend?',
    'thanks everyone',
    'our architect review is at 3pm',
    'how much does the exam cost?',
  ])('stays silent in a channel on "%s"', (message) => {
    expect(answered(message, 'channel')).toBe('silence');
  });

  it('answers a clear question about the guide in a channel', () => {
    expect(answered('which certification pays more, architect or developer?', 'channel')).toBe('salary');
  });
  it('reads a describing word before "one" offered against the other side as that side ("design one or coder one")', () => {
    expect(answered('im a sysadmin, design one or coder one')).toBe('choose');
    expect(answered('what does the design one zoom in on vs the coder one', 'channel')).toBe('focus-areas');
  });

  it('reads an indirect ask ("curious what…") as the clause that asks, not the aside after it', () => {
    expect(
      answered('curious what the pain points of the SA associate are, a couple of my engineers are nervous'),
    ).toBe('difficulty');
    // The same worry asked outright is still the exam-day nerves topic.
    expect(topic('how do i stop being so nervous before the SA associate?')).toBe(
      'Exam-day nerves, motivation and study groups',
    );
  });

  it('reads a placeholder word ("thingy") as no topic of its own', () => {
    expect(answered('the dev associate thingy, whats it for')).toBe('developer');
  });

  it('gives cheers told to the bot a short friendly reply, not the section a shared word points at', () => {
    expect(answered('congrats @lena on the developer associate, well deserved')).toBe('acknowledgement');
    expect(answered('Congrats to Lena on passing the Developer Associate!')).toBe('acknowledgement');
    // Cheers that go on to ask are still a question.
    expect(answered('congrats on the SAA! which one should I do next, DVA?')).not.toBe('acknowledgement');
  });
  it('reads "in a sentence or two" as how briefly to tell it, up to the end of its clause', () => {
    expect(
      answered(
        "@certpath what's the Solutions Architect – Associate in a sentence or two? Putting it in a job posting",
      ),
    ).toBe('architect');
  });

  it('reads pacing per question and a shrinking job market as gaps', () => {
    expect(topic('how much time per question on the architect exam')).toBe('Exam length and format');
    expect(topic('are cloud jobs drying up regardless of SA/DVA')).toBe(
      'The job market in a particular place or in years to come, and visas',
    );
    expect(answered('are cloud jobs drying up regardless of SA/DVA', 'channel')).toBe('silence');
  });
  it('reads "the infra one" as the architect side, set against "the coding one"', () => {
    expect(answered('diff btwn the infra one and the coding one, eli5')).toBe('overview');
  });

  it("reads a degree in the asker's background as background, and a degree asked about as the gap", () => {
    expect(
      answered(
        'As a fresh grad with a CS degree but no cloud experience, where should I jump in — fundamentals first, or straight to one of the associate certs',
      ),
    ).toBe('learning-path');
    expect(topic('do I need a cs degree for the SAA?')).toBe('Degrees and formal education');
  });

  it('stays silent in a channel on cheers for someone "who passed both" certifications', () => {
    expect(
      answered('cake in the kitchen for Sam, who passed both AWS associate certs this quarter 🍰', 'channel'),
    ).toBe('silence');
    expect(answered('both associate certs, which order should I take them in?', 'channel')).toBe('both');
  });
  it('gives "the exam" alone with words the guide never uses no overview: an exam-day question is not covered', () => {
    expect(answered('exam pause allowed?')).toBe('not-covered');
    expect(answered('Does the exam give you an on-screen calculator?')).toBe('not-covered');
    // Named, the two still default to the overview.
    expect(answered('saa vs dva?')).toBe('overview');
  });
  it('reads "asking for an interview panel" as for whom the asker asks, not a question about interviews', () => {
    expect(
      answered(
        "when a candidate says they hold the AWS dev associate, what's that meant to tell us, asking for an interview panel",
      ),
    ).toBe('developer');
    expect(topic('any tips for a job interview for a cloud role after the SAA?')).toBe('Job interviews');
  });
  it('reads "I\'d like to know…" after a background as the clause that asks', () => {
    expect(
      answered(
        "As someone who enjoys really understanding the networking layer, I'd like to know which of the two goes further into that territory, versus which goes further into code-level stuff",
      ),
    ).toBe('technical-depth');
  });
  it('reads another exam shortened to "assoc", an exam paid back on leaving and hiring policy as gaps', () => {
    expect(topic('data engineer assoc vs DVA')).toBe('Other AWS certifications in detail');
    expect(topic('employer paid for my SAA, do I owe them if I leave')).toBe('Exam price and discounts');
    expect(
      answered('should we require SAA for the senior cloud role or is that just gatekeeping?', 'channel'),
    ).toBe('silence');
  });
  it('reads "trying to work out…" after a background as the clause that asks', () => {
    expect(
      answered(
        'I come from the Juniper world where JNCIA leads to JNCIS and then JNCIE. Trying to work out how AWS stacks its tiers and which rung the two associates sit on.',
      ),
    ).toBe('levels');
  });
  it('reads two orders offered with arrows ("dva => saa or saa => dva") as the order of taking both', () => {
    expect(words('saa → dva or dva -> saa')).toEqual(['saa', 'then', 'dva', 'or', 'dva', 'then', 'saa']);
    // As Slack sends it, escaped.
    expect(words('SA -&gt; dev or dev -&gt; SA')).toEqual(['sa', 'then', 'dev', 'or', 'dev', 'then', 'sa']);
    // An arrow alone is where something leads, not a sequence.
    expect(words('SAA -> what roles?')).toEqual(['saa', 'what', 'roles']);
    expect(answered('dva => saa or saa => dva, which way round?')).toBe('both');
    expect(answered('SAA -> what roles?')).toBe('job-roles');
  });
  it('reads "before I book / before paying…" ahead of a question as when the asker acts, not the topic', () => {
    expect(answered('before I book the exam, how much coding is on the DVA?')).toBe('coding');
    expect(answered('before paying for the voucher, what does the SAA focus on?')).toBe('focus-areas');
    // The order of the two is no lead-in, and a booking asked about is still the gap.
    expect(answered('before I take DVA, should I do SAA?')).toBe('both');
    expect(answered('before I book the exam, can I reschedule it later?')).toBe('not-covered');
  });
  it('answers "what does the SA associate validate?" with its section, whatever gap is named around the ask', () => {
    expect(
      answered("haven't booked anything yet 🙈 what does the developer associate actually prove you can do?"),
    ).toBe('developer');
    expect(
      answered(
        'recruiters keep pinging me on linkedin about it, so what does the developer associate actually validate',
      ),
    ).toBe('developer');
    expect(
      answered(
        'when someone lists the SA associate on their resume, what is it supposed to validate about them',
      ),
    ).toBe('architect');
    // Without "what", whether a certification proves anything is the gap.
    expect(answered('does the SAA prove anything to employers or is experience all that counts?')).toBe(
      'not-covered',
    );
  });
  it('reads what a certification "stands for" or "represents" as what it shows of its holder', () => {
    expect(
      answered(
        'my mentee wants to know what the AWS Developer Associate stands for before she commits to it',
      ),
    ).toBe('developer');
    expect(
      answered(
        'putting together onboarding notes; need a blurb on what the solutions architect associate represents',
      ),
    ).toBe('architect');
  });
  it('reads more course providers and "with no degree" as gaps', () => {
    expect(topic('is the kodekloud DVA course any good')).toBe(
      'Specific courses, books and practice-test providers',
    );
    expect(topic('will anyone hire me with no degree if I pass the SAA')).toBe(
      'Degrees and formal education',
    );
  });
  it('reads a message as long as Slack allows as far as a question is read, and decides it as its head', () => {
    const head = 'which is harder, SAA or DVA?';
    const pasted = `${head}${' '.repeat(39_000)}ok`;
    expect(answered(pasted, 'channel')).toBe(answered(head, 'channel'));
    expect(answered(pasted, 'channel')).toBe('difficulty');
    // A question after the first 2,000 characters is not read.
    expect(answered(`${'-'.repeat(39_000)} saa or dva?`, 'channel')).toBe('silence');
  });

  it("reads a contraction without its apostrophe as a function word, not a near spelling of an exam's name", () => {
    // "it'll" loses its apostrophe to "itll", one letter from ITIL: an exam in another field.
    const question =
      "My coworker says the architect exam was easy for him and the dev one nearly killed him, and I'm wondering if it'll be the opposite for me.";
    expect(topic(question)).not.toBe("Other clouds' certifications, and exams in other fields");
    expect(answered(question)).toBe('difficulty');
    expect(topic('is ITIL foundation harder than the SAA')).toBe(
      "Other clouds' certifications, and exams in other fields",
    );
  });

  it("reads a version code after another exam's letters as that exam's, not a side's", () => {
    expect(analyzed('clf-c02 topics list').subject).toBe('none');
    expect(answered('clf-c02 topics list', 'channel')).toBe('silence');
    expect(analyzed('soa-c02 vs saa-c03').subject).toBe('named');
    expect(analyzed('is c03 harder than c02').subject).toBe('named');
    expect(analyzed('what changed from dva-c01 to dva-c02').subject).toBe('named');
  });

  it('reads "different" before a noun of something else as things told apart, not the sides set against each other', () => {
    const review = 'why does this design have three different queues between the same two services';
    expect(analyzed(review).subject).toBe('none');
    expect(answered(review, 'channel')).toBe('silence');
    expect(analyzed('how different are they really').subject).toBe('implied');
    expect(analyzed('are the two different certs really that different').subject).toBe('implied');
    expect(analyzed('different tracks, same effort?').subject).toBe('implied');
  });

  it('reads "arch" beside the other side as the architect side, and not in talk of Arch Linux or an arch board', () => {
    expect(answered('can i do both arch + dev')).toBe('both');
    expect(answered('skills list arch vs dev, what do they want from u', 'channel')).toBe('skills');
    expect(answered('anyone running arch linux on their work laptop?', 'channel')).toBe('silence');
    expect(answered('is the arch review board meeting today?', 'channel')).toBe('silence');
  });

  it('reads what the asker said of themselves as the topic when the question asks only what a side needs', () => {
    expect(answered('zero coding background - how much does SAA need')).toBe('coding');
    expect(
      answered(
        'sysadmin here, bash scripts are about as far as my programming goes. will the architect cert need more than that?',
        'channel',
      ),
    ).toBe('coding');
    // A topic asked of its own keeps the background an aside.
    expect(answered("I'm a sysadmin, how much does SAA pay compared to DVA?")).toBe('salary');
  });

  it('reads "right after", "straight after" between the two sides as their order', () => {
    expect(answered('should i do dva right after saa')).toBe('both');
    expect(answered('DVA straight after SAA?')).toBe('both');
    expect(answered('DVA straight after SAA?', 'channel')).toBe('both');
  });

  it('reads no gap in what the asker says they are not asking', () => {
    expect(
      answered(
        "Not asking which course to buy. What's the general approach to studying for these, theory vs hands-on?",
      ),
    ).toBe('study-tips');
    expect(topic('which course should I buy for the DVA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads "validity" as how long a certification lasts, not as what it validates', () => {
    const renewal = 'Certification validity, renewal and expiry';
    expect(topic('SAA validity?')).toBe(renewal);
    expect(answered('SAA validity?', 'channel')).toBe('silence');
    expect(topic('is the dva validity 3 yrs')).toBe(renewal);
    expect(answered('3 yrs or 2 yrs validity saa', 'channel')).toBe('silence');
    expect(answered('what does the SAA validate')).toBe('architect');
  });

  it('reads a percent sign as the word, so a share of one exam asks its weights', () => {
    expect(words('only ~20% of the SAA?')).toEqual(['only', '20', 'percent', 'of', 'the', 'saa']);
    expect(topic('what % of the DVA is lambda')).toBe("Passing score, pass rates and AWS's domain weights");
    expect(answered('80% of the job is meetings, which cert fits an architect like that')).not.toBe(
      'not-covered',
    );
  });

  it('reads a question announced as such as the question, the story before it as background', () => {
    const question =
      'got 70% on a DVA mock, meh. my real question is how much programming the developer exam expects vs the architect one';
    expect(answered(question)).toBe('coding');
    const prepared = prepareQuestion(question, indexes[0]!.corrector);
    // The story before it asks nothing; the announcing words are no topic.
    expect(prepared.inQuestion[prepared.raw.indexOf('mock')]).toBe(false);
    expect(prepared.aboutTheMessage[prepared.raw.indexOf('question')]).toBe(true);
  });

  it('reads "qs" and "q\'s" as questions, and "two qs:" as the post counting its own questions', () => {
    expect(answered("what are dva q's like, mostly code fixing?")).toBe('exam-questions');
    expect(topic('how many qs on the architect exam')).toBe('Exam length and format');
    // Either question it asks is a right answer; the exam's questions are not.
    const twoAsked = 'two qs: which is harder, saa or dva, and which pays more?';
    expect(['difficulty', 'salary']).toContain(answered(twoAsked));
    expect(prepareQuestion(twoAsked, indexes[0]!.corrector).aboutTheMessage.slice(0, 2)).toEqual([
      true,
      true,
    ]);
  });

  it('reads an assessment or credential after a word the guide never uses as another thing', () => {
    expect(answered('my review is next week, any tips for writing the self-assessment', 'channel')).toBe(
      'silence',
    );
    expect(analyzed('any tips for writing the self-assessment').subject).toBe('none');
    expect(analyzed('any tips for the developer assessment').subject).not.toBe('none');
  });

  it('reads pay "in general" as whether certifications pay off, not the two sides\' salaries', () => {
    const payOff = 'Whether certifications pay off in general, and what employers require';
    expect(topic('do aws certs raise your pay in general')).toBe(payOff);
    expect(answered('do aws certs raise your pay in general', 'channel')).toBe('silence');
    expect(answered('does the architect cert pay more than the developer one?')).toBe('salary');
  });

  it('reads no job title across a clause\'s end ("…the two associates - architect first")', () => {
    expect(answered('order of the two associates - developer first')).toBe('both');
    expect(topic('what does an associate architect do at a bank')).toBe(
      'jobs other than Architect and Developer',
    );
  });

  it('reads "I\'m asking which…" as asked, not as the asker describing themselves', () => {
    const asked =
      "Network admin here. I'm asking which of the two goes deeper into networking. Is that the architect one?";
    expect(answered(asked)).toBe('technical-depth');
    expect(answered(asked, 'channel')).toBe('technical-depth');
    expect(
      answered(
        "Ops person here, I'm not asking which pays more, I'm asking which one digs deeper into networking. The architect one?",
      ),
    ).toBe('technical-depth');
  });

  it('reads "full disclosure", "to be honest" as said of the post, not as a topic', () => {
    const frank =
      "Full disclosure: I haven't touched code since uni. I'm wondering how much programming the developer cert expects";
    expect(answered(frank)).toBe('coding');
    const words = prepareQuestion(frank, indexes[0]!.corrector).aboutTheMessage;
    expect(words.slice(0, 2)).toEqual([true, true]);
  });

  it('reads a lay audience the answer is for ("to a non-technical manager") as said of the post, not technical depth', () => {
    expect(
      answered('how would you explain SAA vs DVA to a non-technical manager? need a two-sentence version'),
    ).toBe('overview');
    expect(
      answered(
        'Explain the developer certification to a non-technical director in one paragraph.',
        'channel',
      ),
    ).toBe('developer');
    // Skills that are not technical are still skills.
    expect(answered('what kind of non-tech skills does the architect side need, like problem solving?')).toBe(
      'skills',
    );
  });

  it('reads "not trying to start a flame war", "no shame" as said of the post, not as a topic', () => {
    expect(
      answered('is DVA just SAA-lite with extra lambda? genuinely asking, not trying to start a flame war'),
    ).toBe('overview');
    const words = prepareQuestion(
      'Money question, no shame. Which pays more?',
      indexes[0]!.corrector,
    ).aboutTheMessage;
    expect(words.slice(2, 4)).toEqual([true, true]);
  });

  it('reads a question opened by an interjection ("ugh", "welp") as asked, without its "?"', () => {
    expect(
      answered('ugh which one is harder honestly. no background in dev or infra, just a fresh maths degree'),
    ).toBe('difficulty');
    expect(looksLikeQuestion('ugh which one is harder honestly')).toBe(true);
  });

  it('reads a pick put off ("before I choose, …", "…before I decide") as no pick asked, and a pick asked after it as one', () => {
    expect(
      answered(
        "Before I choose, I'd love to see what each exam concentrates on, the architect one versus the developer one",
      ),
    ).not.toBe('choose');
    expect(
      answered(
        'Not a software engineer, I just do some SQL. Want to know how much programming each associate cert involves before I decide',
        'channel',
      ),
    ).toBe('coding');
    expect(answered('before I decide, which one would you take as a java developer, SAA or DVA?')).toBe(
      'choose',
    );
  });

  it('reads "the real exam questions" as the exam\'s questions, and only their sale as a question seller', () => {
    expect(answered('what do the real exam questions look like for each cert?')).toBe('exam-questions');
    expect(topic('anyone selling real exam questions for SAA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads a span of time in words as how long to prepare only where it is asked, not as the exam date told', () => {
    expect(answered('My DVA exam is in two weeks; what are the typical pain points people hit on it?')).toBe(
      'difficulty',
    );
    expect(topic('can I be ready for the SAA in three weeks?')).toBe('How long to study or prepare');
  });

  it('reads what an exam "cares about most" as its focus, not a caring sidestep', () => {
    expect(answered('what does the architect exam care most about?')).toBe('focus-areas');
    expect(answered('which things does each cert care about most')).toBe('focus-areas');
    expect(answered("i don't care which one is harder, which pays more?")).not.toBe('focus-areas');
  });

  it('reads the options a pick is between in the sentence that sets them out, before the pick is asked', () => {
    expect(
      topic(
        "I'm deciding between the AWS Solutions Architect Associate and Azure's AZ-305. Which one is more respected?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
    expect(topic("I'm torn between Azure Administrator and Azure Developer. Which should I go for?")).toBe(
      "Other clouds' certifications, and exams in other fields",
    );
    expect(
      answered("I'm torn between the SAA and the DVA. I write Python all day. Which should I go for?"),
    ).toBe('choose');
  });

  it('reads the options set out before a question that points back at "those two"', () => {
    expect(
      topic(
        "Azure person here. I'm trying to decide whether to stay on the Microsoft track and do AZ-400 next or pivot to GCP's Professional Cloud Architect. How do those two compare in difficulty?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
    expect(
      answered(
        "I'm trying to decide whether to do the AWS architect associate or the developer associate. How do those two compare in difficulty?",
      ),
    ).toBe('difficulty');
    expect(
      topic(
        "My job is Azure-heavy and I'm trying to pick between AZ-900 and the Azure Administrator exam. What's the difference between them?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
  });

  it('answers the main question when a topic the guide leaves out is only asked as a second one ("Also, …")', () => {
    expect(
      answered(
        "Full-stack dev (React + Express), 4 years. I love coding and building APIs, mild interest in infrastructure but it's not what gets me out of bed. Which associate fits me better? Also, side question, does anyone know if there's a discount if you work for an AWS partner company? thoughts?",
      ),
    ).toBe('choose');
    expect(
      answered(
        'Between SAA-C03 and DVA-C02, which one leads to the higher-paying roles? Not asking for exact numbers. Also is the exam fee the same for both or is one more expensive?',
      ),
    ).toBe('salary');
    // Not when what the post tells is about such a topic too, nor when every question is one.
    expect(
      answered(
        'Got the 50% off voucher from passing CLF. Can I use it on DVA or only SAA? Also does it expire?',
      ),
    ).toBe('not-covered');
    expect(answered('How much is the SAA exam? Also, is there a student discount?')).toBe('not-covered');
    // "And…" sets a second question apart too.
    expect(
      answered(
        'Tester for six years, some Python. Would the dev one or the architect one suit someone who debugs all day? And does anyone know a good Udemy course?',
      ),
    ).toBe('choose');
    // What the post tells, when the question does not point back at it, is background: "Jenkins jobs" are no job hunt.
    expect(
      answered(
        "Just finished moving our Jenkins jobs over to GitHub Actions, never again. How much coding is on the architect exam? I haven't coded in years. Also, is there a discount if you already hold a cert?",
      ),
    ).toBe('coding');
  });

  it('answers a sure main question though the post tells an analogy that compares other things', () => {
    // The analogy ("…found biology easier than chemistry…") is no topic the guide leaves out that the post is about.
    expect(
      answered(
        'Backend dev, 6 years of Go. For someone like me, which of the two associates would feel harder? Sort of like school where some people found biology easier than chemistry depending on what they did before. Also: coffee or tea on exam day?',
      ),
    ).toBe('difficulty');
  });

  it('reads a post with no "?" as asking where the writer says they do not know', () => {
    expect(
      askingSentences(
        'Former teacher, finished a six-month Python course. Trying to work out whether my coding is good enough for the developer associate or whether the architect one needs less code.',
      ),
    ).toBe(
      'whether my coding is good enough for the developer associate or whether the architect one needs less code.',
    );
    expect(
      askingSentences(
        "Ops for ten years. I can't really tell which of the two associate exams leans harder on networking.",
      ),
    ).toBe('which of the two associate exams leans harder on networking.');
    // What the background tells (a booked exam slot) is not asked about.
    expect(
      answered(
        'Sysadmin, ten years of Linux. Our CTO booked me a slot for the developer exam next month. Not really sure how much coding it expects from someone like me.',
      ),
    ).toBe('coding');
    expect(
      answered(
        "Career changer from retail, six months into Python. Trying to work out which skills I'd need for the architect route and which for the developer route.",
      ),
    ).toBe('skills');
    expect(
      answered(
        'Storage admin here: NetApp, Veeam and tape rotation for a decade. My uni mates all say associate is the entry tier, my boss says the foundational one comes first. Not sure if associate is really where a beginner starts.',
      ),
    ).not.toBe('not-covered');
    // Where a sentence ends in "?", that one asks.
    expect(askingSentences("I'd like to know what each exam emphasises. What does the DVA focus on?")).toBe(
      'What does the DVA focus on?',
    );
  });

  it('answers "what is that certification about?" of the side named before it, not of the asker\'s job', () => {
    expect(
      answered(
        "A recruiter brought up the AWS Solutions Architect cert on a call and I had to pretend I knew it. I'm a backend dev, mostly Ruby. What is that certification actually about?",
      ),
    ).toBe('architect');
    expect(
      answered(
        "Our vendor says every engineer they send holds the SAA. I'm a frontend dev myself. What does that one actually vouch for?",
      ),
    ).toBe('architect');
  });

  it('keeps, of a long post, the sentences just before its question: what "that cert" points back at', () => {
    const decision = decideReply(
      indexes,
      "So my lead passed her Developer Associate last month and now she keeps nudging me to do the same. I mostly handle support tickets and babysit a few EC2 boxes. What does that cert actually prove someone can do? I don't want to collect a badge for the sake of it. She says it changed how she thinks about building things, but she's not great at explaining why, and honestly neither am I, so here we are on a Friday night.",
      'direct',
    );
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('developer');
    expect(decision.kind === 'answer' && decision.band).toBe('best');
  });

  it('answers a note as terse as a search that sets the two against each other with "vs"', () => {
    expect(answered('code intensity architect vs dev')).toBe('coding');
    expect(answered('salary band architect vs developer')).toBe('salary');
    // Not a longer message that tells.
    expect(answered('tech lead vs architect title debate is happening again in the leads channel lol')).toBe(
      'not-covered',
    );
  });

  it('ends a sentence at an emoji before a capital: what was told before it is not asked', () => {
    expect(
      askingSentences(
        'Long week, the migration finally shipped 🎉 Which of the two associates pays more, architect or developer?',
      ),
    ).toBe('Which of the two associates pays more, architect or developer?');
    // Not before a word that goes on in lower case, unless a question opens there (a run-on's break).
    expect(askingSentences('the SAA went fine 🎉 now which one pays more though?')).toBeUndefined();
    expect(askingSentences('the SAA went fine 🎉 which one pays more though?')).toBe(
      'which one pays more though?',
    );
  });

  it('reads the options a writer is weighing, debating or comparing, when the question picks between them', () => {
    expect(
      topic(
        "I'm a backend developer weighing the AWS Developer Associate against the Azure Developer Associate (AZ-204). Which of those two is more respected?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
    expect(
      topic(
        "My company uses both clouds so I'm debating Azure AZ-204 vs AWS DVA-C02. Which one is more respected?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
    expect(
      answered("I'm weighing the SAA against the DVA. I write Python all day. Which one should I go for?"),
    ).toBe('choose');
    expect(
      topic(
        "I'm comparing the Solutions Architect Professional with the DevOps Engineer Professional for next year. Which is harder?",
      ),
    ).toBe('Other AWS certifications in detail');
    expect(answered("I'm comparing the SAA and the DVA for next year. Which is harder?")).toBe('difficulty');
  });

  it('reads the exam named in the sentence before a question that points back at "that exam"', () => {
    expect(
      topic(
        "Passed SAA, now eyeing the Solutions Architect Professional. What's that exam like — is the jump brutal?",
      ),
    ).toBe('Other AWS certifications in detail');
    // Not when the last thing named there is one of the two, nor when the asking sentence names one first.
    expect(
      answered(
        "Got laid off from a sysadmin job last month and literally everyone on LinkedIn says 'get the architect cert'. Before I sink my evenings into it — what is that certification actually meant to show an employer?",
      ),
    ).toBe('architect');
    expect(
      answered(
        'i have the terraform associate already. thinking DVA next but how heavy is the CI/CD side honestly, is that a known pain point on that exam',
      ),
    ).toBe('difficulty');
  });

  it('reads the exam named in the sentence before an "it" asked what it covers, read on into that sentence', () => {
    expect(topic("Just got my Cloud Practitioner badge. what's actually on it, domain by domain?")).toBe(
      'Other AWS certifications in detail',
    );
    // One of the two named as where the other stands is not what is pointed at.
    expect(
      topic('Thinking of doing Security Specialty after SAA. what topics does it cover in detail?'),
    ).toBe('Other AWS certifications in detail');
    expect(
      answered('Thinking of doing the DVA after the Cloud Practitioner. what topics does it cover?'),
    ).not.toBe('not-covered');
    // "its" points back as well, also when the asking sentence read alone is a sure match.
    expect(
      topic("I'm taking the Security Specialty next spring. What are its exam domains and weightings?"),
    ).toBe('Other AWS certifications in detail');
  });

  it('reads "out-earn" as pay, and "is that a myth?" as a claim checked, not a word of another subject', () => {
    expect(answered('do architect roles generally out-earn developer roles?')).toBe('salary');
    expect(
      answered(
        "I keep wondering whether architects actually out-earn cloud devs or if that's just a myth people repeat on here",
      ),
    ).toBe('salary');
    expect(
      answered(
        "I'm a backend developer. Will I find the developer associate easier than the architect one, or is that a myth?",
        'channel',
      ),
    ).toBe('difficulty');
  });

  it('names the developer certification "the one for builders", as "the one for designers" names the architect\'s', () => {
    expect(answered('the one for builders — what does it validate exactly')).toBe('developer');
  });

  it('names each side by the noun it is called with, "the builder exam" as "the design exam", "the blueprint one"', () => {
    expect(answered('where does the builder side lead, long term?')).toBe('career-path');
    expect(answered('which skills does the blueprint exam want from me?')).toBe('skills');
  });

  it('reads "the pair" after "which of" and "both" before an adverb as the two certifications', () => {
    expect(answered('which of the pair pays better, roughly?')).toBe('salary');
    expect(answered('is it wise to get both ultimately?')).toBe('both');
  });

  it('reads likeness and choice in idiom: "apples and oranges", "night and day", "horses for courses"', () => {
    expect(answered('apples and oranges, these two certs?')).toBe('overview');
    expect(answered('is it horses for courses with these two?')).toBe('choose');
  });

  it('reads an exam that "goes harder on" a topic as how deep it goes there, not as which exam is harder', () => {
    expect(answered('which exam goes harder on networking?')).toBe('technical-depth');
  });

  it('reads what a headline "becomes" after a certification as the job title it leads to, not job hunting', () => {
    expect(answered('once I have the DVA what does my headline become?')).toBe('job-roles');
    expect(topic('how should I word my linkedin headline to get noticed?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
  });

  it('reads a post that opens by saying who someone is, with no "I" ("support technician, some bash."), as a background to the pick', () => {
    expect(answered('support technician, some bash. saa or dva')).toBe('choose');
    expect(analyzed('devops architect: which cert lines up').prepared.background).toBe(false);
  });

  it('reads a clause saying who the asker is ("I\'m a bootcamp instructor, …") as whom it is for, not a topic the guide leaves out', () => {
    expect(answered("I'm a bootcamp instructor, what kinds of questions are on each exam?")).toBe(
      'exam-questions',
    );
    expect(topic('which bootcamp is best for the SAA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads security "best practices" as an exam topic, not practising, and "what\'s its deal" as what one side is', () => {
    expect(answered('does the SA associate weigh security best practices more than the DVA?')).toBe(
      'focus-areas',
    );
    expect(answered("the dev one. what's its deal?")).toBe('developer');
    expect(answered("which exam kicks more people's butts?")).toBe('difficulty');
  });

  it('reads code by its smallest pieces ("a for loop", "hello world") as the coding asked about', () => {
    expect(answered('for loops scare me. which of the two makes me program the most?')).toBe('coding');
  });

  it('stays silent in a channel on a rallying "if I can do it, so can you"', () => {
    expect(
      answered(
        "team, I'm sitting the developer associate before year end — if I can do it with three standups a day, so can you 😅",
        'channel',
      ),
    ).toBe('silence');
  });

  it('reads "what domains does that one cover?" of the certification named before it, another one too', () => {
    expect(
      topic("After the DVA I'm looking at the Security Specialty. What domains does that one cover?"),
    ).toBe('Other AWS certifications in detail');
    expect(
      answered(
        "After the DVA I'm looking at the Security Specialty. What domains does that one cover?",
        'channel',
      ),
    ).toBe('silence');
  });

  it('reads "Am I ready…, or…" after a told score as the asker asking of themselves, not describing themselves', () => {
    expect(
      topic(
        "I'm averaging 70% on the practice tests for the DVA. Am I ready to book, or should I hold off a few weeks?",
      ),
    ).toBe('Practice-test scores and exam readiness');
  });

  it('reads a likeness a sentence opens with ("like a FIFA card — …") as naming no topic, not an example ("like implementing auth")', () => {
    expect(
      answered(
        'like a FIFA card — how do the saa and dva compare stat by stat? networking, devops tooling, api stuff',
      ),
    ).toBe('skills-matrix');
    expect(
      analyzed('what do they ask on the DVA? like implementing auth, deployments').prepared.notAsked.some(
        Boolean,
      ),
    ).toBe(false);
  });

  it('stays silent in a channel on certifications named only in a quoted line that names no side nor level', () => {
    expect(
      answered("the job post says 'AWS certification preferred' — do we actually screen on that?", 'channel'),
    ).toBe('silence');
    expect(answered("what does 'AWS Certified Developer - Associate' attest to?", 'channel')).toBe(
      'developer',
    );
  });

  it('reads "Confirm?" as checking the sentence before it, and another vendor\'s "equivalent" as that vendor\'s exam', () => {
    expect(topic('I read that the SAA gives you 130 minutes. Confirm?')).toBe('Exam length and format');
    expect(
      topic(
        "I'm torn between the AWS developer associate and Microsoft's equivalent. Which do recruiters favour?",
      ),
    ).toBe("Other clouds' certifications, and exams in other fields");
  });

  it('reads what sits above or below a certification as the levels, not the path to take', () => {
    expect(
      answered(
        'My boss said "just get the associate" as if I know what that means. Is there something below it? Above it?',
      ),
    ).toBe('levels');
    expect(answered('is associate the bottom of AWS certs or is there something below it?', 'channel')).toBe(
      'levels',
    );
  });

  it('reads "langs" as programming languages, asked as "languages" is', () => {
    expect(answered('what langs do i need for DVA')).toBe(answered('what languages do i need for DVA'));
    expect(answered('what langs do i need for DVA')).not.toBe('developer');
  });

  it('reads whether certifications "pay off in general" as that gap, not the salary section', () => {
    expect(topic('Do certifications actually pay off in general?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
    expect(answered('does the SAA pay off more than the DVA?')).toBe('salary');
  });

  it('reads requirements clipped after what they require ("coding reqs") as that topic, not a job requisition', () => {
    expect(answered('coding reqs: architect vs developer cert')).toBe('coding');
    expect(answered('skills req architect vs developer aws', 'channel')).toBe('skills');
    expect(topic('should our job reqs ask for a cert?')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
  });

  it('reads "in broad strokes", "for dummies" as asking for the gist, as "in a nutshell" does', () => {
    expect(answered('the developer associate in broad strokes')).toBe('developer');
    expect(answered('the coding one (DVA) explained for dummies')).toBe('developer');
    expect(answered('the developer associate in broad strokes')).toBe(
      answered('the developer associate in a nutshell'),
    );
  });

  it('reads what passing a certification "says you can do" as what it validates', () => {
    expect(
      answered(
        'Evryone says "just get the SAA" like it\'s a rite of passage. But what is it, concretely? What does passing it say you can do?',
        'channel',
      ),
    ).toBe('architect');
  });

  it('reads "the point of" a certification as what it is for, not a starting point', () => {
    expect(answered('aws dev associate — whats the point of it as a cert', 'channel')).toBe('developer');
    expect(answered("what's the point of doing both")).toBe('both');
  });

  it('reads an exam sat, told of, as a story in a channel, not a question about its questions', () => {
    expect(
      answered(
        'the architect exam loved multi-AZ vs multi-region scenarios, like every other question',
        'channel',
      ),
    ).toBe('silence');
    expect(answered('does the architect exam love multi-AZ vs multi-region scenarios?', 'channel')).toBe(
      'exam-questions',
    );
  });

  it('answers the one question of several that is a sure match by itself, when the others are asides', () => {
    expect(
      answered(
        "Recruiter posts list 'Cloud Architect' pay far above 'Cloud Developer' pay. Is that real or just selection bias in who posts? Does the architect track really pay more?",
      ),
    ).toBe('salary');
    // Not when another question is a topic the guide leaves out.
    expect(
      answered(
        "Recruiter posts list 'Cloud Architect' pay far above 'Cloud Developer' pay. How much does the exam cost? Does the architect track really pay more?",
      ),
    ).toBe('not-covered');
  });

  it('reads what a certification has validated, proven or is vouching for as what it shows', () => {
    expect(answered('Tell me what ability a developer-associate holder is supposed to have proven.')).toBe(
      'developer',
    );
    expect(
      answered(
        'our contractor holds the developer associate. what has that validated about them, in practice?',
      ),
    ).toBe('developer');
    expect(answered("what is the blueprint cert from amazon actually vouching we're capable of?")).toBe(
      'architect',
    );
    // What its holder is able to do; not what one must be able to do first (the skills).
    expect(answered('our new hire lists the Developer Associate. what is she actually able to do?')).toBe(
      'developer',
    );
    expect(answered('what do I need to be able to do before sitting the DVA?')).toBe('skills');
  });

  it("reads a likeness checked by the asker as how the two differ, over the recommender the likeness's people reach", () => {
    expect(
      answered('SA vs DVA: whoever draws the treehouse plan vs whoever hammers the nails. close enough?'),
    ).toBe('overview');
    // A pick asked as well is the recommender's.
    expect(
      answered(
        'SA vs DVA: whoever draws the treehouse plan vs whoever hammers the nails. close enough? which should I take?',
      ),
    ).toBe('choose');
  });

  it('reads where a track "eventually" leads, or leads on to, as the career path, not the job titles', () => {
    expect(answered('will the DVA route eventually lead me to an SRE seat?')).toBe('career-path');
    expect(answered('could the architect track lead on to a CTO role one day?')).toBe('career-path');
  });

  it('reads ranks and the level shortened as the levels', () => {
    expect(answered('between SAA and DVA, does either one outrank the other?')).toBe('levels');
    expect(answered("among amazon's certs, how high does the developer associate rank?")).toBe('levels');
    expect(answered('the two associate certs sit on which lvl, again?')).toBe('levels');
    // Asked naming only the field, in words partly the guide's own: the levels, not "not covered".
    expect(answered('aws hav wat tiers?')).toBe('levels');
  });

  it('reads the planner badge and the maker badge as the two sides, but not a plan', () => {
    expect(answered('the planner badge: what is it meant to certify?')).toBe('architect');
    expect(answered('what does the maker cert certify, in one line?')).toBe('developer');
    expect(analyzed('planning on the DVA next month, how hard is it?').terms).not.toContain('architect');
  });

  it('reads what a holder may be taken to be able to do as what the certification shows', () => {
    expect(answered('our applicant holds SAA-C03; what may I presume she handles?')).toBe('architect');
    expect(
      answered('a contractor of ours passed DVA-C02 — what should we rely on them to cover?', 'channel'),
    ).toBe('developer');
    // What it names is asked ("what skills"), and one who expects something of the exam holds nothing.
    expect(answered('what abilities would you expect of someone who holds the developer associate?')).toBe(
      'skills',
    );
    expect(answered('what should I expect on the day of the SAA exam?')).not.toBe('architect');
  });

  it('weighs the thing a section\'s title asks for when the question asks for it by its "what" or "which"', () => {
    // "start learning" and "path" are the learning path's words; what is asked for is skills.
    expect(answered('What abilities should I start learning now to go down the developer path?')).toBe(
      'skills',
    );
    // Not when the question names nothing of the guide's.
    expect(answered('which services are still on the old logging library?')).toBe('not-covered');
    // Nor when it asks what a certification shows: that is the side's own section.
    expect(answered('Tell me what ability a developer-associate holder is supposed to have proven.')).toBe(
      'developer',
    );
  });

  it('reads a last sentence that only checks the claim before it ("Is he right?", "Check that for me.") as naming no topic', () => {
    // "Is he right?" points back to the claim, as "is that true?" does; its words are about the message.
    expect(
      answered('My brother insists the architect associate demands serious programming chops. Is he right?'),
    ).toBe('coding');
    expect(answered('my manager keeps saying the architect one pays better. is he right?', 'channel')).toBe(
      'salary',
    );
    // Who holds the claim is not asked about: "My manager believes…" names no manager's topic.
    expect(
      answered(
        'My manager believes the developer associate is mostly about wiring up SDK calls. Is that right?',
      ),
    ).toBe('developer');
  });

  it('reads a side that "pays better" as the salary, not the exam\'s price, while paying for the exam stays its price', () => {
    expect(answered('which of the two pays better over a career, and which exam is the harder one?')).toBe(
      'difficulty',
    );
    expect(topic('will my company pay for the SAA exam?')).toBe('Exam price and discounts');
    expect(topic('Does my employer pay for certification exams usually?')).toBe('Exam price and discounts');
  });

  it("reads a CV or a reimbursement told of before the ask as the asker's circumstances, and as a topic only where asked", () => {
    expect(
      answered(
        'Java and Terraform are already on my CV — which skills does the developer path still expect?',
      ),
    ).toBe('skills');
    expect(topic('how do I list the SAA on my resume?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
    expect(topic('will my employer reimburse the exam?')).toBe('Exam price and discounts');
  });

  it('reads a "so which…" with no comma before it as where the asking clause starts, the clause before it as why', () => {
    // "reimburse" is a price topic only where asked; here it is the reason, not the question.
    expect(answered('my employer only reimburses it if I pass so which of them is the harder one?')).toBe(
      'difficulty',
    );
    expect(topic('my employer only reimburses it if I pass so how do I claim the reimbursement?')).toBe(
      'Exam price and discounts',
    );
  });

  it('reads learning by heart ("memorising", "rote learning") as a way of getting ready, the study tips', () => {
    expect(answered('rote learning vs labs for these two exams?')).toBe('study-tips');
    expect(answered('rote learning vs labs for these two exams?', 'channel')).toBe('study-tips');
  });

  it('reads a doubt with where it is heard before it ("…or is that just Twitter hype?") as no topic', () => {
    expect(
      answered('do architects really earn more than developers or is that just Twitter hype?', 'channel'),
    ).toBe('salary');
    expect(
      answered(
        'does the architect path really need system design thinking or is that just blog post filler?',
      ),
    ).toBe('skills');
  });

  it('reads a pick judged "financially" or by following the money as the salary, not the pick itself', () => {
    expect(answered('which one is better financially, the SAA or the DVA?')).toBe('salary');
    expect(answered('which one is better financially, the SAA or the DVA?', 'channel')).toBe('salary');
  });

  it('reads an exam said to cost a figure as its price, while a budget figure beside a pick stays the pick', () => {
    expect(topic('a coworker says the DVA costs $150. is she right?')).toBe('Exam price and discounts');
    expect(answered('my company reimburses up to $150, which cert should I take as a sysadmin?')).toBe(
      'choose',
    );
  });

  it('reads a "true or false:" label as opening a claim to check: no pick offered, no topic named', () => {
    expect(
      answered('true or false: if you like planning more than coding you should pick the architect one'),
    ).toBe('choose');
    expect(answered('true or false: memorising the services is the best way to pass these')).toBe(
      'study-tips',
    );
  });

  it('reads "does that sound right to you?" after a claim as checking it, naming no topic', () => {
    expect(
      answered('my lead says the architect associate needs no coding at all. does that sound right to you?'),
    ).toBe('coding');
    expect(
      answered(
        'my lead says the architect associate needs no coding at all. does that sound right to you?',
        'channel',
      ),
    ).toBe('coding');
  });

  it('reads a side the asker says to leave out ("ignore the DVA for now") as not asked about', () => {
    expect(answered('what does the architect associate cover? ignore the DVA for now')).toBe('architect');
    expect(answered('give me the gist of the developer one, forget about the SAA', 'channel')).toBe(
      'developer',
    );
    // "skip" is no leaving out: skipping the foundational exam is the learning path's question.
    expect(answered('skip ccp and go straight to saa?')).toBe('learning-path');
  });

  it('reads a side someone does not care about ("he doesn\'t care about the dev one") as not asked about', () => {
    expect(
      answered("my manager doesn't care about the architect one, what is the developer associate about?"),
    ).toBe('developer');
    expect(
      answered(
        'nobody in our guild cares about the architect path, we only want the developer exam in short',
      ),
    ).toBe('developer');
    // An exam's not caring is what it weighs, asked about.
    expect(answered("the architect exam doesn't care about SDKs, right? what is it focused on instead")).toBe(
      'focus-areas',
    );
  });

  it('reads the two each likened to something in turn ("SAA is the map and DVA the car") as how they differ', () => {
    expect(
      answered('would you say SAA is the city planner and DVA is the person writing the software?'),
    ).toBe('overview');
    expect(
      answered(
        'is the architect cert the sheet music and the developer cert the band playing it?',
        'channel',
      ),
    ).toBe('overview');
    expect(answered('is SAA the design drawing and DVA the coding work? or too simple')).toBe('overview');
    // A description that names its topic is no likeness.
    expect(answered('so SAA is the harder one and DVA the easier one, right?')).toBe('difficulty');
  });

  it('answers which of the two exams weighs a topic, or whether both do, with the focus areas', () => {
    expect(answered('debugging: on the architect exam, the developer exam, or both?')).toBe('focus-areas');
    expect(answered('which of the two exams cares more about resilience?')).toBe('focus-areas');
  });

  it('reads a "vs" that likens ("chess vs poker kind of thing", "like tortoise vs hare") as no other comparison', () => {
    expect(answered('chess vs poker kind of thing? which of the two associate exams is tougher')).toBe(
      'difficulty',
    );
    expect(answered('feels like tortoise vs hare, but which associate exam is harder to pass?')).toBe(
      'difficulty',
    );
    // Two other things compared are still a comparison the guide does not make.
    expect(topic('crossword vs sudoku, which puzzle is harder?')).toBe(
      'comparisons of anything but Architect and Developer',
    );
  });

  it('reads practice material set against the real exam as practice tests, which the guide leaves out', () => {
    expect(topic('are the ten questions in the official exam guide harder than the real exam?')).toBe(
      'Practice-test scores and exam readiness',
    );
    expect(answered('are the sample questions in the exam guide representative of the real DVA?')).toBe(
      'not-covered',
    );
  });

  it('reads what the asker graduated from ("Bootcamp grad — …") as who they are, not a course asked about', () => {
    expect(
      answered(
        'Bootcamp grad — the pair, someday?\nDoes holding both associates make you a rounder engineer, and which goes first?',
      ),
    ).toBe('both');
    expect(topic('which bootcamp is best for the SAA?')).toBe(
      'Specific courses, books and practice-test providers',
    );
  });

  it('reads the comparison skipped or the other side said not to be asked about as left out', () => {
    expect(answered("what's the dev associate about, skip the side by side")).toBe('developer');
    expect(answered("keen on the dev associate only, not the SA one: what's it about?")).toBe('developer');
    expect(answered("just the developer associate for me, not the architect one — what's it for?")).toBe(
      'developer',
    );
  });

  it('reads seniority or skill before a side\'s noun ("expert devs", "veteran architects") as no other job', () => {
    expect(answered('do expert devs get paid well?')).toBe('salary');
    expect(answered('are veteran architects well paid?')).toBe('salary');
    // A modifier that makes another job still does.
    expect(topic('do game developers get paid well?')).toBe('jobs other than Architect and Developer');
  });

  it('reads what a certification is proof of ("is it proof you can build stuff on aws?") as what it validates', () => {
    expect(answered('is having DVA proof i can ship apps on aws?')).toBe('developer');
    expect(answered('is the developer associate proof that you can build apps on AWS?')).toBe('developer');
  });

  it('reads wording a certification "so recruiters notice" as job hunting, which the guide leaves out', () => {
    expect(topic('how should i word my dva so recruiters notice')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
  });

  it('reads "professional" said of a person as a person, and the level only where it names one', () => {
    expect(answered('SA or dev cert for an IT infrastructure professional?')).toBe('choose');
    expect(answered('do lots of professionals end up holding both associate certs?')).toBe('both');
    // The level's name has no article; an article after a choice or before a certification word is the level.
    expect(topic("What's the Solutions Architect Professional like compared to the associate one?")).toBe(
      'Other AWS certifications in detail',
    );
    expect(answered('should I get an associate or a professional?')).toBe('levels');
  });

  it('reads study time per day as how long to study, and "shallow" as how deep a certification goes', () => {
    expect(topic('how much study time per day for the architect exam?')).toBe('How long to study or prepare');
    expect(answered('our team planned study time for the quarter: how should I study for the DVA?')).toBe(
      'study-tips',
    );
    expect(answered('is the dev cert shallow on infrastructure?')).toBe('technical-depth');
  });

  it("reads when the score comes, checking a claimed certification and a job's work-life balance as not covered", () => {
    expect(topic('how soon after the SAA do you get your score?')).toBe(
      'Exam registration, scheduling, retakes and online proctoring',
    );
    expect(topic('do employers actually verify aws certs or can people just lie on their CV?')).toBe(
      'Digital badges, certificates and perks',
    );
    expect(topic('cloud engineer vs SRE — which job has better work life balance?')).toBe(
      'Finding a first job, resumes, portfolios and remote work',
    );
  });

  it('reads "badges for linkedin" beside whether both are worth it as that question, not the badge itself', () => {
    expect(answered('is holding both certs worth it, or is it just collecting badges for linkedin?')).toBe(
      'both',
    );
    expect(topic('how do I add the DVA badge on LinkedIn?')).toBe('Digital badges, certificates and perks');
  });

  it("answers a newcomer's question that names only the field with the section newcomers ask that way", () => {
    expect(answered('complete beginner, never touched the cloud. where on earth do I begin?')).toBe(
      'learning-path',
    );
    // Not a path of another kind, named in no general term of the guide.
    expect(
      answered("what's the learning path for new hire onboarding going to live in, Notion or Confluence?"),
    ).toBe('not-covered');
    // Nor without the section's askedWithoutNaming.
    const copy = copyContent();
    try {
      copy.edit(`${DEFAULT_GUIDE}/learning-path.md`, (text) => text.replace('askedWithoutNaming: true', ''));
      const without = loadContent(copy.dir).map((guide) => buildGuideIndex(guide));
      const decision = decideReply(
        without,
        'complete beginner, never touched the cloud. where on earth do I begin?',
        'direct',
      );
      expect(decision.kind).toBe('not-covered');
    } finally {
      copy.cleanup();
    }
  });

  it('reads a side\'s describing word denied ("a no-code cert", "for people who can\'t code") as no side named', () => {
    expect(answered('is SAA basically a no-code cert?')).toBe('coding');
    expect(answered("is the SA cert a cert for people who can't code?")).toBe('coding');
    // Not denied, the description names the side.
    expect(answered('what is the credential intended for people who write software about?')).toBe(
      'developer',
    );
  });

  it('reads a time enough to prep as how long to study, and a way of prepping enough as how to study', () => {
    expect(topic('is a weekend enough to prep for the SAA?')).toBe('How long to study or prepare');
    expect(answered('is memorising enough to prep for the DVA, or do I need to build real stuff?')).toBe(
      'study-tips',
    );
  });

  it('reads "that exam" asked how far it goes into a topic as pointing back at another certification named before', () => {
    expect(
      topic(
        'thinking of the security specialty after my associate. what services does that exam go deep on?',
      ),
    ).toBe('Other AWS certifications in detail');
    expect(answered('what services does the DVA go deep on?')).toBe('services');
  });

  it('reads "which would you point her to?" as a recommendation asked for someone', () => {
    expect(answered('which of the two would you point her to? she is a devops engineer')).toBe('choose');
    expect(
      answered(
        'our frontend folks want to move into backend cloud work. which cert would you point them to?',
        'channel',
      ),
    ).toBe('choose');
  });

  it('reads "what is it for?" of one certification as what that certification is', () => {
    expect(answered("my girlfriend is studying for DVA-C02. what's that one actually for?", 'channel')).toBe(
      'developer',
    );
    expect(answered('what is the aws solutions architect associate for, exactly?', 'channel')).toBe(
      'architect',
    );
    expect(
      answered(
        'honestly what is the dva even for, like in plain terms for a newbie who keeps hearing about it',
      ),
    ).toBe('developer');
  });

  it('reads "pick one" set against holding both at the same time as whether to hold both', () => {
    expect(
      answered(
        'can someone hold the SA and the dev cert at the same time, or do you have to pick one?',
        'channel',
      ),
    ).toBe('both');
    expect(answered('SAA or DVA, I can only pick one')).toBe('choose');
  });

  it('reads the time an exam allows, compared or asked, as exam length', () => {
    expect(topic('is one of them given more time — do you get more time on the DVA?')).toBe(
      'Exam length and format',
    );
    expect(topic('how much time do you get for the architect exam?')).toBe('Exam length and format');
  });

  it('reads capabilities, competencies and know-how as the skills a path needs', () => {
    expect(answered('which capabilities should I build up before going for the architect associate?')).toBe(
      'skills',
    );
  });

  it('answers whether hands-on practice is optional on the path with the learning path', () => {
    expect(answered('is practice on real projects part of the usual path or optional?')).toBe(
      'learning-path',
    );
  });

  it('reads what someone of the asker\'s "thinks" as the claim asked about, not the asker\'s background', () => {
    expect(
      answered(
        'my mentor thinks the architect exam is a piece of cake for network engineers, unlike the developer one. is that fair?',
      ),
    ).toBe('difficulty');
    // The claim read as a background had left "compared to the DVA" alone: the overview, posted in a channel.
    expect(
      answered(
        'my senior thinks the SAA is plain sailing for sysadmins compared to the DVA. is that fair?',
        'channel',
      ),
    ).toBe('silence');
  });

  it("reads an exam's price asked in money, its versions side by side, prep weeks and certs getting jobs as not covered", () => {
    expect(topic('roughly what money goes on the developer exam itself?')).toBe('Exam price and discounts');
    // Money after the exam is pay: the salary section.
    expect(answered('does passing the architect exam bring in more money than the developer one?')).toBe(
      'salary',
    );
    expect(topic('SAA-C01 and SAA-C02: same syllabus or not?')).toBe(
      'Exam versions, updates and retirement dates',
    );
    expect(topic('a friend is selling his older materials for the SAA, still any good?')).toBe(
      'Exam versions, updates and retirement dates',
    );
    expect(topic('dva: prep weeks, roughly?')).toBe('How long to study or prepare');
    // Prep done weekly is no length: the study tips stay.
    expect(answered("I do my SAA prep each week on Sundays; what's the best way to prepare?")).toBe(
      'study-tips',
    );
    expect(topic('do certs actually get jobs lol')).toBe(
      'Whether certifications pay off in general, and what employers require',
    );
  });

  it('compares the two when one is asked how it differs and the other was told of before it', () => {
    expect(answered('my colleague holds the DVA. how is the SAA different, briefly?')).toBe('overview');
    // One alone, or the other told only after the question: what sets that one apart.
    expect(answered('how is the SAA different, briefly?')).toBe('architect');
    expect(answered('how is the SAA different? my colleague holds the DVA')).toBe('architect');
  });

  it('reads three words or more of the ranks as a question about the levels as a whole', () => {
    // The grade's own term joins the levels' names: the ranks as a whole, not one of them.
    expect(analyzed('foundational, associate, professional, specialty: is there a fifth?').terms).toContain(
      'tier',
    );
    expect(analyzed('foundational or associate for a total beginner?').terms).not.toContain('tier');
    // Nor on a path: its steps are asked.
    expect(
      analyzed('is the usual path foundational, then associate, then professional or specialty?').terms,
    ).not.toContain('tier');
    expect(answered('foundational or associate for a total beginner?')).toBe('learning-path');
  });

  it('reads the comparison said not to be wanted ("no comparison", "I don\'t need the comparison") as not asked', () => {
    const notAsked = (question: string) => {
      const { raw, notAsked: marks } = analyzed(question).prepared;
      return raw.filter((_, i) => marks[i]).join(' ');
    };
    expect(notAsked('what is the SAA for, no comparison thanks')).toBe('no comparison thanks');
    expect(notAsked('what is the DVA for? I do not need the comparison')).toBe('do not need the comparison');
    expect(notAsked('the SAA by itself, not vs the other one: what is it?')).toBe('not vs the other one');
    // A comparison asked for is asked.
    expect(notAsked('is there no comparison table for the two?')).toBe('');
  });

  it('reads an order of the two doubted as backwards as the order of taking both', () => {
    expect(answered('DVA this spring, SAA in autumn. Backwards?', 'channel')).toBe('both');
  });

  it('reads a question that goes on from its "is" ("… is how much?") as one sentence, not a run-on', () => {
    const { inQuestion } = analyzed(
      'the usual passing mark for the developer associate is how many points?',
    ).prepared;
    expect(inQuestion.every(Boolean)).toBe(true);
    expect(
      answered('the usual passing mark for the developer associate is how many points?', 'channel'),
    ).toBe('silence');
  });

  it("reads the order a newcomer asked to take things in as the learning path's steps, not the pair's order", () => {
    expect(answered('zero cloud background here: in what order do I learn stuff?')).toBe('learning-path');
    expect(analyzed('beginner: what order do I do things in?').terms).toContain('roadmap');
    // Said of who asks: no background, new grads.
    expect(answered('our interns have no cloud background at all. what order should they go in?')).toBe(
      'learning-path',
    );
    expect(answered("we're onboarding new grads next month: what order of certs?")).toBe('learning-path');
    // Of the two, named or pointed at, the order is the pair's.
    expect(analyzed('beginner: SAA then DVA, in what order do I learn stuff?').terms).not.toContain(
      'roadmap',
    );
    expect(analyzed('beginner planning both: what order do I learn stuff in?').terms).not.toContain(
      'roadmap',
    );
  });

  it('reads "done with" or "finished with" a side as holding it, but not asked of another', () => {
    expect([...analyzed('finished with the SAA last week. should I add the DVA too?').heldSides]).toEqual([
      'architect',
    ]);
    expect(analyzed('are you finished with the SAA? should I add the DVA too?').heldSides.size).toBe(0);
  });

  it('reads one side held and a pick or its worth asked of the other as adding the second: holding both', () => {
    expect(answered('my lead already holds the DVA. should she go for the SAA too?')).toBe('both');
    // A topic asked of the other is that topic; the two offered are a pick, and how they differ is asked of both:
    // holding both is not what they ask.
    expect(answered('I hold the SAA, how hard is the DVA?')).toBe('difficulty');
    expect(analyzed('my mentor has the SAA, should I get that or the other one?').terms).not.toContain(
      'both',
    );
    expect(
      analyzed('my lead holds the DVA. how does the SAA differ, and should she go for it too?').terms,
    ).not.toContain('both');
  });

  it('reads "each side", "either side" pointed at as the pair as the two certifications', () => {
    expect(answered('how do careers grow over a decade on each side?', 'channel')).toBe('career-path');
    expect(answered('which skills does either side expect me to bring?')).toBe('skills');
    // The sides of something else, named after them.
    expect(answered('do both sides of the api contract need updating before friday?')).toBe('not-covered');
  });

  it('reads "like I\'m a …" said last after "explain" or "describe" as the answer\'s audience, not a topic', () => {
    expect(answered("describe the SA associate to me like I'm a product owner please")).toBe('architect');
  });

  it('reads which programming language a path wants as its skills, and how much of one as the coding', () => {
    expect(answered('ruby or python for the developer associate?')).toBe('skills');
    expect(answered('for the dev associate, what languages matter most?')).toBe('skills');
    expect(analyzed('is typescript fine for the developer associate?').terms).toContain('skill');
    // How much, or how well: the coding.
    expect(answered('how much typescript does the developer associate assume?')).toBe('coding');
    expect(analyzed('must I write java fluently for the developer associate?').terms).not.toContain('skill');
    // Languages listed as what one knows ask nothing of them.
    expect(analyzed('I use python and java daily, is the developer associate right for me?').terms).toContain(
      'code',
    );
  });

  it("reads one side asked what it is about as a whole as that side's own section, in full", () => {
    expect(answered('what kind of competence does the developer associate put on a CV?')).toBe('developer');
    expect(
      answered(
        'is the architect cert about how systems get structured, or about running them day to day?',
        'channel',
      ),
    ).toBe('architect');
    // "mostly about" weighs a part of it: what the exam leans on.
    expect(answered('DVA: mostly about CI/CD pipelines and the SDK, or is there more?')).toBe('focus-areas');
  });

  it('reads "for me" after a request to explain or compare the two as whom it is told for, not a pick', () => {
    expect(answered('explain saa vs dva for me please', 'channel')).toBe('overview');
    expect(answered('compare SA assoc vs DVA for me in a few lines')).toBe('overview');
    expect(answered('saa or dva for me?')).toBe('choose');
  });

  it('reads a title a certification "maps to" as the job roles, not which of the two to take', () => {
    expect(answered('cloud developer or devops architect — which associate cert maps to each?')).toBe(
      'job-roles',
    );
  });

  it('reads "going for" a certification after "if" as a pick already made, not one asked', () => {
    expect(
      analyzed("which areas should our QA folks strengthen if they're going for the developer associate?")
        .terms,
    ).not.toContain('choos');
    expect(analyzed('thinking of going for the developer associate, good idea?').terms).toContain('choos');
    expect(analyzed('how much code is there if I go for either of these?').terms).toContain('choos');
  });
});

describe('what is said of an exam, with the part it is said of named', () => {
  it('weighs the word said of it: before a reason, after a "makes" naming it, before the part it names', () => {
    expect(analyzed('would you call DVA-C02 tough mainly due to its troubleshooting items?').weighed).toEqual(
      new Set(['difficulti']),
    );
    expect(analyzed('what makes SAA so hard?').weighed).toEqual(new Set(['difficulti']));
    expect(analyzed('the toughest part of SAA, is it picking between storage options?').weighed).toEqual(
      new Set(['difficulti']),
    );
    // "make" as in build, a verb after "to" or "should I", and "due" as a deadline say nothing of an exam.
    expect(analyzed('I make the computers talk to each other').weighed.size).toBe(0);
    expect(analyzed('should I start with the dev one because I already code?').reason).not.toContain(true);
    expect(
      analyzed('our slides are due to the client friday, the architect wants the cost section').reason,
    ).not.toContain(true);
  });

  it('reads the reason given as told, not asked, by the matcher and the classifier alike', () => {
    const reading = analyzed('would you call DVA-C02 tough mainly due to its troubleshooting items?');
    expect([...reading.context].sort()).toEqual(['debug', 'due', 'item']);
    expect(reading.reason.indexOf(true)).toBe(reading.prepared.raw.indexOf('due'));
    expect(answered('would you call DVA-C02 tough mainly due to its troubleshooting items?')).toBe(
      'difficulty',
    );
    // The matcher alone ranks difficulty first here; the classifier, reading the reason's words, had tie-broken
    // to the exam's questions.
    expect(answered('is c03 brutal because the scenario questions drag on?')).toBe('difficulty');
  });

  it('answers the hard part named after it, and keeps "part of the exam" as what an exam includes', () => {
    expect(answered('the toughest part of SAA, is it picking between storage options?')).toBe('difficulty');
    expect(answered('the trickiest part of DVA-C02: SDK retries?', 'channel')).toBe('difficulty');
    const included = analyzed('is VPC design part of the C03 syllabus?');
    expect(included.weighed.size).toBe(0);
    expect(answered('is VPC design part of the C03 syllabus?')).toBe('focus-areas');
  });

  it('lets the classifier read what is said of it as asked, over the parts guessed beside it', () => {
    // The parts guessed ("SDK config", "debugging scenarios") are the exam's questions' words; the classifier had
    // tie-broken to that section.
    expect(analyzed("what's the nasty bit of the DVA, the SDK config questions?").predicated).toEqual(
      new Set(['difficulti']),
    );
    expect(answered("what's the nasty bit of the DVA, the SDK config questions?")).toBe('difficulty');
    expect(answered('hard parts of the developer exam? the SDK questions?')).toBe('difficulty');
    expect(answered('is it the deployment questions that make the DVA tough?')).toBe('difficulty');
  });

  it('reads "makes … easier" after an order taken as the order asked of, not the quality', () => {
    expect(analyzed('if I do the SAA first, does that make the DVA easier?').weighed.size).toBe(0);
    expect(analyzed('does starting with the SAA make the DVA easier?').weighed.size).toBe(0);
    expect(analyzed('what makes the DVA easier for coders?').weighed).toEqual(new Set(['difficulti']));
  });
});

describe('one side asked of as a whole', () => {
  it("answers with that side's own section, not the one setting the two side by side", () => {
    // The overview tells the developer's definition too, beside the architect's: its words count for less here.
    expect(
      answered('dev associate = building apps on AWS? or is it about running them? unsure what it certifies'),
    ).toBe('developer');
  });
});

describe('the places on a ladder asked of', () => {
  it('reads "the same rung", "how many floors", "a step higher" as the tiers asked', () => {
    expect(analyzed('is the DVA on the same rung of the ladder as the SAA?').terms).toContain('tier');
    expect(analyzed('how many floors does the AWS cert building have?').terms).toContain('tier');
    expect(
      answered('is the developer exam on the same rung as the architect exam, or one step higher?'),
    ).toBe('levels');
    // Not a step taken up a career, nor "level up" as in getting better.
    expect(analyzed('time to level up my bash skills before the DVA').terms).not.toContain('tier');
    expect(analyzed('steps up to principal architect after the SAA?').terms).not.toContain('tier');
  });
});

describe('two of the levels named together', () => {
  it('imply the certifications, loosely: asked directly, the levels answer; overheard, nothing', () => {
    expect(analyzed('professional before specialty, or are they parallel?').subject).toBe('implied');
    expect(answered('professional before specialty, or are they parallel?')).toBe('levels');
    expect(answered('professional before specialty, or are they parallel?', 'channel')).toBe('silence');
    // One rank and the word "level" is one rank named.
    expect(analyzed('what level is professional').impliedLoosely).toBe(false);
  });
});
