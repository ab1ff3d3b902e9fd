import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { buildGuideIndex } from '../../../src/core/matching/guide-index.js';
import {
  askingSentences,
  lastAskingClause,
  prepareQuestion,
} from '../../../src/core/matching/prepare-question.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const [index] = loadContent(CONTENT_DIR).map((guide) => buildGuideIndex(guide));

/** The words of a question that a per-word mark of its preparation picks out. */
const marked =
  (mark: 'selfClause' | 'inQuestion' | 'aboutTheMessage' | 'heardFrom') => (question: string) => {
    const prepared = prepareQuestion(question, index!.corrector);
    return prepared.raw.filter((_, i) => prepared[mark][i]);
  };
/** The words that stand where the asker describes themselves. */
const described = marked('selfClause');
/** The words of the sentences that ask. */
const asking = marked('inQuestion');
/** The words that are about the message, not its topic. */
const aboutTheMessage = marked('aboutTheMessage');
/** The words that weigh nothing: stop words, and words about the message. */
const stopped = (question: string) => {
  const prepared = prepareQuestion(question, index!.corrector);
  return prepared.raw.filter((_, i) => prepared.stop[i]);
};

describe('the clauses where the asker describes themselves', () => {
  it('marks a clause opening with the asker and leaves the clause that asks', () => {
    expect(described("I'm a network engineer, which one pays better")).toEqual(['im', 'network', 'engineer']);
  });

  it('leaves a clause where the asker says what they want to know or wonder: it asks', () => {
    expect(described("I'm a QA tester. I want understand which of SAA and DVA is harder")).toEqual([
      'im',
      'qa',
      'tester',
    ]);
    expect(described('I was wondering which of the two pays better, I do mostly python')).toEqual([
      'do',
      'mostly',
      'python',
    ]);
  });

  it('marks a background, and what goes on from it without asking', () => {
    expect(described('ops for 8 years, lately mostly terraform. which exam next?')).toEqual([
      'ops',
      'for',
      '8',
      'years',
      'lately',
      'mostly',
      'terraform',
    ]);
  });

  it('leaves a request that goes on from a description: "help me choose"', () => {
    expect(described('I like coding but also designing systems. help me choose pls')).toEqual([
      'like',
      'coding',
      'but',
      'also',
      'designing',
      'systems',
    ]);
    expect(prepareQuestion('I like coding. help me choose pls', index!.corrector).askingPick).toBe(true);
  });

  it('marks "… here" introductions', () => {
    expect(described('backend dev here, what about salary')).toEqual(['backend', 'dev', 'here']);
    // Its stack in brackets goes with it.
    expect(described('sysadmin here (linux, vmware). architect or dev cert?')).toEqual([
      'sysadmin',
      'here',
      'linux',
      'vmware',
    ]);
    // Where the asker is, or works, is about them too.
    expect(described('based in london, cloud newbie, which one')).toEqual([
      'based',
      'in',
      'london',
      'cloud',
      'newbie',
    ]);
    expect(described('working in ops, which one')).toEqual(['working', 'in', 'ops']);
  });

  it("reads a clause as if the bot's name typed before it were not there", () => {
    expect(described('@certpath I run the data team, which one should they take')).toEqual([
      'certpath',
      'run',
      'the',
      'data',
      'team',
    ]);
    expect(described('hey certpath, I do mostly react, what about coding')).toEqual([
      'do',
      'mostly',
      'react',
    ]);
    // The name spoken of is no lead-in: "certpath said…" describes nobody.
    expect(described('certpath said architect was harder, which is it')).toEqual([]);
  });

  it('leaves a question someone else put, though it opens with "my"', () => {
    expect(described('my lead asked which of the two has more networking')).toEqual([]);
    expect(described('my manager wants to know how the exams differ')).toEqual([]);
    // Their own wondering still describes them.
    expect(described("I'm new to cloud and wondering if coding matters. which one")).toEqual([
      'im',
      'new',
      'to',
      'cloud',
      'and',
      'wondering',
      'if',
      'coding',
      'matters',
    ]);
  });

  it('marks nothing in a plain question, nor in a clause that asks after a description', () => {
    expect(described('which exam is harder for a programmer?')).toEqual([]);
    expect(described('I have a question. Is the developer exam hard?')).toEqual(['have', 'question']);
  });
});

