/** What people and admins read about feedback follow-ups and content gaps (issue 14). */
export const LEARNING_WORDS = {
  topicQuestion: 'Which topic were you looking for? _(optional)_',
  topicPlaceholder: 'Pick a topic',
  topicNoted: (title: string) =>
    `Thanks, noted: you were looking for *${title}*. The guide's authors will see it.`,
  gapsTitle: 'Content gaps',
  gapsIntro: (days: number) =>
    `Questions people asked me in the last ${days} days that the guide did not answer well. Only admins see this. Pick a section to answer a question with it from now on.`,
  gapsNone: (days: number) => `Nothing unanswered in the last ${days} days. :tada:`,
  gapsUnavailable: 'The store cannot be read right now; the gaps will be back when it is.',
  gapLine: (question: string, count: number, lastSeen: string, outcome: string, guess: string) =>
    `*“${question}”*\nAsked ${count}× · last ${lastSeen} · ${outcome}${guess ? ` · best guess: ${guess}` : ''}`,
  outcome: {
    'not-covered': 'not covered',
    'did-you-mean': 'did you mean',
    'low-confidence': 'low confidence',
  } as Record<string, string>,
  answerWith: 'Answer this with…',
  suggestionsTitle: '*Topics people said they were looking for* (after a 👎)',
  suggestionLine: (question: string, title: string, count: number) =>
    `• “${question}” → *${title}*${count > 1 ? ` (${count}×)` : ''}`,
  taught: (question: string, title: string) =>
    `:white_check_mark: “${question}” is now answered with *${title}*.`,
} as const;
