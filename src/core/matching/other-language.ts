import { isEnglishWord } from './english-words.js';
import { MAX_CHARS } from './prepare-question.js';

/**
 * Everyday words of the languages a workplace is likeliest to ask in besides English (Spanish, Portuguese,
 * French, German, Italian, Dutch): question words, "more/better/or/and", "I/must/can", "first", "difficult" and
 * the two sides' names. Words English text also uses are left out ("es" is Elasticsearch, "est" a time zone,
 * "los"/"las" city names, "plus", "fare", "son", "del", "les", "pour", "para", "hay", "ou").
 */
const OTHER_LANGUAGE_WORDS = new Set(
  `qué cuál cuáles cómo cuánto más mejor pero porque entre debo tengo puedo quiero hacer primero difícil
  certificación examen desarrollador arquitecto también sobre según unos unas una está
  qual quais mais melhor não uma devo tenho posso quero fazer certificação prova desenvolvedor arquiteto então
  você vocês isso essa esse
  quelle quel quels lequel laquelle mieux dois je suis avec une des faire difficile développeur architecte aussi
  sont c'est qu'est
  welche welcher welches ist oder und ich nicht besser soll sollte muss mit für eine einen zuerst schwer schwerer
  zertifizierung prüfung entwickler architekt auch zwischen sind
  quale quali più meglio oppure sono voglio certificazione esame sviluppatore architetto anche perché
  welke beter moet eerst moeilijk moeilijker ontwikkelaar ook tussen zijn het een`.split(/\s+/u),
);

/**
 * Words those languages use every day that English's word list has too: counted neither as English nor as
 * theirs ("quelle certification est la plus difficile, SAA ou DVA ?" has four).
 */
const SHARED_WORDS = new Set(
  'es est plus ou la le les para los las del son pour hay fare prima die also in is of'.split(' '),
);

/** Letters of any script, and words of them (with an inner apostrophe: "c'est"). */
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** At least this many letters of another script, and more of them than Latin ones: "どちらが難しいですか SAA". */
const OTHER_SCRIPT_MIN = 4;
/** At least this many distinct words of another language ("¿cuál es más difícil, SAA o DVA?"). */
const OTHER_WORDS_MIN = 2;
/** Words of two letters or more that a question must have to be judged by its words. */
const WORDS_MIN = 3;

/**
 * Whether a question is written in another language than English: mostly in another script, or with at
 * least two everyday words of another language and fewer English words than not. The guide and its matcher
 * read English only, so such a question is told that rather than that the guide does not cover it. An English
 * question that names a foreign word or two ("is 'architekt' on the German job ads the SAA?") stays English.
 */
export function readsAsAnotherLanguage(message: string): boolean {
  // As much as matching reads: a 40,000-character paste is judged by its start.
  const text = message.slice(0, MAX_CHARS);
  const letters = text.match(LETTER) ?? [];
  const latin = letters.filter((letter) => LATIN.test(letter)).length;
  const other = letters.length - latin;
  if (other >= OTHER_SCRIPT_MIN && other > latin) return true;
  const words = (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1);
  if (words.length < WORDS_MIN) return false;
  const theirs = new Set(words.filter((word) => OTHER_LANGUAGE_WORDS.has(word)));
  if (theirs.size < OTHER_WORDS_MIN) return false;
  const english = words.filter(
    (word) => !OTHER_LANGUAGE_WORDS.has(word) && !SHARED_WORDS.has(word) && isEnglishWord(word),
  ).length;
  return english * 2 < words.length;
}
