import { describe, expect, it } from 'vitest';
import {
  answersItsOwnRiddle,
  arrangesAGathering,
  asksAFavour,
  asksForAVote,
  asksForTheRecommender,
  asksInAnyForm,
  asksOnlyTheRoom,
  asksRhetorically,
  checksASummary,
  cheersSomeone,
  differenceAsked,
  givesAnOpinion,
  laughs,
  laughsAnywhere,
  leavesItOpen,
  likensOneAndTheOther,
  looksLikeQuestion,
  namesATimeOfDay,
  opensWithItsWriter,
  pointsBackToTheThread,
  recountsOfSomeone,
  speaksToSomeoneByName,
  statesAClaim,
  statesAPlan,
  tellsAnAnsweredQuestion,
  tellsNews,
  withFormWordsMended,
  withoutOpening,
} from '../../../src/core/matching/question-form.js';

describe('looksLikeQuestion', () => {
  it.each([
    'architect vs developer?',
    'which exam is harder',
    'tbh what is actually different between them',
    'Hey, who is the SAA meant for',
    'SA or DVA, what sets them apart',
    'tell me about the architect cert',
    'Kindly outline the route from beginner to associate',
    'walk me through the developer associate',
    'quick question: does the dev cert need coding',
    'just passed the SAA last week 🎉 should i do the DVA next',
    'plan is SAA then DVA. sensible order or am i doing it backwards',
    'to what extent does the SAA expect you to code',
    'in which way do the two associates differ',
    'ten years in support\nwhich one should I take',
  ])('takes "%s" as a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each([
    'the deploy failed again',
    'architect review at 3pm',
    'nice work everyone',
    'brb',
    'i think we should move the standup',
    'glad we did it, then we can ship',
    "for what it's worth the demo went fine",
    "we're covering the serverless chapter in the study circle",
    'to the team: the release is out',
    'cake in the kitchen for Sam, who passed both AWS associate certs this quarter 🍰',
  ])('does not take "%s" as a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });

  it('reads a time of day, not a percentage, a score or a span of years', () => {
    for (const text of ['retro is at 4', 'moved to 3pm', 'call at 12:30 today', 'the 10:30 am slot'])
      expect(namesATimeOfDay(text)).toBe(true);
    for (const text of ['the disk is at 98%', 'at 2 years of experience', 'passed at 720', 'SAA or DVA?'])
      expect(namesATimeOfDay(text)).toBe(false);
  });

  it('counts a reported or wanted question, and question words as typed, as asking', () => {
    expect(asksInAnyForm('HR wants to know which of the two pays more')).toBe(true);
    expect(asksInAnyForm('need the skills ratings for both certs')).toBe(true);
    expect(asksInAnyForm('wat jobs cn i get wiht saa')).toBe(true);
    expect(asksInAnyForm('hey all: wich cert pays mor')).toBe(true);
    expect(asksInAnyForm('the new starter joins on monday, laptop is ordered')).toBe(false);
    // Not knowing, said: "not sure if…", "no idea which…", "can't tell what…".
    expect(asksInAnyForm('Not sure if associate is really where a beginner starts.')).toBe(true);
    expect(asksInAnyForm("honestly can't tell what separates them")).toBe(true);
    expect(asksInAnyForm("I'm sure the migration will slip again")).toBe(false);
  });

  it('tells a message that opens with its writer', () => {
    expect(opensWithItsWriter("i'm taking the developer exam first, settled")).toBe(true);
    expect(opensWithItsWriter('we passed both associate exams this year')).toBe(true);
    // The writer in a joke's set-up.
    expect(opensWithItsWriter('me after passing the DVA: I see queues in my sleep')).toBe(true);
    expect(opensWithItsWriter('not me booking the SAA for 8am on a Monday')).toBe(true);
    expect(opensWithItsWriter('meanwhile the SAA results came in')).toBe(false);
    expect(opensWithItsWriter('is the SAA harder?')).toBe(false);
    expect(opensWithItsWriter('my manager wants to know whether SAA is entry level')).toBe(false);
  });
});