describe('the sentences that ask', () => {
  it('are the sentences ending in "?" when there are several', () => {
    expect(asking('New to this. Which exam is harder? Thanks in advance.')).toEqual([
      'which',
      'exam',
      'is',
      'harder',
    ]);
  });

  it('include a last sentence that opens like a question but lost its "?", not a sign-off', () => {
    expect(asking('is the score scaled? what does 720 mean')).toEqual([
      'is',
      'the',
      'score',
      'scaled',
      'what',
      'does',
      '720',
      'mean',
    ]);
    expect(asking('what does it certify?? any advice appreciated')).toEqual([
      'what',
      'does',
      'it',
      'certify',
    ]);
    expect(asking('Which exam is harder? How it went for me. Long story')).toEqual([
      'which',
      'exam',
      'is',
      'harder',
    ]);
  });

  it('start where a run-on starts its question without a stop, after a background of some length', () => {
    expect(
      asking('ten years fixing printers and laptops for a school district what are the first steps?'),
    ).toEqual(['what', 'are', 'the', 'first', 'steps']);
    expect(asking('Fixing printers for ten years at a school What should I learn first?')).toEqual([
      'what',
      'should',
      'learn',
      'first',
    ]);
    // "which" and what it picks among: a cert, an exam, one of them.
    expect(
      asking('devops engineer, terraform all day and some k8s on the side which associate makes more sense?'),
    ).toEqual(['which', 'associate', 'makes', 'more', 'sense']);
    // Not after a short part, a joining word or a comparison: they name what is asked about.
    expect(asking('the dev cert and what does it cover?')).toHaveLength(8);
    expect(asking('az-104 vs saa-c03 for a windows admin which is harder?')).toHaveLength(11);
  });

  it("start a run-on's question after an emoji that ends the background, as after a word", () => {
    expect(
      asking(
        'my bootcamp keeps saying associate-level like I should know what it means 🙃 how are the levels structured?',
      ),
    ).toEqual(['how', 'are', 'the', 'levels', 'structured']);
  });

  it("start a run-on's question after an emoji that closes a short part, where the part alone is too short", () => {
    expect(asking('so tired of studying 😴 what does the dev exam test?')).toEqual([
      'what',
      'does',
      'the',
      'dev',
      'exam',
      'test',
    ]);
    // Without the emoji a part that short names what is asked about.
    expect(asking('so tired of studying what does the dev exam test?')).toHaveLength(10);
  });

  it('start a run-on\'s question at "what kind of" / "which type of", as at "what is"', () => {
    expect(asking('for someone who is a qa tester what type of problems show up in each exam')).toEqual([
      'what',
      'type',
      'of',
      'problems',
      'show',
      'up',
      'in',
      'each',
      'exam',
    ]);
  });

  it('end a question without its "?" where a capitalised word that opens sentences follows a lower-case one', () => {
    expect(asking('which cert do people find harder Our DevOps folks in Austin are debating it')).toEqual([
      'which',
      'cert',
      'do',
      'people',
      'find',
      'harder',
    ]);
    // Not inside a title-cased headline: the word before is capitalised too.
    expect(asking('How to Prepare for SAA-C03 and DVA-C02: Hands-On Projects That Actually Help')).toContain(
      'help',
    );
    // Nor after a short part.
    expect(asking('Which pays The team asked')).toHaveLength(5);
  });

  it('end a question without its "?" before an aside such as "ngl" or "tbh"', () => {
    expect(asking('what skills would each path require from me ngl a bit nervous')).toEqual([
      'what',
      'skills',
      'would',
      'each',
      'path',
      'require',
      'from',
      'me',
    ]);
    expect(asking('is the dev cert hard tbh i have no idea')).toEqual(['is', 'the', 'dev', 'cert', 'hard']);
  });

  it('read a question without its "?" after a greeting or the bot\'s name typed', () => {
    expect(asking('@certpath which job titles map to the architect cert updating our career doc')).toEqual([
      'certpath',
      'which',
      'job',
      'titles',
      'map',
      'to',
      'the',
      'architect',
      'cert',
    ]);
    expect(asking('hey, which job titles map to the architect cert updating our career doc')).toHaveLength(9);
  });

  it('end where a question without its "?" goes on to why it is asked', () => {
    expect(asking('which topics does the dev associate cover trying to plan our lab days')).toEqual([
      'which',
      'topics',
      'does',
      'the',
      'dev',
      'associate',
      'cover',
    ]);
    // Not where the participle goes on the clause.
    expect(asking('what should i be working on for the architect exam')).toHaveLength(9);
  });

  it('end where a question without its "?" goes on to the task at hand, a reason, or what someone else said', () => {
    expect(asking('which job titles does the SAA lead to updating our team wiki')).toHaveLength(8);
    expect(asking('how code heavy is the architect associate asking because I mostly do networking')).toEqual(
      ['how', 'code', 'heavy', 'is', 'the', 'architect', 'associate'],
    );
    expect(asking('what kind of questions are on the DVA exam my teammate is nervous about it')).toHaveLength(
      9,
    );
    // Not where the asker's own wish is the question, nor a person who is its subject.
    expect(asking('do i want to check the cost of the dva')).toHaveLength(9);
    expect(asking('does my manager want the architect cert or the developer cert')).toHaveLength(11);
  });

  it('take in the sentence before a short question that points back at it', () => {
    // Who made the claim is not asked about.
    expect(asking('My friend says the DVA is mostly code. Is that true? Thanks')).toEqual([
      'the',
      'dva',
      'is',
      'mostly',
      'code',
      'is',
      'that',
      'true',
    ]);
    // So does a claim checked in a word: "accurate?", "agree?", "correct?".
    expect(asking('My cousin reckons the DVA is only about Lambda. Accurate??')).toEqual([
      'the',
      'dva',
      'is',
      'only',
      'about',
      'lambda',
      'accurate',
    ]);
    // A longer question that does not open by checking or weighing what was said, or one that does not point
    // back, stands alone.
    expect(asking('Passed the SAA in March. Would that help me land a cloud job?')).toEqual([
      'would',
      'that',
      'help',
      'me',
      'land',
      'cloud',
      'job',
    ]);
    expect(asking('Passed the SAA. Now DVA?')).toEqual(['now', 'dva']);
    // A longer question that opens by checking the claim points back too.
    expect(
      asking('A coworker claims SAA is all networking. Is that accurate for the current version of it?'),
    ).toEqual([
      'saa',
      'is',
      'all',
      'networking',
      'is',
      'that',
      'accurate',
      'for',
      'the',
      'current',
      'version',
      'of',
      'it',
    ]);
  });

  it("take in the sentence before a troubleshooter's short ask, which says what is wrong", () => {
    expect(asking('The build keeps failing on the S3 upload. What should I check?')).toEqual([
      'the',
      'build',
      'keeps',
      'failing',
      'on',
      'the',
      's3',
      'upload',
      'what',
      'should',
      'check',
    ]);
    // A story before "does it?" is the asker's background, not the question; "thoughts?" asks about all of it.
    expect(asking('Someone said SAA leads to architect roles. Does it?')).toEqual(['does', 'it']);
    expect(asking('My lead wants me on the infra side. Thoughts?')).toEqual([
      'my',
      'lead',
      'wants',
      'me',
      'on',
      'the',
      'infra',
      'side',
      'thoughts',
    ]);
  });

  it('and a troubleshooting word in a longer question with a topic of its own stands alone', () => {
    expect(asking('Lambda times out. What is wrong with my IAM role setup here?')).toEqual([
      'what',
      'is',
      'wrong',
      'with',
      'my',
      'iam',
      'role',
      'setup',
      'here',
    ]);
  });

  it('do not end at a stop or comma inside a word: ".NET", "node.js", "2.5", "1,000"', () => {
    expect(asking('Sorry. AZ-204 or DVA-C02 for a .NET dev?')).toEqual([
      'az',
      '204',
      'or',
      'dva',
      'c02',
      'for',
      'net',
      'dev',
    ]);
    expect(asking('Long post. I write node.js all day, which exam suits me?')).toEqual([
      'write',
      'node',
      'js',
      'all',
      'day',
      'which',
      'exam',
      'suits',
      'me',
    ]);
    expect(described('I have 2.5 years and 1,000 hours of python, which cert?')).toEqual([
      'have',
      '2',
      '5',
      'years',
      'and',
      '1',
      '000',
      'hours',
      'of',
      'python',
    ]);
  });

  it('are the whole message when no sentence asks, or there is only one', () => {
    expect(asking('saa vs dva salary. long story')).toEqual(['saa', 'vs', 'dva', 'salary', 'long', 'story']);
    expect(asking('which exam is harder?')).toEqual(['which', 'exam', 'is', 'harder']);
  });
});

