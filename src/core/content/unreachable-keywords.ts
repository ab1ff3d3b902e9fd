import type { Guide } from '../guide.js';
import { subjectCues } from '../matching/guide-cues.js';
import { stem, words } from '../matching/tokenize.js';
import type { ContentProblem } from './content-error.js';

/**
 * A not-covered topic's `unnamedKeywords` are read only in a question that names nothing of the guide's: no
 * side, no exam code, no credential word. A keyword that itself names one ("certs matter": "certs" is a
 * credential word) can never match, and an author would never learn why; each such keyword is a problem,
 * with where it is written. `lineOf` finds a field's line in guide.yml.
 */
export function unreachableUnnamedKeywords(
  guide: Guide,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  const { codes, credentials } = subjectCues(guide);
  const sides = new Set(guide.sides.map((side) => stem(side.id)));
  const names = (word: string) => {
    const term = stem(word);
    return credentials.has(term) || codes.has(term) || sides.has(term);
  };
  const problems: ContentProblem[] = [];
  guide.notCovered.forEach((topic, t) => {
    (topic.unnamedKeywords ?? []).forEach((keyword, k) => {
      const named = words(keyword).find(names);
      if (named === undefined) return;
      const path = ['notCovered', t, 'unnamedKeywords', k];
      const line = lineOf(path);
      problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        field: `notCovered[${t}].unnamedKeywords[${k}]`,
        message: `'${keyword}' can never match: '${named}' names the certifications, and unnamed keywords are read only in questions that name nothing of the guide's (list it under keywords or generalKeywords)`,
      });
    });
  });
  return problems;
}