describe('asksOnlyTheRoom', () => {
  it('reads an invitation to join in and whether what was just told is normal as put to the people present', () => {
    expect(asksOnlyTheRoom('whoevers doing the DVA in June — want to pair on the labs?')).toBe(true);
    expect(asksOnlyTheRoom('I keep dreaming about VPCs. is this normal during SAA prep')).toBe(true);
    expect(asksOnlyTheRoom('is it normal for the SAA to take longer than the DVA?')).toBe(false);
  });

  it('is true when every question is put to the people present about what they are doing', () => {
    expect(asksOnlyTheRoom('is anyone else doing the SAA? maybe we can pair up')).toBe(true);
    expect(asksOnlyTheRoom('who else is sitting the DVA in May?')).toBe(true);
    expect(asksOnlyTheRoom('anyone up for a DVA study session after work?')).toBe(true);
    expect(asksOnlyTheRoom("who's taking the SAA this quarter?")).toBe(true);
    expect(asksOnlyTheRoom("who's in for a DVA practice session after standup?")).toBe(true);
    expect(asksOnlyTheRoom('anyone joining the SA associate study circle?')).toBe(true);
    // Who among them holds something, or would join something; after a lead-in before a dash as well.
    expect(asksOnlyTheRoom('who else has the DVA? I need a second reviewer')).toBe(true);
    expect(asksOnlyTheRoom('who would be up for an SAA study lunch on fridays?')).toBe(true);
    expect(asksOnlyTheRoom('got a design question — who here holds the SA associate?')).toBe(true);
    // Those among them who did something, called on to tell of it.
    expect(asksOnlyTheRoom('folks who sat the SAA last year, do you still use any of it?')).toBe(true);
    expect(asksOnlyTheRoom('people here who did the dev cert – would you do it again?')).toBe(true);
    expect(asksOnlyTheRoom('for people who did the dev cert, is it worth it?')).toBe(false);
    // Who holds a role among them.
    expect(asksOnlyTheRoom("who's the recruiter for the cloud developer opening?")).toBe(true);
    expect(asksOnlyTheRoom('who is our point of contact at AWS for exam vouchers?')).toBe(true);
    // Who belongs to something of theirs.
    expect(asksOnlyTheRoom("who's on the DVA prep rota this month?")).toBe(true);
    expect(asksOnlyTheRoom('who else is in our SAA reading club? the calendar invite vanished')).toBe(true);
    // After a lead-in as well.
    expect(asksOnlyTheRoom('quick poll: who is doing the DVA or the SAA next?')).toBe(true);
    // And how their own exam went.
    expect(asksOnlyTheRoom('how was your DVA on monday, brutal?')).toBe(true);
    expect(asksOnlyTheRoom('did you pass the solutions architect exam in the end?')).toBe(true);
    // Or how it is going.
    expect(asksOnlyTheRoom('how is the SA associate revision coming along?')).toBe(true);
    expect(asksOnlyTheRoom('how are the dev cert labs going for you?')).toBe(true);
    expect(asksOnlyTheRoom('hows the developer exam going so far')).toBe(true);
    // Said to someone by name, or to the room, after it; and whether any of them is stuck.
    expect(asksOnlyTheRoom('how is the DVA revision going Tom? been a while')).toBe(true);
    expect(asksOnlyTheRoom('how are the SAA labs going, folks? anyone stuck on VPC peering')).toBe(true);
    expect(asksOnlyTheRoom('how is the architect cert going to help my career?')).toBe(false);
    // Or whether it went the same for them.
    expect(asksOnlyTheRoom('how many of you passed the developer associate first time?')).toBe(true);
    expect(asksOnlyTheRoom('does anyone else find the SAA scenarios way too long?')).toBe(true);
    expect(asksOnlyTheRoom('how did everyone feel about the dev associate exam?')).toBe(true);
    expect(asksOnlyTheRoom("anyone else's SA associate result take three days to show up?")).toBe(true);
    // Or what each of them got or used.
    expect(asksOnlyTheRoom('what did everybody get on the DVA in the end? no judgement')).toBe(true);
    expect(asksOnlyTheRoom('what did you guys use to revise for the SA associate?')).toBe(true);
  });

  it('is false when a question asks something else, or asks for experience or knowledge', () => {
    expect(asksOnlyTheRoom('anyone doing the SAA? which is harder, SAA or DVA?')).toBe(false);
    expect(asksOnlyTheRoom('anyone done both? which order did you take them in?')).toBe(false);
    expect(asksOnlyTheRoom('does anyone know which exam has more coding?')).toBe(false);
    expect(asksOnlyTheRoom('who is in the best position to take the SAA, a sysadmin or a dev?')).toBe(false);
    expect(asksOnlyTheRoom('who is the developer associate meant for?')).toBe(false);
    expect(asksOnlyTheRoom('the SAA is on my list for next year')).toBe(false);
    expect(asksOnlyTheRoom('how is the architect exam going to change in 2025?')).toBe(false);
    expect(asksOnlyTheRoom('how does the DVA exam go, all multiple choice?')).toBe(false);
    expect(asksOnlyTheRoom('what do you all think is harder, SAA or DVA?')).toBe(false);
    // Those it is for, named before it, asked what it was like; not a question of the exams put to them.
    expect(
      asksOnlyTheRoom(
        'question for people here who hold both certifications: did the second one feel easier after the first?',
      ),
    ).toBe(true);
    expect(asksOnlyTheRoom('for those who sat both - was the DVA a breeze after the SAA?')).toBe(true);
    expect(asksOnlyTheRoom('Q for ppl who did both: how much programming do you need for dva?')).toBe(false);
  });
});

