/** What the page knows of the workspace: kept up to date from the stream. */

/** @typedef {import('../display/display-types.js').MessageView} MessageView */
/** @typedef {import('../display/display-types.js').SurfaceView} SurfaceView */
/** @typedef {import('../display/display-types.js').PlaygroundSnapshot} PlaygroundSnapshot */

/**
 * Orders Slack timestamps ("1700000000.000100") exactly, without floating point.
 * @param {string} a
 * @param {string} b
 */
export function compareTs(a, b) {
  const [as = '', af = ''] = a.split('.');
  const [bs = '', bf = ''] = b.split('.');
  return as.length - bs.length || as.localeCompare(bs) || af.localeCompare(bf);
}

export class Store {
  /** @type {PlaygroundSnapshot | undefined} */
  snapshot = undefined;
  /** @type {Map<string, MessageView>} */
  messages = new Map();
  /** @type {Map<string, SurfaceView>} */
  surfaces = new Map();

  /** @param {PlaygroundSnapshot} snapshot */
  reset(snapshot) {
    this.snapshot = snapshot;
    this.messages = new Map(snapshot.messages.map((m) => [m.ts, m]));
    this.surfaces = new Map(snapshot.surfaces.map((s) => [s.id, s]));
  }

  /** Stores a message (or forgets a deleted one); true when it is new. @param {MessageView} message */
  putMessage(message) {
    const isNew = !this.messages.has(message.ts);
    if (message.deleted) this.messages.delete(message.ts);
    else this.messages.set(message.ts, message);
    return isNew && !message.deleted;
  }

  /** A channel changed (the bot was invited). @param {import('../display/display-types.js').ChannelView} channel */
  putChannel(channel) {
    if (!this.snapshot) return;
    this.snapshot.channels = this.snapshot.channels.map((c) => (c.id === channel.id ? channel : c));
  }

  /** @param {SurfaceView} surface */
  putSurface(surface) {
    // Map.set keeps an existing entry's place, so an update never lifts a modal above the one pushed on it.
    if (surface.open) this.surfaces.set(surface.id, surface);
    else this.surfaces.delete(surface.id);
  }

  /** A channel's messages, thread replies left out, oldest first. @param {string} channel */
  channelMessages(channel) {
    return [...this.messages.values()]
      .filter((m) => m.channel === channel && !m.threadTs)
      .sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** A thread's replies, oldest first. @param {string} threadTs */
  replies(threadTs) {
    return [...this.messages.values()]
      .filter((m) => m.threadTs === threadTs)
      .sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** @returns {SurfaceView | undefined} */
  home() {
    return [...this.surfaces.values()].find((s) => s.type === 'home');
  }

  /** The modal on top (the last one opened or pushed). @returns {SurfaceView | undefined} */
  topModal() {
    return [...this.surfaces.values()].filter((s) => s.type === 'modal').at(-1);
  }
}
