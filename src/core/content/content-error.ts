/** One thing wrong with a content file, said so that an author can find and fix it. */
export interface ContentProblem {
  file: string;
  /** 1-based line, when the problem can be pinned to one. */
  line?: number;
  /** Dotted path of the field, e.g. `comparison[2].developer`. */
  field?: string;
  message: string;
}

/** Content that failed validation; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';
  override readonly name = 'ContentError';

  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}

/** `content/x/difficulty.md:12: comparison[2].developer: missing side` — the format editors link. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Renders a zod-style path (`['comparison', 2, 'developer']`) as `comparison[2].developer`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
