import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { parseSectionRef } from '../../../core/render/index.js';
import { UnknownSectionError } from '../../errors.js';
import type { ListenerDeps } from '../deps.js';

/** "Share in channel" on an ephemeral answer: posts the answer for everyone, marked "Shared by @user". */
export function createShareAnswer({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const value = action.value ?? '';
    const ref = parseSectionRef(value);
    const message =
      ref && answerer.renderSection(ref.guideId, ref.sectionId, { shareable: false, sharedBy: body.user.id });
    if (!message) throw new UnknownSectionError(value);
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  };
}
