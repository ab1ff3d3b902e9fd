import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/core/matching/english-words.js';
import { SpellingCorrector } from '../../../src/core/matching/spelling.js';

const lexicon = new Map([
  ['salary', 3],
  ['developer', 9],
  ['difficult', 2],
  ['programming', 2],
  ['coding', 4],
  ['driven', 1],
  ['certification', 8],
  ['recommend', 2],
  ['credentials', 3],
]);
const corrector = new SpellingCorrector(lexicon, isEnglishWord);

describe('SpellingCorrector', () => {
  it.each([
    ['sallary', 'salary'],
    ['develoepr', 'developer'],
    ['dificult', 'difficult'],
    ['certifcation', 'certification'],
    ['rdeveloper', 'developer'],
  ])('corrects the typo "%s" to "%s"', (typo, meant) => {
    expect(corrector.correct(typo)).toBe(meant);
  });

  it('corrects an English word only for a doubled or undoubled letter', () => {
    expect(corrector.correct('programing')).toBe('programming');
    expect(corrector.correct('codding')).toBe('coding');
    expect(corrector.correct('drive')).toBe('drive');
  });

  it('leaves short words, numbers, stop words and far-off words alone', () => {
    expect(corrector.correct('sa')).toBe('sa');
    expect(corrector.correct('c03')).toBe('c03');
    expect(corrector.correct('would')).toBe('would');
    expect(corrector.correct('kubernetes')).toBe('kubernetes');
  });

  it('leaves the plural of a word too short to correct alone: "DBAs" is no misspelt "DVAs"', () => {
    const withDva = new SpellingCorrector(new Map([['dvas', 2]]), isEnglishWord);
    expect(withDva.correct('dbas')).toBe('dbas');
    expect(withDva.correct('dvsa')).toBe('dvas');
    // "mins" is read as the minutes it stands for.
    expect(withDva.correct('mins')).toBe('minutes');
  });

  it('reads a misspelt form the guide never writes as the English word one edit away whose stem it uses', () => {
    // The guide writes "recommend" and "credentials"; these forms are one letter doubled, one swap away.
    expect(corrector.correct('reccommended')).toBe('recommended');
    expect(corrector.correct('credentailing')).toBe('credentialing');
    // Not a short word, nor a replaced letter: jargon is often one letter from some English word.
    expect(corrector.correct('recs')).toBe('recs');
    expect(corrector.correct('recommwnded')).toBe('recommwnded');
  });
});