describe('tellsNews', () => {
  it('finds a message telling of something done or set', () => {
    expect(tellsNews('developer associate: passed ✅')).toBe(true);
    expect(tellsNews('SAA booked for the 12th')).toBe(true);
    expect(tellsNews('salary comparison')).toBe(false);
    expect(tellsNews('which cert pays more')).toBe(false);
  });

  it('finds a message telling how its writer feels, but not one asking how something will feel', () => {
    expect(tellsNews('first cert ever, Cloud Practitioner, feeling good')).toBe(true);
    expect(tellsNews('so relieved the SAA is over')).toBe(true);
    expect(tellsNews('which associate exam will feel more natural to our sysadmins')).toBe(false);
  });
});

describe('speaksToSomeoneByName', () => {
  const knows = (word: string) => ['lambda', 'sqs', 'saa', 'dva'].includes(word);

  it('finds a person spoken to by name, first or last, as an @-mention would', () => {
    expect(speaksToSomeoneByName('Anika, is the developer one really that code-heavy?', knows)).toBe(true);
    expect(speaksToSomeoneByName('which of them did you book in the end, Jonas?', knows)).toBe(true);
    // After a greeting, a name that is also a word.
    expect(speaksToSomeoneByName('hey Will - SAA or DVA first?', knows)).toBe(true);
    // Without the comma, before a question word.
    expect(speaksToSomeoneByName("Anika what's your take, SAA or DVA first?", knows)).toBe(true);
    // A name that is also a word, with a comma and a request put to "you".
    expect(speaksToSomeoneByName('Mark, could you lend Priya your DVA practice notes?', knows)).toBe(true);
  });

  it('takes no sentence opener for a name, even before a request put to "you"', () => {
    expect(speaksToSomeoneByName('So, do you need to code for the SAA?', knows)).toBe(false);
    expect(speaksToSomeoneByName('Honestly, can you pass the DVA without writing code?', knows)).toBe(false);
    // A word that is no name, without the request.
    expect(speaksToSomeoneByName('Mark, the DVA notes are in the drive', knows)).toBe(false);
  });

  it('is false for the room, the bot, a word opening a sentence, or a term the guide knows', () => {
    expect(speaksToSomeoneByName('Honestly, SAA or DVA first?', knows)).toBe(false);
    expect(speaksToSomeoneByName('Team, SAA or DVA first?', knows)).toBe(false);
    expect(speaksToSomeoneByName('Hey Folks, SAA or DVA first?', knows)).toBe(false);
    expect(speaksToSomeoneByName('hey bot, SAA or DVA first?', knows)).toBe(false);
    expect(speaksToSomeoneByName('Lambda, SNS and SQS: are they on the DVA?', knows)).toBe(false);
    expect(speaksToSomeoneByName('which is harder, SAA or DVA?', knows)).toBe(false);
    // A person spoken of, not to.
    expect(speaksToSomeoneByName('Anika is weighing SAA against DVA, which is harder?', knows)).toBe(false);
    // Without a comma, a word the corrector takes for a typo.
    const correct = (word: string) => (word === 'exlpain' ? 'explain' : word);
    expect(speaksToSomeoneByName('Exlpain what DVA-C02 validates', knows, correct)).toBe(false);
    expect(speaksToSomeoneByName('Exlpain what DVA-C02 validates', knows)).toBe(true);
  });

  it('finds a name typed in lower case, as Slack often is', () => {
    expect(speaksToSomeoneByName('priya, how did you find the DVA?', knows)).toBe(true);
    expect(speaksToSomeoneByName("carlos what's your take, SAA or DVA first?", knows)).toBe(true);
    expect(speaksToSomeoneByName('anita did you take the dev cert before you joined?', knows)).toBe(true);
    // A name that is also a word, with its comma and a question put to "you" straight after.
    expect(speaksToSomeoneByName('mark, did you find the SAA questions wordy too?', knows)).toBe(true);
    // One the corrector would read as a typo, marked off and asked "you".
    const correct = (word: string) => (word === 'dana' ? 'data' : word);
    expect(speaksToSomeoneByName('dana — are you still doing both?', knows, correct)).toBe(true);
  });

  it("takes no lower-case word for a name that is the guide's, slang, a typo, the bot, or no question to anyone", () => {
    expect(speaksToSomeoneByName('saa, which is harder?', knows)).toBe(false);
    expect(speaksToSomeoneByName('tldr, how do the two differ?', knows)).toBe(false);
    expect(speaksToSomeoneByName('@certbot can you pull up the skills table for SAA vs DVA?', knows)).toBe(
      false,
    );
    expect(speaksToSomeoneByName('mark, the DVA notes are in the drive', knows)).toBe(false);
    const correct = (word: string) => (word === 'saaa' ? 'saa' : word);
    expect(speaksToSomeoneByName('saaa, which is harder for a sysadmin?', knows, correct)).toBe(false);
    // Without its comma an English word is none: "jordan which one did you take" stays a question.
    expect(speaksToSomeoneByName('sysadmin here which one should I take?', knows)).toBe(false);
  });
});

