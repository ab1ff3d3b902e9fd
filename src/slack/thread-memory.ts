/**
 * Which sections were already posted in which thread, so the bot never posts the same section
 * twice in one thread. Async so that several instances can share one (PostgreSQL) memory, where a
 * claim is one atomic insert; the in-memory one below serves a single process.
 */
export interface ThreadMemory {
  /** True, and remembered, when `section` was not yet posted in `thread`; false when it was. */
  claim(thread: string, section: string): Promise<boolean>;
  /** Forgets a claim whose post failed, so a later try may post it. */
  release(thread: string, section: string): Promise<void>;
}

/** `C123/1700000000.000100`: a thread is named by its channel and its root message's ts. */
export function threadKey(channel: string, rootTs: string): string {
  return `${channel}/${rootTs}`;
}

/** One process's thread memory. Bounded: the least recently used threads are forgotten first. */
export function createThreadMemory({ maxThreads = 5_000 }: { maxThreads?: number } = {}): ThreadMemory {
  const threads = new Map<string, Set<string>>();
  return {
    async claim(thread, section) {
      const posted = threads.get(thread) ?? new Set<string>();
      // Re-inserting moves the thread to the end: the Map's first key is the least recently used.
      threads.delete(thread);
      threads.set(thread, posted);
      if (threads.size > maxThreads) threads.delete(threads.keys().next().value!);
      if (posted.has(section)) return false;
      posted.add(section);
      return true;
    },
    async release(thread, section) {
      threads.get(thread)?.delete(section);
    },
  };
}
