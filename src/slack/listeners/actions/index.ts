import type { App, BlockButtonAction } from '@slack/bolt';
import { apologizeToClick } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import { HANDLED_ACTIONS } from '../../names.js';
import type { ListenerDeps } from '../deps.js';
import { createGiveFeedback } from './give-feedback.js';
import { createOpenQuiz } from './open-quiz.js';
import { createShareAnswer } from './share-answer.js';
import { createShowTopic } from './show-topic.js';
import { createShowTopics } from './show-topics.js';

/** The buttons on answers, help, topics, recommendations and the Home tab. */
export function registerActions(app: App, deps: ListenerDeps): void {
  const options = (surface: string) => ({ surface, logger: deps.logger, apologize: apologizeToClick });
  const feedback = guard(createGiveFeedback(deps), options('feedback button'));
  app.action<BlockButtonAction>(HANDLED_ACTIONS.topic, guard(createShowTopic(deps), options('topic button')));
  app.action<BlockButtonAction>(
    HANDLED_ACTIONS.topics,
    guard(createShowTopics(deps), options('topics button')),
  );
  app.action<BlockButtonAction>(
    HANDLED_ACTIONS.share,
    guard(createShareAnswer(deps), options('share button')),
  );
  app.action<BlockButtonAction>(HANDLED_ACTIONS.feedbackHelpful, feedback);
  app.action<BlockButtonAction>(HANDLED_ACTIONS.feedbackNotHelpful, feedback);
  app.action<BlockButtonAction>(HANDLED_ACTIONS.quiz, guard(createOpenQuiz(deps), options('quiz button')));
}