describe('withFormWordsMended', () => {
  it('spells a typo of a word that asks the room or cheers as that word', () => {
    expect(withFormWordsMended('anoyne got a study group going?')).toBe('anyone got a study group going?');
    expect(withFormWordsMended('congras on passiing SAA!!')).toBe('congrats on passiing SAA!!');
  });

  it('leaves English words, short words and words two typos away as they are', () => {
    expect(withFormWordsMended('the asset was asked about')).toBe('the asset was asked about');
    expect(withFormWordsMended('anon, cngrts')).toBe('anon, cngrts');
  });
});

describe('laughs', () => {
  it('reads a message opening with a laugh, not one that ends with it', () => {
    expect(laughs('haha the architect exam strikes again')).toBe(true);
    expect(laughs('😂 the developer one, every time')).toBe(true);
    expect(laughs('which cert pays more lol')).toBe(false);
    expect(laughs('SAA vs DVA salary comparison')).toBe(false);
  });
});

describe('statesAClaim', () => {
  it('reads a verb that states, with no word that asks, as a claim', () => {
    expect(statesAClaim('the developer exam is mostly DynamoDB trivia')).toBe(true);
    expect(statesAClaim('our platform team has three SAAs already')).toBe(true);
    // A "who" that tells of the person before it asks nothing.
    expect(statesAClaim('the SAA questions are set by people who have never been paged')).toBe(true);
    expect(statesAClaim('who has the SAA here')).toBe(false);
    // So does a "where" after the verb that says what something is.
    expect(statesAClaim('honestly the networking labs are where the SAA got hard for me')).toBe(true);
    expect(statesAClaim('where is the SAA harder than the DVA')).toBe(false);
    // What someone did or said is told too.
    expect(statesAClaim('my lead put the developer cert in my goals for next half')).toBe(true);
    // A stating verb folded into its subject: "he's", "she's", "they're", "there's".
    expect(statesAClaim("he's the best cloud architect on the team")).toBe(true);
    expect(statesAClaim("they're all doing the developer associate this year")).toBe(true);
    // And "that's", a remark on what was said; not "that's all", which signs a question off.
    expect(statesAClaim("ngl that's harder than the actual exam")).toBe(true);
    expect(statesAClaim("salary wise saa or dva. that's all")).toBe(false);
  });

  it('is false for a bare topic, or a question without its "?"', () => {
    expect(statesAClaim('SAA vs DVA salary comparison')).toBe(false);
    expect(statesAClaim('salary wise is there any difference between the two')).toBe(false);
    expect(statesAClaim('the dev cert is about what exactly')).toBe(false);
  });

  it('reads the words as spelled by the corrector it is given', () => {
    const correct = (word: string) => (word === 'wheer' ? 'where' : word);
    expect(statesAClaim('wheer is each exam more hands-on')).toBe(true);
    expect(statesAClaim('wheer is each exam more hands-on', correct)).toBe(false);
  });
});

