import { describe, expect, it } from 'vitest';
import { createMemoryDedupStore } from '../../../src/slack/dedup-store.js';
import { createLogger } from '../../../src/slack/logger.js';
import { createThreadMemory } from '../../../src/slack/thread-memory.js';
import { claimFailureReporter, failOpenDedup, failOpenThreads } from '../../../src/store/claims/fail-open.js';

const lost = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));

function reporter(now: () => number) {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (_, line) => lines.push(line) });
  return { lines, report: claimFailureReporter(logger, { now }) };
}

describe('claims while the database is lost', () => {
  it('still dedupe within the instance, so the bot keeps answering once per delivery here', async () => {
    const { report } = reporter(Date.now);
    const dedup = failOpenDedup({ claim: lost }, createMemoryDedupStore(), report);
    expect(await dedup.claim('event:Ev1')).toBe(true);
    expect(await dedup.claim('event:Ev1')).toBe(false);
  });

  it('still keep a thread from getting the same section twice from this instance', async () => {
    const { report } = reporter(Date.now);
    const threads = failOpenThreads({ claim: lost, release: lost }, createThreadMemory(), report);
    expect(await threads.claim('C1/1.0', 'g/s')).toBe(true);
    expect(await threads.claim('C1/1.0', 'g/s')).toBe(false);
  });

  it('are logged once a minute with a count, not once per failure', async () => {
    let now = 0;
    const { lines, report } = reporter(() => now);
    const dedup = failOpenDedup({ claim: lost }, createMemoryDedupStore(), report);
    for (let index = 0; index < 5; index += 1) await dedup.claim(`event:Ev${index}`);
    now += 61_000;
    await dedup.claim('event:EvLATER');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/1 failure\b.*ECONNREFUSED/);
    expect(lines[1]).toMatch(/5 failures/);
  });
});
