import { describe, expect, it } from 'vitest';
import { decideReply } from '../../../src/core/answer/decide-reply.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { buildGuideIndexes } from '../../../src/core/matching/guide-index.js';
import { channelConfidence, matchQuestion } from '../../../src/core/matching/match-question.js';
import { TUNING } from '../../../src/core/matching/tuning.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const indexes = buildGuideIndexes(loadContent(CONTENT_DIR));
const reply = (question: string, mode: 'direct' | 'channel') => {
  const decision = decideReply(indexes, question, mode);
  return decision.kind === 'answer' ? decision.answer.section.id : decision.kind;
};

describe('overheard in a channel', () => {
  it.each([
    'anyone using lambda for cron jobs?',
    'is anyone going to the aws summit next week?',
    'any devs around who know python?',
    'should we hire a cloud architect or another developer?',
    "what's the career path from developer to engineering manager here?",
    'our new aws developer starts on monday, can someone order a laptop',
    'the associate architect on the platform team is out today',
  ])('stays silent on the work talk "%s"', (message) => {
    expect(reply(message, 'channel')).toBe('silence');
  });

  it('answers a pick asked after a background, whatever topics the background names', () => {
    // The background's words (scripting, the Cloud Practitioner, Java) are not what is asked.
    expect(reply('Network admin for ten years, barely script. SAA or DVA?', 'channel')).toBe('choose');
    expect(
      reply(
        "Passed the CCP in May. Which associate should I take now? I'm a QA engineer writing selenium in java",
        'direct',
      ),
    ).toBe('choose');
    // A pick word told of in the background is no pick: the topic asked after it is.
    expect(
      reply(
        'the ops team keeps arguing about which of the two associate exams is tougher. thoughts?',
        'direct',
      ),
    ).toBe('difficulty');
  });

  it('reads a typo in the words that ask the room or cheer someone as those words', () => {
    expect(reply("anoyne got a study group gooing for DVA-C02? I'd join", 'channel')).toBe('silence');
    expect(reply("cmngrats on the DVA, Marta! what's next for you?", 'channel')).toBe('silence');
    // Asked of the bot, it is still answered.
    expect(reply("anoyne got a study group gooing for DVA-C02? I'd join", 'direct')).not.toBe('silence');
  });

  it('stays silent on a favour asked of the room, a rhetorical "who needs…", and who among them holds a cert', () => {
    expect(reply('anyone here who passed the DVA and could look over my flashcards?', 'channel')).toBe(
      'silence',
    );
    expect(reply('who needs the SA associate when you have a whiteboard and opinions?', 'channel')).toBe(
      'silence',
    );
    expect(reply('quick design review later — who here has the SAA?', 'channel')).toBe('silence');
    expect(reply('folks who sat the SAA last year, do you still use any of it?', 'channel')).toBe('silence');
    // Asked of the bot, each still gets a reply.
    expect(reply('who needs the SA associate when you have a whiteboard and opinions?', 'direct')).not.toBe(
      'silence',
    );
  });

  it('stays silent on who among them has done it, and who the person with a cert is', () => {
    for (const message of [
      "who's already passed the DVA? need a reviewer for my notes",
      'who failed the SAA the first time round? be honest',
      "morning all, who's done the architect associate? I'd like to hear how it went",
      "who's the guy on the data team with the developer cert? can't remember his name",
    ])
      expect(reply(message, 'channel'), message).toBe('silence');
    // What the certification has is still asked of the bot.
    expect(reply('which has more coding, the SAA or the DVA?', 'channel')).toBe('coding');
  });

  it('stays silent on the bot as what someone would mute or remove, its name typed with "@"', () => {
    expect(reply("can we mute @certpath in #random? it's only handy in #aws-certs", 'channel')).toBe(
      'silence',
    );
  });

  it('stays silent on the bot told of as "it": what someone asked it, its answers', () => {
    expect(reply('Raj asked it which exam is harder and it said the SAA, he disagrees lol', 'channel')).toBe(
      'silence',
    );
    // Asked of the bot, "it" is the exam: "is it harder than the DVA?".
    expect(reply('is the SAA worth it, is it harder than the DVA?', 'channel')).not.toBe('silence');
  });

  it('stays silent on a review of a pick and on a study partner sought in a team', () => {
    expect(reply('took SAA then DVA in the same week. do not recommend', 'channel')).toBe('silence');
    expect(reply('anyone from the data team want to study for the SAA together?', 'channel')).toBe('silence');
    // A recommendation asked for is still a pick.
    expect(reply('SAA or DVA, which would you recommend for a tester?', 'channel')).toBe('choose');
  });

  it("stays silent on a meeting's agenda proposed", () => {
    expect(reply('retro idea: which cert helped the team more this quarter, SAA or DVA?', 'channel')).toBe(
      'silence',
    );
    // A lead-in that proposes nothing still asks: "quick q: which is harder?".
    expect(reply('quick q: which is harder, SAA or DVA?', 'channel')).toBe('difficulty');
  });

  it('stays silent on a document spoken of: what it says, or what someone does to it', () => {
    expect(reply('does the wiki page still say to start with the developer cert?', 'channel')).toBe(
      'silence',
    );
    expect(reply('can we merge the SAA and DVA study sheets into one?', 'channel')).toBe('silence');
    // The document an answer is for is no document spoken of.
    expect(reply('for our wiki page: which pays more, SAA or DVA?', 'channel')).toBe('salary');
  });

  it('reads the sides set against each other without "?" as a pick only in words the guide mostly knows', () => {
    // TUNING.channel.unmarkedChoiceUnknownLimit: more words the guide never uses than that only name them.
    expect(
      reply(
        'brown bag volunteers wanted — 15 minutes on anything you learned prepping for SAA or DVA',
        'channel',
      ),
    ).toBe('silence');
    expect(reply('sysadmin here, vmware mostly. SAA or DVA make more sense', 'channel')).toBe('choose');
  });

  it('stays silent on a channel spoken of by its name, not on one where others talk', () => {
    expect(reply('is #saa-study still active? nobody posted since june', 'channel')).toBe('silence');
    expect(reply('#dva-prep has 80 people now, which is wild', 'channel')).toBe('silence');
    expect(reply('<#C0123ABC|dva-prep> has 80 people now, which is wild', 'channel')).toBe('silence');
    expect(reply('which is harder, SAA or DVA? the poll in #aws-study is split', 'channel')).toBe(
      'difficulty',
    );
  });

  it('reads "integration tests" and "load tests" as software tested, not an exam that names the subject', () => {
    expect(
      reply('the developers say the load tests are worth keeping, can we run them nightly?', 'channel'),
    ).toBe('silence');
    expect(
      reply(
        'our developers keep hitting rate limits in the integration tests, can we cache the values?',
        'direct',
      ),
    ).toBe('not-covered');
    // A test that is the exam still names it.
    expect(reply('is the developer test harder than the architect test?', 'channel')).toBe('difficulty');
  });

  it("stays silent on who among the workplace's people holds a certification, the bot's name typed or not", () => {
    expect(reply('@certpath who in the platform team has passed the DVA already?', 'channel')).toBe(
      'silence',
    );
    expect(reply('who on the data team has the SAA?', 'channel')).toBe('silence');
    expect(reply('@certpath how many people with the architect cert do we have?', 'channel')).toBe('silence');
  });

  it('keeps silent in a channel on a side named only in a job title, unless a pick is asked', () => {
    expect(
      reply("the job post for software developer still says 'guru', can we change that", 'channel'),
    ).toBe('silence');
    expect(reply('backend dev here, which one should i get', 'channel')).toBe('choose');
  });

  it('keeps silent in a channel on a story of what someone else did, answering a bare topic still', () => {
    expect(reply("applicant listed 6 AWS certs on the CV but couldn't explain a VPC", 'channel')).toBe(
      'silence',
    );
    expect(reply('salary comparison architect vs developer cert', 'channel')).toBe('salary');
  });

  it('stays silent on what the people present did or felt, and on a proposal beside a question to them', () => {
    for (const message of [
      'anyone regret taking the SAA first?',
      'does anyone here regret doing the developer cert rather than the architect one?',
      'did anyone take the SAA straight out of college?',
      'do you feel the SAA or the DVA made you better at design reviews?',
      'how much did you code on the DVA?',
      'is anyone planning to do the SAA in spring? could study together',
      'what was the DVA coding like for you all?',
      'did passing the SAA actually change anything for your day job?',
    ])
      expect(reply(message, 'channel'), message).toBe('silence');
    // A wondering after it asks the bot too.
    expect(
      reply(
        "anyone regret doing both? I'm wondering if holding SAA and DVA makes you a more rounded cloud engineer",
        'channel',
      ),
    ).toBe('both');
  });

  it('stays silent on a rhetorical question said so, a group being formed, and what the exam did for those present', () => {
    for (const message of [
      'does every team need an architect with the SAA? rhetorical question obviously',
      'anyone running a study group for the SAA this quarter? happy to join',
      'for the devs here: did the DVA actually help your day job?',
      'for anyone who took the SAA, how much networking did you know going in?',
      'anyone taking the SAA as their first cert? or did you start with cloud practitioner?',
    ])
      expect(reply(message, 'channel'), message).toBe('silence');
    // Asked of the bot, it is still a question.
    expect(
      reply('for anyone who took the SAA, how much networking did you know going in?', 'direct'),
    ).not.toBe('silence');
  });

  it('answers a question for a newsletter or a rubric, the document named as what the answer is for', () => {
    expect(reply('quick one for the team newsletter: SAA vs DVA in one line?', 'channel')).toBe('overview');
  });

  it('reads a last sentence that only says who asked as about the message, not a topic', () => {
    expect(
      reply('what is the developer associate, in short? a new analyst on my team asked me', 'channel'),
    ).toBe('developer');
    expect(reply("what's the SA associate in a nutshell? our new designer keeps asking us", 'channel')).toBe(
      'architect',
    );
  });

  it('stays silent on a name before "which … did you", on the bot waved off, and on a debate told of', () => {
    expect(reply('Dana which did you do first, SAA or DVA?', 'channel')).toBe('silence');
    expect(reply('not asking the bot here: Omar, was the SAA worth it for you?', 'channel')).toBe('silence');
    expect(reply('(not for certpath) which did you find harder, SAA or DVA?', 'channel')).toBe('silence');
    expect(reply('the SAA vs DVA argument at lunch got loud', 'channel')).toBe('silence');
    // A question word typed wrong is no name.
    expect(reply('Whch did you do first, SAA or DVA?', 'channel')).not.toBe('silence');
  });

  it('stays silent on an opinion signed off as one, and on the bot asked by someone else', () => {
    expect(reply("honestly go SAA first if you're in ops, just my two cents", 'channel')).toBe('silence');
    expect(reply('Lena asked certpath which exam is harder and it said SAA, she disagrees', 'channel')).toBe(
      'silence',
    );
  });

  it('stays silent on a view signed off "fwiw", and on the bot as what someone does something with', () => {
    expect(
      reply(
        "did the developer associate first and the architect one felt lighter after, for what it's worth",
        'channel',
      ),
    ).toBe('silence');
    expect(reply('can we get certpath to post prep tips weekly in #aws-certs?', 'channel')).toBe('silence');
    // A question told as asked is still asked, whatever signs it off.
    expect(
      reply(
        'my manager asked me which is harder, SAA or DVA, before she approves exam leave. fwiw',
        'channel',
      ),
    ).toBe('difficulty');
  });

  it("stays silent on a side's name only in quotes, a job title talked about, and still answers the certification's name quoted", () => {
    expect(reply("'cloud developer' as a job title: real or made up?", 'channel')).toBe('silence');
    expect(reply("is 'aws developer' a real job title?", 'channel')).toBe('silence');
    // A word that sets things apart does not name the certifications either.
    expect(
      reply(
        '"cloud architect" or "solutions engineer" in the job title? the applicants differ a lot',
        'channel',
      ),
    ).toBe('silence');
    expect(reply("what does 'AWS Certified Developer - Associate' prove about someone?", 'channel')).toBe(
      'developer',
    );
  });

  it('stays silent on an opinion that sets the sides against each other, and answers the same without it', () => {
    expect(reply('imo the SAA vs DVA salary gap is overstated', 'channel')).toBe('silence');
    expect(reply('SAA vs DVA salary gap', 'channel')).toBe('salary');
  });

  it('reads a request relayed ("my director asked me to describe…") as asked, not as the writer describing themselves', () => {
    expect(
      reply(
        '@certpath my director asked me to describe the aws certification tiers in our career-ladder page. what are they?',
        'channel',
      ),
    ).toBe('levels');
  });

  it("stays silent on the writer's plan that sets the sides against each other, and answers the pick asked", () => {
    expect(reply("i'll likely go DVA first, or maybe skip it and do the SAA, we'll see", 'channel')).toBe(
      'silence',
    );
    expect(reply('planning to do the architect one or the developer one in spring', 'channel')).toBe(
      'silence',
    );
    expect(reply("i'll do SAA or DVA, which is better for a backend dev", 'channel')).toBe('choose');
  });

  it('stays silent on a story of what an exam did to its writer, and answers the pick asked without it', () => {
    expect(reply('prepping for the SAA made me a lot better at networking', 'channel')).toBe('silence');
    expect(reply('the DVA course got me way better at debugging lambdas, funny', 'channel')).toBe('silence');
    expect(reply('saa or dva, which is better for a network engineer', 'channel')).toBe('choose');
  });

  it('stays silent on a claim made of a choice, and answers the choice asked with its verb first', () => {
    expect(reply('the best devs on my team were sysadmins first, no cert covers that', 'channel')).toBe(
      'silence',
    );
    expect(reply('SAA or DVA is a coin flip honestly', 'channel')).toBe('silence');
    expect(reply('salary wise is the SAA better than the DVA', 'channel')).toBe('salary');
  });

  it('stays silent on a vote asked of the room by reaction, and answers the same question without it', () => {
    expect(reply('which is harder, SAA or DVA? 👍 for SAA, 🎉 for DVA', 'channel')).toBe('silence');
    expect(reply('which is harder, SAA or DVA? react with :one: or :two:', 'channel')).toBe('silence');
    expect(reply('which is harder, SAA or DVA?', 'channel')).toBe('difficulty');
    expect(reply('which DVA topic was hardest for you all? 1️⃣ IAM 2️⃣ DynamoDB 3️⃣ CI/CD', 'channel')).toBe(
      'silence',
    );
    // A quick poll that asks as anyone asks is still asked.
    expect(reply('quick poll: which is harder, SAA or DVA?', 'channel')).toBe('difficulty');
  });

  it('stays silent on a question put to one person by name, a wh-word or an auxiliary after it', () => {
    expect(reply('Rose, which one did you sit first, SAA or DVA?', 'channel')).toBe('silence');
    expect(reply('Priyanka did you find the DVA harder than the SAA?', 'channel')).toBe('silence');
    // Put to the room, the same question is answered.
    expect(reply('which one did you sit first, SAA or DVA?', 'channel')).toBe('both');
  });

  it("posts the recommender for the writer's own background or a pick, not for someone else's with a topic asked", () => {
    expect(
      reply("Priya asks what she should learn before the dev cert — she's mostly frontend", 'channel'),
    ).toBe('silence');
    expect(reply("I'm a network admin and never script. is the SA associate a fit for me?", 'channel')).toBe(
      'choose',
    );
  });

  it('stays silent on a question that wants company, and on a channel named by two words', () => {
    expect(reply('can you believe the DVA now has three questions on step functions?', 'channel')).toBe(
      'silence',
    );
    expect(reply('where did the SAA prep channel go?', 'channel')).toBe('silence');
    // Asked of the bot, the first still gets a reply.
    expect(reply('can you believe the DVA now has three questions on step functions?', 'direct')).not.toBe(
      'silence',
    );
  });

  it('stays silent on a reply about something said before, and still answers a bare topic', () => {
    expect(reply('the SA associate proving itself', 'channel')).toBe('silence');
    expect(reply('developer associate salary', 'channel')).toBe('salary');
  });

  it('stays silent on a bare topic said with a laugh, and still answers a question that laughs', () => {
    expect(reply('salary comparison', 'channel')).toBe('salary');
    expect(reply('salary comparison lol', 'channel')).toBe('silence');
    expect(reply('which pays more, SAA or DVA? asking for my wallet lol', 'channel')).toBe('salary');
  });

  it('stays silent on a question someone asked that the writer already answered', () => {
    expect(reply("client asked if we're SAA certified, I said 'getting there'", 'channel')).toBe('silence');
    // Asked again after the answer, it is a question.
    expect(
      reply('my lead asked which exam is harder, I said the architect one. is that right?', 'channel'),
    ).toBe('difficulty');
  });

  it('stays silent on a message to a person or a team, typed or in Slack markup', () => {
    const question = 'which is harder, SAA or DVA?';
    expect(reply(question, 'channel')).toBe('difficulty');
    expect(reply(`@omar ${question}`, 'channel')).toBe('silence');
    expect(reply(`<@U024BE7LH> ${question}`, 'channel')).toBe('silence');
    expect(reply(`<!subteam^S0614TZR7|platform> ${question}`, 'channel')).toBe('silence');
    expect(reply(`did @li pass the dev cert? ${question}`, 'channel')).toBe('silence');
    // @here, @channel and the bot by a bot's name are no person; an e-mail address is no mention.
    expect(reply(`@here ${question}`, 'channel')).toBe('difficulty');
    expect(reply(`@certbot ${question}`, 'channel')).toBe('difficulty');
    expect(reply(`mail ops@example.com: ${question}`, 'channel')).toBe('difficulty');
    // Asked of the bot, a person named in passing changes nothing.
    expect(reply(`@omar ${question}`, 'direct')).toBe('difficulty');
    // A person spoken to by name, without the @, is theirs too; the room spoken to is not.
    expect(reply(`Oksana, ${question}`, 'channel')).toBe('silence');
    expect(reply(`${question.slice(0, -1)}, Bartek?`, 'channel')).toBe('silence');
    expect(reply(`hey folks, ${question}`, 'channel')).toBe('difficulty');
    expect(reply(`Oksana, ${question}`, 'direct')).toBe('difficulty');
    expect(reply(`morning folks! Oksana, ${question}`, 'channel')).toBe('silence');
  });

  it('answers a message that asks nothing only as a bare topic, not when its writer tells of themselves', () => {
    expect(reply('salary comparison saa vs dva', 'channel')).toBe('salary');
    expect(
      reply("i'm taking the developer exam first and the architect exam after, settled", 'channel'),
    ).toBe('silence');
    expect(reply('we passed both associate exams this year', 'channel')).toBe('silence');
    // Nor how the writer feels: it was answered with the learning path before (session 29).
    expect(reply('first cert ever, Cloud Practitioner, feeling good', 'channel')).toBe('silence');
    // Asked of the bot it is still read; a reported question is still a question.
    expect(
      reply("i'm taking the developer exam first and the architect exam after, settled", 'direct'),
    ).not.toBe('silence');
  });

  it('stays silent on talk about the bot, and answers it addressed or asked along with the room', () => {
    const spokenOf = [
      'the certpath bot told me DVA is easier, do you buy that?',
      'did the bot really say the architect exam pays more?',
      'our cert bot reckons SAA before DVA, thoughts?',
      'is the architect vs developer bot maintained by anyone?',
    ];
    for (const message of spokenOf) expect(reply(message, 'channel')).toBe('silence');
    expect(reply('hey bot, is DVA easier than SAA?', 'channel')).toBe('difficulty');
    expect(reply('can anyone (bot included) tell me if DVA is easier than SAA?', 'channel')).toBe(
      'difficulty',
    );
    expect(reply('for the bot: is DVA easier than SAA?', 'channel')).toBe('difficulty');
    // The bot by its name, spoken of.
    expect(reply('certpath says the SAA pays more than the DVA, sounds about right', 'channel')).toBe(
      'silence',
    );
    expect(reply("certpath's difficulty answer put the DVA as easier for devs. agreed", 'channel')).toBe(
      'silence',
    );
    expect(reply('certpath which pays more, SAA or DVA?', 'channel')).toBe('salary');
    // Asked of the bot, it is read as ever.
    expect(reply(spokenOf[0]!, 'direct')).not.toBe('silence');
  });

  it('stays silent on talk about a channel or a thread, and on asking the room for a document', () => {
    for (const message of [
      'is there a channel where the SAA folks hang out?',
      'the DVA vs SAA thread in #learning blew up overnight, which exam won?',
      'who owns the page that compares SAA and DVA? it still says C02 for the architect one',
      'could someone share the deck from the architect vs developer cert session?',
      'anyone have a checklist for which cert a new architect should take first?',
      'can somebody set up a #dva-prep channel? the general one is way too noisy',
    ])
      expect(reply(message, 'channel')).toBe('silence');
    // A lead-in naming the thread is about the message, not its subject.
    expect(reply('for the thread: is DVA easier than SAA?', 'channel')).toBe('difficulty');
  });

  it('stays silent on a reaction or a joke: a laugh that opens a message asking nothing', () => {
    expect(reply('SAA vs DVA salary comparison', 'channel')).toBe('salary');
    expect(reply('haha SAA vs DVA salary comparison', 'channel')).toBe('silence');
    // After a greeting or a lead-in as well.
    expect(reply('hey all - haha SAA vs DVA salary comparison', 'channel')).toBe('silence');
    expect(reply('friday mood: haha SAA vs DVA salary comparison', 'channel')).toBe('silence');
    expect(reply('SAA vs DVA salary comparison lol', 'channel')).toBe('salary');
  });

  it('stays silent on a claim or an opinion that asks nothing, and answers a bare topic', () => {
    expect(reply('architect associate networking topics', 'channel')).toBe('focus-areas');
    expect(reply('the architect associate is basically a networking exam', 'channel')).toBe('silence');
    // An opinion opener ("honestly", "imo", "in my experience") before a bare topic: the writer's view.
    expect(reply('imo the dva coding requirements', 'channel')).toBe('silence');
    expect(reply('in my experience the architect cert salary bump', 'channel')).toBe('silence');
    expect(reply('the dva coding requirements', 'channel')).toBe('coding');
  });

  it('stays silent on a plan or an event that names a day and asks nothing', () => {
    expect(reply("heads up: DVA study circle on friday, we're doing the exam's focus areas", 'channel')).toBe(
      'silence',
    );
    expect(reply('study circle tomorrow, topic is which exam is harder', 'channel')).toBe('silence');
    expect(reply('exam on friday, what should I focus on for the DVA?', 'channel')).not.toBe('silence');
  });

  it('answers a pick asked without its "?", in words the guide does not use', () => {
    expect(reply('frontend dev 2 yrs, react mostly - dva or saa', 'channel')).toBe('choose');
    // Telling of a choice already made sets nothing against anything: still silence.
    expect(reply('frontend dev 2 yrs, react mostly, went with the dva', 'channel')).toBe('silence');
  });

  it('stays silent on arranging a study group: its links, invites and who runs it', () => {
    expect(reply('could someone add me to the DVA prep group?', 'channel')).toBe('silence');
    expect(reply('whos running the architect associate prep sessions this month?', 'channel')).toBe(
      'silence',
    );
    expect(reply('any tips for running an SAA study group?', 'direct')).toBe('study-tips');
  });

  it('stays silent on a message naming a time of day: a meeting or an event', () => {
    expect(reply('is the SAA prep session still happening at 4?', 'channel')).toBe('silence');
    expect(reply('DVA study call moved to 3pm, which room?', 'channel')).toBe('silence');
    // A percentage, a score or years are no time of day.
    expect(reply('is DVA harder than SAA at 2 years of experience?', 'channel')).toBe('difficulty');
  });

  it('stays silent on a question put only to the people present about what they are doing', () => {
    expect(reply('is anyone else doing the SAA? maybe we can pair up', 'channel')).toBe('silence');
    // Asked of the bot, or with a question of its own, it is answered.
    expect(reply('is anyone else doing the SAA? maybe we can pair up', 'direct')).not.toBe('silence');
    expect(reply('anyone else taking the DVA? is it harder than the SAA?', 'channel')).toBe('difficulty');
  });

  it('does not let a sure match skip the subject check', () => {
    const match = matchQuestion(indexes, 'anyone hiring for cron jobs?');
    expect(match.candidates[0]!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(match.subject).toBe('none');
    expect(reply('anyone hiring for cron jobs?', 'channel')).toBe('silence');
  });

  it.each([
    ['is SAA-C03 harder than DVA-C02?', 'named'],
    ['does the developer cert need coding?', 'named'],
    ['architect vs developer salary?', 'named'],
    ["I'm a network admin, which aws associate would suit me", 'named'],
    // A side with the level in the certification's name: the credential itself.
    ['is the solutions architect associate mostly about design?', 'named'],
    // A side and the level word in the vocabulary's words: "dev" is the developer side, "assoc" associate.
    ['how much python do i need for the dev associate?', 'named'],
    ['is the dev assoc hard?', 'named'],
    ['which cert is harder?', 'implied'],
    ['do architects earn more?', 'implied'],
    ['any devs around?', 'implied'],
    // "exam code" is a phrase for a credential; its word "code" alone is not one.
    ['any devs around who know python?', 'implied'],
    // A route word pointed at as one of a pair refers to the two certifications.
    ['what skills does each of these two paths expect?', 'implied'],
    ['what do you need to do well on each track?', 'implied'],
    // So does the word the certifications' names end with, used as their noun.
    ['is it worth getting both associates?', 'implied'],
    ['how should i revise for either associate?', 'implied'],
    ['anyone using lambda for cron jobs?', 'none'],
    ["what's the critical path for the release?", 'none'],
    ['which track is the keynote in?', 'none'],
  ])('reads how plainly "%s" is about the certifications: %s', (message, subject) => {
    expect(matchQuestion(indexes, message).subject).toBe(subject);
  });

  it('takes the level word alone for the certifications only loosely: never enough for a channel', () => {
    const match = matchQuestion(indexes, 'our new associate starts on monday');
    expect(match.subject).toBe('implied');
    expect(match.impliedLoosely).toBe(true);
    expect(reply('our new associate starts on monday', 'channel')).toBe('silence');
    expect(reply('is associate the entry level or is there one below it?', 'channel')).toBe('silence');
  });

  it('answers questions that name the certifications', () => {
    expect(reply('is SAA-C03 harder than DVA-C02?', 'channel')).toBe('difficulty');
    expect(reply('which certification pays more, architect or developer?', 'channel')).toBe('salary');
  });

  it('answers an implied question with a word the guide does not know when it names a credential and both readings agree', () => {
    const question = 'Which cert is regarded as more challenging, and where do people tend to stumble?';
    const match = matchQuestion(indexes, question);
    expect(match).toMatchObject({ subject: 'implied', namesCredential: true, agreed: true });
    expect(match.unknownWords).toBe(1);
    expect(reply(question, 'channel')).toBe('difficulty');
    // The sides' names alone, in hiring talk, are job titles however sure the match.
    expect(
      matchQuestion(indexes, 'should we hire a cloud architect or another developer?').namesCredential,
    ).toBe(false);
    expect(reply('should we hire a cloud architect or another developer?', 'channel')).toBe('silence');
  });

  it('answers a question that names the certifications at the confidence a direct answer needs', () => {
    const question = 'is dva-c02 heavy on lambda and dynamodb';
    const [top] = matchQuestion(indexes, question).candidates;
    expect(channelConfidence(top!).confidence).toBeLessThan(TUNING.channel.confidence);
    expect(reply(question, 'channel')).toBe('services');
  });

  it('answers a question that names the certifications even when a neighbouring section runs close', () => {
    const question = 'do lots of aws services show up on the developer exam';
    const [top, runnerUp] = matchQuestion(indexes, question).candidates;
    expect(runnerUp!.score).toBeGreaterThan(top!.score * 0.9);
    expect(reply(question, 'channel')).toBe('services');
  });

  it('answers a plain pick between the two by name though the classifier doubts it, not one asking for a summary', () => {
    for (const question of [
      'payments team here, mostly node. SAA or DVA?',
      'SAA or DVA for my platform team?',
    ]) {
      // The classifier reads the story's words, or none, and does not pick the recommender first.
      expect(matchQuestion(indexes, question).doubted).toBe(true);
      expect(reply(question, 'channel')).toBe('choose');
    }
    const summary = 'saa or dva eli5';
    expect(matchQuestion(indexes, summary).doubted).toBe(true);
    expect(reply(summary, 'channel')).toBe('silence');
  });
});

describe('honest confidence', () => {
  it('never calls a question sharing one word with a section a best match', () => {
    const decision = decideReply(indexes, 'which is more in demand', 'direct');
    expect(decision.kind === 'answer' && decision.band === 'best').toBe(false);
  });

  it('sends "does the architect exam cover cost optimization" to focus areas, not the exam price', () => {
    expect(reply('does the architect exam cover cost optimization', 'direct')).toBe('focus-areas');
    expect(reply('how much does the architect exam cost?', 'direct')).toBe('not-covered');
  });
});

describe('personas', () => {
  it('answers a background paragraph ending in a pick with the recommender', () => {
    const decision = decideReply(
      indexes,
      '5 years as a sysadmin, mostly PowerShell and some networking. which one?',
      'direct',
    );
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('choose');
    if (decision.kind === 'answer') expect(decision.criteria.map((c) => c.id)).toContain('sysadmin');
  });

  it('answers someone who describes themselves and asks for a pick with the recommender, cues or not', () => {
    expect(reply("i'm a junior kotlin dev, i mostly make android apps. which one?", 'direct')).toBe('choose');
    // A background, then the two set as alternatives, is a pick: "yrs" is no question about experience.
    expect(reply('sysadmin 5 yrs, saa or dva?', 'direct')).toBe('choose');
    // Alternatives alone are not a persona: what is asked about still decides.
    expect(reply('i care mostly about income, architect or developer cert?', 'direct')).toBe('salary');
  });

  it.each([
    ["I'm a dba and barely script. How much programming does the developer exam need?", 'coding'],
    [
      'support engineer here, mostly tickets. how is the architect exam different from the developer one?',
      'overview',
    ],
  ])('answers what is asked after the asker describes themselves ("%s"): %s', (message, section) => {
    expect(reply(message, 'direct')).toBe(section);
  });

  it('reads "for someone who…" as the asker, not the topic', () => {
    expect(reply('is dva harder than saa for someone who codes all day', 'direct')).toBe('difficulty');
  });

  it.each([
    ["I've coded for a decade, is the dev associate the easier exam for me?", 'difficulty'],
    ["i'm a dba, would the architect exam be tough on me", 'difficulty'],
    ["I'm a network engineer, which one pays better", 'salary'],
  ])('answers the topic a persona asks about ("%s") from %s, not the recommender', (message, section) => {
    expect(reply(message, 'direct')).toBe(section);
  });

  it.each([
    "I'm a sysadmin who runs ci/cd pipelines all day, which path suits me",
    'frontend dev here, mostly serverless lately. which cert?',
  ])('keeps a pick whose topic words describe the asker ("%s") for the recommender', (message) => {
    expect(reply(message, 'direct')).toBe('choose');
  });

  it.each(['which is better', 'which one', 'which one?'])('takes the bare pick "%s" to choose', (message) => {
    expect(reply(message, 'direct')).toBe('choose');
  });

  it.each([
    "who's bringing pizza for the dev associate prep session",
    'can we push the SAA study group to 6? I have a standup conflict',
    "ngl that's harder than the actual exam",
    "my manager wants me to do both SAA and DVA this year. we'll see about that 😅",
    "what's harder than the AWS architect exam? getting the VPN to connect on a Monday",
  ])(
    'keeps out of a get-together arranged among colleagues, a remark, a plan left open or a riddle told ("%s")',
    (message) => {
      expect(reply(message, 'channel')).toBe('silence');
    },
  );

  it("takes a role the message opens with as the writer's, for the recommender", () => {
    expect(reply('sysadmin which aws cert', 'channel')).toBe('choose');
    expect(reply('fullstack dev, which one', 'direct')).toBe('choose');
  });

  it('keeps out of a message whose only question is quoted, a title told of', () => {
    expect(
      reply(
        'The slides from yesterday\'s "Architect vs Developer certification: which one?" brown bag are in the shared drive for anyone who missed it',
        'channel',
      ),
    ).toBe('silence');
    expect(
      reply('is the "which one?" slide from the brown bag right that SAA is harder than DVA?', 'channel'),
    ).toBe('difficulty');
  });
});
