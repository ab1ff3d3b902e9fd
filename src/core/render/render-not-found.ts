import type { Guide } from '../guide.js';
import { actions, section } from './block-builders.js';
import { echoQuestion } from './echo-question.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { exampleQuestions } from './example-questions.js';
import { lowerFirst } from './lower-first.js';
import { NOT_FOUND_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';
import type { Suggestion } from './suggestion.js';
import { allTopicsButton, type TopicRef, topicButtons } from './topic-buttons.js';

const MAX_TOPICS = 4;

export interface NotFoundInput {
  question: string;
  /** A topic the guide knowingly leaves out, when the question is about one. */
  uncoveredTopic?: string;
  suggestions: readonly Suggestion[];
  guides: readonly Guide[];
  /** The question reads as another language than English (the guides and the matcher are English only). */
  otherLanguage?: boolean;
}

/**
 * The guide has no answer: say so plainly (naming the topic when it is a known gap), then offer
 * a way on: the suggestions, or else the first topics of the table of contents.
 */
export function renderNotFound(input: NotFoundInput): SlackMessage {
  const statement = notCoveredStatement(input);
  const topics = offeredTopics(input);
  const text = topics.length > 0 ? `${statement}\n${NOT_FOUND_WORDS.offer}` : statement;
  return {
    text: statement,
    blocks: [section(text), actions([...topicButtons(topics), allTopicsButton()])],
  };
}

function notCoveredStatement({ uncoveredTopic, question, otherLanguage, guides }: NotFoundInput): string {
  if (uncoveredTopic) return NOT_FOUND_WORDS.topic(escapeMrkdwn(lowerFirst(uncoveredTopic)));
  if (!question.trim()) return NOT_FOUND_WORDS.general;
  // The first example question (a stock one when no guide is loaded) shows what to ask instead.
  if (otherLanguage)
    return NOT_FOUND_WORDS.otherLanguage(
      echoQuestion(question),
      escapeMrkdwn(exampleQuestions(guides)[0] ?? ''),
    );
  return NOT_FOUND_WORDS.question(echoQuestion(question));
}

function offeredTopics({ suggestions, guides }: NotFoundInput): TopicRef[] {
  if (suggestions.length > 0) return suggestions.slice(0, MAX_TOPICS);
  return guides
    .flatMap((guide) => guide.sections.map((section) => ({ guide, section })))
    .slice(0, MAX_TOPICS);
}
