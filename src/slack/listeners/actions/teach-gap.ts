import type { BlockStaticSelectAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { escapeMrkdwn } from '../../../core/render/escape-mrkdwn.js';
import { renderHomeView } from '../../../core/render/index.js';
import { parseGapBlockId } from '../../../core/render/learning-ids.js';
import { LEARNING_WORDS } from '../../../core/render/learning-words.js';
import { parsePickedSection } from '../../../core/render/render-gaps-panel.js';
import { truncate } from '../../../core/render/truncate.js';
import { MalformedButtonValueError, UnknownSectionError } from '../../errors.js';
import { withGapsPanel } from '../../gaps-home.js';
import type { ListenerDeps } from '../deps.js';

/**
 * "Answer this with…" in the Content gaps panel: an admin's pick becomes a learned phrasing, in
 * effect for the next question at once, and the Home tab is published again without that gap.
 * The panel is only shown to admins, but a payload can be forged: a non-admin's pick is refused.
 */
export function createTeachGap(
  deps: Pick<ListenerDeps, 'answerer' | 'learning' | 'logger'>,
): Middleware<SlackActionMiddlewareArgs<BlockStaticSelectAction>> {
  const { answerer, learning, logger } = deps;
  return async ({ ack, action, body, client }) => {
    await ack();
    const user = body.user.id;
    if (!learning?.isAdmin(user)) {
      logger.warn(`refused a Content gaps pick from ${user}, who is not in CERTPATH_ADMINS`);
      return;
    }
    const normalized = parseGapBlockId(action.block_id);
    const ref = parsePickedSection(action.selected_option?.value ?? '');
    if (normalized === undefined || !ref)
      throw new MalformedButtonValueError(action.action_id, action.block_id);
    const found = answerer.section(ref.guideId, ref.sectionId);
    if (!found) throw new UnknownSectionError(`${ref.guideId}/${ref.sectionId}`);
    const gaps = await learning.gaps();
    const question = gaps?.unanswered.find((gap) => gap.normalized === normalized)?.question ?? normalized;
    learning.teach({ question, ...ref, taughtBy: user });
    logger.info('taught a phrasing', {
      question: truncate(question, 200),
      section: `${ref.guideId}/${ref.sectionId}`,
      user,
    });
    const notice = LEARNING_WORDS.taught(
      escapeMrkdwn(truncate(question, 150)),
      escapeMrkdwn(found.section.title),
    );
    const home = renderHomeView({ guides: answerer.guides, command: answerer.command });
    await client.views.publish({ user_id: user, view: await withGapsPanel(home, user, deps, notice) });
  };
}
