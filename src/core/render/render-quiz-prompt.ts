import type { Guide } from '../guide.js';
import type { QuizRefusal } from '../recommend/pick-quiz.js';
import { quizActionId } from './action-ids.js';
import { button, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { BUTTON_LABELS, QUIZ_WORDS } from './messages.js';
import { quizButtonValue } from './quiz-button-value.js';
import type { SlackMessage } from './slack-message.js';

/**
 * "quiz" typed in a DM: a modal opens only from a click (it needs a trigger id), so the reply is
 * one line with the button that opens the guide's quiz.
 */
export function renderQuizPrompt(guide: Guide): SlackMessage {
  const [first, second] = guide.sides;
  const text = QUIZ_WORDS.prompt(escapeMrkdwn(first.label), escapeMrkdwn(second.label));
  const open = button({
    label: BUTTON_LABELS.quiz,
    actionId: quizActionId(0),
    value: quizButtonValue({ guideId: guide.id }),
    style: 'primary',
  });
  return { text, blocks: [section(text, open)] };
}

/** Why no quiz opens, in words: no guide has one, this guide has none, or no guide has that id. */
export function quizRefusalText(refusal: QuizRefusal): string {
  switch (refusal.reason) {
    case 'no-quizzes':
      return QUIZ_WORDS.noQuizzes;
    case 'no-quiz':
      return QUIZ_WORDS.noQuiz(escapeMrkdwn(refusal.guide.title));
    case 'unknown-guide': {
      const ids = refusal.quizGuides.map((guide) => `\`${guide.id}\``).join(', ');
      return QUIZ_WORDS.unknownGuide(escapeMrkdwn(refusal.guideId), ids);
    }
  }
}

/** A refusal as a message of its own. */
export function renderQuizRefusal(refusal: QuizRefusal): SlackMessage {
  const text = quizRefusalText(refusal);
  return { text, blocks: [section(text)] };
}