describe('withoutOpening', () => {
  it('takes off greetings to the room and short lead-ins, one after another', () => {
    expect(withoutOpening('hi team, lol the DVA again')).toBe('lol the DVA again');
    expect(withoutOpening('hey all - quick q: Lina, how did it go?')).toBe('Lina, how did it go?');
    expect(withoutOpening('Hey Tom, SAA or DVA?')).toBe('Hey Tom, SAA or DVA?');
    expect(withoutOpening('hey team!')).toBe('hey team!');
  });
});

describe('recountsOfSomeone', () => {
  it('reads what someone else did, told, as a story, and not a question about them', () => {
    expect(recountsOfSomeone("candidate listed 3 AWS certs but couldn't explain a load balancer")).toBe(true);
    expect(recountsOfSomeone('she said the DVA was mostly Lambda')).toBe(true);
    expect(recountsOfSomeone('she said the DVA was mostly Lambda, was it for you?')).toBe(false);
    expect(recountsOfSomeone('salary comparison architect vs developer cert')).toBe(false);
  });

  it('reads what an exam sat did, told, as a story, and not a topic asked of the exam', () => {
    expect(recountsOfSomeone('the architect exam loved multi-AZ vs multi-region scenarios')).toBe(true);
    expect(recountsOfSomeone('my DVA exam had tons of DynamoDB questions')).toBe(true);
    expect(recountsOfSomeone('that test was brutal on networking')).toBe(true);
    expect(recountsOfSomeone('main focus areas of the architect exam compared to the developer one')).toBe(
      false,
    );
    expect(recountsOfSomeone('does the architect exam need any programming')).toBe(false);
    expect(
      recountsOfSomeone('the architect exam loved multi-AZ scenarios, which areas did the dev one love?'),
    ).toBe(false);
  });
});

