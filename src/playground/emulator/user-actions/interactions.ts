import type { BotResponse } from '../delivery.js';
import { TargetNotFoundError } from '../errors.js';
import { buildAction, type Selection } from '../payloads/actions.js';
import { findElement, type LocatedElement } from '../payloads/block-walk.js';
import { messageBlockActions, viewBlockActions } from '../payloads/interactions.js';
import { toSlackView } from '../payloads/view-shape.js';
import { type EmulatorRuntime, requireChannel, requireUser } from '../runtime.js';
import type { StoredMessage } from '../workspace-state.js';

/** What the user acts on: a message (by ts) or a view (modal or Home tab, by id). */
export type InteractionTarget = string | { messageTs: string; channel?: string } | { viewId: string };

/** Who acts; the human by default. */
export interface InteractionOptions {
  user?: string;
}

function locate(blocks: unknown, actionId: string, where: string): LocatedElement {
  const located = findElement(Array.isArray(blocks) ? blocks : undefined, actionId);
  if (!located) throw new TargetNotFoundError(`action "${actionId}" in ${where}`);
  return located;
}

async function onMessage(
  rt: EmulatorRuntime,
  message: StoredMessage,
  actionId: string,
  selection: Selection,
  userId: string | undefined,
): Promise<BotResponse | undefined> {
  const located = locate(message.blocks, actionId, `message ${message.ts}`);
  if (selection !== undefined) rt.elementStates.set(message.ts, located, selection);
  const user = requireUser(userId);
  const channel = requireChannel(rt.state, message.channel);
  const target = { channel: channel.id, user: user.id, messageTs: message.ts };
  const payload = messageBlockActions({
    user,
    channel,
    message,
    actions: [buildAction(located, selection, rt.state.clock.next())],
    state: rt.elementStates.values(message.ts, message.blocks),
    responseUrl: rt.responseUrls.mint(message.threadTs ? { ...target, threadTs: message.threadTs } : target),
    triggerId: rt.triggers.mint(user.id),
    verificationToken: rt.verificationToken,
  });
  return rt.deliver({ kind: 'interactive', payload });
}

async function onView(
  rt: EmulatorRuntime,
  viewId: string,
  actionId: string,
  selection: Selection,
  userId: string | undefined,
): Promise<BotResponse | undefined> {
  const stored = rt.state.views.get(viewId);
  if (!stored?.open) throw new TargetNotFoundError(`view ${viewId}`);
  const located = locate(stored.view.blocks, actionId, `view ${viewId}`);
  if (selection !== undefined) rt.elementStates.set(viewId, located, selection);
  // Inputs in a modal report their value on submission, not on every change.
  if (located.inInput && !located.dispatchAction) return undefined;
  const user = requireUser(userId ?? stored.userId);
  const blocks = Array.isArray(stored.view.blocks) ? stored.view.blocks : undefined;
  const values = rt.elementStates.values(viewId, blocks);
  const input = { user, view: toSlackView(stored, values), triggerId: rt.triggers.mint(user.id) };
  const action = buildAction(located, selection, rt.state.clock.next());
  return rt.deliver({
    kind: 'interactive',
    payload: viewBlockActions({ ...input, verificationToken: rt.verificationToken }, [action]),
  });
}

/**
 * Acts on an element as the user would: a button click (no selection) or a choice of
 * option values / typed text. Resolves with the bot's ack, or undefined when Slack would
 * send nothing (an input inside a modal).
 */
export async function interact(
  rt: EmulatorRuntime,
  target: InteractionTarget,
  actionId: string,
  selection: Selection,
  options: InteractionOptions = {},
): Promise<BotResponse | undefined> {
  if (typeof target === 'object' && 'viewId' in target) {
    return onView(rt, target.viewId, actionId, selection, options.user);
  }
  const ts = typeof target === 'string' ? target : target.messageTs;
  const channel = typeof target === 'string' ? undefined : target.channel;
  const message = rt.state.message(ts, channel);
  if (!message || message.deleted) throw new TargetNotFoundError(`message ${ts}`);
  return onMessage(rt, message, actionId, selection, options.user);
}