describe('a claim the asker reports', () => {
  it('is not the asker describing themselves, in the present tense too ("I hear architects get paid more")', () => {
    expect(described('I hear architects get paid more. is that actually the case?')).toEqual([]);
    expect(described("I've heard architects get paid more. true?")).toEqual([]);
    // Still a description when the asker tells of themselves.
    expect(described('I hear back from recruiters a lot, which cert should I get?')).not.toEqual([]);
  });
});

describe('a pick asked for someone', () => {
  const prepared = (question: string) => prepareQuestion(question, index!.corrector);
  const asideWords = (question: string) => {
    const { raw, aside } = prepared(question);
    return raw.filter((_, i) => aside[i]);
  };

  it('reads "X or Y for a <person>" as a pick, and the person as an aside', () => {
    expect(prepared('saa or dva for a backend person').pickCue).toBe(true);
    expect(asideWords('saa or dva for a backend person')).toEqual(['for', 'backend', 'person']);
    expect(prepared('architect or developer for a java dev').pickCue).toBe(true);
  });

  it('ends the aside before a topic said with "-wise": "for them, coding-wise" asks about coding', () => {
    expect(asideWords('would either associate be a good target for them, coding-wise?')).toEqual([
      'for',
      'them',
    ]);
  });

  it('does not read "for people to <do something>" as whom a pick is for', () => {
    expect(asideWords('is it common for engineers to sit both the SAA and the DVA?')).toEqual([]);
    expect(asideWords('is the DVA good for engineers who hate YAML?')).toEqual([
      'for',
      'engineers',
      'who',
      'hate',
      'yaml',
    ]);
  });

  it('does not read the certification ("for the developer cert") or beginners as a person', () => {
    expect(prepared('saa or dva for the developer cert path').pickCue).toBe(false);
    expect(asideWords('which language should i know for the developer cert')).toEqual([]);
    expect(asideWords('recommended certification path for beginners')).toEqual([]);
  });
});

describe('"pick up"', () => {
  const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;

  it('reads skills to "pick up" as learned, not a pick asked', () => {
    expect(pick('what other skills would I need to pick up for the architect track?')).toBe(false);
    expect(pick('do I need to pick up python for the DVA?')).toBe(false);
    expect(pick('pick one for me: SAA or DVA?')).toBe(true);
  });
});

describe('"should"', () => {
  const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;

  it('asks for a pick when a verb of choosing follows, or nothing does', () => {
    expect(pick('should i take saa first')).toBe(true);
    expect(pick('sysadmin here, what should i go for')).toBe(true);
    expect(pick('where should i put my effort?')).toBe(true);
    expect(pick('saa, dva, ugh. what should i?')).toBe(true);
  });

  it('is asked by deciding, choosing or being torn as well', () => {
    expect(pick('still deciding between the two associates')).toBe(true);
    expect(pick('torn between architect and developer')).toBe(true);
    expect(pick('help me decide: saa or dva')).toBe(true);
  });

  it('takes the verb of a pick between things set side by side for no topic ("should i take saa or dva")', () => {
    const takeIsStop = (question: string) => {
      const prepared = prepareQuestion(question, index!.corrector);
      return prepared.stop[prepared.corrected.indexOf('take')];
    };
    expect(takeIsStop('should i take the SA associate or the dev associate')).toBe(true);
    expect(takeIsStop('how long should my prep take')).toBe(false);
    expect(takeIsStop('can i take both in the same month')).toBe(false);
  });

  it('asks something else with any other verb', () => {
    expect(pick('should i apply to jobs that want 3 years of aws experience')).toBe(false);
    expect(pick('when should each load balancer be used')).toBe(false);
    expect(pick('should i rush to sit it before the new version')).toBe(false);
  });

  it('is no pick in "right now" or "right after": when, not which is right', () => {
    expect(pick('the SAA notes are thin on networking right now')).toBe(false);
    expect(pick('doing the DVA right after the SAA')).toBe(false);
    expect(pick('is the developer one right for a tester?')).toBe(true);
  });

  it('reads "whichever" as a pick between the two ("dreading whichever one is harder")', () => {
    expect(pick('dreading whichever one is harder')).toBe(true);
  });

  it('is no pick in "fit in": where something belongs is asked', () => {
    expect(pick('where does the developer associate fit into the aws lineup?')).toBe(false);
    expect(pick('where do both associates fit in?')).toBe(false);
    // Which fits better is still a pick.
    expect(pick('which one fits a backend dev?')).toBe(true);
  });

  it('reads "I\'d love to understand" as the request, about the message, but "I love coding" as said of work', () => {
    expect(aboutTheMessage("I'd love to understand how the two certs differ")).toEqual([
      'id',
      'love',
      'to',
      'understand',
    ]);
    expect(aboutTheMessage("I'd love some advice on preparing for the dev cert")).toEqual(['id', 'love']);
    expect(aboutTheMessage('I love coding, which cert fits?')).toEqual([]);
  });

  it('reads "quick sanity check" and "gut check" as about the message, but not the verb with what it checks', () => {
    expect(aboutTheMessage('quick sanity check: professional sits above associate, right?')).toEqual([
      'quick',
      'sanity',
      'check',
    ]);
    expect(aboutTheMessage('gut check before I book: the SAA is the design one?')).toEqual(['gut', 'check']);
    expect(aboutTheMessage('can you sanity check my SAA flashcards tonight?')).toEqual([]);
  });

  it('reads a request to explain in a phrasal verb ("lay out", "break down", "walk me through") as about the message', () => {
    expect(aboutTheMessage('Can someone lay out what the core difference is?')).toEqual(['lay', 'out']);
    expect(aboutTheMessage('can you break it down for me: SAA vs DVA')).toEqual(['break', 'it', 'down']);
    expect(aboutTheMessage('walk me through the order people take them in')).toEqual([
      'walk',
      'me',
      'through',
    ]);
    // Not where laying out is the work: architects lay out systems.
    expect(aboutTheMessage('which cert is for people who lay out cloud systems?')).toEqual([]);
  });

  it("reads whom it is explained to or for, as the clause's last words, as about the message", () => {
    expect(aboutTheMessage('exam question styles compared, explained for a product owner')).toEqual([
      'explained',
      'for',
      'product',
      'owner',
    ]);
    expect(aboutTheMessage('what sets SAA apart from DVA? need to explain it to my skip manager')).toEqual([
      'explain',
      'it',
      'to',
      'my',
      'skip',
      'manager',
    ]);
    // Not when the clause goes on to what is explained.
    expect(aboutTheMessage('I have to explain to my manager what it proves')).not.toContain('explain');
  });

  it('reads whom the answer is passed on to, said last ("…to share with leadership"), as about the message', () => {
    expect(aboutTheMessage("I'd like a short summary of SAA vs DVA to share with leadership.")).toEqual([
      'to',
      'share',
      'with',
      'leadership',
    ]);
    expect(aboutTheMessage('which cert should I share with my team first?')).not.toContain('share');
  });

  it('is no pick in "…or just pick one" beside both: holding both is asked', () => {
    expect(pick('is it normal to combine both associates or should I just pick one')).toBe(false);
    expect(aboutTheMessage('worth doing both or pick one?')).toEqual(['pick']);
    expect(aboutTheMessage('thinking of stacking the two certs, or should I just pick one')).toEqual([
      'pick',
    ]);
    // Without both it still picks.
    expect(pick('SAA or DVA, I can only pick one')).toBe(true);
  });

  it('is said, not asked, after who should do it: "we should do a cert challenge"', () => {
    expect(pick('we should do a cert race, winner gets pizza')).toBe(false);
    expect(pick('they should start with the foundational one')).toBe(false);
    // Asked of them, or told as asked, it still picks.
    expect(pick('which one should we do first')).toBe(true);
    expect(pick('our QA folks asked whether they should do saa')).toBe(true);
  });
});

