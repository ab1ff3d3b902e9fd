import { newTriggerId } from './slack-ids.js';

/** Why a trigger id cannot open a modal. */
export type TriggerProblem = 'invalid_trigger_id' | 'expired_trigger_id' | 'exchanged_trigger_id';

/**
 * The trigger ids handed out with interactions. Like Slack's, each opens at most one modal
 * and only within a few seconds of the interaction.
 */
export class TriggerRegistry {
  private readonly issued = new Map<string, { userId: string; expiresAt: number; used: boolean }>();

  constructor(private readonly ttlMs: number) {}

  /** A new trigger id for an interaction by `userId`. */
  mint(userId: string): string {
    const id = newTriggerId();
    this.issued.set(id, { userId, expiresAt: Date.now() + this.ttlMs, used: false });
    return id;
  }

  /** Uses up a trigger id; returns whose it was, or why it cannot be used. */
  consume(id: unknown): { userId: string } | TriggerProblem {
    const entry = typeof id === 'string' ? this.issued.get(id) : undefined;
    if (!entry) return 'invalid_trigger_id';
    if (entry.used) return 'exchanged_trigger_id';
    entry.used = true;
    return Date.now() > entry.expiresAt ? 'expired_trigger_id' : { userId: entry.userId };
  }
}
