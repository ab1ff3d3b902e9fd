import { actions, section } from './block-builders.js';
import { echoQuestion } from './echo-question.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { DID_YOU_MEAN_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';
import type { Suggestion } from './suggestion.js';
import { allTopicsButton, topicButtons } from './topic-buttons.js';

const MAX_SUGGESTIONS = 3;

/** The matcher is unsure: quote the question back and offer the likeliest sections as buttons. */
export function renderDidYouMean(input: {
  question: string;
  suggestions: readonly Suggestion[];
}): SlackMessage {
  const question = echoQuestion(input.question);
  const suggestions = input.suggestions.slice(0, MAX_SUGGESTIONS);
  const titles = suggestions.map((suggestion) => escapeMrkdwn(suggestion.section.title)).join(', ');
  return {
    text: titles ? DID_YOU_MEAN_WORDS.fallback(question, titles) : DID_YOU_MEAN_WORDS.prompt(question),
    blocks: [
      section(DID_YOU_MEAN_WORDS.prompt(question)),
      actions([...topicButtons(suggestions), allTopicsButton()]),
    ],
  };
}
