import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/slack/logger.js';
import { createRefusalLog, REFUSALS_LOGGED_PER_MINUTE } from '../../src/slack/refusal-log.js';

describe('createRefusalLog', () => {
  it('logs a flood of refusals one by one only up to the limit, then sums up the rest a minute later', () => {
    const lines: string[] = [];
    let clock = 0;
    const log = createRefusalLog(
      createLogger({ level: 'warn', sink: (_, line) => lines.push(line) }),
      () => clock,
    );
    for (let i = 0; i < 500; i++) log(`refused ${i}`);
    expect(lines).toHaveLength(REFUSALS_LOGGED_PER_MINUTE);
    clock += 60_000;
    log('refused later');
    expect(lines.slice(REFUSALS_LOGGED_PER_MINUTE)).toEqual([
      expect.stringContaining(`${500 - REFUSALS_LOGGED_PER_MINUTE} more requests were refused`),
      expect.stringContaining('refused later'),
    ]);
  });
});
