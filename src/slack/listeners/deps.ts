import type { Logger } from '@slack/bolt';
import type { ListenMode } from '../../config.js';
import type { Answerer } from '../../core/answer/answerer.js';
import type { Learning } from '../../store/learning.js';
import type { DedupStore } from '../dedup-store.js';
import type { ThreadMemory } from '../thread-memory.js';

/** What the listeners are built from; every one takes the part it needs. */
export interface ListenerDeps {
  answerer: Answerer;
  logger: Logger;
  dedup: DedupStore;
  threads: ThreadMemory;
  listen: ListenMode;
  /** Records questions and votes, teaches the bot (issue 14); absent means nothing is kept. */
  learning?: Learning;
}
