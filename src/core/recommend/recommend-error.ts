/** What kind of choice an unknown id was given for. */
export type ChoiceKind = 'statement' | 'role' | 'question' | 'option';

/** A choice that the guide's quiz does not offer: a typo on the CLI, or content changed under an open modal. */
export class UnknownChoiceError extends Error {
  readonly code = 'RECOMMEND_UNKNOWN_CHOICE';
  override readonly name = 'UnknownChoiceError';

  constructor(
    readonly kind: ChoiceKind,
    readonly id: string,
    readonly guideId: string,
    /** For an unknown option: the question it was given for. */
    readonly questionId?: string,
  ) {
    const where = questionId === undefined ? '' : ` for question '${questionId}'`;
    super(`unknown ${kind} '${id}'${where} in the quiz of guide '${guideId}'`);
  }
}

/** A recommendation was asked of a guide that has no recommender data. */
export class NoQuizError extends Error {
  readonly code = 'RECOMMEND_NO_QUIZ';
  override readonly name = 'NoQuizError';

  constructor(readonly guideId: string) {
    super(`guide '${guideId}' has no quiz (no section carries recommender data)`);
  }
}