describe('cheersSomeone', () => {
  it('reads congratulations and good wishes opening a message, not a question that mentions them', () => {
    expect(cheersSomeone('Congratulations on the SAA, Ken! which one are you doing next?')).toBe(true);
    expect(cheersSomeone('best of luck with the dev associate on thursday')).toBe(true);
    expect(cheersSomeone('is it worth a congrats post on linkedin after the DVA?')).toBe(false);
  });

  it('reads applause and hats off as cheers too', () => {
    expect(cheersSomeone('a round of applause for Dev, who passed the SAA and the DVA this quarter')).toBe(
      true,
    );
    expect(cheersSomeone('hats off to Priya, she cleared both associates back to back')).toBe(true);
    expect(cheersSomeone('propose we clap for whoever passes first?')).toBe(false);
  });
});

describe('tellsAnAnsweredQuestion', () => {
  it('finds a question someone asked that the writer already answered', () => {
    expect(tellsAnAnsweredQuestion('the interviewer asked whether I hold the DVA and I said not yet')).toBe(
      true,
    );
    expect(tellsAnAnsweredQuestion('my aunt asked what an AWS architect does, I told her powerpoint')).toBe(
      true,
    );
  });

  it('is false when the message still asks, or reports a question nobody answered', () => {
    expect(
      tellsAnAnsweredQuestion('my lead asked which pays more, I said the architect one. is that right'),
    ).toBe(false);
    expect(tellsAnAnsweredQuestion('my lead asked which pays more, I said the architect one, correct?')).toBe(
      false,
    );
    expect(tellsAnAnsweredQuestion('my lead asked which pays more, architect or developer')).toBe(false);
  });
});

describe('asksAFavour', () => {
  it('finds a favour asked of whoever is present', () => {
    expect(asksAFavour('could somebody add me to the DVA study channel?')).toBe(true);
    expect(asksAFavour('is anybody who did the SAA able to look over my notes tonight?')).toBe(true);
  });

  it('is false for a question the bot answers, explaining included', () => {
    expect(asksAFavour('can someone explain how SAA and DVA differ?')).toBe(false);
    expect(asksAFavour('can anyone remind me which exam has more coding?')).toBe(false);
    expect(asksAFavour('does anyone know which one pays more?')).toBe(false);
  });
});

describe('arrangesAGathering', () => {
  it('finds food brought and a meeting moved to another time', () => {
    expect(arrangesAGathering("who's bringing pizza for the dev associate prep session")).toBe(true);
    expect(arrangesAGathering('can we push the SAA study group to 6? I have a standup conflict')).toBe(true);
    expect(arrangesAGathering('moving the DVA study session to thursday, ok with everyone?')).toBe(true);
  });

  it('is false for a question about the exams, a booked exam moved included', () => {
    expect(arrangesAGathering('our study group is split: which one is harder, SAA or DVA?')).toBe(false);
    expect(arrangesAGathering('I pushed my SAA to next week, what should I focus on?')).toBe(false);
    expect(arrangesAGathering('on a scale of 1 to 10 how much coding does the DVA need?')).toBe(false);
  });
});

describe('leavesItOpen', () => {
  it('finds a message its writer leaves open', () => {
    expect(
      leavesItOpen("my manager wants me to do both SAA and DVA this year. we'll see about that 😅"),
    ).toBe(true);
    expect(leavesItOpen("dva done ✅ saa next? we'll see")).toBe(true);
    expect(leavesItOpen('architect track or developer track, time will tell')).toBe(true);
  });

  it('is false for a question that goes on after the seeing', () => {
    expect(leavesItOpen("we'll see which one is harder: SAA or DVA?")).toBe(false);
    expect(leavesItOpen('SAA or DVA first, what do you think?')).toBe(false);
  });
});

describe('answersItsOwnRiddle', () => {
  it('finds a comparison asked and answered by its writer', () => {
    expect(
      answersItsOwnRiddle(
        "what's harder than the AWS architect exam? getting the VPN to connect on a Monday",
      ),
    ).toBe(true);
  });

  it('is false when what follows asks again, or nothing follows', () => {
    expect(answersItsOwnRiddle("what's harder than the SAA? is it the DVA")).toBe(false);
    expect(answersItsOwnRiddle("what's harder than the SAA?")).toBe(false);
  });
});

