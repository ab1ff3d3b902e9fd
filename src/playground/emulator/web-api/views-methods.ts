import { validateView } from '../../../core/block-kit/index.js';
import { isRecord } from '../payloads/block-walk.js';
import { toSlackView } from '../payloads/view-shape.js';
import { findUser } from '../workspace.js';
import { invalidView } from './invalid-blocks.js';
import { isFailure } from './message-args.js';
import { fail, type MethodResult, type MethodSpec } from './method-types.js';

/** Reads `view` and checks it is a valid view of the expected type. */
function viewArg(value: unknown, type: 'modal' | 'home'): Record<string, unknown> | MethodResult {
  if (!isRecord(value))
    return fail('invalid_arguments', { errors: ['view is required and must be a JSON object'] });
  if (value.type !== type) return invalidView([{ path: 'type', message: `must be ${type} here` }]);
  const problems = validateView(value);
  return problems.length > 0 ? invalidView(problems) : value;
}

/** `views.publish`: sets a user's App Home tab. */
export const viewsPublish: MethodSpec = {
  token: 'bot',
  handle: ({ args, state }) => {
    const user = typeof args.user_id === 'string' ? findUser(args.user_id) : undefined;
    if (!user) return fail('user_not_found');
    const view = viewArg(args.view, 'home');
    if (isFailure(view)) return view;
    const existing = state.views.home(user.id);
    if (existing && typeof args.hash === 'string' && args.hash !== existing.hash)
      return fail('hash_conflict');
    return { ok: true, view: toSlackView(state.views.publishHome(user.id, view)) };
  },
};

/** `views.open`: opens a modal for the user whose fresh trigger id is given. */
export const viewsOpen: MethodSpec = {
  token: 'bot',
  handle: ({ args, state, triggers }) => {
    const view = viewArg(args.view, 'modal');
    if (isFailure(view)) return view;
    const trigger = triggers.consume(args.trigger_id);
    if (typeof trigger === 'string') return fail(trigger);
    return { ok: true, view: toSlackView(state.views.openModal(trigger.userId, view)) };
  },
};

/** `views.update`: replaces an open modal or a Home tab, by `view_id` (or `external_id`). */
export const viewsUpdate: MethodSpec = {
  token: 'bot',
  handle: ({ args, state }) => {
    const stored =
      typeof args.view_id === 'string'
        ? state.views.get(args.view_id)
        : state.views.byExternalId(typeof args.external_id === 'string' ? args.external_id : '');
    if (!stored?.open) return fail('not_found');
    if (typeof args.hash === 'string' && args.hash !== stored.hash) return fail('hash_conflict');
    const view = viewArg(args.view, stored.type);
    if (isFailure(view)) return view;
    state.views.updateView(stored, view);
    return { ok: true, view: toSlackView(stored) };
  },
};
