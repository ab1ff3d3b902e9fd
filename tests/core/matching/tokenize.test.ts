import { describe, expect, it } from 'vitest';
import { words } from '../../../src/core/matching/tokenize.js';

describe('words', () => {
  it('reads slashed chat shorthand as the words it stands for', () => {
    expect(words('who do SAs work w/')).toEqual(['who', 'do', 'sas', 'work', 'with']);
    expect(words('DVA w/o any coding? b/c I hate it')).toEqual([
      'dva',
      'without',
      'any',
      'coding',
      'because',
      'hate',
      'it',
    ]);
    // Not a slash inside a word or between words ("CI/CD", "and/or"), nor "w/e" (whatever).
    expect(words('CI/CD and/or w/e')).toEqual(['ci', 'cd', 'and', 'or']);
  });

  it('folds accents and reads Slack markup, and leaves plain ASCII as it is', () => {
    expect(words('Résumé: SAA über DVA, naïve question')).toEqual([
      'resume',
      'saa',
      'uber',
      'dva',
      'naive',
      'question',
    ]);
    // Decomposed marks too ("e" and a combining acute accent), and a wide letter folded to its ASCII one.
    expect(words('cafe\u0301 ＳＡＡ')).toEqual(['cafe', 'saa']);
    // One-letter words are dropped ("Q", "A"), a digit is not.
    expect(words('<@U123> which first? <#C1|aws-certs> :thinking_face: Q&amp;A &lt;3')).toEqual([
      'which',
      'first',
      'channel',
      '3',
    ]);
    // Each kind of markup alone, with none of the others' characters to give it away.
    expect(words('which first :thinking_face:')).toEqual(['which', 'first']);
    expect(words('posted in #aws-certs')).toEqual(['posted', 'in', 'channel']);
    expect(words('Q&amp;A')).toEqual([]);
    expect(words('hi <@U123>')).toEqual(['hi']);
    expect(words("Which one's harder: SAA-C03 or DVA-C02?")).toEqual([
      'which',
      'ones',
      'harder',
      'saa',
      'c03',
      'or',
      'dva',
      'c02',
    ]);
  });
});