describe('a superlative of how', () => {
  const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;

  it('is no pick: "best practices", "the best way to", "the right approach"', () => {
    expect(pick('DynamoDB partition key design best practices?')).toBe(false);
    expect(pick('best way to rotate RDS credentials')).toBe(false);
    expect(pick('what is the right approach to caching')).toBe(false);
  });

  it('is no pick either when it is what is correct: "the right answer"', () => {
    expect(pick('the DVA mock exams often have two right answers')).toBe(false);
    expect(pick('what counts as the best answer on SAA scenario questions')).toBe(false);
    expect(pick('is the DVA right for a tester')).toBe(true);
  });

  it('leaves "best" and "better" picks alone', () => {
    expect(pick('which cert is best for a sysadmin')).toBe(true);
    expect(pick('saa or dva, which is better for me')).toBe(true);
    expect(pick('best cert for a java dev?')).toBe(true);
  });
});

describe('praise of someone known', () => {
  const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;

  it('is no pick: "the best architect I\'ve worked with", "best retro ever"', () => {
    expect(pick("honestly he's the best cloud architect I've worked with")).toBe(false);
    expect(pick('the best cloud developer I ever hired had zero certifications')).toBe(false);
    expect(pick("best retro we've had in ages")).toBe(false);
  });

  it('leaves a "best" asked alone', () => {
    expect(pick("what's the best cert for someone who's only ever done frontend?")).toBe(true);
    expect(pick('best cert for a java dev, SAA or DVA?')).toBe(true);
  });
});

describe('"which is which"', () => {
  const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;

  it('tells the two apart and picks neither', () => {
    expect(pick('the two associate certs sound alike, no idea which is which')).toBe(false);
    expect(pick('explain the architect and developer certs, I mix up which one is which')).toBe(false);
    expect(pick('no idea which is which, but which should a tester take?')).toBe(true);
  });
});

describe('a question ending in "right?"', () => {
  const prepare = (question: string) => prepareQuestion(question, index!.corrector);

  it('asks for a confirmation: its "right" is neither a pick nor a topic word', () => {
    expect(prepare('saa-c03 is the solutions architect one, right?').pickCue).toBe(false);
    expect(stopped('saa-c03 is the solutions architect one, right?')).toContain('right');
    expect(prepare('dva = developer associate right ??').pickCue).toBe(false);
  });

  it('asks for a confirmation mid-message too, before the next sentence', () => {
    expect(prepare('you sat the SAA in june right? how long did the results take').pickCue).toBe(false);
    expect(stopped('you sat the SAA in june right? how long did the results take')).toContain('right');
    // A pick after it is still a pick.
    expect(prepare('the DVA is the coding one right? which should a tester take').pickCue).toBe(true);
  });

  it('still reads "the right one" and "right for me" as a pick', () => {
    expect(prepare('is the developer cert right for me?').pickCue).toBe(true);
    expect(stopped('is the developer cert right for me?')).not.toContain('right');
    expect(prepare('is the developer cert the right one').pickCue).toBe(true);
  });
});

describe('a pick asked for others already spoken of', () => {
  it('reads "SAA or DVA for them?" as a pick, and "is it hard for them?" as none', () => {
    const pick = (question: string) => prepareQuestion(question, index!.corrector).pickCue;
    expect(pick('Our infra team wants to get certified this quarter. SAA or DVA for them?')).toBe(true);
    expect(pick('is the developer exam hard for them?')).toBe(false);
  });
});

