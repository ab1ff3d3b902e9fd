import { describe, expect, it } from 'vitest';
import { readsAsAnotherLanguage } from '../../../src/core/matching/other-language.js';

describe('readsAsAnotherLanguage', () => {
  it.each([
    '¿cuál de los dos exámenes es más difícil?',
    'qual certificação vale mais a pena, arquiteto ou desenvolvedor?',
    'welche Zertifizierung ist besser für mich, SAA oder DVA?',
    'quelle certification est la plus utile pour un développeur ?',
    'qual è più utile per uno sviluppatore, SAA o DVA?',
    'welke is beter voor een ontwikkelaar, SAA of DVA?',
    'SAAとDVA、どちらを先に受けるべきですか',
    'какой сертификат лучше для разработчика, SAA или DVA?',
  ])('reads "%s" as another language', (question) => {
    expect(readsAsAnotherLanguage(question)).toBe(true);
  });

  it.each([
    'which exam is harder, SAA or DVA?',
    'wich cert shud i get first, im a backend dev lol',
    "is 'Architekt' on the German job ads the same as the SAA?",
    'standup moved to 10 IST, und so weiter',
    'plus or minus a week, is the DVA doable for me?',
    'SAA',
    '🤷',
    '',
  ])('reads "%s" as English (or too little to tell)', (question) => {
    expect(readsAsAnotherLanguage(question)).toBe(false);
  });

  it('counts words both languages use as neither: French with four of them is still French', () => {
    expect(readsAsAnotherLanguage('quelle certification est la plus difficile, SAA ou DVA ?')).toBe(true);
    // The same words in English around them do not make it French.
    expect(
      readsAsAnotherLanguage('la plus est ou: which of the certification exams is more difficult?'),
    ).toBe(false);
  });
});
