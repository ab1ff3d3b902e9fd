import type { Guide } from '../guide.js';
import { HELP_WORDS } from './messages.js';

const COUNT = 4;

/**
 * Questions to show as examples: the first alternate question of sections spread evenly across
 * the guides, so the examples cover different topics. Falls back to stock examples.
 */
export function exampleQuestions(guides: readonly Guide[]): string[] {
  const questions = guides.flatMap((guide) =>
    guide.sections.flatMap((section) => section.questions.slice(0, 1)),
  );
  if (questions.length === 0) return [...HELP_WORDS.defaultExamples];
  const step = Math.max(1, questions.length / COUNT);
  const picked: string[] = [];
  for (let i = 0; i < Math.min(COUNT, questions.length); i += 1)
    picked.push(questions[Math.floor(i * step)]!);
  return picked;
}