describe('the verb a pick asks with', () => {
  it('is part of the pick shortly after "which": "which one should I take"', () => {
    expect(stopped('SAA vs DVA - which one should i take??')).toContain('take');
    expect(stopped('which credential should I pursue?')).toContain('pursue');
  });

  it('is a word of the question elsewhere: "how long should my prep take", "take both"', () => {
    expect(stopped('how long should my prep take?')).not.toContain('take');
    expect(stopped('should i take both?')).not.toContain('take');
  });
});

describe('a plea for help', () => {
  it('marks a last sentence that only asks for help with what came before', () => {
    expect(aboutTheMessage('need the SAA in two lines for a slide. pls help')).toEqual(['pls', 'help']);
    expect(aboutTheMessage('what does the developer exam cover? help!')).toEqual(['help']);
    // Help asked for with something is a request, not about the message.
    expect(aboutTheMessage('I like both. help me choose')).toEqual([]);
    expect(aboutTheMessage('help, which one first?')).toEqual([]);
  });
});

describe('why a question without its "?" is asked', () => {
  it('starts after a comma too: "…for SAA, putting together a study plan"', () => {
    expect(asking('which topics are on the DVA, putting together a study plan')).toEqual([
      'which',
      'topics',
      'are',
      'on',
      'the',
      'dva',
    ]);
  });
});

describe('not knowing, said', () => {
  it('asks before anything else is asked: "curious which…", "not sure what…"', () => {
    expect(
      asking("Frontend dev, 3 years. Curious which exam people found more work. I've heard mixed things."),
    ).toEqual(['curious', 'which', 'exam', 'people', 'found', 'more', 'work']);
    expect(asking('QA here. Not sure what the SA associate proves. Is it about design?')).toEqual([
      'not',
      'sure',
      'what',
      'the',
      'sa',
      'associate',
      'proves',
      'is',
      'it',
      'about',
      'design',
    ]);
  });

  it('only says why after a question: "Which is harder? curious what most people think"', () => {
    expect(asking('Which is harder, SAA or DVA? curious what most people think')).toEqual([
      'which',
      'is',
      'harder',
      'saa',
      'or',
      'dva',
    ]);
  });
});

describe('wanting to know, said', () => {
  it('marks "trying to figure out" before what is asked as about the message', () => {
    expect(aboutTheMessage('trying to figure out whether the dev exam has any labs, bot')).toEqual([
      'trying',
      'to',
      'figure',
      'out',
      'bot',
    ]);
    expect(aboutTheMessage('need to work out which of the two pays more')).toEqual([
      'need',
      'to',
      'work',
      'out',
    ]);
    // Liking to figure things out is the asker's taste, a topic for the pick.
    expect(aboutTheMessage('I like figuring out how systems fit together, SAA or DVA?')).toEqual([]);
  });
});

describe('a greeting', () => {
  it('marks the greeting and whom it greets as about the message: "hi team" is no question about teams', () => {
    expect(aboutTheMessage('Hi team, tell me about the developer associate')).toEqual(['hi', 'team']);
    expect(aboutTheMessage('morning all, what does the SAA cover?')).toEqual(['morning', 'all']);
    // A team as a topic stays.
    expect(aboutTheMessage('which teams do architects work with?')).toEqual([]);
  });
});

describe("a post's tag", () => {
  it('marks "[Question]", "Question:" or "(help)" first as about the message', () => {
    expect(aboutTheMessage('[Question] SAA or DVA for a tester who avoids code')).toEqual(['question']);
    expect(aboutTheMessage('Question: architect or developer associate for a DBA?')).toEqual(['question']);
    expect(aboutTheMessage('(help) which associate first?')).toEqual(['help']);
    // The exam's questions stay a topic.
    expect(aboutTheMessage('question style on the SAA vs the DVA?')).toEqual([]);
  });
});

describe('a meeting the answer is for', () => {
  it('marks "the all-hands" as about the message: no hands-on practice asked', () => {
    expect(aboutTheMessage("SAA vs DVA in two lines, for tomorrow's all-hands?")).toEqual(['all', 'hands']);
    // Hands-on stays a topic.
    expect(aboutTheMessage('how much hands-on do I need for the SAA?')).toEqual([]);
  });

  it('marks the prep for a meeting as about the message: no exam prep asked', () => {
    expect(aboutTheMessage('SAA vs DVA, what is each about? for my 1:1 prep')).toEqual(['prep']);
    expect(aboutTheMessage('what does the DVA cover? standup prep')).toEqual(['prep']);
    // The meeting may come after a "for": "prepping for his review".
    expect(aboutTheMessage('which skills for the SA route? preparing for our planning call')).toEqual([
      'preparing',
    ]);
    expect(aboutTheMessage('SAA vs DVA pay? prepping numbers for the 1:1 tomorrow')).toEqual(['prepping']);
    // Prep for the exam stays a topic.
    expect(aboutTheMessage('best SAA prep?')).toEqual([]);
    expect(aboutTheMessage('prepping for the SAA, any tips?')).toEqual([]);
  });

  it('marks the prep of something to show as about the message, not the notes one studies from', () => {
    expect(aboutTheMessage('which services does each exam cover? preparing the deck for friday')).toEqual([
      'preparing',
    ]);
    expect(aboutTheMessage('share your SAA notes doc?')).toEqual([]);
  });

  it('marks the study group an answer is for as its audience, not studying asked about', () => {
    expect(
      aboutTheMessage('how do SAA questions differ from DVA ones? presenting to our study group'),
    ).toEqual(['study', 'group']);
    // A study group asked about stays a topic.
    expect(aboutTheMessage('is a study group worth it for the DVA?')).toEqual([]);
  });
});

describe('a pick word in quotes', () => {
  it('is mentioned, not asked', () => {
    expect(
      prepareQuestion("so the SAA is all 'which service should you pick' stuff", index!.corrector).pickCue,
    ).toBe(false);
    expect(prepareQuestion('another "which cert should I get" thread today', index!.corrector).pickCue).toBe(
      false,
    );
    // Unquoted, or with an apostrophe inside a word, it asks.
    expect(prepareQuestion("which one should I pick? I don't code", index!.corrector).pickCue).toBe(true);
  });
});

