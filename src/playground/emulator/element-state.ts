import { type Selection, stateValue } from './payloads/actions.js';
import { type LocatedElement, statefulElements } from './payloads/block-walk.js';

/** `state.values` as Slack sends it: block_id → action_id → value. */
export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/**
 * Remembers what the user picked or typed in each message or view, so that a later button
 * click or submission carries `state.values` as Slack would.
 */
export class ElementStates {
  private readonly byContainer = new Map<string, Map<string, Selection>>();

  /** Records a selection in a container (a message ts or a view id). */
  set(containerId: string, located: LocatedElement, selection: Selection): void {
    const entries = this.byContainer.get(containerId) ?? new Map<string, Selection>();
    entries.set(`${located.blockId}/${located.actionId}`, selection);
    this.byContainer.set(containerId, entries);
  }

  /** The state of every stateful element in `blocks`, recorded or initial. */
  values(containerId: string, blocks: readonly unknown[] | undefined): StateValues {
    const entries = this.byContainer.get(containerId);
    const values: StateValues = {};
    for (const located of statefulElements(blocks)) {
      const selection = entries?.get(`${located.blockId}/${located.actionId}`);
      values[located.blockId] = {
        ...values[located.blockId],
        [located.actionId]: stateValue(located, selection),
      };
    }
    return values;
  }
}
