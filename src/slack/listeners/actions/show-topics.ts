import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderTopics } from '../../../core/render/index.js';
import { replyWhereClicked } from '../../reply-where-clicked.js';
import type { ListenerDeps } from '../deps.js';

/** The "All topics" button (`certpath.topics`): the table of contents, as visibly as the message clicked. */
export function createShowTopics({
  answerer,
  logger,
  threads,
}: Pick<ListenerDeps, 'answerer' | 'logger' | 'threads'>): Middleware<
  SlackActionMiddlewareArgs<BlockButtonAction>
> {
  return async ({ ack, body, client, respond }) => {
    await ack();
    await replyWhereClicked({ body, client, logger, respond, threads }, renderTopics(answerer.guides));
  };
}