describe('a post that only asks for opinions', () => {
  it('asks with all of it, and for a pick when the asker speaks of themselves', () => {
    const prepared = prepareQuestion(
      'I write Go all day. My lead says DVA, a friend says SAA. Thoughts?',
      index!.corrector,
    );
    expect(prepared.inQuestion.every(Boolean)).toBe(true);
    expect(prepared.pickCue).toBe(true);
    // A proposal to the team asks no pick.
    expect(prepareQuestion('Two study groups, one per exam. Thoughts?', index!.corrector).pickCue).toBe(
      false,
    );
  });
});

describe('why the asker asks, said last', () => {
  it('marks "so we can…" at the end of a message as about the message', () => {
    expect(aboutTheMessage('which pays more, SAA or DVA, so I can plan my budget')).toEqual([
      'so',
      'can',
      'plan',
      'my',
      'budget',
    ]);
    // Not when it goes on to ask.
    expect(aboutTheMessage('I have budget for two so we can do both, which first?')).toEqual([]);
  });

  it("marks the team's own document the answer is put into, said last, as why it is asked", () => {
    expect(
      aboutTheMessage(
        "is 'associate' the middle tier? HR wants to label it in our skills matrix spreadsheet",
      ),
    ).toEqual(['in', 'our', 'skills', 'matrix', 'spreadsheet']);
    // A credential word in its name still names the certifications.
    expect(aboutTheMessage('what is SAA-C03? want to add it to our certification tracker')).toEqual([
      'to',
      'our',
      'tracker',
    ]);
    // Put into it, or onto it (each preposition the phrase may open with).
    expect(aboutTheMessage('which cert covers serverless? going to paste the answer into our wiki')).toEqual([
      'into',
      'our',
      'wiki',
    ]);
    expect(aboutTheMessage('what does the DVA cover? adding it on my onboarding page')).toEqual([
      'on',
      'my',
      'onboarding',
      'page',
    ]);
    // Not a document asked about, nor one only told of.
    expect(aboutTheMessage('what goes in our skills matrix spreadsheet for each cert?')).toEqual([]);
    expect(aboutTheMessage('the architect role JD is up on our wiki')).toEqual([]);
  });

  it('marks "so I know what…" as what the asker will then know, not a second question', () => {
    expect(
      aboutTheMessage('which roles map to each cert, so I know what to put in the job descriptions?'),
    ).toEqual(['so', 'know', 'what', 'to', 'put', 'in', 'the', 'job', 'descriptions']);
    expect(aboutTheMessage('skills for each path, so we understand which gaps to close')).toEqual([
      'so',
      'we',
      'understand',
      'which',
      'gaps',
      'to',
      'close',
    ]);
    // Still not when it sets out a choice.
    expect(aboutTheMessage('which skills does each need, so I know whether to go SAA or DVA')).toEqual([]);
  });
});

describe("the asker's people", () => {
  it('marks a manager or a boss opening the message with what they want or asked', () => {
    expect(aboutTheMessage('manager wants a one-pager: which pays more, SAA or DVA?')).toEqual(['manager']);
    expect(aboutTheMessage('the boss asked which cert is harder')).toEqual(['boss', 'asked']);
    // A manager asked about is a topic.
    expect(aboutTheMessage('which cert helps an engineering manager?')).toEqual([]);
  });
});

describe('the document the answer goes into', () => {
  it('marks "updating our career ladder doc", a document worked on, as about the message', () => {
    expect(aboutTheMessage('what roles does DVA map to? updating our career ladder doc')).toEqual([
      'updating',
      'our',
      'career',
      'ladder',
      'doc',
    ]);
    // Not work done on something else: the career ladder is asked about.
    expect(aboutTheMessage('updating my skills, what is the career ladder after SAA?')).toEqual([]);
  });

  it('marks "for the onboarding doc", "for our wiki page" as about the message', () => {
    expect(aboutTheMessage('SA associate in a nutshell, for the team wiki')).toEqual([
      'for',
      'the',
      'team',
      'wiki',
    ]);
    expect(aboutTheMessage('for our onboarding page: what does DVA validate?')).toEqual([
      'for',
      'our',
      'onboarding',
      'page',
    ]);
    // A checklist, a rubric, a newsletter are documents too.
    expect(
      aboutTheMessage('for our onboarding checklist: what is the path for someone new to cloud'),
    ).toEqual(['for', 'our', 'onboarding', 'checklist']);
    expect(aboutTheMessage('quick one for the team newsletter: SAA vs DVA in one line?')).toEqual([
      'for',
      'the',
      'team',
      'newsletter',
    ]);
    // A credential word in the document's name still names the certifications.
    expect(aboutTheMessage('what is SAA-C03? for our certification wiki page')).toEqual([
      'for',
      'our',
      'wiki',
      'page',
    ]);
    // So is a budget the answer is for.
    expect(aboutTheMessage('for the training budget, which cert is harder?')).toEqual([
      'for',
      'the',
      'training',
      'budget',
    ]);
    // So is a plan the answer goes into.
    expect(aboutTheMessage('for the training plan: which areas does each exam test?')).toEqual([
      'for',
      'the',
      'training',
      'plan',
    ]);
    // A page asked about is no destination.
    expect(aboutTheMessage('which page of the exam guide lists the services?')).toEqual([]);
  });
});