describe('asksForTheRecommender', () => {
  it('is true for a pick, a "should" asked, or the writer\'s own background', () => {
    expect(asksForTheRecommender('SAA or DVA?', true)).toBe(true);
    expect(asksForTheRecommender('should the QA folks do the DVA?', false)).toBe(true);
    expect(asksForTheRecommender("I'm a tester, is the DVA a good fit?", false)).toBe(true);
  });

  it("is false for a topic asked with someone else's background", () => {
    expect(asksForTheRecommender('how much code is on the SAA? our admins are nervous', false)).toBe(false);
    expect(asksForTheRecommender('Raj wants to know what he should build first for the DVA', false)).toBe(
      false,
    );
  });
});

describe('asksForAVote', () => {
  it('finds a vote by reaction', () => {
    expect(asksForAVote('SAA or DVA for the cohort? :a: for architect, :b: for dev')).toBe(true);
    expect(asksForAVote('vote with emoji: SAA or DVA next quarter')).toBe(true);
  });

  it('is false for a meeting named by numbers or a question with an emoji', () => {
    expect(asksForAVote('for my 1:1: which cert pays more?')).toBe(false);
    expect(asksForAVote('which one is harder? 😅 asking for a friend')).toBe(false);
  });
});

describe('givesAnOpinion', () => {
  it('finds an opinion that asks nothing', () => {
    expect(givesAnOpinion('imo the SAA vs DVA salary gap is overstated')).toBe(true);
    expect(givesAnOpinion('hot take: architect or developer, the pay ends up the same')).toBe(true);
  });

  it('is false when the opinion goes on to ask', () => {
    expect(givesAnOpinion('honestly which one is the harder exam')).toBe(false);
    expect(givesAnOpinion('the SAA vs DVA salary gap is overstated')).toBe(false);
  });
});

describe('statesAPlan', () => {
  it("finds the writer's plan that asks nothing", () => {
    expect(statesAPlan("i'm gonna do the developer one after the summer, or the SAA, not sure")).toBe(true);
    expect(statesAPlan('prob going SAA then DVA')).toBe(true);
  });

  it('is false when the plan goes on to ask, or opens with something else', () => {
    expect(statesAPlan("i'll take one of them this year, which is easier")).toBe(false);
    expect(statesAPlan('SAA then DVA, sensible plan')).toBe(false);
  });
});

describe('asksRhetorically', () => {
  it('finds "who needs X when…"', () => {
    expect(asksRhetorically('who even needs the SAA when you have ten years of on-call scars?')).toBe(true);
  });

  it('is false for a question about who needs a certification', () => {
    expect(asksRhetorically('who needs the SAA more, sysadmins or developers?')).toBe(false);
  });

  it('finds a question that wants company, not an answer', () => {
    expect(asksRhetorically('could you even believe priya did the DVA and the SAA back to back?')).toBe(true);
    expect(asksRhetorically('do you remember when the architect exam felt impossible?')).toBe(true);
    expect(asksRhetorically('is it only me or are the DVA practice questions brutal this week?')).toBe(true);
    expect(asksRhetorically('am I the only one who thought the SAA was mostly networking?')).toBe(true);
    expect(asksRhetorically('the DVA covers step functions now, who knew')).toBe(true);
    expect(asksRhetorically('is it odd that my favourite part of the SAA was the networking?')).toBe(true);
    expect(asksRhetorically('why does every SAA mock exam end with a migration scenario')).toBe(true);
  });

  it('is false when the same words ask something', () => {
    expect(asksRhetorically('do you remember which exam has more coding?')).toBe(false);
    expect(asksRhetorically('which one did you find harder, SAA or DVA? I believe the DVA')).toBe(false);
    expect(asksRhetorically('is it odd to take the SAA before the DVA?')).toBe(false);
    expect(asksRhetorically('why is the SAA considered harder than the DVA?')).toBe(false);
  });
});

