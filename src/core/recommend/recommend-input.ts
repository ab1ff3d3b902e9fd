/** What the asker chose in the quiz, by id. */
export interface RecommendInput {
  /** Ids of the statements they ticked. */
  statements: readonly string[];
  /** Id of the role they hold, if they picked one. */
  role?: string;
  /** Question id → id of the option they picked. */
  answers: Readonly<Record<string, string>>;
}

/** True when the asker chose anything at all: a statement, a role or an answer. */
export function hasChoices(input: RecommendInput): boolean {
  return input.statements.length > 0 || input.role !== undefined || Object.keys(input.answers).length > 0;
}
