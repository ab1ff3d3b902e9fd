import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/matching/small-talk.js';

describe('smallTalk', () => {
  it.each([
    ['hi', 'greeting'],
    ['Good morning team!', 'greeting'],
    ['<@U0CERTBOT> hello there', 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['nice work everyone', 'thanks'],
    ['thanks, that sorted it!', 'thanks'],
    ['ty, that did the trick', 'thanks'],
    ['thanks bot, that was helpful 👍', 'thanks'],
    ['that was helpful', 'thanks'],
    ['super useful, exactly what I needed', 'thanks'],
    ['test', 'greeting'],
    ['testing 1 2 3', 'greeting'],
    ['help', 'help'],
    ['', 'help'],
    ['topics', 'topics'],
    ['show me the topics', 'topics'],
    ['quiz', 'quiz'],
    ['quiz aws-architect-vs-developer', 'quiz'],
    ['ok', 'acknowledgement'],
    ['lol', 'acknowledgement'],
    ['got it', 'acknowledgement'],
    ['ok cool', 'acknowledgement'],
    ['makes sense', 'acknowledgement'],
    [':+1:', 'acknowledgement'],
    ['👍', 'acknowledgement'],
    ['big +1 to this', 'acknowledgement'],
    ['+1', 'acknowledgement'],
    ['seconded', 'acknowledgement'],
    ['same', 'acknowledgement'],
    ['agreed, this', 'acknowledgement'],
    ['<@U0CERTBOT> who made you', 'about'],
    ['are you chatgpt or a real person?', 'about'],
    ['what are you exactly', 'about'],
    ['where do your answers come from?', 'about'],
    ['is your data up to date?', 'about'],
  ])('classifies "%s" as %s', (text, kind) => {
    expect(smallTalk(text)).toBe(kind);
  });

  it.each([
    'hi, which exam is harder?',
    'thanks, but what about salary?',
    'help me choose a cert',
    'ok which one pays more?',
    'lol is the developer exam that hard',
    'is the quiz accurate?',
    'which test is harder?',
    'thanks, did the SAA help you?',
    'what are you studying for?',
    'what are your thoughts on SAA vs DVA?',
    'how do you compare the two?',
    '+1 for the SAA first?',
    'same question: which is harder?',
    "that's helpful, but which pays more?",
    'is the DVA useful?',
  ])('leaves "%s" to matching', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});
