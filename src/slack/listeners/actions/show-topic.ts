import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { parseSectionRef, sectionRefValue } from '../../../core/render/index.js';
import { UnknownSectionError } from '../../errors.js';
import { clickPlace, replyWhereClicked } from '../../reply-where-clicked.js';
import type { ListenerDeps } from '../deps.js';

/** A topic button (`certpath.topic.<n>`): shows that section, as visibly as the message that was clicked. */
export function createShowTopic({
  answerer,
  logger,
  threads,
}: Pick<ListenerDeps, 'answerer' | 'logger' | 'threads'>): Middleware<
  SlackActionMiddlewareArgs<BlockButtonAction>
> {
  return async ({ ack, action, body, client, respond }) => {
    await ack();
    const value = action.value ?? '';
    const ref = parseSectionRef(value);
    const found = ref && answerer.section(ref.guideId, ref.sectionId);
    const shareable = clickPlace(body) === 'ephemeral';
    const message = ref && answerer.renderSection(ref.guideId, ref.sectionId, { shareable });
    if (!ref || !found || !message) throw new UnknownSectionError(value);
    const section = { key: sectionRefValue(ref.guideId, ref.sectionId), title: found.section.title };
    await replyWhereClicked({ body, client, logger, respond, threads }, message, section);
  };
}
