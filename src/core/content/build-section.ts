import type { CellValue, ComparisonRow, Recommender, Section } from '../guide.js';
import { type ContentProblem, fieldName } from './content-error.js';
import type { ParsedSection } from './load-section.js';
import type { GuideFile, SectionFile } from './schema.js';

type RecommenderFile = NonNullable<SectionFile['recommender']>;

import { cellSchema } from './schema.js';

/** Checks a parsed section against its guide (sides, rating scale) and builds the typed Section. */
export function buildSection(
  parsed: ParsedSection,
  guide: GuideFile,
  problems: ContentProblem[],
): Section | undefined {
  const { front, body, source } = parsed;
  const sideIds = guide.sides.map((side) => side.id);
  const before = problems.length;
  const report = (path: PropertyKey[], message: string) =>
    problems.push({ file: source.file, line: source.lineOf(path), field: fieldName(path), message });

  if (front.side && !sideIds.includes(front.side))
    report(['side'], `unknown side '${front.side}' (sides: ${sideIds.join(', ')})`);
  const comparison = front.comparison.map((row, index) => buildRow(row, index, { sideIds, report }));
  if (front.rated) checkRatings(comparison, guide.ratingScale, report);
  const recommender = front.recommender && checkRecommender(front.recommender, sideIds, report);
  if (problems.length > before) return undefined;
  return {
    id: front.id,
    title: front.title,
    summary: front.summary,
    questions: front.questions,
    keywords: front.keywords,
    ...(front.side ? { side: front.side } : {}),
    comparison,
    rated: front.rated,
    askedWithoutNaming: front.askedWithoutNaming,
    related: front.related,
    body,
    ...(recommender ? { recommender } : {}),
    file: source.file,
  };
}

type Report = (path: PropertyKey[], message: string) => void;

function buildRow(
  row: Record<string, unknown> & { aspect: string },
  index: number,
  { sideIds, report }: { sideIds: string[]; report: Report },
): ComparisonRow {
  const path = ['comparison', index];
  const cells: Record<string, CellValue> = {};
  for (const key of Object.keys(row)) {
    if (key !== 'aspect' && !sideIds.includes(key))
      report([...path, key], `unknown side '${key}' (sides: ${sideIds.join(', ')})`);
  }
  for (const side of sideIds) {
    if (row[side] === undefined) {
      report(path, `row is missing side '${side}'`);
      continue;
    }
    const cell = cellSchema.safeParse(row[side]);
    if (cell.success) cells[side] = cell.data;
    else report([...path, side], cell.error.issues[0]?.message ?? 'invalid cell');
  }
  return { aspect: row.aspect, cells };
}

function checkRatings(rows: readonly ComparisonRow[], scale: readonly string[], report: Report): void {
  rows.forEach((row, index) => {
    for (const [side, cell] of Object.entries(row.cells)) {
      if (typeof cell !== 'string' || !scale.includes(cell)) {
        report(
          ['comparison', index, side],
          `rating '${String(cell)}' is not on the scale (${scale.join(', ')})`,
        );
      }
    }
  });
}

function checkRecommender(recommender: RecommenderFile, sideIds: string[], report: Report): Recommender {
  const groups = [
    ['statements', recommender.statements],
    ['roles', recommender.roles],
  ] as const;
  for (const [name, list] of groups) {
    list.forEach((item, index) => {
      if (item.side && !sideIds.includes(item.side))
        report(['recommender', name, index, 'side'], `unknown side '${item.side}'`);
    });
  }
  recommender.questions.forEach((question, q) => {
    question.options.forEach((option, o) => {
      if (option.side && !sideIds.includes(option.side)) {
        report(['recommender', 'questions', q, 'options', o, 'side'], `unknown side '${option.side}'`);
      }
    });
  });
  return {
    ...recommender,
    statements: recommender.statements.map((statement) => ({ ...statement, kind: 'statement' as const })),
    roles: recommender.roles.map((role) => ({ ...role, kind: 'role' as const })),
  };
}
