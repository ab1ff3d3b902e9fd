import type { App, BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { LEARNING_IDS, TEACH_GAP_PATTERN } from '../../../core/render/learning-ids.js';
import { apologizeToClick } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import { HANDLED_ACTIONS } from '../../names.js';
import type { ListenerDeps } from '../deps.js';
import { createGiveFeedback } from './give-feedback.js';
import { createOpenQuiz } from './open-quiz.js';
import { createPickFeedbackTopic } from './pick-feedback-topic.js';
import { type ActionRoute, routeActions } from './route-actions.js';
import { createShareAnswer } from './share-answer.js';
import { createShowTopic } from './show-topic.js';
import { createShowTopics } from './show-topics.js';
import { createTeachGap } from './teach-gap.js';

/**
 * The buttons on answers, help, topics, recommendations and the Home tab, under one registration
 * that takes every block action: one nothing handles (an old message's button) is acknowledged at
 * once instead of timing out into a 404 and an error in Slack.
 */
export function registerActions(app: App, deps: ListenerDeps): void {
  const options = (surface: string) => ({ surface, logger: deps.logger, apologize: apologizeToClick });
  const feedback = guard(createGiveFeedback(deps), options('feedback button'));
  const routes: ActionRoute[] = [
    [HANDLED_ACTIONS.topic, guard(createShowTopic(deps), options('topic button'))],
    [HANDLED_ACTIONS.topics, guard(createShowTopics(deps), options('topics button'))],
    [HANDLED_ACTIONS.share, guard(createShareAnswer(deps), options('share button'))],
    [HANDLED_ACTIONS.feedbackHelpful, feedback],
    [HANDLED_ACTIONS.feedbackNotHelpful, feedback],
    [HANDLED_ACTIONS.quiz, guard(createOpenQuiz(deps), options('quiz button'))],
    // Selects, not buttons: the router hands them on by action id all the same.
    [LEARNING_IDS.feedbackTopic, guard(asButton(createPickFeedbackTopic(deps)), options('feedback topic'))],
    [TEACH_GAP_PATTERN, guard(asButton(createTeachGap(deps)), options('content gaps pick'))],
  ];
  app.action<BlockButtonAction>({ type: 'block_actions' }, routeActions(routes, deps.logger));
}

/** The one action registration is typed for buttons; a select's listener reads its own payload. */
function asButton(listener: unknown): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return listener as Middleware<SlackActionMiddlewareArgs<BlockButtonAction>>;
}
