import { type BlockKitProblem, validateView } from '../../../core/block-kit/index.js';
import type { BotResponse } from '../delivery.js';
import { TargetNotFoundError } from '../errors.js';
import { findElement, isRecord } from '../payloads/block-walk.js';
import { viewSubmission } from '../payloads/interactions.js';
import { toSlackView } from '../payloads/view-shape.js';
import { type EmulatorRuntime, requireUser } from '../runtime.js';
import type { StoredView } from '../view-store.js';

/** What became of the modal after the bot's ack. */
export type SubmissionOutcome = 'closed' | 'cleared' | 'updated' | 'pushed' | 'errors' | 'failed';

/** The bot's ack to a submission and what Slack did with it. */
export interface ViewSubmissionResult extends BotResponse {
  outcome: SubmissionOutcome;
  /** `response_action: errors`: block_id → message shown under the input. */
  errors?: Record<string, string>;
  /** Why a view in `response_action: update|push` was refused. */
  problems?: BlockKitProblem[];
}

/** Values typed or picked before submitting: action_id → text, or option values. */
export type SubmittedValues = Record<string, string | readonly string[]>;

function applyAck(rt: EmulatorRuntime, stored: StoredView, response: BotResponse): ViewSubmissionResult {
  const body = isRecord(response.body) ? response.body : {};
  if (response.status !== 200) return { ...response, outcome: 'failed' };
  const action = body.response_action;
  if (action === 'errors') {
    return {
      ...response,
      outcome: 'errors',
      errors: (isRecord(body.errors) ? body.errors : {}) as Record<string, string>,
    };
  }
  if (action === 'update' || action === 'push') {
    const problems = validateView(body.view);
    if (problems.length > 0 || !isRecord(body.view)) return { ...response, outcome: 'failed', problems };
    if (action === 'update') rt.state.views.updateView(stored, body.view);
    else rt.state.views.openModal(stored.userId, body.view, stored.id);
    return { ...response, outcome: action === 'update' ? 'updated' : 'pushed' };
  }
  if (action === 'clear') {
    for (const modal of rt.state.views.openModals(stored.userId)) rt.state.views.closeView(modal);
    return { ...response, outcome: 'cleared' };
  }
  rt.state.views.closeView(stored);
  return { ...response, outcome: 'closed' };
}

/**
 * Submits an open modal: fills in `values`, delivers `view_submission` with Slack's
 * `state.values`, then closes, updates, pushes or keeps the modal as the ack says.
 */
export async function submitView(
  rt: EmulatorRuntime,
  viewId: string,
  values: SubmittedValues = {},
  options: { user?: string } = {},
): Promise<ViewSubmissionResult> {
  const stored = rt.state.views.get(viewId);
  if (!stored?.open || stored.type !== 'modal') throw new TargetNotFoundError(`open modal ${viewId}`);
  const blocks = Array.isArray(stored.view.blocks) ? stored.view.blocks : undefined;
  for (const [actionId, value] of Object.entries(values)) {
    const located = findElement(blocks, actionId);
    if (!located) throw new TargetNotFoundError(`action "${actionId}" in view ${viewId}`);
    rt.elementStates.set(viewId, located, typeof value === 'string' ? [value] : value);
  }
  const user = requireUser(options.user ?? stored.userId);
  const view = toSlackView(stored, rt.elementStates.values(viewId, blocks));
  const payload = viewSubmission({
    user,
    view,
    triggerId: rt.triggers.mint(user.id),
    verificationToken: rt.verificationToken,
  });
  return applyAck(rt, stored, await rt.deliver({ kind: 'interactive', payload }));
}