describe('laughsAnywhere', () => {
  it('finds a laugh anywhere in a message, not inside a word', () => {
    expect(laughsAnywhere('exams haha, never again')).toBe(true);
    expect(laughsAnywhere('the DVA again 😂')).toBe(true);
    expect(laughsAnywhere('the lolcat channel is back')).toBe(false);
  });
});

describe('pointsBackToTheThread', () => {
  it('finds a word standing for something said before, in a message with no word that asks', () => {
    expect(pointsBackToTheThread('calling them the design cert and the code cert from now on')).toBe(true);
    expect(pointsBackToTheThread('the developer associate earning its keep')).toBe(true);
  });

  it('is false for a bare topic, or with a word that asks', () => {
    expect(pointsBackToTheThread('salary comparison, SAA vs DVA')).toBe(false);
    expect(pointsBackToTheThread('dva-c02 what is it')).toBe(false);
  });
});

describe('differenceAsked', () => {
  it('finds where a message asks how two things differ, to the end of that clause', () => {
    expect(
      differenceAsked(
        'writing a one-pager for leadership and I need a summary of how the SA associate and the dev associate differ. nothing deep',
      ),
    ).toBe('how the SA associate and the dev associate differ');
    expect(
      differenceAsked(
        'exec wants one sentence on how the AWS architect associate differs from the developer one. ok?',
      ),
    ).toBe('how the AWS architect associate differs from the developer one');
    expect(differenceAsked('so what fundamentally separates the SAA from the DVA?')).toBe(
      'what separates the SAA from the DVA',
    );
    expect(
      differenceAsked(
        'Army vet here. What is the big picture difference between these two certs? asking before I pick',
      ),
    ).toBe('the difference between these two certs');
    expect(differenceAsked('a two-line contrast of the architect vs developer associate certs?')).toBe(
      'two-line contrast of the architect vs developer associate certs',
    );
  });

  it('keeps what they are said to differ in, before or after the ask', () => {
    expect(differenceAsked('is there a real salary difference between the two certifications?')).toBe(
      'salary difference between the two certifications',
    );
    expect(
      differenceAsked('real talk: salary wise is there any difference between the two associate certs'),
    ).toBe('salary wise any difference between the two associate certs');
  });

  it('finds nothing when they differ in something said elsewhere, or no difference is asked', () => {
    expect(
      differenceAsked('a chart rates skills for each cert. can someone share how the two compare on those?'),
    ).toBe(undefined);
    expect(differenceAsked('which one should I take first, SAA or DVA?')).toBe(undefined);
    // A pick asked besides: the recommender's.
    expect(
      differenceAsked('how do the architect and developer associate compare, and which should a DBA pick?'),
    ).toBe(undefined);
    expect(differenceAsked('how do SAA and DVA differ? what should I put on the slide')).toBe(
      'how do SAA and DVA differ',
    );
  });
});

describe('likensOneAndTheOther', () => {
  it('finds the two likened one each, "one … the other", within a sentence', () => {
    for (const text of [
      'one of them draws the map and the other drives the car',
      "one's the score, the other's the orchestra",
      'is one cert the recipe while the other is the cooking?',
    ])
      expect(likensOneAndTheOther(text), text).toBe(true);
    for (const text of [
      'someone said the other team owns it',
      'one of them is enough. The other can wait',
      'which one should I take?',
    ])
      expect(likensOneAndTheOther(text), text).toBe(false);
  });
});

describe('checksASummary', () => {
  it('hears a summary checked, and a likeness asked right only when there is one', () => {
    for (const text of [
      'is that fair?',
      'does that hold up',
      'close enough or way off',
      'am I oversimplifying?',
    ])
      expect(checksASummary(text, false), text).toBe(true);
    expect(checksASummary('…, right?', false)).toBe(false);
    expect(checksASummary('…, right?', true)).toBe(true);
    expect(checksASummary('is that the gist', true)).toBe(true);
    expect(checksASummary('which one pays more', true)).toBe(false);
  });
});
