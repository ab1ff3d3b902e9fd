// Which programming language a path wants, asked apart from how much code it wants: read where a question's terms
// are found (analyze-question.ts) and where the classifier reads its words (match-question.ts).
import type { PreparedQuestion } from './prepare-question.js';

/** Programming languages by name, as typed ("node.js" is "node" "js"; "go" is too often the verb). */
const LANGUAGE_NAMES = new Set(
  'python java javascript js node nodejs typescript golang net dotnet ruby php rust kotlin scala csharp'.split(
    ' ',
  ),
);
/** Words for a language itself: "which *languages*", "what *langs*". */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'lang', 'langs']);
/** A language said to do: "is python *ok*?", "node *fine* for dva?". */
const WILL_DO = new Set(['ok', 'okay', 'fine', 'alright', 'enough']);
/**
 * Words asking how much code, or how well one must know a language: "how *much* python", "*fluent* in java",
 * "do I *actually* need…", "*write* Java", "*without* knowing any"; and code named apart from a language. With
 * one, the question is the coding's.
 */
const HOW_MUCH_CODE = new Set(
  'much fluent fluency fluently actually actual strong strongly heavy deep depth write writing written read reading without zero conceptual conceptually level code coding coder coders pseudo scripting programmer programmers'.split(
    ' ',
  ),
);
/** Words offering one thing or another. */
const OR = new Set(['or', 'vs', 'versus']);
/** How many words before a language word its "which" may stand: "which *programming* languages". */
const WHICH_REACH = 3;
/**
 * The word the classifier reads for a language in such a question: the default guide lists the languages with
 * each path's skills, and its classifier learned "python", "java" from the coding section's questions as well.
 */
export const LANGUAGE_ASKED_AS = 'skills';

/** Whether the word at `i` names a language or languages ("python", "langs", "programming" before "language"). */
export function namesALanguage(raw: readonly string[], i: number): boolean {
  const word = raw[i]!;
  return (
    LANGUAGE_NAMES.has(word) ||
    LANGUAGE_WORDS.has(word) ||
    (word === 'programming' && LANGUAGE_WORDS.has(raw[i + 1] ?? ''))
  );
}

/**
 * Whether a message asks which programming language a path wants ("which languages does the dev track expect?",
 * "ruby or python for the dev exam?", "is node fine for the developer one?"), not how much code: a language word
 * after "which" or "what", one language said to do, or two offered where the message asks (not two listed, "Node
 * and Python all day", which tells what one knows); with no word of how much or how well (HOW_MUCH_CODE) and
 * "programming" only as a language's ("programming language").
 */
export function asksWhichLanguage({ raw, inQuestion }: PreparedQuestion): boolean {
  let asked = false;
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    if (HOW_MUCH_CODE.has(word)) return false;
    if (word === 'programming' && !LANGUAGE_WORDS.has(raw[i + 1] ?? '')) return false;
    if (LANGUAGE_NAMES.has(word) && inQuestion[i]) {
      if (WILL_DO.has(raw[i + 1] ?? '') || WILL_DO.has(raw[i + 2] ?? '')) asked = true;
      // Offered: "python or java", "python/java/node", "Python? Java?" (not "Node and Python", what one knows).
      const next = OR.has(raw[i + 1] ?? '') ? i + 2 : i + 1;
      if (LANGUAGE_NAMES.has(raw[next] ?? '') && raw[next] !== word) asked = true;
    }
    if (
      LANGUAGE_WORDS.has(word) &&
      raw.slice(Math.max(0, i - WHICH_REACH), i).some((before) => before === 'which' || before === 'what')
    )
      asked = true;
  }
  return asked;
}
