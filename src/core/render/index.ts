/** Rendering: guides and answers in, Slack Block Kit messages and views out. Plain data, no Slack SDK. */
export {
  ACTION_IDS,
  parseSectionRef,
  QUIZ_ACTION_PATTERN,
  quizActionId,
  type SectionRef,
  sectionRefValue,
  TOPIC_ACTION_PATTERN,
  topicActionId,
} from './action-ids.js';
export { escapeMrkdwn } from './escape-mrkdwn.js';
export { type FeedbackRef, feedbackValue, parseFeedbackValue } from './feedback-value.js';
export type {
  CheckboxesElement,
  FormModalView,
  InputBlock,
  InputElement,
  OptionObject,
  RadioButtonsElement,
  StaticSelectElement,
} from './input-blocks.js';
export { markdownToMrkdwn } from './markdown-to-mrkdwn.js';
export * from './messages.js';
export { parseQuizButtonValue, type QuizButton, quizButtonValue } from './quiz-button-value.js';
export { QUIZ_BLOCK_IDS, QUIZ_CALLBACK_ID, QUIZ_ERROR_BLOCK_ID } from './quiz-ids.js';
export { parseQuizPrivateMetadata, type QuizMetadata, quizPrivateMetadata } from './quiz-metadata.js';
export {
  parseQuizSubmission,
  type QuizStateValue,
  type QuizStateValues,
  quizValidationErrors,
} from './quiz-submission.js';
export { type AnswerInput, renderAnswer } from './render-answer.js';
export { renderDidYouMean } from './render-did-you-mean.js';
export { renderError } from './render-error.js';
export { renderFeedbackThanks } from './render-feedback-thanks.js';
export { type HelpInput, renderHelp } from './render-help.js';
export { renderHomeView } from './render-home-view.js';
export { renderInModal } from './render-in-modal.js';
export { type NotFoundInput, renderNotFound } from './render-not-found.js';
export { type QuizModalOptions, renderQuizModal } from './render-quiz-modal.js';
export { quizRefusalText, renderQuizPrompt, renderQuizRefusal } from './render-quiz-prompt.js';
export { renderRecommendation } from './render-recommendation.js';
export { renderSentToDm } from './render-sent-to-dm.js';
export { type ChattyTalk, renderAboutBot, renderSmallTalk } from './render-small-talk.js';
export { renderTopics } from './render-topics.js';
export { parseShareValue, type ShareRef, shareValue } from './share-value.js';
export type * from './slack-message.js';
export type { Suggestion } from './suggestion.js';
export { commandToType, type Surface } from './surface.js';
export { charLength, truncate } from './truncate.js';
export { withShareDone } from './with-share-done.js';
