import type { TsClock } from './slack-ids.js';
import { newViewId } from './slack-ids.js';
import type { WorkspaceChange } from './workspace-state.js';

/** A modal or a Home tab, as last sent by the bot. */
export interface StoredView {
  id: string;
  type: 'modal' | 'home';
  /** Whose screen it is on. */
  userId: string;
  view: Record<string, unknown>;
  hash: string;
  /** Modals close; a Home tab stays open for good. */
  open: boolean;
  /** The modal under this one when it was pushed. */
  previousViewId?: string;
}

/** The modals and Home tabs on users' screens; every change goes out through `emit`. */
export class ViewStore {
  private readonly byId = new Map<string, StoredView>();
  private hashes = 0;

  constructor(
    private readonly clock: TsClock,
    private readonly emit: (change: WorkspaceChange) => void,
  ) {}

  /** A view by id. */
  get(id: string): StoredView | undefined {
    return this.byId.get(id);
  }

  /** The view whose `external_id` is `externalId`. */
  byExternalId(externalId: string): StoredView | undefined {
    if (externalId === '') return undefined;
    return [...this.byId.values()].find((v) => v.view.external_id === externalId);
  }

  /** The Home tab published for `userId`, if any. */
  home(userId: string): StoredView | undefined {
    return [...this.byId.values()].find((v) => v.type === 'home' && v.userId === userId);
  }

  /** The modals open on `userId`'s screen, bottom first. */
  openModals(userId: string): StoredView[] {
    return [...this.byId.values()].filter((v) => v.type === 'modal' && v.open && v.userId === userId);
  }

  /** Publishes (or replaces) a user's Home tab. */
  publishHome(userId: string, view: Record<string, unknown>): StoredView {
    const existing = this.home(userId);
    const stored: StoredView = {
      id: existing?.id ?? newViewId(),
      type: 'home',
      userId,
      view,
      hash: '',
      open: true,
    };
    stored.hash = this.nextHash();
    this.byId.set(stored.id, stored);
    this.emit({ type: 'view_published', view: stored });
    return stored;
  }

  /** Opens a modal on `userId`'s screen, on top of `previousViewId` when pushed. */
  openModal(userId: string, view: Record<string, unknown>, previousViewId?: string): StoredView {
    const stored: StoredView = { id: newViewId(), type: 'modal', userId, view, hash: '', open: true };
    stored.hash = this.nextHash();
    if (previousViewId) stored.previousViewId = previousViewId;
    this.byId.set(stored.id, stored);
    this.emit({ type: 'view_opened', view: stored });
    return stored;
  }

  /** Replaces an existing view's content; the id stays, the hash changes. */
  updateView(stored: StoredView, view: Record<string, unknown>): void {
    stored.view = view;
    stored.hash = this.nextHash();
    this.emit({ type: stored.type === 'home' ? 'view_published' : 'view_updated', view: stored });
  }

  /** Closes a modal. */
  closeView(stored: StoredView): void {
    stored.open = false;
    this.emit({ type: 'view_closed', view: stored });
  }

  private nextHash(): string {
    this.hashes += 1;
    return `${this.clock.next()}.${this.hashes.toString(36).padStart(8, '0')}`;
  }
}
