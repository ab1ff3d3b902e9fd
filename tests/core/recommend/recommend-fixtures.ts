import { loadContent } from '../../../src/core/content/load-content.js';
import type { Guide } from '../../../src/core/guide.js';
import type { RecommendInput } from '../../../src/core/recommend/recommend-input.js';

/** The real guide, whose choose section carries the Architect-vs-Developer quiz. */
export const DEFAULT_GUIDE: Guide = loadContent('content')[0]!;

const QUIZ_FIXTURES: readonly Guide[] = loadContent('tests/fixtures/quiz-content');

function fixture(id: string): Guide {
  const guide = QUIZ_FIXTURES.find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`no fixture guide '${id}'`);
  return guide;
}

/** Security vs Networking: its own quiz, with twelve statements (two of them neutral). */
export const QUIZ_GUIDE: Guide = fixture('security-vs-networking');
/** Analytics vs ML: a guide without recommender data, so without a quiz. */
export const NO_QUIZ_GUIDE: Guide = fixture('analytics-vs-ml');

/** A quiz input with defaults, so each test names only what it chose. */
export function choices(input: Partial<RecommendInput> = {}): RecommendInput {
  return { statements: [], answers: {}, ...input };
}

/** Someone who designs systems and administers them: points clearly to the Architect. */
export const DESIGN_MINDED = choices({
  statements: ['system-design', 'infra-devops'],
  role: 'sysadmin',
  answers: { 'codes-daily': 'no' },
});

/** Someone who writes backend code every day: points clearly to the Developer. */
export const CODE_MINDED = choices({
  statements: ['enjoy-coding', 'backend-apps', 'apis-microservices'],
  role: 'backend-engineer',
  answers: { 'codes-daily': 'yes', 'design-or-build': 'build' },
});

/** One statement for each side, equally weighted: the answers point both ways. */
export const MIXED = choices({ statements: ['system-design', 'enjoy-coding'] });
