import { describe, expect, it } from 'vitest';
import { withLearningPerInvocation } from '../../../src/slack/lambda/learning-per-invocation.js';
import type { Learning } from '../../../src/store/learning.js';
import { SHARED_REFRESH_MS } from '../../../src/store/start-learning.js';

/** A Learning that only records which of refresh and drain were called, in order. */
function recordingLearning(calls: string[]): Learning {
  return {
    refresh: async () => {
      calls.push('refresh');
    },
    drain: async () => {
      calls.push('drain');
    },
  } as unknown as Learning;
}

describe('withLearningPerInvocation', () => {
  it('writes what an invocation queued before the invocation returns', async () => {
    const calls: string[] = [];
    const handler = withLearningPerInvocation(async () => {
      calls.push('handle');
      return { statusCode: 200 };
    }, recordingLearning(calls));
    await handler({});
    expect(calls).toEqual(['handle', 'drain']);
  });

  it('reloads lessons first when the last reload is older than the shared refresh interval', async () => {
    const calls: string[] = [];
    let now = 0;
    const handler = withLearningPerInvocation(
      async () => {
        calls.push('handle');
        return { statusCode: 200 };
      },
      recordingLearning(calls),
      () => now,
    );
    now += SHARED_REFRESH_MS - 1;
    await handler({});
    now += 1;
    await handler({});
    expect(calls).toEqual(['handle', 'drain', 'refresh', 'handle', 'drain']);
  });

  it('still writes the queue when the invocation fails', async () => {
    const calls: string[] = [];
    const handler = withLearningPerInvocation(async () => {
      throw new Error('boom');
    }, recordingLearning(calls));
    await expect(handler({})).rejects.toThrow('boom');
    expect(calls).toEqual(['drain']);
  });
});
