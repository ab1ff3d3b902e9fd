import type { BlockStaticSelectAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { context } from '../../../core/render/block-builders.js';
import { escapeMrkdwn } from '../../../core/render/escape-mrkdwn.js';
import { parseTopicBlockId } from '../../../core/render/learning-ids.js';
import { LEARNING_WORDS } from '../../../core/render/learning-words.js';
import { MalformedButtonValueError, UnknownSectionError } from '../../errors.js';
import type { ListenerDeps } from '../deps.js';

/** The topic picked after a 👎: kept as a suggestion for admins (never applied), thanked in place. */
export function createPickFeedbackTopic({
  answerer,
  learning,
}: Pick<ListenerDeps, 'answerer' | 'learning'>): Middleware<
  SlackActionMiddlewareArgs<BlockStaticSelectAction>
> {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const target = parseTopicBlockId(action.block_id);
    const sectionId = action.selected_option?.value ?? '';
    if (!target) throw new MalformedButtonValueError(action.action_id, action.block_id);
    const found = answerer.section(target.guideId, sectionId);
    if (!found) throw new UnknownSectionError(`${target.guideId}/${sectionId}`);
    learning?.suggested({
      teamId: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
      messageKey: target.messageKey,
      guideId: target.guideId,
      sectionId,
    });
    const text = LEARNING_WORDS.topicNoted(escapeMrkdwn(found.section.title));
    await respond({ replace_original: true, text, blocks: [context(text)] });
  };
}
