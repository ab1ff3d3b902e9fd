import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/matching/command-text.js';

describe('parseCommand', () => {
  it('reads help, topics and quiz as the commands they are', () => {
    expect(parseCommand('help')).toEqual({ kind: 'help' });
    expect(parseCommand('what can you do')).toEqual({ kind: 'help' });
    expect(parseCommand('topics')).toEqual({ kind: 'topics' });
    expect(parseCommand('show me all the topics')).toEqual({ kind: 'topics' });
    expect(parseCommand('quiz')).toEqual({ kind: 'quiz' });
    expect(parseCommand('  Quiz  ')).toEqual({ kind: 'quiz' });
    expect(parseCommand('take the quiz')).toEqual({ kind: 'quiz' });
  });

  it('reads the guide id of "quiz <id>", hyphens and all, lower-cased', () => {
    expect(parseCommand('quiz aws-architect-vs-developer')).toEqual({
      kind: 'quiz',
      guideId: 'aws-architect-vs-developer',
    });
    expect(parseCommand('quiz Security-VS-Networking')).toEqual({
      kind: 'quiz',
      guideId: 'security-vs-networking',
    });
  });

  it('takes an empty message or a bare "?" as a request for help', () => {
    expect(parseCommand('')).toEqual({ kind: 'help' });
    expect(parseCommand('  ?? ')).toEqual({ kind: 'help' });
  });

  it('leaves questions, and emoji alone, to the matcher and small talk', () => {
    for (const text of [
      'is the quiz hard?',
      'quiz me on lambda and s3 please',
      'which exam has more topics?',
      'help me pick between SAA and DVA',
      ':+1:',
      '👍',
    ])
      expect(parseCommand(text), text).toBeUndefined();
  });
});
