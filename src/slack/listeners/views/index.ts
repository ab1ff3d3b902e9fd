import type { App, ViewSubmitAction } from '@slack/bolt';
import { guard } from '../../listener-guard.js';
import { HANDLED_VIEWS } from '../../names.js';
import type { ListenerDeps } from '../deps.js';
import { apologizeToSubmission } from './apologize-to-submission.js';
import { createSubmitQuiz } from './submit-quiz.js';

/** Modal submissions: the "which one should I take?" quiz. */
export function registerViews(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(
    HANDLED_VIEWS.quiz,
    guard(createSubmitQuiz(deps), {
      surface: 'quiz submission',
      logger: deps.logger,
      apologize: apologizeToSubmission,
    }),
  );
}
