import type { Criterion, Guide } from '../core/guide.js';
import type { Quiz } from '../core/recommend/quiz.js';

/** `certpath recommend --list --json`: every id the quiz accepts, with its label and side. */
export function quizListJson({ guide, recommender }: Quiz) {
  const criterion = ({ id, label, side, weight }: Criterion) => ({ id, label, side: side ?? null, weight });
  return {
    guide: guide.id,
    statements: recommender.statements.map(criterion),
    roles: recommender.roles.map(criterion),
    questions: recommender.questions.map((question) => ({
      id: question.id,
      label: question.label,
      options: question.options.map(({ id, label, side, weight }) => ({
        id,
        label,
        side: side ?? null,
        weight,
      })),
    })),
  };
}

/** `certpath recommend --list`: the ids to pass to --statement, --role and --answer, as aligned text. */
export function formatQuizList({ guide, recommender }: Quiz): string {
  const lines = [
    `Quiz of ${guide.title} (--guide ${guide.id})`,
    '',
    'Statements (--statement ID, repeatable):',
  ];
  lines.push(...rows(recommender.statements.map((s): Row => [s.id, describe(guide, s.label, s.side)])));
  if (recommender.roles.length > 0) {
    lines.push('', 'Roles (--role ID):');
    lines.push(...rows(recommender.roles.map((r): Row => [r.id, describe(guide, r.label, r.side)])));
  }
  if (recommender.questions.length > 0) lines.push('', 'Questions (--answer QUESTION=OPTION, repeatable):');
  for (const question of recommender.questions) {
    lines.push(`  ${question.label}`);
    const options = question.options.map(
      (o): Row => [`${question.id}=${o.id}`, describe(guide, o.label, o.side)],
    );
    lines.push(...rows(options, '    '));
  }
  return lines.join('\n');
}

function describe(guide: Guide, label: string, side: string | undefined): string {
  const pointsTo = guide.sides.find((candidate) => candidate.id === side);
  return pointsTo ? `${label} → ${pointsTo.label}` : label;
}

/** An id and what it means, one line of the list. */
type Row = readonly [id: string, text: string];

/** Rows with their ids padded to one width, so the meanings line up. */
function rows(pairs: readonly Row[], indent = '  '): string[] {
  const width = Math.max(0, ...pairs.map(([id]) => id.length));
  return pairs.map(([id, text]) => `${indent}${id.padEnd(width)}  ${text}`);
}