describe('a post calling itself a question', () => {
  it('marks "noob question", "dumb question" and the like as about the message, and stop words', () => {
    expect(aboutTheMessage('noob question: what are SAA and DVA even?')).toEqual(['noob', 'question']);
    expect(aboutTheMessage('ok dumb question but is dva easier')).toEqual(['dumb', 'question']);
    expect(aboutTheMessage('real talk: do architects out-earn developers?')).toEqual(['real', 'talk']);
    // "a problem for" asks whether something matters, not about the exam's problems.
    expect(aboutTheMessage('is not knowing python a problem for the developer associate?')).toEqual([
      'problem',
    ]);
    expect(aboutTheMessage('what kind of problems show up on the DVA?')).toEqual([]);
    // Whom it asks, said first: "for those who passed both, …" picks who answers.
    expect(aboutTheMessage('for anyone who has sat both: which had the longer scenarios?')).toEqual([
      'for',
      'anyone',
      'who',
      'has',
      'sat',
      'both',
    ]);
    expect(aboutTheMessage('is the dev cert for people who write code?')).toEqual([]);
    // Pointing at itself: "that's the question", "my question is".
    expect(aboutTheMessage('how much coding on each exam, thats the question')).toEqual(['the', 'question']);
    expect(aboutTheMessage('my question is whether DVA needs java')).toEqual(['my', 'question']);
    expect(aboutTheMessage('what is the question format on the DVA?')).toEqual([]);
    // Talk as a topic stays: "talk to stakeholders" is an architect's day.
    expect(aboutTheMessage('do architects talk to stakeholders more?')).toEqual([]);
    const prepared = prepareQuestion('honest question: is the dev cert a coding exam?', index!.corrector);
    expect(prepared.stop.slice(0, 2)).toEqual([true, true]);
  });

  it('marks the asker\'s own people ("my manager", "our team"), not a manager in general', () => {
    expect(aboutTheMessage('my manager wants me to get the saa, what does it prove?')).toEqual(['manager']);
    expect(aboutTheMessage('our team is picking one, saa or dva')).toEqual(['team']);
    expect(aboutTheMessage('do engineering managers hold the saa?')).toEqual([]);
    // Workmates are never a topic: whoever's they are.
    expect(aboutTheMessage('a colleague from ops is worried about coding on the dva')).toEqual(['colleague']);
  });

  it('marks "asked" reporting a question, and who asked it', () => {
    expect(aboutTheMessage('a new hire asked if the dva is the lowest cert')).toEqual([
      'new',
      'hire',
      'asked',
    ]);
    expect(aboutTheMessage('my intern asked why saa pays more')).toEqual(['intern', 'asked']);
    expect(aboutTheMessage('what is asked on the dva')).toEqual([]);
  });

  it('marks why the asker asks: "asking for comp review reasons", "asking for a friend"', () => {
    expect(aboutTheMessage('saa vs dva salary? asking for comp review reasons')).toEqual([
      'asking',
      'for',
      'comp',
      'review',
      'reasons',
    ]);
    expect(aboutTheMessage('is the dva hard? asking for friend')).toEqual(['asking', 'for', 'friend']);
    expect(aboutTheMessage('is asking for help in the exam allowed')).toEqual([]);
  });

  it('marks the bot addressed by name: "quick q for the bot", "hey bot"', () => {
    expect(aboutTheMessage('quick q for the bot: does the saa need coding?')).toEqual(['bot']);
    expect(aboutTheMessage('hey bot what are the aws cert tiers again')).toEqual(['bot']);
  });

  it('marks where the asker saw what they ask about: "saw it on a job posting"', () => {
    expect(aboutTheMessage('what is the dva? saw it on a job posting')).toEqual([
      'saw',
      'it',
      'on',
      'job',
      'posting',
    ]);
    expect(aboutTheMessage('keep seeing saa in linkedin profiles, what does it prove')).toEqual([
      'seeing',
      'saa',
      'in',
      'linkedin',
      'profiles',
    ]);
    // Seen somewhere that is no place a job is advertised: the words stay the question's.
    expect(aboutTheMessage('saw a video on exam questions, what are they like')).toEqual([]);
  });

  it('marks talk about the talk: "how much coding are we talking", "everyone talks about"', () => {
    expect(aboutTheMessage('for the dev associate how much coding are we talking?')).toEqual(['talking']);
    expect(aboutTheMessage("how many hours of labs we're talking here")).toEqual(['talking']);
    expect(aboutTheMessage('everyone talks about saa like it is easy')).toEqual(['talks']);
    // What talks is the topic: the developer's code that talks to AWS.
    expect(aboutTheMessage('is dva about code that talks to aws services')).toEqual([]);
    // Whom to talk to is a contact asked for; whom architects talk to is their work.
    expect(aboutTheMessage('got the SAA approved, who should I talk to next?')).toEqual(['talk']);
    expect(aboutTheMessage('who do architects talk to all day?')).toEqual([]);
  });

  it('leaves "question" that names a topic: the exam\'s questions', () => {
    expect(aboutTheMessage('question style dva vs saa?')).toEqual([]);
    expect(aboutTheMessage('what kind of question is on the saa')).toEqual([]);
  });
});

describe('digits', () => {
  it('drops a lone digit like a number word ("the 2 certs"), but keeps longer numbers ("720")', () => {
    expect(stopped('whats the difference between the 2 associate certs')).toContain('2');
    expect(stopped('is 720 the passing score')).not.toContain('720');
  });
});

describe('"out of the question"', () => {
  it('is not about exam questions', () => {
    const prepared = prepareQuestion('is the DVA out of the question for me?', index!.corrector);
    expect(prepared.raw.filter((_, i) => prepared.aboutTheMessage[i])).toEqual(['question']);
    expect(
      prepareQuestion('what question types are on the DVA?', index!.corrector).aboutTheMessage,
    ).not.toContain(true);
  });
});

describe('texting spellings', () => {
  it('reads "shud", "wat", "tak" as the words they stand for, so a pick is still a pick', () => {
    const prepared = prepareQuestion('wat cert shud i tak first', index!.corrector);
    expect(prepared.corrected).toEqual(['what', 'cert', 'should', 'take', 'first']);
    expect(prepared.pickCue).toBe(true);
    expect(prepared.raw).toEqual(['wat', 'cert', 'shud', 'tak', 'first']);
  });

  it('reads "teh" and "exm", too short for the corrector, as "the" and "exam"', () => {
    const prepared = prepareQuestion('hardest bit of teh saa exm?', index!.corrector);
    expect(prepared.corrected).toEqual(['hardest', 'bit', 'of', 'the', 'saa', 'exam']);
  });
});

describe('a message longer than the words read', () => {
  const background =
    'Hey all, I have been a helpdesk tech for about three years and recently started poking around the free tier. ' +
    'I know basic networking like subnets and DNS but have never written anything more than a bash script. ' +
    'Everyone on the forum seems to say the architect cert is the default choice and that it opens doors. ' +
    'My mate reckons the other one is easier for people who like tinkering with small tools at home. ';

  it('keeps the question at the end of a long post, and the sentences before it that fit', () => {
    const { raw } = prepareQuestion(
      `${background}Which would actually suit someone like me?`,
      index!.corrector,
    );
    expect(raw.slice(-7)).toEqual(['which', 'would', 'actually', 'suit', 'someone', 'like', 'me']);
    // What the question is about comes just before it; the opening greeting is what no longer fits.
    expect(raw.slice(0, 3)).toEqual(['know', 'basic', 'networking']);
    expect(raw).toContain('mate');
    expect(raw.length).toBeLessThanOrEqual(60);
  });

  it('cuts a long text that asks nothing at its first words', () => {
    const { raw } = prepareQuestion(background.repeat(2), index!.corrector);
    expect(raw).toHaveLength(60);
    expect(raw.slice(0, 3)).toEqual(['hey', 'all', 'have']);
  });
});

describe('askingSentences', () => {
  it('are picked out of a message that also tells something', () => {
    expect(askingSentences('Passed CCP in May. Failed SAA once! Which is easier, SAA or DVA? Thanks.')).toBe(
      'Which is easier, SAA or DVA?',
    );
  });

  it('are nothing to pick out when every sentence asks, or none does', () => {
    expect(askingSentences('Which is easier? Which pays more?')).toBeUndefined();
    expect(askingSentences('SAA is easier. DVA pays more.')).toBeUndefined();
  });

  it('leave out a lead-in that ends in a colon and asks nothing, when what follows asks', () => {
    expect(askingSentences('for the onboarding deck: which skills does each path need?')).toBe(
      'which skills does each path need?',
    );
    expect(askingSentences('Context first. for the team wiki: what is the DVA?')).toBe('what is the DVA?');
    // Two lead-ins, one after the other.
    expect(askingSentences('hi all: for the hiring rubric: what does the SAA prove?')).toBe(
      'what does the SAA prove?',
    );
    // The lead-in may be the subject: then what follows asks nothing on its own, and the message stays whole.
    expect(askingSentences('sysops associate: worth it')).toBeUndefined();
    expect(askingSentences('pet photo thread: post your cats')).toBeUndefined();
  });

  it('keep a question whose colon sets out what it asks about: that part is no lead-in', () => {
    expect(
      askingSentences('ok so which one is tougher: the SA associate or the dev associate? forums disagree'),
    ).toBe('ok so which one is tougher: the SA associate or the dev associate?');
  });

  it('leave out a lead-in before a dash, when it is neither a named topic, a question nor a background', () => {
    expect(askingSentences('hey team, before the budget review — which cert is harder?')).toBe(
      'which cert is harder?',
    );
    expect(askingSentences('sorry to bug you again - so the dev one is more coding?')).toBe(
      'so the dev one is more coding?',
    );
    // "dev assoc" names the topic; "what do people…" asks without its "?"; "sysadmin for 6 yrs" is who asks.
    expect(askingSentences('dev assoc - what does it certify?')).toBeUndefined();
    expect(askingSentences('what do people struggle with on the SAA — the cost questions?')).toBeUndefined();
    expect(askingSentences('sysadmin for 6 yrs, scripting is meh — SAA or DVA?')).toBeUndefined();
  });

  it("reads a pick the exam makes the asker take as a task of the exam, not the asker's pick", () => {
    const prepared = (question: string) => prepareQuestion(question, index!.corrector);
    expect(
      prepared('is the developer one going to make me choose SDK usage and fix broken apps?').askingPick,
    ).toBe(false);
    expect(prepared('SAA or DVA, help me choose').askingPick).toBe(true);
    expect(prepared('let me choose: SAA or DVA?').askingPick).toBe(true);
  });
});

describe('lastAskingClause', () => {
  it('is the last clause of one sentence that tells first, after a "but", a dash, an emoji or a comma', () => {
    expect(
      lastAskingClause('paid for a practice test bundle already, but what are the focus areas of the SAA?'),
    ).toEqual({
      told: 'paid for a practice test bundle already',
      asking: 'what are the focus areas of the SAA?',
    });
    expect(
      lastAskingClause('bought a mock exam bundle for the DVA 🙃 which services does it cover?')?.asking,
    ).toBe('which services does it cover?');
    expect(lastAskingClause('my exam slot is booked for May — is the SAA harder?')?.asking).toBe(
      'is the SAA harder?',
    );
  });

  it('is nothing when what comes first asks, sets out options, names a topic or a condition, or is weighed', () => {
    expect(lastAskingClause('AZ-204 vs the DVA, which one should come first?')).toBeUndefined();
    expect(lastAskingClause('Terraform or CloudFormation, which should I learn first?')).toBeUndefined();
    expect(lastAskingClause('Networking Specialty — what does it involve?')).toBeUndefined();
    expect(lastAskingClause('is there a lounge at summits, and does having SAA get you in?')).toBeUndefined();
    expect(lastAskingClause('if a teammate has the DVA, how deep is their networking?')).toBeUndefined();
    expect(
      lastAskingClause('scored 700 on a practice test, is the real SAA harder than that?'),
    ).toBeUndefined();
    expect(lastAskingClause('which of the two exams is the harder one?')).toBeUndefined();
  });
});

describe('heardFrom', () => {
  const heardFrom = marked('heardFrom');
  it('marks whom a claim is heard from, a person or a place people post, before a verb of saying', () => {
    expect(
      heardFrom('my study partner reckons the SAA is mostly networking — what does it emphasise?'),
    ).toEqual(['my', 'study', 'partner']);
    expect(heardFrom('someone on discord said the DVA is easy. true?')).toEqual(['someone', 'on', 'discord']);
  });

  it('leaves a document that says something, which may be the topic, and a claim of no source', () => {
    expect(heardFrom("the job post says 'SAA preferred', what does it pay?")).toEqual([]);
    expect(heardFrom('my score report says 710, did I pass?')).toEqual([]);
    expect(heardFrom('is the SAA harder than the DVA?')).toEqual([]);
  });
});
